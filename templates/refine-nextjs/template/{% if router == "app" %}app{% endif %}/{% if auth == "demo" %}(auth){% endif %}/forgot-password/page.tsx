import { ForgotPasswordPage } from "@/auth/auth-pages";

export default function ForgotPassword() {
  return <ForgotPasswordPage />;
}
