"use client";

import { useShow, type GetOneResponse } from "@refinedev/core";
import { Field, Fields, ShowView } from "@/components/page";
import type { ICategory } from "@/types";

/** Statically generated (categories/show/[id]: getStaticProps or generateStaticParams, with revalidate). */
export function CategoryShow({ initial }: { initial?: GetOneResponse<ICategory> }) {
  const { query, result: category } = useShow<ICategory>({
    resource: "categories",
    id: initial?.data.id,
    queryOptions: { initialData: initial },
  });

  return (
    <ShowView resource="categories" loading={query.isLoading} canEdit={false}>
      <Fields>
        <Field label="Title">{category?.title}</Field>
        <Field label="Description">{category?.description}</Field>
      </Fields>
    </ShowView>
  );
}
