import type { NextPage } from "next";

/**
 * A page component with its layout:
 * - `"bare"` (the auth pages) renders it without sider and header;
 * - `"public"` (statically generated pages anyone may read) renders it in the
 *   layout at once, as the server could not check a session for it; the
 *   browser's auth check still runs.
 */
export type AppPage<P = object> = NextPage<P> & { layout?: "bare" | "public" };
