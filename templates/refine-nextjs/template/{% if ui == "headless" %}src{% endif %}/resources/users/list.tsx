"use client";

import { useTable } from "@refinedev/react-table";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table";
import { Page } from "@/components/page";
import { ShowButton } from "@/components/record-buttons";
import type { InitialList } from "@/lib/list-params";
import { useInitialList } from "@/lib/use-initial-list";
import type { IUser } from "@/types";

const columns: ColumnDef<IUser>[] = [
  { id: "id", accessorKey: "id", header: "ID" },
  {
    id: "firstName",
    accessorKey: "firstName",
    header: "Name",
    cell: ({ row }) => `${row.original.firstName} ${row.original.lastName}`,
  },
  {
    id: "email",
    accessorKey: "email",
    header: "Email",
    enableSorting: false,
    cell: ({ row }) => <a href={`mailto:${row.original.email}`}>{row.original.email}</a>,
  },
  {
    id: "role",
    accessorKey: "role",
    header: "Role",
    enableSorting: false,
    cell: ({ row }) => <span className="badge">{row.original.role}</span>,
  },
  {
    id: "actions",
    header: "Actions",
    cell: ({ row }) => <ShowButton resource="users" id={row.original.id} />,
  },
];

/** useTable with an explicit `resource`, first page from the server as initialData. */
export function UserList({ initial }: { initial?: InitialList<IUser> }) {
  const { reactTable, refineCore } = useTable<IUser>({
    columns,
    getRowId: (user) => String(user.id),
    refineCoreProps: {
      resource: "users",
      syncWithLocation: true,
      queryOptions: { initialData: useInitialList(initial) },
    },
  });

  return (
    <Page title="Users">
      <DataTable table={reactTable} loading={refineCore.tableQuery.isFetching} />
    </Page>
  );
}
