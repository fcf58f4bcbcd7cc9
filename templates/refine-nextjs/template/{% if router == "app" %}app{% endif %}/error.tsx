"use client";

import { ErrorView, SERVER_ERROR } from "@/components/error-view";
import { colorModeFromCookies } from "@/lib/color-mode";

/** Any page that fails to render (e.g. the data API is down): a clear message instead of Next's generic one. */
export default function PageError() {
  const mode = colorModeFromCookies(typeof document === "undefined" ? undefined : document.cookie);
  return <ErrorView {...SERVER_ERROR} mode={mode} />;
}
