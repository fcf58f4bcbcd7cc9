"use client";

import { LoaderCircleIcon } from "lucide-react";
import { useSignIn } from "@/auth/use-sign-in";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { APP_TITLE } from "@/config";

/** The login page: one button to the identity provider (src/auth/use-sign-in.ts does the work). */
export function LoginPage() {
  const { providerName, failed, ready, pending, signIn } = useSignIn();

  return (
    <main className="flex min-h-svh items-center justify-center bg-muted p-6">
      <Card className="w-full max-w-sm">
        <CardHeader className="flex-col items-start">
          <CardTitle>
            <h1 className="text-xl font-semibold">{APP_TITLE}</h1>
          </CardTitle>
          <CardDescription>Sign in with your {providerName} account.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          {failed && (
            <Alert className="text-destructive">
              <AlertDescription>Sign-in failed, please try again.</AlertDescription>
            </Alert>
          )}
          <Button className="w-full" disabled={!ready || pending} onClick={signIn}>
            {pending && <LoaderCircleIcon className="animate-spin" />}
            Sign in with {providerName}
          </Button>
        </CardContent>
      </Card>
    </main>
  );
}
