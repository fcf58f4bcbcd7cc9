import { RegisterPage } from "@/auth/auth-pages";

export default function Register() {
  return <RegisterPage />;
}
