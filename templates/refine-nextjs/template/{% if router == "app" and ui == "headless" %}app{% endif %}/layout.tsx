import "@/styles/globals.css";

import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { APP_TITLE } from "@/config";
import { colorModeFromCookies } from "@/lib/color-mode";

export const metadata: Metadata = {
  title: APP_TITLE,
  icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
};

/**
 * The root layout (a server component): `data-theme` comes from the cookie,
 * so the server HTML is already in the remembered color mode (no flash); the
 * stylesheet is a plain <link> in the HTML. No <Suspense> around the
 * providers: reading the cookie makes every page dynamic, so refine's
 * useSearchParams needs none, and nothing is streamed before the page has
 * loaded its data, so a missing record still answers 404.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const colorMode = colorModeFromCookies((await headers()).get("cookie") ?? undefined);

  return (
    <html lang="en" data-theme={colorMode}>
      <body>
        <Providers colorMode={colorMode}>{children}</Providers>
      </body>
    </html>
  );
}
