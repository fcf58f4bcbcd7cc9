"use client";

import { AuthPage } from "@refinedev/antd";
import { Alert } from "antd";
import { refineAuthPages } from "@/auth/refine-auth-pages";

/** refine's antd `<AuthPage>`s; the login form has the demo account's credentials in an info alert above it. */
export const { LoginPage, RegisterPage, ForgotPasswordPage } = refineAuthPages(AuthPage, (notice, title, form) => (
  <div>
    {title}
    <Alert type="info" showIcon style={{ maxWidth: 400, margin: "0 auto 16px" }} message={notice} />
    {form}
  </div>
));
