"use client";

import { List, ShowButton } from "@refinedev/mui";
import { useTable } from "@refinedev/core";
import { ROW_BUTTON_PROPS } from "@/components/buttons";
import { DataTable, type Column } from "@/components/data-table";
import { DEFAULT_PAGE_SIZE, type InitialList } from "@/lib/list-params";
import { useInitialList } from "@/lib/use-initial-list";
import type { ICategory } from "@/types";

const COLUMNS: Column<ICategory>[] = [
  { field: "id", header: "ID", sortable: true, width: 80 },
  { field: "title", header: "Title", sortable: true },
  { field: "description", header: "Description" },
  {
    field: "actions",
    header: "Actions",
    render: (category) => <ShowButton {...ROW_BUTTON_PROPS} recordItemId={category.id} aria-label="Show" />,
  },
];

export function CategoryList({ initial }: { initial?: InitialList<ICategory> }) {
  const table = useTable<ICategory>({
    resource: "categories",
    syncWithLocation: true,
    pagination: { pageSize: DEFAULT_PAGE_SIZE },
    queryOptions: { initialData: useInitialList(initial) },
  });

  return (
    <List>
      <DataTable table={table} columns={COLUMNS} />
    </List>
  );
}
