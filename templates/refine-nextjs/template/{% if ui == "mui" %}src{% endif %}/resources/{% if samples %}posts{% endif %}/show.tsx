"use client";

import { DateField, Show, TagField, TextFieldComponent as TextField } from "@refinedev/mui";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { FieldLabel } from "@/components/field-label";
import { usePostShow, type PostShowProps } from "@/lib/use-post-show";

export function PostShow({ initial, category }: PostShowProps) {
  const { query, post, postCategory } = usePostShow({ initial, category });

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
