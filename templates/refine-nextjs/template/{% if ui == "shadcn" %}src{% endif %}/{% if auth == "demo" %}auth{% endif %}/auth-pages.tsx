"use client";

import { Link, useForgotPassword, useLogin, useRegister, useRefineOptions } from "@refinedev/core";
import { InfoIcon, LoaderCircleIcon } from "lucide-react";
import type { FormEvent, ReactNode } from "react";
import { DEMO_ACCOUNT } from "@/auth/demo-account";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

interface Credentials {
  email: string;
  password: string;
}

/*
 * The auth pages: plain forms on refine's auth hooks (useLogin, useRegister,
 * useForgotPassword → the authProvider). After login refine goes to the
 * `?to=` page the server put in the URL, or to "/".
 */

export function LoginPage() {
  // A wrong password comes back as refine's error notification (a toast).
  const { mutate: login, isPending } = useLogin<Credentials>();

  return (
    <AuthFrame
      title="Sign in to your account"
      description="Enter your email and password."
      footer={
        <>
          <Link to="/forgot-password" className="underline-offset-4 hover:underline">
            Forgot password?
          </Link>
          <span>
            No account?{" "}
            <Link to="/register" className="font-medium text-foreground underline-offset-4 hover:underline">
              Sign up
            </Link>
          </span>
        </>
      }
    >
      <Alert className="mb-6">
        <InfoIcon />
        <AlertTitle>Demo account</AlertTitle>
        <AlertDescription>
          <span>
            {DEMO_ACCOUNT.email} / {DEMO_ACCOUNT.password}
          </span>
        </AlertDescription>
      </Alert>
      <form className="grid gap-4" onSubmit={(event) => login(credentialsOf(event))}>
        <EmailField />
        <PasswordField autoComplete="current-password" />
        <SubmitButton pending={isPending}>Sign in</SubmitButton>
      </form>
    </AuthFrame>
  );
}

export function RegisterPage() {
  const { mutate: register, isPending } = useRegister<Credentials>();

  return (
    <AuthFrame
      title="Create an account"
      description="Enter your email and choose a password."
      footer={<BackToLogin prompt="Have an account?" />}
    >
      <form className="grid gap-4" onSubmit={(event) => register(credentialsOf(event))}>
        <EmailField />
        <PasswordField autoComplete="new-password" />
        <SubmitButton pending={isPending}>Sign up</SubmitButton>
      </form>
    </AuthFrame>
  );
}

export function ForgotPasswordPage() {
  const { mutate: forgotPassword, isPending } = useForgotPassword<{ email: string }>();

  return (
    <AuthFrame
      title="Forgot your password?"
      description="We will send a reset link to your email."
      footer={<BackToLogin prompt="Remember it?" />}
    >
      <form className="grid gap-4" onSubmit={(event) => forgotPassword({ email: credentialsOf(event).email })}>
        <EmailField />
        <SubmitButton pending={isPending}>Send reset link</SubmitButton>
      </form>
    </AuthFrame>
  );
}

function AuthFrame({
  title,
  description,
  footer,
  children,
}: {
  title: string;
  description: string;
  footer: ReactNode;
  children: ReactNode;
}) {
  const { title: app } = useRefineOptions();

  return (
    <main className="flex min-h-svh flex-col items-center justify-center gap-6 bg-muted p-6">
      <div className="flex items-center gap-2 text-lg font-semibold [&_svg]:size-5">
        {app.icon}
        {app.text}
      </div>
      <Card className="w-full max-w-sm">
        <CardHeader className="flex-col items-start">
          <CardTitle>
            <h1 className="text-xl font-semibold">{title}</h1>
          </CardTitle>
          <CardDescription>{description}</CardDescription>
        </CardHeader>
        <CardContent>{children}</CardContent>
        <CardFooter className="flex-wrap justify-between text-sm text-muted-foreground">{footer}</CardFooter>
      </Card>
    </main>
  );
}

function EmailField() {
  return (
    <div className="grid gap-2">
      <Label htmlFor="email">Email</Label>
      <Input id="email" name="email" type="email" autoComplete="email" required placeholder="you@example.com" />
    </div>
  );
}

function PasswordField({ autoComplete }: { autoComplete: string }) {
  return (
    <div className="grid gap-2">
      <Label htmlFor="password">Password</Label>
      <Input id="password" name="password" type="password" autoComplete={autoComplete} required />
    </div>
  );
}

function SubmitButton({ pending, children }: { pending: boolean; children: string }) {
  return (
    <Button type="submit" className="w-full" disabled={pending}>
      {pending && <LoaderCircleIcon className="animate-spin" />}
      {children}
    </Button>
  );
}

function BackToLogin({ prompt }: { prompt: string }) {
  return (
    <span>
      {prompt}{" "}
      <Link to="/login" className="font-medium text-foreground underline-offset-4 hover:underline">
        Sign in
      </Link>
    </span>
  );
}

/** The form's fields; also stops the browser's own submit (refine navigates). */
function credentialsOf(event: FormEvent<HTMLFormElement>): Credentials {
  event.preventDefault();
  const form = new FormData(event.currentTarget);
  return { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
}
