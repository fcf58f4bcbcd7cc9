"use client";

import { AuthPage } from "@refinedev/antd";
import { Alert } from "antd";
import { DEMO_ACCOUNT } from "@/auth/demo-account";
import { APP_TITLE } from "@/config";

/** The login form, with the demo account's credentials above it. */
export function LoginPage() {
  return (
    <AuthPage
      type="login"
      title={APP_TITLE}
      renderContent={(content, title) => (
        <div>
          {title}
          <Alert
            type="info"
            showIcon
            style={{ maxWidth: 400, margin: "0 auto 16px" }}
            message={`Demo account: ${DEMO_ACCOUNT.email} / ${DEMO_ACCOUNT.password}`}
          />
          {content}
        </div>
      )}
    />
  );
}

export function RegisterPage() {
  return <AuthPage type="register" title={APP_TITLE} />;
}

export function ForgotPasswordPage() {
  return <AuthPage type="forgotPassword" title={APP_TITLE} />;
}
