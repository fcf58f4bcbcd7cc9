"use client";

import { Show, TextFieldComponent as TextField } from "@refinedev/mui";
import { useShow, type GetOneResponse } from "@refinedev/core";
import Stack from "@mui/material/Stack";
import { FieldLabel } from "@/components/field-label";
import type { ICategory } from "@/types";

/** Statically generated (categories/show/[id]: getStaticProps / generateStaticParams + revalidate). */
export function CategoryShow({ initial }: { initial?: GetOneResponse<ICategory> }) {
  const { query, result: category } = useShow<ICategory>({
    resource: "categories",
    id: initial?.data.id,
    queryOptions: { initialData: initial },
  });

  return (
    <Show isLoading={query.isLoading} canEdit={false}>
      <Stack gap={1}>
        <FieldLabel>Title</FieldLabel>
        <TextField value={category?.title} />
        <FieldLabel>Description</FieldLabel>
        <TextField value={category?.description ?? ""} />
      </Stack>
    </Show>
  );
}
