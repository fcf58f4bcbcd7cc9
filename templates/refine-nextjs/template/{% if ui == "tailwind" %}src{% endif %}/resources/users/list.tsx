"use client";

import { useTable } from "@refinedev/react-table";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/ui/data-table";
import { PageShell } from "@/components/ui/page";
import { ShowButton } from "@/components/ui/resource-buttons";
import { Tag } from "@/components/ui/tag";
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
      <a href={`mailto:${row.original.email}`} className="text-indigo-600 hover:underline dark:text-indigo-400">
        {row.original.email}
      </a>
    ),
  },
  {
    id: "role",
    accessorKey: "role",
    header: "Role",
    enableSorting: false,
    cell: ({ row }) => <Tag value={row.original.role} />,
  },
  {
    id: "actions",
    header: "Actions",
    cell: ({ row }) => <ShowButton hideText id={row.original.id} />,
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
    <PageShell title="Users">
      <DataTable table={reactTable} loading={refineCore.tableQuery.isFetching} />
    </PageShell>
  );
}
