import { useRouter } from "next/router";
import { initialDataFor, type InitialList } from "@/lib/list-params";

/**
 * The server-loaded first page, for `useTable({ queryOptions: { initialData } })`,
 * as long as the URL still asks for that page. Once the user sorts or pages
 * (syncWithLocation updates the URL without a server round trip) it returns
 * undefined, so the table fetches instead of showing the old rows.
 *
 * Pass `loading={tableQuery.isFetching}` to the antd <Table>: its default
 * (`!isFetched`) would show a spinner over server-loaded rows.
 */
export function useInitialList<T>(initial: InitialList<T> | undefined) {
  const { asPath } = useRouter();
  return initialDataFor(initial, asPath);
}
