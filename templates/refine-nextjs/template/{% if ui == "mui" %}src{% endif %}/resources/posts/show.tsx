"use client";

import { DateField, Show, TagField, TextFieldComponent as TextField } from "@refinedev/mui";
import { useOne, useShow, type GetOneResponse } from "@refinedev/core";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { FieldLabel } from "@/components/field-label";
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
    <Show isLoading={query.isLoading}>
      <Stack gap={1}>
        <FieldLabel>Title</FieldLabel>
        <TextField value={post?.title} />
        <FieldLabel>Category</FieldLabel>
        <TextField value={postCategory?.title ?? ""} />
        <FieldLabel>Status</FieldLabel>
        <div>
          <TagField value={post?.status} />
        </div>
        <FieldLabel>Created</FieldLabel>
        {post?.createdAt && <DateField value={post.createdAt} format="YYYY-MM-DD HH:mm" />}
        <FieldLabel>Content</FieldLabel>
        <Typography sx={{ whiteSpace: "pre-wrap" }}>{post?.content}</Typography>
      </Stack>
    </Show>
  );
}
