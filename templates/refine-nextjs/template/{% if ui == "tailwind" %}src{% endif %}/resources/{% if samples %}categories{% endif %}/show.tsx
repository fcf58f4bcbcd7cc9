"use client";

import { useShow, type GetOneResponse } from "@refinedev/core";
import { Details, Page } from "@/components/page";
import { ListButton } from "@/components/buttons";
import type { ICategory } from "@/types";

/** Statically generated (categories/show/[id]: static params + revalidate). */
export function CategoryShow({ initial }: { initial?: GetOneResponse<ICategory> }) {
  const { query, result: category } = useShow<ICategory>({
    resource: "categories",
    id: initial?.data.id,
    queryOptions: { initialData: initial },
  });

  return (
    <Page title="Show Category" loading={query.isLoading} actions={<ListButton resource="categories" />}>
      <Details
        items={[
          { label: "Title", value: category?.title },
          { label: "Description", value: category?.description ?? "" },
        ]}
      />
    </Page>
  );
}
