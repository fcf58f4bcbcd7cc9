import { AuthPage } from "@refinedev/antd";
import { APP_TITLE } from "@/config";

export default function Register() {
  return <AuthPage type="register" title={APP_TITLE} />;
}
