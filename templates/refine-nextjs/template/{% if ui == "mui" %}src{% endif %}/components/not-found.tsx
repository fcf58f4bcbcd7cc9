"use client";

import { ErrorComponent } from "@refinedev/mui";

/** Unknown routes (pages/404.tsx, app/not-found.tsx): refine's error page. */
export function NotFound() {
  return <ErrorComponent />;
}
