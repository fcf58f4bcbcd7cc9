import type { SessionUser } from "@/lib/session-user";

/**
 * The demo account. The login page shows these credentials; replace this
 * module with a call to your user store before going live.
 */
export const DEMO_ACCOUNT = {
  email: "demo@refine.dev",
  password: "demodemo",
  name: "Demo Admin",
} as const;


export function checkCredentials(email: unknown, password: unknown): SessionUser | null {
  if (email === DEMO_ACCOUNT.email && password === DEMO_ACCOUNT.password) {
    return { email: DEMO_ACCOUNT.email, name: DEMO_ACCOUNT.name };
  }
  return null;
}
