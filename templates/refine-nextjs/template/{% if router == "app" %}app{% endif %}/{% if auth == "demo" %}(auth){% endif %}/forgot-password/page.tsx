import { AuthPage } from "@refinedev/antd";
import { APP_TITLE } from "@/config";

export default function ForgotPassword() {
  return <AuthPage type="forgotPassword" title={APP_TITLE} />;
}
