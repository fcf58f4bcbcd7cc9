import { LoginPage } from "@/auth/auth-pages";

/* Logged-in users and unsafe `?to=` values are redirected before this renders (proxy.ts). */
export default function Login() {
  return <LoginPage />;
}
