"use client";

import { DateField, Show, TagField, TextField } from "@refinedev/antd";
import { useOne, useShow, type GetOneResponse } from "@refinedev/core";
import { Typography } from "antd";
import type { ICategory, IPost } from "@/types";

const { Title, Paragraph } = Typography;

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
