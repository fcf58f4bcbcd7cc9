import { AppRouterCacheProvider } from "@mui/material-nextjs/v16-appRouter";
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
 * The root layout (a server component): MUI's emotion styles of the first
 * render go into the HTML (AppRouterCacheProvider), in the color mode of the
 * cookie (no flash).
 *
 * No <Suspense> around the providers: every page here is rendered per
 * request, so refine's useSearchParams needs none, and a boundary would let
 * the streamed shell go out (status 200) before a page calls notFound().
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const colorMode = colorModeFromCookies((await headers()).get("cookie") ?? undefined);

  return (
    <html lang="en">
      <body>
        <AppRouterCacheProvider>
          <Providers colorMode={colorMode}>{children}</Providers>
        </AppRouterCacheProvider>
      </body>
    </html>
  );
}
