import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccountDetails } from "@/auth/account-details";
import { currentUser } from "@/server/page";

export const metadata: Metadata = { title: "Account" };

/**
 * Rendered on the server from the session cookie alone: proxy.ts has already
 * sent logged-out visitors to /login, and currentUser() runs the same check.
 */
export default async function AccountPage() {
  const user = await currentUser();
  if (!user) notFound(); // unreachable behind proxy.ts; keeps the type narrow
  return <AccountDetails user={user} />;
}
