"use client";

import { ErrorView, SERVER_ERROR } from "@/components/error-view";
import { DATA_UNAVAILABLE } from "@/lib/data-unavailable";
import { colorModeFromCookies } from "@/lib/color-mode";

/**
 * Any page that fails to render: a clear message instead of Next's generic one; when
 * the data API is not there (src/server/page.ts), which URL to start or set.
 */
export default function PageError({ error }: { error: Error & { digest?: string } }) {
  const mode = colorModeFromCookies(typeof document === "undefined" ? undefined : document.cookie);
  const unavailable = error.digest?.startsWith(DATA_UNAVAILABLE) ? error.digest.slice(DATA_UNAVAILABLE.length) : undefined;
  return <ErrorView title={SERVER_ERROR.title} message={unavailable ?? SERVER_ERROR.message} mode={mode} />;
}
