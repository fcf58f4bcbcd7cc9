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
 * The root layout (a server component). The stylesheet is a plain CSS file
 * (Tailwind + the shadcn theme), linked from the HTML; `class="dark"` comes
 * from the color-mode cookie, so the first paint is in the right mode (the
 * toggle flips the class and the cookie together in the browser).
 * No <Suspense> around the providers: reading the cookie makes every page
 * dynamic, so refine's useSearchParams needs none, and without one nothing is
 * sent before the page has loaded its data, so a missing record answers 404
 * (notFound() after a streamed shell would be a 200).
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
