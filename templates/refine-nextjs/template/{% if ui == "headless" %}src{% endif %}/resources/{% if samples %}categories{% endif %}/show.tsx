"use client";

import { useShow, type GetOneResponse } from "@refinedev/core";
import { Page } from "@/components/page";
import type { ICategory } from "@/types";

/** Statically generated (the categories/show/[id] route: getStaticProps / generateStaticParams + revalidate). */
export function CategoryShow({ initial }: { initial?: GetOneResponse<ICategory> }) {
  const { query, result: category } = useShow<ICategory>({
    resource: "categories",
    id: initial?.data.id,
    queryOptions: { initialData: initial },
  });

  return (
    <Page title="Show Category">
      {query.isLoading ? (
        <p className="muted">Loading…</p>
      ) : (
        <dl className="details">
          <dt>Title</dt>
          <dd>{category?.title}</dd>
          <dt>Description</dt>
          <dd>{category?.description ?? ""}</dd>
        </dl>
      )}
    </Page>
  );
}
