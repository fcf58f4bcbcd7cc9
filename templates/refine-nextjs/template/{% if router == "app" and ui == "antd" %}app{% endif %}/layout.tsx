import "@refinedev/antd/dist/reset.css";

import { AntdRegistry } from "@ant-design/nextjs-registry";
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
 * The root layout (a server component): antd's styles of the first render go
 * into the HTML (AntdRegistry), in the color mode of the cookie (no flash).
 * No <Suspense> around the providers: reading the cookie makes every page
 * dynamic, so refine's useSearchParams needs none, and without one nothing is
 * sent before the page has loaded its data, so a missing record answers 404
 * (notFound() after a streamed shell would be a 200).
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const colorMode = colorModeFromCookies((await headers()).get("cookie") ?? undefined);

  return (
    <html lang="en">
      <body>
        <AntdRegistry>
          <Providers colorMode={colorMode}>{children}</Providers>
        </AntdRegistry>
      </body>
    </html>
  );
}
