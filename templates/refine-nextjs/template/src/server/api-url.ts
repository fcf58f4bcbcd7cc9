/**
 * Where the server finds the REST API, read at run time: API_URL, or the
 * bundled mock on MOCK_API_PORT. The browser never calls it directly; it goes
 * through the same-origin proxy in pages/api/data/[...path].ts.
 */
export function apiUrl(): string {
  const configured = process.env.API_URL?.replace(/\/+$/, "");
  return configured || `http://127.0.0.1:${process.env.MOCK_API_PORT ?? "4000"}`;
}

