import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import type { SessionUser } from "@/lib/session-user";
import { DEV_SESSION_SECRET, sessionSecretHelp, sessionSecretProblem } from "../../scripts/session-secret.mjs";

/**
 * The session cookie: `<base64url JSON payload>.<HMAC-SHA256 signature>`,
 * HttpOnly, signed with SESSION_SECRET. Server-only (node:crypto).
 *
 * `readSession` is THE authentication check: protected pages call it before
 * loading data (src/server/protect.ts), and the browser's authProvider.check
 * asks the server to run it (pages/api/auth/session.ts).
 *
 * Each session has a random id; logging out revokes that id on the server, so
 * a copied cookie stops working too. The revocation list lives in this
 * process's memory (see README: "Security").
 */
const SESSION_COOKIE = "session";
const MAX_AGE_SECONDS = 60 * 60 * 8;

interface SessionPayload extends SessionUser {
  sid: string;
  exp: number;
}

/**
 * `next dev` signs with a fixed development secret unless SESSION_SECRET is set;
 * production accepts only a real secret (instrumentation.ts refuses to start without one).
 */
function secret(): string {
  const configured = process.env.SESSION_SECRET;
  if (process.env.NODE_ENV !== "production") return configured || DEV_SESSION_SECRET;
  const problem = sessionSecretProblem(configured);
  if (problem || !configured) throw new Error(sessionSecretHelp(problem ?? "SESSION_SECRET is not set"));
  return configured;
}

function sign(data: string): string {
  return createHmac("sha256", secret()).update(data).digest("base64url");
}

/** Revoked session ids → when their cookie expires anyway (ms). One list per server process. */
function revoked(): Map<string, number> {
  const store = globalThis as typeof globalThis & { __revokedSessions?: Map<string, number> };
  store.__revokedSessions ??= new Map();
  return store.__revokedSessions;
}

/** Whether the request came over HTTPS, per the first `X-Forwarded-Proto` value (set by the TLS proxy in front). */
export function isHttps(headers: IncomingHttpHeaders): boolean {
  const forwarded = headers["x-forwarded-proto"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim().toLowerCase();
  return first === "https";
}

/** `Set-Cookie` value for a new session; `secure` when the request came over HTTPS. */
export function sessionCookie(user: SessionUser, { secure = false, now = Date.now() } = {}): string {
  const payload: SessionPayload = {
    ...user,
    sid: randomBytes(16).toString("base64url"),
    exp: Math.floor(now / 1000) + MAX_AGE_SECONDS,
  };
  const data = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return [
    `${SESSION_COOKIE}=${data}.${sign(data)}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${MAX_AGE_SECONDS}`,
    ...(secure ? ["Secure"] : []),
  ].join("; ");
}

export function clearedSessionCookie({ secure = false } = {}): string {
  return [`${SESSION_COOKIE}=`, "Path=/", "HttpOnly", "SameSite=Lax", "Max-Age=0", ...(secure ? ["Secure"] : [])].join(
    "; ",
  );
}

/** The user of a valid, unexpired, not revoked session cookie, or null (missing, tampered, expired, logged out). */
export function readSession(cookieHeader: string | undefined, now = Date.now()): SessionUser | null {
  const payload = verifiedPayload(cookieHeader, now);
  return payload ? { email: payload.email, name: payload.name } : null;
}

/** Logout: the session of this cookie header stops working, wherever the cookie was copied to. */
export function revokeSession(cookieHeader: string | undefined, now = Date.now()): void {
  const payload = verifiedPayload(cookieHeader, now);
  if (!payload) return;
  const list = revoked();
  for (const [sid, expires] of list) if (expires < now) list.delete(sid);
  list.set(payload.sid, payload.exp * 1000);
}

function verifiedPayload(cookieHeader: string | undefined, now: number): SessionPayload | null {
  const value = cookieValue(cookieHeader, SESSION_COOKIE);
  const [data, signature, ...rest] = value?.split(".") ?? [];
  if (!data || !signature || rest.length > 0) return null;

  const expected = Buffer.from(sign(data));
  const actual = Buffer.from(signature);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;

  try {
    const payload = JSON.parse(Buffer.from(data, "base64url").toString()) as SessionPayload;
    if (typeof payload.exp !== "number" || payload.exp * 1000 < now) return null;
    if (typeof payload.sid !== "string" || revoked().has(payload.sid)) return null;
    return payload;
  } catch {
    return null;
  }
}

function cookieValue(cookieHeader: string | undefined, name: string): string | undefined {
  for (const part of cookieHeader?.split(";") ?? []) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}
