import type { Metadata } from "next";
import { RegisterPage } from "@/auth/auth-pages";
import { documentTitle } from "@/lib/page-title";

export const metadata: Metadata = { title: documentTitle("Sign up") };

export default function Register() {
  return <RegisterPage />;
}
