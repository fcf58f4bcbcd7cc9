"use client";

import { Link, useForgotPassword, useLogin, useRegister, type AuthActionResponse, type HttpError } from "@refinedev/core";
import type { FormEvent, ReactNode } from "react";
import { DEMO_ACCOUNT } from "@/auth/demo-account";
import { AuthField, AuthFrame, AuthNotice, SubmitButton, formClass, linkClass } from "@/components/auth-frame";
import { useHydrated } from "@/components/use-hydrated";

/*
 * The demo's login, register and forgot-password pages: plain forms on refine's
 * auth hooks, which call the authProvider (src/providers/auth-provider.ts) and
 * then go where it says (after logging in: the `?to=` page, or "/"). The kit's
 * look (card, fields, button, notice, links) comes from @/components/auth-frame.
 */

interface Credentials {
  email: string;
  password: string;
}

/** The login form, with the demo account's credentials above it. */
export function LoginPage() {
  const { mutate: login, isPending, data, error } = useLogin<Credentials>();

  return (
    <AuthFrame
      heading="Sign in to your account"
      failure={failureOf(data, error)}
      footer={
        <>
          <Link to="/forgot-password" className={linkClass}>
            Forgot password?
          </Link>
          <span>
            No account yet?{" "}
            <Link to="/register" className={linkClass}>
              Sign up
            </Link>
          </span>
        </>
      }
    >
      <AuthNotice>
        Demo account: <strong>{DEMO_ACCOUNT.email}</strong> / <strong>{DEMO_ACCOUNT.password}</strong>
      </AuthNotice>
      <AuthForm submitLabel="Sign in" pending={isPending} onSubmit={(fields) => login(credentialsOf(fields))}>
        <EmailField />
        <AuthField name="password" label="Password" type="password" autoComplete="current-password" />
      </AuthForm>
    </AuthFrame>
  );
}

export function RegisterPage() {
  const { mutate: register, isPending, data, error } = useRegister<Credentials>();

  return (
    <AuthFrame heading="Create an account" failure={failureOf(data, error)} footer={<BackToLogin prompt="Have an account?" />}>
      <AuthForm submitLabel="Sign up" pending={isPending} onSubmit={(fields) => register(credentialsOf(fields))}>
        <EmailField />
        <AuthField name="password" label="Password" type="password" autoComplete="new-password" />
      </AuthForm>
    </AuthFrame>
  );
}

export function ForgotPasswordPage() {
  const { mutate: forgotPassword, isPending, data, error } = useForgotPassword<{ email: string }>();

  return (
    <AuthFrame heading="Forgot your password?" failure={failureOf(data, error)} footer={<BackToLogin prompt="Remembered it?" />}>
      <AuthForm
        submitLabel="Send reset instructions"
        pending={isPending}
        onSubmit={(fields) => forgotPassword({ email: credentialsOf(fields).email })}
      >
        <EmailField />
      </AuthForm>
    </AuthFrame>
  );
}

function EmailField() {
  return <AuthField name="email" label="Email" type="email" autoComplete="username" />;
}

function BackToLogin({ prompt }: { prompt: string }) {
  return (
    <span>
      {prompt}{" "}
      <Link to="/login" className={linkClass}>
        Sign in
      </Link>
    </span>
  );
}

interface AuthFormProps {
  submitLabel: string;
  pending: boolean;
  onSubmit: (fields: FormData) => void;
  children: ReactNode;
}

function AuthForm({ submitLabel, pending, onSubmit, children }: AuthFormProps) {
  // Enabled once React runs: before that a click would submit the native form
  // as a GET, with the password in the URL.
  const hydrated = useHydrated();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(new FormData(event.currentTarget));
  };

  return (
    <form className={formClass} onSubmit={submit}>
      {children}
      <SubmitButton pending={pending} disabled={!hydrated || pending}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}

function credentialsOf(fields: FormData): Credentials {
  return { email: String(fields.get("email") ?? ""), password: String(fields.get("password") ?? "") };
}

/** The authProvider answers `{ success: false, error }` for wrong credentials; a thrown error lands in `error`. */
function failureOf(data: AuthActionResponse | undefined, error: Error | HttpError | null): string | undefined {
  if (data && !data.success) return data.error?.message ?? "Something went wrong";
  return error?.message;
}
