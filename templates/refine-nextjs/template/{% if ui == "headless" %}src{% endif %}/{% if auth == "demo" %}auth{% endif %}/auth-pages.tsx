"use client";

import { Link, useForgotPassword, useLogin, useRegister, type AuthActionResponse, type HttpError } from "@refinedev/core";
import type { FormEvent, ReactNode } from "react";
import { DEMO_ACCOUNT } from "@/auth/demo-account";
import { useHydrated } from "@/components/use-hydrated";
import { APP_TITLE } from "@/config";

/*
 * The auth pages: plain forms calling refine's auth hooks, which call the
 * authProvider (src/providers/auth-provider.ts) and then go where it says
 * (or back to `?to=` after logging in).
 */

interface Credentials {
  email: string;
  password: string;
}

/** The login form, with the demo account's credentials above it. */
export function LoginPage() {
  const { mutate: login, isPending, data, error } = useLogin<Credentials>();

  return (
    <AuthForm
      heading="Sign in to your account"
      submitLabel="Sign in"
      pending={isPending}
      failure={failureOf(data, error)}
      onSubmit={(fields) => login({ email: fields.get("email"), password: fields.get("password") })}
      links={
        <>
          <Link to="/forgot-password">Forgot password?</Link>
          <Link to="/register">Sign up</Link>
        </>
      }
    >
      <p className="notice">
        Demo account: <strong>{DEMO_ACCOUNT.email}</strong> / <strong>{DEMO_ACCOUNT.password}</strong>
      </p>
      <EmailField />
      <PasswordField autoComplete="current-password" />
    </AuthForm>
  );
}

export function RegisterPage() {
  const { mutate: register, isPending, data, error } = useRegister<Credentials>();

  return (
    <AuthForm
      heading="Sign up for your account"
      submitLabel="Sign up"
      pending={isPending}
      failure={failureOf(data, error)}
      onSubmit={(fields) => register({ email: fields.get("email"), password: fields.get("password") })}
      links={<Link to="/login">Have an account? Sign in</Link>}
    >
      <EmailField />
      <PasswordField autoComplete="new-password" />
    </AuthForm>
  );
}

export function ForgotPasswordPage() {
  const { mutate: forgotPassword, isPending, data, error } = useForgotPassword<{ email: string }>();

  return (
    <AuthForm
      heading="Forgot your password?"
      submitLabel="Send reset instructions"
      pending={isPending}
      failure={failureOf(data, error)}
      onSubmit={(fields) => forgotPassword({ email: fields.get("email") })}
      links={<Link to="/login">Back to sign in</Link>}
    >
      <EmailField />
    </AuthForm>
  );
}

/** The form's fields by name, as strings. */
type Fields = { get: (name: string) => string };

interface AuthFormProps {
  heading: string;
  submitLabel: string;
  pending: boolean;
  failure: string | undefined;
  onSubmit: (fields: Fields) => void;
  links: ReactNode;
  children: ReactNode;
}

function AuthForm({ heading, submitLabel, pending, failure, onSubmit, links, children }: AuthFormProps) {
  // Enabled once React runs: before that a click would submit the native form as a GET.
  const hydrated = useHydrated();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    onSubmit({ get: (name) => String(data.get(name) ?? "") });
  };

  return (
    <main className="auth">
      <form onSubmit={submit}>
        <h1>{APP_TITLE}</h1>
        <h2>{heading}</h2>
        {children}
        {failure && (
          <p role="alert" className="form-error">
            {failure}
          </p>
        )}
        <button type="submit" className="primary" disabled={!hydrated || pending}>
          {submitLabel}
        </button>
        <div className="links">{links}</div>
      </form>
    </main>
  );
}

function EmailField() {
  return (
    <div className="field">
      <label htmlFor="auth-email">Email</label>
      <input id="auth-email" name="email" type="email" autoComplete="username" required />
    </div>
  );
}

function PasswordField({ autoComplete }: { autoComplete: string }) {
  return (
    <div className="field">
      <label htmlFor="auth-password">Password</label>
      <input id="auth-password" name="password" type="password" autoComplete={autoComplete} required />
    </div>
  );
}

/** The authProvider answers `{ success: false, error }` for wrong credentials; a thrown error lands in `error`. */
function failureOf(data: AuthActionResponse | undefined, error: Error | HttpError | null): string | undefined {
  if (data && !data.success) return data.error?.message ?? "Something went wrong";
  return error?.message;
}
