"use client";

import { flexRender, type Table } from "@tanstack/react-table";
import { ChevronLeftIcon, ChevronRightIcon, SortIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";

/**
 * Renders a TanStack table made by @refinedev/react-table's useTable: sortable
 * headers (buttons, `aria-sort`) and a pager. Sorting and paging go through the
 * table state, which refine syncs with the URL and the data provider.
 * `loading` dims the rows while a new page loads (never on server-rendered rows).
 */
export function DataTable<T>({ table, loading = false }: { table: Table<T>; loading?: boolean }) {
  const rows = table.getRowModel().rows;

  return (
    <div className="space-y-4">
      <div className="overflow-x-auto">
        <table className="w-full min-w-max text-left text-sm" aria-busy={loading}>
          <thead className="border-b border-zinc-200 text-xs text-zinc-500 uppercase dark:border-zinc-800 dark:text-zinc-400">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const content = header.isPlaceholder
                    ? null
                    : flexRender(header.column.columnDef.header, header.getContext());
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className="px-3 py-2 font-medium"
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                    >
                      {header.column.getCanSort() ? (
                        <button
                          type="button"
                          className="-mx-1 inline-flex items-center gap-1 rounded px-1 uppercase hover:text-zinc-900 dark:hover:text-zinc-100"
                          onClick={header.column.getToggleSortingHandler()}
                        >
                          {content}
                          <SortIcon sorted={sorted} className="size-3.5" />
                        </button>
                      ) : (
                        content
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody
            className={`divide-y divide-zinc-100 transition-opacity dark:divide-zinc-800 ${loading ? "opacity-50" : ""}`}
          >
            {rows.map((row) => (
              <tr key={row.id} className="hover:bg-zinc-50 dark:hover:bg-zinc-800/50">
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className="px-3 py-2 align-middle">
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && (
          <p className="py-8 text-center text-sm text-zinc-500" aria-live="polite">
            {loading ? "Loading…" : "No records"}
          </p>
        )}
      </div>
      <Pager table={table} />
    </div>
  );
}

function Pager<T>({ table }: { table: Table<T> }) {
  const { pageIndex } = table.getState().pagination;
  const pageCount = Math.max(table.getPageCount(), 1);

  return (
    <nav aria-label="Pagination" className="flex items-center justify-end gap-2 text-sm">
      <span className="text-zinc-500 dark:text-zinc-400">
        Page {pageIndex + 1} of {pageCount}
      </span>
      <Button
        size="sm"
        aria-label="Previous page"
        disabled={!table.getCanPreviousPage()}
        onClick={() => table.previousPage()}
      >
        <ChevronLeftIcon />
      </Button>
      <Button size="sm" aria-label="Next page" disabled={!table.getCanNextPage()} onClick={() => table.nextPage()}>
        <ChevronRightIcon />
      </Button>
    </nav>
  );
}
