"use client";

import type { BaseKey, GetListResponse } from "@refinedev/core";
import type { ColumnDef } from "@tanstack/react-table";
import { createContext, useContext } from "react";
import { DataTable } from "@/components/data-table";
import { ListView } from "@/components/list-view";
import { RowActions } from "@/components/row-actions";
import { Tag } from "@/components/record-values";
import { formatDate } from "@/lib/format-date";
import type { InitialList } from "@/lib/list-params";
import { useCategoryTitles } from "@/lib/use-category-titles";
import { useListTable } from "@/lib/use-list-table";
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
    cell: ({ row }) => <time dateTime={row.original.createdAt}>{formatDate(row.original.createdAt)}</time>,
  },
  {
    id: "actions",
    header: "Actions",
    cell: ({ row }) => <RowActions resource="posts" id={row.original.id} actions={["show", "edit", "delete"]} />,
  },
];

/** Sorting and paging live in the URL (syncWithLocation); the first page comes from the server. */
export function PostList({ initial, categories }: PostListProps) {
  const categoryTitle = useCategoryTitles(categories);
  const { table, loading } = useListTable("posts", columns, initial);

  return (
    <ListView resource="posts" title="Posts" canCreate>
      <CategoryTitles.Provider value={categoryTitle}>
        <DataTable table={table} loading={loading} />
      </CategoryTitles.Provider>
    </ListView>
  );
}
