import type { NextApiRequest, NextApiResponse } from "next";
import { clearedSessionCookie } from "@/auth/session";

/** POST → clears the session cookie. */
export default function logout(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.setHeader("Allow", "POST").status(405).end();
  res.setHeader("Set-Cookie", clearedSessionCookie());
  return res.status(204).end();
}
