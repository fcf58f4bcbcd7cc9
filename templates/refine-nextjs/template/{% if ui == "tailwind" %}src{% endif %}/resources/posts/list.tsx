"use client";

import type { BaseKey, GetListResponse } from "@refinedev/core";
import { useTable } from "@refinedev/react-table";
import type { ColumnDef } from "@tanstack/react-table";
import { createContext, useContext } from "react";
import { DataTable } from "@/components/ui/data-table";
import { PageShell } from "@/components/ui/page";
import { CreateButton, DeleteButton, EditButton, ShowButton } from "@/components/ui/resource-buttons";
import { formatDate, Tag } from "@/components/ui/tag";
import type { InitialList } from "@/lib/list-params";
import { useCategoryTitles } from "@/lib/use-category-titles";
import { useInitialList } from "@/lib/use-initial-list";
import type { ICategory, IPost } from "@/types";

export interface PostListProps {
  initial?: InitialList<IPost>;
  categories?: GetListResponse<ICategory>;
}

/** Category titles by id, for the Category cells (the columns themselves stay constant). */
const CategoryTitles = createContext<(id: BaseKey | undefined) => string>(() => "");

function CategoryCell({ id }: { id: BaseKey }) {
  return useContext(CategoryTitles)(id);
}

/**
 * Columns of the posts table, defined once: new column objects on every render
 * would remount the cells (and reset, say, an open delete confirmation).
 * Columns with an accessor sort on the server; the others opt out.
 */
const columns: ColumnDef<IPost>[] = [
  { id: "id", accessorKey: "id", header: "ID" },
  { id: "title", accessorKey: "title", header: "Title" },
  {
    id: "categoryId",
    accessorKey: "categoryId",
    header: "Category",
    enableSorting: false,
    cell: ({ row }) => <CategoryCell id={row.original.categoryId} />,
  },
  {
    id: "status",
    accessorKey: "status",
    header: "Status",
    enableSorting: false,
    cell: ({ row }) => <Tag value={row.original.status} />,
  },
  {
    id: "createdAt",
    accessorKey: "createdAt",
    // Not "Created": the sort button's name would then also match the "Create" button.
    header: "Date",
    cell: ({ row }) => formatDate(row.original.createdAt),
  },
  {
    id: "actions",
    header: "Actions",
    cell: ({ row }) => (
      <div className="flex gap-1">
        <ShowButton hideText id={row.original.id} />
        <EditButton hideText id={row.original.id} />
        <DeleteButton hideText id={row.original.id} />
      </div>
    ),
  },
];

/** Sorting and paging live in the URL (syncWithLocation); the first page comes from the server. */
export function PostList({ initial, categories }: PostListProps) {
  const categoryTitle = useCategoryTitles(categories);
  const { reactTable, refineCore } = useTable<IPost>({
    columns,
    refineCoreProps: {
      resource: "posts",
      syncWithLocation: true,
      queryOptions: { initialData: useInitialList(initial) },
    },
  });

  return (
    <PageShell title="Posts" actions={<CreateButton />}>
      <CategoryTitles.Provider value={categoryTitle}>
        <DataTable table={reactTable} loading={refineCore.tableQuery.isFetching} />
      </CategoryTitles.Provider>
    </PageShell>
  );
}
