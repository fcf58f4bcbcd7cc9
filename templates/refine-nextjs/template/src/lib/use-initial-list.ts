import { useRouter } from "next/router";
import { useEffect } from "react";
import { initialDataFor, type InitialList } from "@/lib/list-params";

/** Server data already handed to a table once. */
const handedOver = new WeakSet<object>();

/**
 * The server-loaded first page, for `useTable({ queryOptions: { initialData } })`.
 *
 * Only until the table has mounted with it, and only if the URL still asks for
 * that page: react-query applies `initialData` to every query the hook creates,
 * so when the user pages or sorts (the table state changes first, the URL
 * follows) it must be gone, or the new page would show the old rows.
 *
 * Pass `loading={tableQuery.isFetching}` to the antd <Table>: its default
 * (`!isFetched`) would show a spinner over server-loaded rows.
 */
export function useInitialList<T>(initial: InitialList<T> | undefined) {
  const { asPath } = useRouter();
  useEffect(() => {
    if (initial) handedOver.add(initial);
  }, [initial]);
  return initial && !handedOver.has(initial) ? initialDataFor(initial, asPath) : undefined;
}
