"use client";

import { useTable } from "@refinedev/react-table";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/ui/data-table";
import { PageShell } from "@/components/ui/page";
import { ShowButton } from "@/components/ui/resource-buttons";
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
    cell: ({ row }) => <ShowButton hideText id={row.original.id} />,
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
    <PageShell title="Categories">
      <DataTable table={reactTable} loading={refineCore.tableQuery.isFetching} />
    </PageShell>
  );
}
