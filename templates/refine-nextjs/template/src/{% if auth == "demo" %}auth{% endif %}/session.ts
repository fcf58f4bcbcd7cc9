import { createHmac, timingSafeEqual } from "node:crypto";
import type { SessionUser } from "@/auth/demo-account";

/**
 * The session cookie: `<base64url JSON payload>.<HMAC-SHA256 signature>`,
 * HttpOnly, signed with SESSION_SECRET. Server-only (node:crypto).
 *
 * `readSession` is THE authentication check: protected pages call it before
 * loading data (src/server/protect.ts), and the browser's authProvider.check
 * asks the server to run it (pages/api/auth/session.ts).
 */
const SESSION_COOKIE = "session";
const MAX_AGE_SECONDS = 60 * 60 * 8;

interface SessionPayload extends SessionUser {
  exp: number;
}

const DEV_SECRET = "change-me-dev-only-secret";
let warned = false;

function secret(): string {
  const configured = process.env.SESSION_SECRET;
  if (!configured && process.env.NODE_ENV === "production" && !warned) {
    warned = true;
    console.warn("SESSION_SECRET is not set: sessions are signed with the public development secret.");
  }
  return configured || DEV_SECRET;
}

function sign(data: string): string {
  return createHmac("sha256", secret()).update(data).digest("base64url");
}

/** `Set-Cookie` value for a new session; `secure` when the request came over HTTPS. */
export function sessionCookie(user: SessionUser, { secure = false, now = Date.now() } = {}): string {
  const payload: SessionPayload = { ...user, exp: Math.floor(now / 1000) + MAX_AGE_SECONDS };
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

export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;
}

/** The user of a valid, unexpired session cookie, or null (missing, tampered or expired). */
export function readSession(cookieHeader: string | undefined, now = Date.now()): SessionUser | null {
  const value = cookieValue(cookieHeader, SESSION_COOKIE);
  const [data, signature] = value?.split(".") ?? [];
  if (!data || !signature) return null;

  const expected = Buffer.from(sign(data));
  const actual = Buffer.from(signature);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;

  try {
    const payload = JSON.parse(Buffer.from(data, "base64url").toString()) as SessionPayload;
    if (typeof payload.exp !== "number" || payload.exp * 1000 < now) return null;
    return { email: payload.email, name: payload.name };
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
