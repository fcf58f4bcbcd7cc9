import type { BaseRecord } from "@refinedev/core";
import { useTable } from "@refinedev/react-table";
import type { ColumnDef } from "@tanstack/react-table";
import type { InitialList } from "@/lib/list-params";
import { useInitialList } from "@/lib/use-initial-list";

/**
 * A list page's TanStack table: refine's useTable for `resource`, with sorting and
 * paging kept in the URL (syncWithLocation) and the server-loaded first page as
 * initialData. The kit's DataTable renders it; `loading` is true while another
 * page loads (never for the server-rendered rows).
 */
export function useListTable<T extends BaseRecord & { id: unknown }>(
  resource: string,
  columns: ColumnDef<T>[],
  initial: InitialList<T> | undefined,
) {
  const { reactTable, refineCore } = useTable<T>({
    columns,
    getRowId: (record) => String(record.id),
    refineCoreProps: {
      resource,
      syncWithLocation: true,
      queryOptions: { initialData: useInitialList(initial) },
    },
  });
  return { table: reactTable, loading: refineCore.tableQuery.isFetching };
}
