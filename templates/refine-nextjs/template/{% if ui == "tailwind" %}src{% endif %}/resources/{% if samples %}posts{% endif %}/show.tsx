"use client";

import { Details, Page } from "@/components/page";
import { EditButton, ListButton } from "@/components/buttons";
import { Tag } from "@/components/record-values";
import { formatDate } from "@/lib/format-date";
import { usePostShow, type PostShowProps } from "@/lib/use-post-show";

/** The post and its category come from the server (initialData): both are in the first HTML. */
export function PostShow({ initial, category }: PostShowProps) {
  const { query, post, postCategory } = usePostShow({ initial, category });

  return (
    <Page
      title="Show Post"
      loading={query.isLoading}
      actions={
        <>
          <ListButton />
          {post && <EditButton id={post.id} />}
        </>
      }
    >
      <Details
        items={[
          { label: "ID", value: post?.id },
          { label: "Title", value: post?.title },
          { label: "Category", value: postCategory?.title ?? "" },
          { label: "Status", value: <Tag value={post?.status} /> },
          { label: "Created", value: formatDate(post?.createdAt, true) },
          { label: "Content", value: <p className="whitespace-pre-line">{post?.content}</p> },
        ]}
      />
    </Page>
  );
}
