import type { NextPage } from "next";

/** A page component; `layout = "bare"` (the auth pages) renders it without sider and header. */
export type AppPage<P = object> = NextPage<P> & { layout?: "bare" };
