"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table";
import { ListView } from "@/components/list-view";
import { RowActions } from "@/components/row-actions";
import type { InitialList } from "@/lib/list-params";
import { useListTable } from "@/lib/use-list-table";
import type { ICategory } from "@/types";

const columns: ColumnDef<ICategory>[] = [
  { id: "id", accessorKey: "id", header: "ID" },
  { id: "title", accessorKey: "title", header: "Title" },
  { id: "description", accessorKey: "description", header: "Description", enableSorting: false },
  {
    id: "actions",
    header: "Actions",
    cell: ({ row }) => <RowActions resource="categories" id={row.original.id} actions={["show"]} />,
  },
];

export function CategoryList({ initial }: { initial?: InitialList<ICategory> }) {
  const { table, loading } = useListTable("categories", columns, initial);

  return (
    <ListView resource="categories" title="Categories">
      <DataTable table={table} loading={loading} />
    </ListView>
  );
}
