"use client";

import { useGo } from "@refinedev/core";
import { Button } from "@/components/ui/button";

/** Unknown routes (pages/404.tsx, app/not-found.tsx), in the kit's Button and colour tokens. */
export function NotFound() {
  const go = useGo();

  return (
    <div className="flex min-h-[60vh] flex-col items-center justify-center gap-4 p-6 text-center">
      <p className="text-6xl font-bold tracking-tight text-muted-foreground">404</p>
      <h1 className="text-xl font-semibold">Page not found</h1>
      <p className="max-w-sm text-sm text-muted-foreground">Sorry, the page you visited does not exist.</p>
      <Button onClick={() => go({ to: "/" })}>Back home</Button>
    </div>
  );
}
