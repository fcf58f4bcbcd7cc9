"use client";

import { Field, Fields, ShowView } from "@/components/page";
import { Tag } from "@/components/record-values";
import { formatDate } from "@/lib/format-date";
import { usePostShow, type PostShowProps } from "@/lib/use-post-show";

export function PostShow({ initial, category }: PostShowProps) {
  const { query, post, postCategory } = usePostShow({ initial, category });

  return (
    <ShowView loading={query.isLoading}>
      <Fields>
        <Field label="Title">{post?.title}</Field>
        <Field label="Category">{postCategory?.title}</Field>
        <Field label="Status">
          <Tag value={post?.status} />
        </Field>
        <Field label="Created">{formatDate(post?.createdAt, true)}</Field>
        <Field label="Content">
          <p className="leading-relaxed whitespace-pre-line">{post?.content}</p>
        </Field>
      </Fields>
    </ShowView>
  );
}
