"use client";

import { useNavigation } from "@refinedev/core";
import dayjs from "dayjs";
import { Page } from "@/components/page";
import { DeleteButton } from "@/components/buttons";
import { usePostShow, type PostShowProps } from "@/lib/use-post-show";

export function PostShow({ initial, category }: PostShowProps) {
  const { query, post, postCategory } = usePostShow({ initial, category });
  const { edit, list } = useNavigation();

  return (
    <Page
      title="Show Post"
      actions={
        post && (
          <>
            <button type="button" onClick={() => edit("posts", post.id)}>
              Edit
            </button>
            <DeleteButton resource="posts" id={post.id} onSuccess={() => list("posts")} />
          </>
        )
      }
    >
      {query.isLoading || !post ? (
        <p className="muted">Loading…</p>
      ) : (
        <dl className="details">
          <dt>Title</dt>
          <dd>{post.title}</dd>
          <dt>Category</dt>
          <dd>{postCategory?.title ?? ""}</dd>
          <dt>Status</dt>
          <dd>
            <span className={`badge badge-${post.status}`}>{post.status}</span>
          </dd>
          <dt>Created</dt>
          <dd>
            <time dateTime={post.createdAt}>{dayjs(post.createdAt).format("YYYY-MM-DD HH:mm")}</time>
          </dd>
          <dt>Content</dt>
          <dd>{post.content}</dd>
        </dl>
      )}
    </Page>
  );
}
