import type { NextApiRequest, NextApiResponse } from "next";
import { checkCredentials } from "@/auth/demo-account";
import { sessionCookie } from "@/auth/session";

/** POST {email, password} → sets the signed session cookie. */
export default function login(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.setHeader("Allow", "POST").status(405).end();

  const { email, password } = (req.body ?? {}) as { email?: unknown; password?: unknown };
  const user = checkCredentials(email, password);
  if (!user) return res.status(401).json({ message: "Wrong email or password" });

  const secure = req.headers["x-forwarded-proto"] === "https";
  res.setHeader("Set-Cookie", sessionCookie(user, { secure }));
  return res.status(200).json({ user });
}
