"use client";

import { Field, Fields, ShowView } from "@/components/page-view";
import { StatusBadge } from "@/resources/posts/status-badge";
import { usePostShow, type PostShowProps } from "@/lib/use-post-show";

export function PostShow({ initial, category }: PostShowProps) {
  const { query, post, postCategory } = usePostShow({ initial, category });

  return (
    <ShowView loading={query.isLoading}>
      <Fields>
        <Field label="Title">{post?.title}</Field>
        <Field label="Category">{postCategory?.title}</Field>
        <Field label="Status">
          <StatusBadge status={post?.status} />
        </Field>
        <Field label="Created">{post?.createdAt && formatDateTime(post.createdAt)}</Field>
        <Field label="Content">
          <p className="leading-relaxed whitespace-pre-line">{post?.content}</p>
        </Field>
      </Fields>
    </ShowView>
  );
}

/** `2025-01-31 09:00 UTC`: the same text on the server and in the browser. */
function formatDateTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
