"use client";

import { Details, PageShell } from "@/components/ui/page";
import { EditButton, ListButton } from "@/components/ui/resource-buttons";
import { formatDate, Tag } from "@/components/ui/tag";
import { usePostShow, type PostShowProps } from "@/lib/use-post-show";

/** The post and its category come from the server (initialData): both are in the first HTML. */
export function PostShow({ initial, category }: PostShowProps) {
  const { query, post, postCategory } = usePostShow({ initial, category });

  return (
    <PageShell
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
    </PageShell>
  );
}
