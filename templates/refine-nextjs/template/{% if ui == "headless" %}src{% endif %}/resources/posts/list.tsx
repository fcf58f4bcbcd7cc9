"use client";

import type { BaseKey, GetListResponse } from "@refinedev/core";
import { useNavigation } from "@refinedev/core";
import { useTable } from "@refinedev/react-table";
import type { ColumnDef } from "@tanstack/react-table";
import dayjs from "dayjs";
import { DataTable } from "@/components/data-table";
import { Page } from "@/components/page";
import { DeleteButton, EditButton, ShowButton } from "@/components/record-buttons";
import type { InitialList } from "@/lib/list-params";
import { useCategoryTitles } from "@/lib/use-category-titles";
import { useInitialList } from "@/lib/use-initial-list";
import type { ICategory, IPost } from "@/types";

export interface PostListProps {
  initial?: InitialList<IPost>;
  categories?: GetListResponse<ICategory>;
}

/** The columns; the Category cell shows the title of the post's category id. */
function postColumns(categoryTitle: (id: BaseKey | undefined) => string): ColumnDef<IPost>[] {
  return [
    { id: "id", accessorKey: "id", header: "ID" },
    { id: "title", accessorKey: "title", header: "Title" },
    {
      id: "categoryId",
      accessorKey: "categoryId",
      header: "Category",
      enableSorting: false,
      cell: ({ row }) => categoryTitle(row.original.categoryId),
    },
    {
      id: "status",
      accessorKey: "status",
      header: "Status",
      enableSorting: false,
      cell: ({ row }) => <span className={`badge badge-${row.original.status}`}>{row.original.status}</span>,
    },
    {
      id: "createdAt",
      accessorKey: "createdAt",
      header: "Date",
      cell: ({ row }) => (
        <time dateTime={row.original.createdAt}>{dayjs(row.original.createdAt).format("YYYY-MM-DD")}</time>
      ),
    },
    {
      id: "actions",
      header: "Actions",
      cell: ({ row }) => (
        <div className="row-actions">
          <ShowButton resource="posts" id={row.original.id} />
          <EditButton resource="posts" id={row.original.id} />
          <DeleteButton resource="posts" id={row.original.id} />
        </div>
      ),
    },
  ];
}

export function PostList({ initial, categories }: PostListProps) {
  const categoryTitle = useCategoryTitles(categories);
  const { reactTable, refineCore } = useTable<IPost>({
    columns: postColumns(categoryTitle),
    getRowId: (post) => String(post.id),
    refineCoreProps: {
      resource: "posts",
      syncWithLocation: true,
      queryOptions: { initialData: useInitialList(initial) },
    },
  });
  const { create } = useNavigation();

  return (
    <Page
      title="Posts"
      actions={
        <button type="button" className="primary" onClick={() => create("posts")}>
          Create
        </button>
      }
    >
      <DataTable table={reactTable} loading={refineCore.tableQuery.isFetching} />
    </Page>
  );
}
