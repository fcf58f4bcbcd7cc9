import type { NextApiRequest, NextApiResponse } from "next";
import NextAuth from "next-auth";
import { authOptions } from "@/auth/options";

/**
 * Auth.js's endpoints under /api/auth (sign-in, the provider's callback,
 * session, sign-out, CSRF token), for both routers. The options are built per
 * request (src/auth/options.ts), so `next build` needs no secrets.
 */
export default function auth(req: NextApiRequest, res: NextApiResponse) {
  return NextAuth(req, res, authOptions());
}
