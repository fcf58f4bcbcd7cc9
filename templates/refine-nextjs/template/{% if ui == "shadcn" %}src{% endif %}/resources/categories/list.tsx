"use client";

import { useTable } from "@refinedev/react-table";
import type { ColumnDef } from "@tanstack/react-table";
import { ShowButton } from "@/components/buttons";
import { DataTable } from "@/components/data-table";
import { ListView } from "@/components/page-view";
import type { InitialList } from "@/lib/list-params";
import { useInitialList } from "@/lib/use-initial-list";
import type { ICategory } from "@/types";

const columns: ColumnDef<ICategory>[] = [
  { id: "id", accessorKey: "id", header: "ID" },
  { id: "title", accessorKey: "title", header: "Title" },
  { id: "description", accessorKey: "description", header: "Description", enableSorting: false },
  {
    id: "actions",
    header: "Actions",
    enableSorting: false,
    cell: ({ row }) => <ShowButton hideText resource="categories" recordItemId={row.original.id} />,
  },
];

export function CategoryList({ initial }: { initial?: InitialList<ICategory> }) {
  const { reactTable, refineCore } = useTable<ICategory>({
    columns,
    refineCoreProps: {
      resource: "categories",
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
