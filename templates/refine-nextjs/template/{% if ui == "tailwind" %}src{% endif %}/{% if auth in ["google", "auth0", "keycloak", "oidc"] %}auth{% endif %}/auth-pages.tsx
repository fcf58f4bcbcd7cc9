"use client";

import { AppIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { useSignIn } from "@/auth/use-sign-in";
import { APP_TITLE } from "@/config";

/** The login page: one button to the identity provider (src/auth/use-sign-in.ts does the work). */
export function LoginPage() {
  const { providerName, failed, ready, pending, signIn } = useSignIn();

  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm space-y-5 rounded-lg border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
        <h1 className="flex items-center justify-center gap-2 text-lg font-semibold">
          <AppIcon className="size-6 text-indigo-600 dark:text-indigo-400" />
          {APP_TITLE}
        </h1>
        {failed && (
          <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-700 dark:bg-red-950 dark:text-red-300">
            Sign-in failed, please try again.
          </p>
        )}
        <Button variant="primary" className="w-full" disabled={!ready || pending} onClick={signIn}>
          Sign in with {providerName}
        </Button>
      </div>
    </main>
  );
}
