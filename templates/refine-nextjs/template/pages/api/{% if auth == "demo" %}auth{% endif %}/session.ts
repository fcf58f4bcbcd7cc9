import type { NextApiRequest, NextApiResponse } from "next";
import { readSession } from "@/auth/session";

/** GET → the logged-in user, or 401. The browser's authProvider.check and getIdentity call this. */
export default function session(req: NextApiRequest, res: NextApiResponse) {
  const user = readSession(req.headers.cookie);
  res.setHeader("Cache-Control", "no-store");
  if (!user) return res.status(401).json({ message: "Not logged in" });
  return res.status(200).json({ user });
}
