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
    // Only well-formed entries: the URL is user input (`filters[0][operator]=or` alone must not crash the page).
    sorters: (Array.isArray(parsed.sorters) ? (parsed.sorters as unknown[]) : []).filter(isSorter),
    filters: (Array.isArray(parsed.filters) ? (parsed.filters as unknown[]) : []).filter(isFieldFilter),
  };
}

const FIELD_OPERATORS = new Set([
  "eq", "ne", "lt", "gt", "lte", "gte", "in", "nin", "ina", "nina", "contains", "ncontains", "containss",
  "ncontainss", "between", "nbetween", "null", "nnull", "startswith", "nstartswith", "startswiths",
  "nstartswiths", "endswith", "nendswith", "endswiths", "nendswiths",
]);

function isSorter(value: unknown): value is CrudSort {
  const sorter = value as Partial<CrudSort> | null;
  return typeof sorter?.field === "string" && (sorter.order === "asc" || sorter.order === "desc");
}

/** `{ field, operator, value }` with a known operator and a plain value (no nested `or` / `and` from the URL). */
function isFieldFilter(value: unknown): value is CrudFilter {
  const filter = value as { field?: unknown; operator?: unknown; value?: unknown } | null;
  const plain = (v: unknown) => v === null || ["string", "number", "boolean"].includes(typeof v);
  return (
    typeof filter?.field === "string" &&
    typeof filter.operator === "string" &&
    FIELD_OPERATORS.has(filter.operator) &&
    (plain(filter.value) || (Array.isArray(filter.value) && filter.value.every(plain)))
  );
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
