import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { StyleRegistry } from "@/components/style-registry";
import { colorModeFromCookies } from "@/lib/color-mode";
import { documentTitle } from "@/lib/page-title";

export const metadata: Metadata = {
  title: documentTitle(),
  icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
};

/**
 * The root layout (a server component). The UI kit's style registry puts the
 * styles of the first render into the HTML (src/components/style-registry.tsx),
 * and `<html class="dark">` comes from the color-mode cookie, so the first
 * HTML is in the remembered mode (no flash).
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
        <StyleRegistry>
          <Providers colorMode={colorMode}>{children}</Providers>
        </StyleRegistry>
      </body>
    </html>
  );
}
