"use client";

import { EmailField, getDefaultSortOrder, List, ShowButton, TagField, useTable } from "@refinedev/antd";
import { Table } from "antd";
import type { InitialList } from "@/lib/list-params";
import { useInitialList } from "@/lib/use-initial-list";
import type { IUser } from "@/types";

/** useTable with an explicit `resource`, first page from the server as initialData. */
export function UserList({ initial }: { initial?: InitialList<IUser> }) {
  const { tableProps, tableQuery, sorters } = useTable<IUser>({
    resource: "users",
    syncWithLocation: true,
    queryOptions: { initialData: useInitialList(initial) },
  });

  return (
    <List title="Users">
      <Table {...tableProps} loading={tableQuery.isFetching} rowKey="id">
        <Table.Column dataIndex="id" title="ID" sorter defaultSortOrder={getDefaultSortOrder("id", sorters)} />
        <Table.Column<IUser>
          dataIndex="firstName"
          title="Name"
          sorter
          defaultSortOrder={getDefaultSortOrder("firstName", sorters)}
          render={(_, user) => `${user.firstName} ${user.lastName}`}
        />
        <Table.Column<IUser> dataIndex="email" title="Email" render={(_, user) => <EmailField value={user.email} />} />
        <Table.Column<IUser> dataIndex="role" title="Role" render={(_, user) => <TagField value={user.role} />} />
        <Table.Column<IUser>
          title="Actions"
          render={(_, user) => <ShowButton hideText size="small" recordItemId={user.id} />}
        />
      </Table>
    </List>
  );
}
