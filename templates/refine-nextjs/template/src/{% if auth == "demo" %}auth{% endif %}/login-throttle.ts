/**
 * Slows down password guessing: after 5 wrong passwords for one account, or 20
 * from one IP address, within 15 minutes, further logins for it are refused
 * (429 with Retry-After) until those 15 minutes are over. A successful login
 * clears the account's count.
 *
 * The counts live in this server process's memory: behind several instances,
 * or to survive restarts, keep them in a shared store (e.g. Redis) instead.
 */
const WINDOW_MS = 15 * 60 * 1000;
const LIMITS = { account: 5, ip: 20 } as const;

interface Window {
  failures: number;
  resetAt: number;
}

function windows(): Map<string, Window> {
  const store = globalThis as typeof globalThis & { __loginThrottle?: Map<string, Window> };
  store.__loginThrottle ??= new Map();
  return store.__loginThrottle;
}

function keysOf(ip: string | undefined, email: unknown): [string, number][] {
  const keys: [string, number][] = [[`ip:${ip ?? "unknown"}`, LIMITS.ip]];
  if (typeof email === "string") keys.push([`account:${email.trim().toLowerCase()}`, LIMITS.account]);
  return keys;
}

/** Seconds until this IP / account may try again, or 0 when it may try now. */
export function loginRetryAfter(ip: string | undefined, email: unknown, now = Date.now()): number {
  let wait = 0;
  for (const [key, limit] of keysOf(ip, email)) {
    const window = windows().get(key);
    if (window && window.resetAt > now && window.failures >= limit) {
      wait = Math.max(wait, Math.ceil((window.resetAt - now) / 1000));
    }
  }
  return wait;
}

export function recordLoginFailure(ip: string | undefined, email: unknown, now = Date.now()): void {
  const all = windows();
  if (all.size > 10_000) for (const [key, window] of all) if (window.resetAt <= now) all.delete(key);
  for (const [key] of keysOf(ip, email)) {
    const window = all.get(key);
    if (window && window.resetAt > now) window.failures += 1;
    else all.set(key, { failures: 1, resetAt: now + WINDOW_MS });
  }
}

export function recordLoginSuccess(email: string): void {
  windows().delete(`account:${email.trim().toLowerCase()}`);
}
