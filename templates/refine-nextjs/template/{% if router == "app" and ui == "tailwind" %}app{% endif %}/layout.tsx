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
 * The root layout (a server component): `<html class="dark">` comes from the
 * color-mode cookie, so the first HTML is in the remembered mode (no flash);
 * the Tailwind CSS is a <link> in the head. No <Suspense> around the
 * providers: reading the cookie makes every page dynamic, so refine's
 * useSearchParams needs none, and a missing record can still answer 404.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const colorMode = colorModeFromCookies((await headers()).get("cookie") ?? undefined);

  return (
    <html lang="en" className={colorMode === "dark" ? "dark" : undefined}>
      <body>
        <Providers colorMode={colorMode}>{children}</Providers>
      </body>
    </html>
  );
}
