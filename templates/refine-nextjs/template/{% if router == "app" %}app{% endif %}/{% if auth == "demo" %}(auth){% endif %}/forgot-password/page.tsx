import type { Metadata } from "next";
import { ForgotPasswordPage } from "@/auth/auth-pages";
import { documentTitle } from "@/lib/page-title";

export const metadata: Metadata = { title: documentTitle("Forgot password") };

export default function ForgotPassword() {
  return <ForgotPasswordPage />;
}
