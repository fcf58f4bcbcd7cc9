"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table";
import { ListView } from "@/components/list-view";
import { RowActions } from "@/components/row-actions";
import { EmailLink, Tag } from "@/components/record-values";
import type { InitialList } from "@/lib/list-params";
import { useListTable } from "@/lib/use-list-table";
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
    cell: ({ row }) => <EmailLink email={row.original.email} />,
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
    cell: ({ row }) => <RowActions resource="users" id={row.original.id} actions={["show"]} />,
  },
];

/** Users are read-only here: a table and a Show button per row; the first page comes from the server. */
export function UserList({ initial }: { initial?: InitialList<IUser> }) {
  const { table, loading } = useListTable("users", columns, initial);

  return (
    <ListView resource="users" title="Users">
      <DataTable table={table} loading={loading} />
    </ListView>
  );
}
