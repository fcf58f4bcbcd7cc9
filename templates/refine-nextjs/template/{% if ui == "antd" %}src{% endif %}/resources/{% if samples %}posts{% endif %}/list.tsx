"use client";

import {
  DateField,
  DeleteButton,
  EditButton,
  getDefaultSortOrder,
  List,
  ShowButton,
  TagField,
  useTable,
} from "@refinedev/antd";
import type { GetListResponse } from "@refinedev/core";
import { Space, Table } from "antd";
import type { InitialList } from "@/lib/list-params";
import { useInitialList } from "@/lib/use-initial-list";
import { useCategoryTitles } from "@/lib/use-category-titles";
import type { ICategory, IPost } from "@/types";

export interface PostListProps {
  initial?: InitialList<IPost>;
  categories?: GetListResponse<ICategory>;
}

export function PostList({ initial, categories }: PostListProps) {
  const { tableProps, tableQuery, sorters } = useTable<IPost>({
    resource: "posts",
    syncWithLocation: true,
    queryOptions: { initialData: useInitialList(initial) },
  });
  const categoryTitle = useCategoryTitles(categories);

  return (
    <List>
      <Table {...tableProps} loading={tableQuery.isFetching} rowKey="id">
        <Table.Column dataIndex="id" title="ID" sorter defaultSortOrder={getDefaultSortOrder("id", sorters)} />
        <Table.Column
          dataIndex="title"
          title="Title"
          sorter
          defaultSortOrder={getDefaultSortOrder("title", sorters)}
        />
        <Table.Column<IPost>
          dataIndex="categoryId"
          title="Category"
          render={(_, post) => categoryTitle(post.categoryId)}
        />
        <Table.Column<IPost> dataIndex="status" title="Status" render={(_, post) => <TagField value={post.status} />} />
        <Table.Column<IPost>
          dataIndex="createdAt"
          title="Created"
          sorter
          defaultSortOrder={getDefaultSortOrder("createdAt", sorters)}
          render={(_, post) => <DateField value={post.createdAt} format="YYYY-MM-DD" />}
        />
        <Table.Column<IPost>
          title="Actions"
          render={(_, post) => (
            <Space>
              <ShowButton hideText size="small" recordItemId={post.id} />
              <EditButton hideText size="small" recordItemId={post.id} />
              <DeleteButton hideText size="small" recordItemId={post.id} />
            </Space>
          )}
        />
      </Table>
    </List>
  );
}
