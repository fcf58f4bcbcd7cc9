"use client";

import { DateField, DeleteButton, EditButton, List, ShowButton, TagField } from "@refinedev/mui";
import { useTable, type GetListResponse } from "@refinedev/core";
import Stack from "@mui/material/Stack";
import { DataTable, type Column } from "@/components/data-table";
import { ROW_BUTTON_PROPS, CREATE_BUTTON_PROPS } from "@/components/buttons";
import { DEFAULT_PAGE_SIZE, type InitialList } from "@/lib/list-params";
import { useInitialList } from "@/lib/use-initial-list";
import { useCategoryTitles } from "@/lib/use-category-titles";
import type { ICategory, IPost } from "@/types";

export interface PostListProps {
  initial?: InitialList<IPost>;
  categories?: GetListResponse<ICategory>;
}

export function PostList({ initial, categories }: PostListProps) {
  const table = useTable<IPost>({
    resource: "posts",
    syncWithLocation: true,
    pagination: { pageSize: DEFAULT_PAGE_SIZE },
    queryOptions: { initialData: useInitialList(initial) },
  });
  const categoryTitle = useCategoryTitles(categories);

  const columns: Column<IPost>[] = [
    { field: "id", header: "ID", sortable: true, width: 80 },
    { field: "title", header: "Title", sortable: true },
    { field: "categoryId", header: "Category", render: (post) => categoryTitle(post.categoryId) },
    { field: "status", header: "Status", render: (post) => <TagField value={post.status} /> },
    {
      field: "createdAt",
      // Not "Created": its sort button would share a name with the "Create" button.
      header: "Date",
      sortable: true,
      noWrap: true,
      render: (post) => <DateField value={post.createdAt} format="YYYY-MM-DD" />,
    },
    {
      field: "actions",
      header: "Actions",
      noWrap: true,
      render: (post) => (
        <Stack direction="row">
          <ShowButton {...ROW_BUTTON_PROPS} recordItemId={post.id} aria-label="Show" />
          <EditButton {...ROW_BUTTON_PROPS} recordItemId={post.id} aria-label="Edit" />
          <DeleteButton {...ROW_BUTTON_PROPS} recordItemId={post.id} aria-label="Delete" />
        </Stack>
      ),
    },
  ];

  return (
    <List createButtonProps={CREATE_BUTTON_PROPS}>
      <DataTable table={table} columns={columns} />
    </List>
  );
}
