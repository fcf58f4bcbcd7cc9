"use client";

import { useOne, useShow, type GetOneResponse } from "@refinedev/core";
import { Field, Fields, ShowView } from "@/components/page-view";
import { StatusBadge } from "@/resources/posts/status-badge";
import type { ICategory, IPost } from "@/types";

export interface PostShowProps {
  initial?: GetOneResponse<IPost>;
  category?: GetOneResponse<ICategory>;
}

export function PostShow({ initial, category }: PostShowProps) {
  const { query, result: post } = useShow<IPost>({ queryOptions: { initialData: initial } });
  const { result: postCategory } = useOne<ICategory>({
    resource: "categories",
    id: post?.categoryId,
    queryOptions: { enabled: post !== undefined, initialData: category },
  });

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
