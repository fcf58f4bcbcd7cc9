"use client";

import { DateField, Show, TagField, TextField } from "@refinedev/antd";
import { Typography } from "antd";
import { usePostShow, type PostShowProps } from "@/lib/use-post-show";

const { Title, Paragraph } = Typography;

export function PostShow({ initial, category }: PostShowProps) {
  const { query, post, postCategory } = usePostShow({ initial, category });

  return (
    <Show isLoading={query.isLoading}>
      <Title level={5}>Title</Title>
      <TextField value={post?.title} />
      <Title level={5}>Category</Title>
      <TextField value={postCategory?.title ?? ""} />
      <Title level={5}>Status</Title>
      <TagField value={post?.status} />
      <Title level={5}>Created</Title>
      {post?.createdAt && <DateField value={post.createdAt} format="YYYY-MM-DD HH:mm" />}
      <Title level={5}>Content</Title>
      <Paragraph>{post?.content}</Paragraph>
    </Show>
  );
}
