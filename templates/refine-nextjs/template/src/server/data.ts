import { createDataProvider } from "@/providers/data-provider";
import { API_URL_VARIABLE, apiUrl } from "@/server/api-url";

/** The data provider the server uses to load a page's first data (same code as the browser's). */
export function serverData() {
  return createDataProvider(apiUrl());
}

/**
 * After a page's data failed to load: why, when the API is not there at all (no API_URL,
 * nothing listening, no answer within 3 s), in words for the error page; undefined when
 * the API answers (then the failure is the API's own, and the page fails as usual).
 */
export async function dataUnavailable(): Promise<string | undefined> {
  let url: string;
  try {
    url = apiUrl();
  } catch (error) {
    return `The data service is unavailable: ${(error as Error).message}`;
  }
  try {
    await fetch(url, { method: "HEAD", signal: AbortSignal.timeout(3000) });
    return undefined;
  } catch {
    return `The data service is unavailable: cannot reach the API at ${url}. Start it, or set ${API_URL_VARIABLE} (in .env.local or the environment) to its URL.`;
  }
}
