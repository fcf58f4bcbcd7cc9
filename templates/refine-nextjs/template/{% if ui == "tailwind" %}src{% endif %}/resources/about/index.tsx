"use client";

import type { ReactNode } from "react";
import { Card } from "@/components/page";
import { APP_TITLE } from "@/config";

const Code = ({ children }: { children: ReactNode }) => (
  <code className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-sm dark:bg-zinc-800">{children}</code>
);

const Kbd = ({ children }: { children: ReactNode }) => (
  <kbd className="rounded border border-zinc-300 bg-zinc-50 px-1.5 py-0.5 font-mono text-xs shadow-sm dark:border-zinc-600 dark:bg-zinc-800">
    {children}
  </kbd>
);

/** A custom page: not a CRUD resource, but it has a sider entry (see src/resources/index.tsx). */
export function About() {
  return (
    <Card className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">About {APP_TITLE}</h1>
      <p>
        An admin app built with Next.js, refine and Tailwind CSS. Resources live in <Code>src/resources</Code>, routes
        in <Code>pages/</Code> or <Code>app/</Code>, server-side data loading and checks in <Code>src/server</Code>.
      </p>
      <p>
        Press <Kbd>Ctrl</Kbd> + <Kbd>K</Kbd> (<Kbd>⌘</Kbd> + <Kbd>K</Kbd> on macOS) to open the command palette.
      </p>
    </Card>
  );
}
