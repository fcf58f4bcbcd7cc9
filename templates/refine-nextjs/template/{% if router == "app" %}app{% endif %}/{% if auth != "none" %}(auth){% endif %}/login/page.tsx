import type { Metadata } from "next";
import { LoginPage } from "@/auth/auth-pages";
import { documentTitle } from "@/lib/page-title";

export const metadata: Metadata = { title: documentTitle("Sign in") };

/* Logged-in users and unsafe `?to=` values are redirected before this renders (proxy.ts). */
export default function Login() {
  return <LoginPage />;
}
