"use client";

import { getDefaultSortOrder, List, ShowButton, useTable } from "@refinedev/antd";
import { Table } from "antd";
import type { InitialList } from "@/lib/list-params";
import { useInitialList } from "@/lib/use-initial-list";
import type { ICategory } from "@/types";

export function CategoryList({ initial }: { initial?: InitialList<ICategory> }) {
  const { tableProps, tableQuery, sorters } = useTable<ICategory>({
    resource: "categories",
    syncWithLocation: true,
    queryOptions: { initialData: useInitialList(initial) },
  });

  return (
    <List>
      <Table {...tableProps} loading={tableQuery.isFetching} rowKey="id">
        <Table.Column dataIndex="id" title="ID" sorter defaultSortOrder={getDefaultSortOrder("id", sorters)} />
        <Table.Column dataIndex="title" title="Title" sorter defaultSortOrder={getDefaultSortOrder("title", sorters)} />
        <Table.Column dataIndex="description" title="Description" />
        <Table.Column<ICategory>
          title="Actions"
          render={(_, category) => <ShowButton hideText size="small" recordItemId={category.id} />}
        />
      </Table>
    </List>
  );
}
