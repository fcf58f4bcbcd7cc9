"use client";

import { Page } from "@/components/page";
import { APP_TITLE } from "@/config";

/** A custom page: not a CRUD resource, but it has a sider entry (see src/resources/index.tsx). */
export function About() {
  return (
    <Page title={`About ${APP_TITLE}`}>
      <p>
        An admin app built with Next.js and refine, without a UI library: refine&apos;s headless hooks, plain HTML
        and one stylesheet (<code>src/styles/globals.css</code>). Resources live in <code>src/resources</code>,
        server-side data loading and checks in <code>src/server</code>.
      </p>
      <p>
        Press <kbd>Ctrl</kbd> + <kbd>K</kbd> (<kbd>⌘</kbd> + <kbd>K</kbd> on macOS) to open the command palette.
      </p>
    </Page>
  );
}
