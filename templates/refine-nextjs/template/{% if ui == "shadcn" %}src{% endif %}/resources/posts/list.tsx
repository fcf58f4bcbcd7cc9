"use client";

import type { GetListResponse } from "@refinedev/core";
import { useTable } from "@refinedev/react-table";
import type { ColumnDef } from "@tanstack/react-table";
import { useMemo } from "react";
import { DeleteButton, EditButton, ShowButton } from "@/components/buttons";
import { DataTable } from "@/components/data-table";
import { ListView } from "@/components/page-view";
import { StatusBadge } from "@/resources/posts/status-badge";
import type { InitialList } from "@/lib/list-params";
import { useCategoryTitles } from "@/lib/use-category-titles";
import { useInitialList } from "@/lib/use-initial-list";
import type { ICategory, IPost } from "@/types";

export interface PostListProps {
  initial?: InitialList<IPost>;
  categories?: GetListResponse<ICategory>;
}

export function PostList({ initial, categories }: PostListProps) {
  const categoryTitle = useCategoryTitles(categories);

  const columns = useMemo<ColumnDef<IPost>[]>(
    () => [
      { id: "id", accessorKey: "id", header: "ID" },
      { id: "title", accessorKey: "title", header: "Title" },
      {
        id: "categoryId",
        header: "Category",
        enableSorting: false,
        cell: ({ row }) => categoryTitle(row.original.categoryId),
      },
      {
        id: "status",
        header: "Status",
        enableSorting: false,
        cell: ({ row }) => <StatusBadge status={row.original.status} />,
      },
      {
        // "Date", not "Created": the header is a sort button, and buttons named
        // "Create…" would clash with the page's Create button.
        id: "createdAt",
        accessorKey: "createdAt",
        header: "Date",
        cell: ({ row }) => formatDate(row.original.createdAt),
      },
      {
        id: "actions",
        header: "Actions",
        enableSorting: false,
        cell: ({ row }) => (
          <div className="flex gap-1">
            <ShowButton hideText recordItemId={row.original.id} />
            <EditButton hideText recordItemId={row.original.id} />
            <DeleteButton hideText recordItemId={row.original.id} />
          </div>
        ),
      },
    ],
    [categoryTitle],
  );

  const { reactTable, refineCore } = useTable<IPost>({
    columns,
    refineCoreProps: {
      resource: "posts",
      syncWithLocation: true,
      queryOptions: { initialData: useInitialList(initial) },
    },
  });

  return (
    <ListView>
      <DataTable table={reactTable} loading={refineCore.tableQuery.isFetching} />
    </ListView>
  );
}

/** `2025-01-31`, the same on the server and in the browser (no locale or time zone involved). */
function formatDate(iso: string | undefined): string {
  return iso ? iso.slice(0, 10) : "";
}
