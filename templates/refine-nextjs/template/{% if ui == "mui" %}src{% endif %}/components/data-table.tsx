"use client";

import type { BaseRecord, CrudSort, useTableReturnType } from "@refinedev/core";
import LinearProgress from "@mui/material/LinearProgress";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TablePagination from "@mui/material/TablePagination";
import TableRow from "@mui/material/TableRow";
import TableSortLabel from "@mui/material/TableSortLabel";
import type { ReactNode } from "react";
import { DEFAULT_PAGE_SIZE } from "@/lib/list-params";

export interface Column<T> {
  /** The record field; sorting uses it as the sorter's field. */
  field: string;
  header: string;
  sortable?: boolean;
  /** The cell's content; the field's value by default. */
  render?: (record: T) => ReactNode;
  width?: number;
  /** Keep the cell on one line (dates, buttons). */
  noWrap?: boolean;
}

const PAGE_SIZES = [5, DEFAULT_PAGE_SIZE, 25, 50];
const NO_WRAP = { whiteSpace: "nowrap" } as const;

/**
 * A MUI <Table> driven by refine's useTable: sorting, paging and the rows of
 * the current page, all synced with the URL by useTable (syncWithLocation).
 *
 * Not MUI X's DataGrid: the DataGrid renders nothing on the server (it waits
 * for the browser to measure it), and the lists must be in the server HTML.
 */
export function DataTable<T extends BaseRecord>({ table, columns }: { table: useTableReturnType<T>; columns: Column<T>[] }) {
  const { tableQuery, result, sorters, setSorters, currentPage, setCurrentPage, pageSize, setPageSize } = table;

  return (
    <>
      <TableContainer sx={{ position: "relative" }}>
        {tableQuery.isFetching && <LinearProgress sx={{ position: "absolute", top: 0, left: 0, right: 0 }} />}
        <Table size="small">
          <TableHead>
            <TableRow>
              {columns.map((column) => (
                <TableCell key={column.field} sx={{ width: column.width, fontWeight: 600 }}>
                  {column.sortable ? (
                    <TableSortLabel
                      active={orderOf(sorters, column.field) !== undefined}
                      direction={orderOf(sorters, column.field) ?? "asc"}
                      onClick={() => setSorters(nextSorters(sorters, column.field))}
                    >
                      {column.header}
                    </TableSortLabel>
                  ) : (
                    column.header
                  )}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {result.data.map((record) => (
              <TableRow key={record.id} hover>
                {columns.map((column) => (
                  <TableCell key={column.field} sx={column.noWrap ? NO_WRAP : undefined}>
                    {column.render ? column.render(record) : String(record[column.field] ?? "")}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        count={result.total ?? 0}
        page={Math.max(currentPage - 1, 0)}
        rowsPerPage={pageSize}
        rowsPerPageOptions={PAGE_SIZES.includes(pageSize) ? PAGE_SIZES : [...PAGE_SIZES, pageSize].sort((a, b) => a - b)}
        onPageChange={(_, page) => setCurrentPage(page + 1)}
        onRowsPerPageChange={(event) => {
          setPageSize(Number(event.target.value));
          setCurrentPage(1);
        }}
      />
    </>
  );
}

function orderOf(sorters: CrudSort[], field: string) {
  return sorters.find((sorter) => sorter.field === field)?.order;
}

/** Clicking a column header sorts by it: ascending, then descending, then unsorted. */
function nextSorters(sorters: CrudSort[], field: string): CrudSort[] {
  const order = orderOf(sorters, field);
  if (order === undefined) return [{ field, order: "asc" }];
  if (order === "asc") return [{ field, order: "desc" }];
  return [];
}
