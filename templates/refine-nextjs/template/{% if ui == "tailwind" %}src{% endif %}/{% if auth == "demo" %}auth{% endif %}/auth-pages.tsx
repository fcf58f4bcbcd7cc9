"use client";

import { Link, useForgotPassword, useLogin, useRegister } from "@refinedev/core";
import type { FormEvent, ReactNode } from "react";
import { ColorModeToggle } from "@/components/color-mode-toggle";
import { AppIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { DEMO_ACCOUNT } from "@/auth/demo-account";
import { APP_TITLE } from "@/config";

/*
 * Login, register and forgot-password forms on refine's auth hooks: the
 * authProvider does the work; after logging in, refine goes to `?to=` (the page
 * that sent the user here) or to "/".
 */

interface Credentials {
  email: string;
  password: string;
}

/** The form's fields as strings, by input name. */
function formValues(event: FormEvent<HTMLFormElement>): Record<string, string> {
  event.preventDefault();
  const values: Record<string, string> = {};
  new FormData(event.currentTarget).forEach((value, key) => {
    values[key] = String(value);
  });
  return values;
}

function AuthCard({ heading, error, children }: { heading: string; error?: string; children: ReactNode }) {
  return (
    <main className="relative flex min-h-screen items-center justify-center p-4">
      <div className="absolute top-4 right-4">
        <ColorModeToggle />
      </div>
      <div className="w-full max-w-sm space-y-6">
        <div className="flex items-center justify-center gap-2 text-lg font-semibold">
          <AppIcon className="size-6 text-indigo-600 dark:text-indigo-400" />
          <span>{APP_TITLE}</span>
        </div>
        <div className="space-y-5 rounded-lg border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
          <h1 className="text-center text-xl font-semibold">{heading}</h1>
          {error && (
            <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-700 dark:bg-red-950 dark:text-red-300">
              {error}
            </p>
          )}
          {children}
        </div>
      </div>
    </main>
  );
}

function EmailField() {
  return (
    <Field id="email" label="Email">
      <input id="email" name="email" type="email" autoComplete="email" required className={inputClass} />
    </Field>
  );
}

function PasswordField({ autoComplete }: { autoComplete: string }) {
  return (
    <Field id="password" label="Password">
      <input id="password" name="password" type="password" autoComplete={autoComplete} required className={inputClass} />
    </Field>
  );
}

const linkClass = "font-medium text-indigo-600 hover:underline dark:text-indigo-400";

/** The login form, with the demo account's credentials above it. */
export function LoginPage() {
  const { mutate: login, isPending, data } = useLogin<Credentials>();
  const error = data && !data.success ? (data.error?.message ?? "Login failed") : undefined;

  return (
    <AuthCard heading="Sign in to your account" error={error}>
      <p className="rounded-md bg-indigo-50 p-3 text-sm text-indigo-800 dark:bg-indigo-500/15 dark:text-indigo-200">
        Demo account: <strong>{DEMO_ACCOUNT.email}</strong> / <strong>{DEMO_ACCOUNT.password}</strong>
      </p>
      <form
        className="space-y-4"
        onSubmit={(event) => {
          const { email = "", password = "" } = formValues(event);
          login({ email, password });
        }}
      >
        <EmailField />
        <PasswordField autoComplete="current-password" />
        <div className="flex justify-end text-sm">
          <Link to="/forgot-password" className={linkClass}>
            Forgot password?
          </Link>
        </div>
        <Button type="submit" variant="primary" className="w-full" disabled={isPending}>
          Sign in
        </Button>
      </form>
      <p className="text-center text-sm text-zinc-500 dark:text-zinc-400">
        No account yet?{" "}
        <Link to="/register" className={linkClass}>
          Sign up
        </Link>
      </p>
    </AuthCard>
  );
}

export function RegisterPage() {
  const { mutate: register, isPending } = useRegister<Credentials>();

  return (
    <AuthCard heading="Sign up for an account">
      <form
        className="space-y-4"
        onSubmit={(event) => {
          const { email = "", password = "" } = formValues(event);
          register({ email, password });
        }}
      >
        <EmailField />
        <PasswordField autoComplete="new-password" />
        <Button type="submit" variant="primary" className="w-full" disabled={isPending}>
          Sign up
        </Button>
      </form>
      <p className="text-center text-sm text-zinc-500 dark:text-zinc-400">
        Have an account?{" "}
        <Link to="/login" className={linkClass}>
          Sign in
        </Link>
      </p>
    </AuthCard>
  );
}

export function ForgotPasswordPage() {
  const { mutate: forgotPassword, isPending } = useForgotPassword<{ email: string }>();

  return (
    <AuthCard heading="Forgot your password?">
      <form
        className="space-y-4"
        onSubmit={(event) => {
          const { email = "" } = formValues(event);
          forgotPassword({ email });
        }}
      >
        <EmailField />
        <Button type="submit" variant="primary" className="w-full" disabled={isPending}>
          Send reset instructions
        </Button>
      </form>
      <p className="text-center text-sm text-zinc-500 dark:text-zinc-400">
        Remembered it?{" "}
        <Link to="/login" className={linkClass}>
          Sign in
        </Link>
      </p>
    </AuthCard>
  );
}
