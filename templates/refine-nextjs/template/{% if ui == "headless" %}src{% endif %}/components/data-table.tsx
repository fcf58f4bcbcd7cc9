"use client";

import { flexRender, type Table } from "@tanstack/react-table";

const PAGE_SIZES = [10, 20, 50];
const SORT_MARKS = { asc: "▲", desc: "▼" } as const;
const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

/**
 * A TanStack table as plain HTML: header buttons sort, the pager pages.
 * Sorting and paging go through the table's state, which @refinedev/react-table
 * turns into the data provider's query and the URL (syncWithLocation).
 */
export function DataTable<T>({ table, loading }: { table: Table<T>; loading: boolean }) {
  const { pageIndex, pageSize } = table.getState().pagination;
  const sizes = [...new Set([...PAGE_SIZES, pageSize])].sort((a, b) => a - b);

  return (
    <>
      <div className="table-scroll">
        <table aria-busy={loading}>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const label = flexRender(header.column.columnDef.header, header.getContext());
                  return (
                    <th key={header.id} aria-sort={sorted ? ARIA_SORT[sorted] : undefined}>
                      {header.column.getCanSort() ? (
                        <button type="button" className="sort" onClick={header.column.getToggleSortingHandler()}>
                          {label}
                          <span aria-hidden="true">{sorted ? SORT_MARKS[sorted] : "↕"}</span>
                        </button>
                      ) : (
                        label
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="pager" aria-label="Pagination">
        <button
          type="button"
          className="small"
          aria-label="Previous page"
          onClick={() => table.previousPage()}
          disabled={!table.getCanPreviousPage()}
        >
          ‹
        </button>
        <span>
          Page {pageIndex + 1} of {Math.max(table.getPageCount(), 1)}
        </span>
        <button
          type="button"
          className="small"
          aria-label="Next page"
          onClick={() => table.nextPage()}
          disabled={!table.getCanNextPage()}
        >
          ›
        </button>
        <select
          aria-label="Rows per page"
          value={pageSize}
          onChange={(event) => table.setPageSize(Number(event.target.value))}
        >
          {sizes.map((size) => (
            <option key={size} value={size}>
              {size} / page
            </option>
          ))}
        </select>
      </nav>
    </>
  );
}
