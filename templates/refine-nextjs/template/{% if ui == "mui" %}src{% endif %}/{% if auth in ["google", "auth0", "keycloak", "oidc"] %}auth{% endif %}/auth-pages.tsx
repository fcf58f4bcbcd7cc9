"use client";

import LoginIcon from "@mui/icons-material/Login";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Typography from "@mui/material/Typography";
import { useSignIn } from "@/auth/use-sign-in";
import { APP_TITLE } from "@/config";

/** The login page: one button to the identity provider (src/auth/use-sign-in.ts does the work). */
export function LoginPage() {
  const { providerName, failed, ready, pending, signIn } = useSignIn();

  return (
    <Box sx={{ display: "flex", minHeight: "100vh", alignItems: "center", justifyContent: "center", p: 3 }}>
      <Card sx={{ width: "100%", maxWidth: 400 }}>
        <CardContent sx={{ display: "flex", flexDirection: "column", gap: 2 }}>
          <Typography component="h1" variant="h5" align="center">
            {APP_TITLE}
          </Typography>
          {failed && <Alert severity="error">Sign-in failed, please try again.</Alert>}
          <Button variant="contained" size="large" startIcon={<LoginIcon />} disabled={!ready} loading={pending} onClick={signIn}>
            Sign in with {providerName}
          </Button>
        </CardContent>
      </Card>
    </Box>
  );
}
