import type { NextApiRequest, NextApiResponse } from "next";
import { sessionUser } from "@/server/session";

/** GET → the logged-in user, or 401. The browser's authProvider.check and getIdentity call this. */
export default async function session(req: NextApiRequest, res: NextApiResponse) {
  const user = await sessionUser(req.headers.cookie);
  res.setHeader("Cache-Control", "no-store");
  if (!user) return res.status(401).json({ message: "Not logged in" });
  return res.status(200).json({ user });
}
