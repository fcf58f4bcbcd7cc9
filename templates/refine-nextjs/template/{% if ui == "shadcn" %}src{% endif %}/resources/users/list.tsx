"use client";

import { useTable } from "@refinedev/react-table";
import type { ColumnDef } from "@tanstack/react-table";
import { ShowButton } from "@/components/buttons";
import { DataTable } from "@/components/data-table";
import { ListView } from "@/components/page-view";
import { Badge } from "@/components/ui/badge";
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
    cell: ({ row }) => (
      <a href={`mailto:${row.original.email}`} className="underline-offset-4 hover:underline">
        {row.original.email}
      </a>
    ),
  },
  {
    id: "role",
    accessorKey: "role",
    header: "Role",
    enableSorting: false,
    cell: ({ row }) => <Badge variant="secondary">{row.original.role}</Badge>,
  },
  {
    id: "actions",
    header: "Actions",
    enableSorting: false,
    cell: ({ row }) => <ShowButton hideText resource="users" recordItemId={row.original.id} />,
  },
];

/** useTable with an explicit `resource`, first page from the server as initialData. */
export function UserList({ initial }: { initial?: InitialList<IUser> }) {
  const { reactTable, refineCore } = useTable<IUser>({
    columns,
    refineCoreProps: {
      resource: "users",
      syncWithLocation: true,
      queryOptions: { initialData: useInitialList(initial) },
    },
  });

  return (
    <ListView resource="users">
      <DataTable table={reactTable} loading={refineCore.tableQuery.isFetching} />
    </ListView>
  );
}
