import type { CrudFilter, CrudSort, GetListResponse, Pagination } from "@refinedev/core";
import parseTableParams from "@refinedev/nextjs-router/parse-table-params";

/** Pagination, sorting and filters of a list page, as in its URL (syncWithLocation). */
export interface ListParams {
  pagination: Required<Pick<Pagination, "currentPage" | "pageSize">>;
  sorters: CrudSort[];
  filters: CrudFilter[];
}

/** The first page of a list, loaded on the server, and the params it was loaded with. */
export interface InitialList<T> {
  params: ListParams;
  data: GetListResponse<T>;
}

/**
 * The page size when the URL names none. MUI's tables pass it (their own
 * default is 25); the other kits' tables default to 10 already.
 * @public
 */
export const DEFAULT_PAGE_SIZE = 10;

/**
 * Reads `?currentPage=2&pageSize=5&sorters[0][field]=title&sorters[0][order]=asc…`.
 * The server uses it to load the page; the browser uses it to know whether the
 * server's data still matches the URL. Both must agree, so both call this.
 */
export function listParamsFromUrl(url: string): ListParams {
  const search = url.includes("?") ? url.slice(url.indexOf("?")) : "";
  const parsed = parseTableParams(search);
  return {
    pagination: {
      currentPage: positiveInt(parsed.pagination.currentPage, 1),
      pageSize: positiveInt(parsed.pagination.pageSize, DEFAULT_PAGE_SIZE),
    },
    sorters: Array.isArray(parsed.sorters) ? parsed.sorters : [],
    filters: Array.isArray(parsed.filters) ? parsed.filters : [],
  };
}

/** Server data for the current URL, or undefined once the table moved on (then the hook fetches). */
export function initialDataFor<T>(initial: InitialList<T> | undefined, url: string) {
  if (!initial) return undefined;
  const same = JSON.stringify(initial.params) === JSON.stringify(listParamsFromUrl(url));
  return same ? initial.data : undefined;
}

function positiveInt(value: unknown, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}
