"use client";

import { Show, TextField } from "@refinedev/antd";
import { useShow, type GetOneResponse } from "@refinedev/core";
import { Typography } from "antd";
import type { ICategory } from "@/types";

/** Statically generated (pages/categories/show/[id].tsx: getStaticProps + revalidate). */
export function CategoryShow({ initial }: { initial?: GetOneResponse<ICategory> }) {
  const { query, result: category } = useShow<ICategory>({
    resource: "categories",
    id: initial?.data.id,
    queryOptions: { initialData: initial },
  });

  return (
    <Show isLoading={query.isLoading} canEdit={false}>
      <Typography.Title level={5}>Title</Typography.Title>
      <TextField value={category?.title} />
      <Typography.Title level={5}>Description</Typography.Title>
      <TextField value={category?.description ?? ""} />
    </Show>
  );
}
