"use client";

import { AuthPage } from "@refinedev/mui";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import { refineAuthPages } from "@/auth/refine-auth-pages";

/** refine's MUI `<AuthPage>`s; the login form has the demo account's credentials in an info alert above it. */
export const { LoginPage, RegisterPage, ForgotPasswordPage } = refineAuthPages(AuthPage, (notice, title, form) => (
  <Box sx={{ display: "flex", flexDirection: "column", alignItems: "center", gap: 2 }}>
    {title}
    <Alert severity="info" sx={{ width: "100%", maxWidth: 400 }}>
      {notice}
    </Alert>
    {form}
  </Box>
));
