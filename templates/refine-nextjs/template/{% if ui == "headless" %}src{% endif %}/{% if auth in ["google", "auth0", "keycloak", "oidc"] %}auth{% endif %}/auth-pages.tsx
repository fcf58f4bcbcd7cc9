"use client";

import { useSignIn } from "@/auth/use-sign-in";
import { APP_TITLE } from "@/config";

/** The login page: one button to the identity provider (src/auth/use-sign-in.ts does the work). */
export function LoginPage() {
  const { providerName, failed, ready, pending, signIn } = useSignIn();

  return (
    <main className="auth">
      <form onSubmit={(event) => event.preventDefault()}>
        <h1>{APP_TITLE}</h1>
        {failed && (
          <p role="alert" className="form-error">
            Sign-in failed, please try again.
          </p>
        )}
        <button type="button" className="primary" disabled={!ready || pending} onClick={signIn}>
          Sign in with {providerName}
        </button>
      </form>
    </main>
  );
}
