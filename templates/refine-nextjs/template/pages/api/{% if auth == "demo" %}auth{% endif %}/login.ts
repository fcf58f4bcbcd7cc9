import type { NextApiRequest, NextApiResponse } from "next";
import { checkCredentials } from "@/auth/demo-account";
import { loginRetryAfter, recordLoginFailure, recordLoginSuccess } from "@/auth/login-throttle";
import { isHttps, sessionCookie } from "@/auth/session";
import { isCrossSiteWrite } from "@/server/same-origin";

/** POST {email, password} → sets the signed session cookie. Same-site only, throttled. */
export default function login(req: NextApiRequest, res: NextApiResponse) {
  res.setHeader("Cache-Control", "no-store");
  if (req.method !== "POST") return res.setHeader("Allow", "POST").status(405).end();
  if (isCrossSiteWrite(req.method, req.headers)) return res.status(403).json({ message: "Cross-site request refused" });

  const { email, password } = (req.body ?? {}) as { email?: unknown; password?: unknown };
  const ip = req.socket.remoteAddress;
  const wait = loginRetryAfter(ip, email);
  if (wait > 0) {
    res.setHeader("Retry-After", String(wait));
    return res.status(429).json({ message: `Too many failed logins: try again in ${Math.ceil(wait / 60)} min.` });
  }

  const user = checkCredentials(email, password);
  if (!user) {
    recordLoginFailure(ip, email);
    return res.status(401).json({ message: "Wrong email or password" });
  }
  recordLoginSuccess(user.email);
  res.setHeader("Set-Cookie", sessionCookie(user, { secure: isHttps(req.headers) }));
  return res.status(200).json({ user });
}
