"use client";

import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { APP_TITLE } from "@/config";

function Kbd({ children }: { children: string }) {
  return (
    <kbd className="rounded border bg-muted px-1.5 py-0.5 font-mono text-xs font-medium text-muted-foreground">
      {children}
    </kbd>
  );
}

function Code({ children }: { children: string }) {
  return <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-sm">{children}</code>;
}

/** A custom page: not a CRUD resource, but it has a sider entry (see src/resources/index.tsx). */
export function About() {
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h1 className="text-2xl font-semibold tracking-tight">About {APP_TITLE}</h1>
        </CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-4 leading-relaxed">
        <p>
          An admin app built with Next.js, refine and shadcn/ui. Resources live in <Code>src/resources</Code>, the UI
          components in <Code>src/components/ui</Code>, server-side data loading and checks in <Code>src/server</Code>.
        </p>
        <p>
          Press <Kbd>Ctrl</Kbd> + <Kbd>K</Kbd> (<Kbd>⌘</Kbd> + <Kbd>K</Kbd> on macOS) to open the command palette.
        </p>
      </CardContent>
    </Card>
  );
}
