import { createDataProvider } from "@/providers/data-provider";
import { apiUrl } from "@/server/api-url";

/** The data provider the server uses to load a page's first data (same code as the browser's). */
export function serverData() {
  return createDataProvider(apiUrl());
}
