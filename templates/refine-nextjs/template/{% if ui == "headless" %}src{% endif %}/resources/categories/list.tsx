"use client";

import { useTable } from "@refinedev/react-table";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table";
import { Page } from "@/components/page";
import { ShowButton } from "@/components/record-buttons";
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
    cell: ({ row }) => <ShowButton resource="categories" id={row.original.id} />,
  },
];

export function CategoryList({ initial }: { initial?: InitialList<ICategory> }) {
  const { reactTable, refineCore } = useTable<ICategory>({
    columns,
    getRowId: (category) => String(category.id),
    refineCoreProps: {
      resource: "categories",
      syncWithLocation: true,
      queryOptions: { initialData: useInitialList(initial) },
    },
  });

  return (
    <Page title="Categories">
      <DataTable table={reactTable} loading={refineCore.tableQuery.isFetching} />
    </Page>
  );
}
