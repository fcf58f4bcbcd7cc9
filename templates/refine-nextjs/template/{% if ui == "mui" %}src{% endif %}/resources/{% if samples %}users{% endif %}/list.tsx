"use client";

import { EmailField, List, ShowButton, TagField } from "@refinedev/mui";
import { useTable } from "@refinedev/core";
import { ROW_BUTTON_PROPS } from "@/components/buttons";
import { DataTable, type Column } from "@/components/data-table";
import { DEFAULT_PAGE_SIZE, type InitialList } from "@/lib/list-params";
import { useInitialList } from "@/lib/use-initial-list";
import type { IUser } from "@/types";

const COLUMNS: Column<IUser>[] = [
  { field: "id", header: "ID", sortable: true, width: 80 },
  { field: "firstName", header: "Name", sortable: true, render: (user) => `${user.firstName} ${user.lastName}` },
  { field: "email", header: "Email", render: (user) => <EmailField value={user.email} /> },
  { field: "role", header: "Role", render: (user) => <TagField value={user.role} /> },
  {
    field: "actions",
    header: "Actions",
    render: (user) => <ShowButton {...ROW_BUTTON_PROPS} recordItemId={user.id} aria-label="Show" />,
  },
];

/** refine's useTable with an explicit `resource`, first page from the server as initialData. */
export function UserList({ initial }: { initial?: InitialList<IUser> }) {
  const table = useTable<IUser>({
    resource: "users",
    syncWithLocation: true,
    pagination: { pageSize: DEFAULT_PAGE_SIZE },
    queryOptions: { initialData: useInitialList(initial) },
  });

  return (
    <List title="Users">
      <DataTable table={table} columns={COLUMNS} />
    </List>
  );
}
