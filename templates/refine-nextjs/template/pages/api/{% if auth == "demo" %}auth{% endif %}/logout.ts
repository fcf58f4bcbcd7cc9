import type { NextApiRequest, NextApiResponse } from "next";
import { clearedSessionCookie, isHttps, revokeSession } from "@/auth/session";
import { isCrossSiteWrite } from "@/server/same-origin";

/** POST → revokes the session on the server and clears the cookie. Same-site only. */
export default function logout(req: NextApiRequest, res: NextApiResponse) {
  res.setHeader("Cache-Control", "no-store");
  if (req.method !== "POST") return res.setHeader("Allow", "POST").status(405).end();
  if (isCrossSiteWrite(req.method, req.headers)) return res.status(403).json({ message: "Cross-site request refused" });
  revokeSession(req.headers.cookie);
  res.setHeader("Set-Cookie", clearedSessionCookie({ secure: isHttps(req.headers) }));
  return res.status(204).end();
}
