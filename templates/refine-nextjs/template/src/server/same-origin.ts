import type { IncomingHttpHeaders } from "node:http";

const READ_ONLY = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether a state-changing request was sent by a page of another site (CSRF:
 * a form or script elsewhere posting to /api/auth/login, /logout or /api/data).
 * Browsers say where a request comes from in `Sec-Fetch-Site`; older ones only
 * in `Origin`, compared with the host the request was sent to. Requests with
 * neither header do not come from another site's page (curl, server code).
 */
export function isCrossSiteWrite(method: string | undefined, headers: IncomingHttpHeaders): boolean {
  if (READ_ONLY.has((method ?? "GET").toUpperCase())) return false;

  const site = headers["sec-fetch-site"];
  if (typeof site === "string") return site !== "same-origin" && site !== "none";

  const origin = headers.origin;
  if (origin === undefined) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true; // "null" (sandboxed frames, data: URLs) or garbage
  }
  const forwardedHost = [headers["x-forwarded-host"]].flat()[0]?.split(",")[0]?.trim();
  return originHost !== headers.host && originHost !== forwardedHost;
}

/** Whether the request came over HTTPS, per the first `X-Forwarded-Proto` value (set by the TLS proxy in front). */
export function isHttps(headers: IncomingHttpHeaders): boolean {
  const forwarded = headers["x-forwarded-proto"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim().toLowerCase();
  return first === "https";
}
