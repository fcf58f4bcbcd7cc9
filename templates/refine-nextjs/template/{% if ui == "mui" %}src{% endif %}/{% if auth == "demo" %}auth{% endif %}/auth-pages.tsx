"use client";

import { AuthPage } from "@refinedev/mui";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import { DEMO_ACCOUNT } from "@/auth/demo-account";
import { APP_TITLE } from "@/config";

/** The login form, with the demo account's credentials above it. */
export function LoginPage() {
  return (
    <AuthPage
      type="login"
      title={APP_TITLE}
      renderContent={(content, title) => (
        <Box sx={{ display: "flex", flexDirection: "column", alignItems: "center", gap: 2 }}>
          {title}
          <Alert severity="info" sx={{ width: "100%", maxWidth: 400 }}>
            Demo account: {DEMO_ACCOUNT.email} / {DEMO_ACCOUNT.password}
          </Alert>
          {content}
        </Box>
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
