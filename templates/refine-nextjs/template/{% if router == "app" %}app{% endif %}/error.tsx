"use client";

import { ErrorView, SERVER_ERROR } from "@/components/error-view";

/** Any page that fails to render (e.g. the data API is down): a clear message instead of Next's generic one. */
export default function PageError() {
  return <ErrorView {...SERVER_ERROR} />;
}
