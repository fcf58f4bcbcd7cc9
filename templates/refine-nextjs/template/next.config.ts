import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // Bundle antd, refine and their dependencies into the server build too, so
  // the server renders them from the same module copies: antd's CSS-in-JS then
  // registers every component's styles with the cache pages/_document.tsx puts
  // into the HTML (no unstyled flash before the scripts load).
  bundlePagesRouterDependencies: true,
  // The Dockerfile sets NEXT_OUTPUT=standalone to get a self-contained server
  // in .next/standalone; `next start` does not support that output.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  poweredByHeader: false,
  // refine's UI packages import the Markdown stack (react-markdown, remark-gfm,
  // micromark…) for their MarkdownField, and their bundles keep it even when no
  // page uses that field: ~40 kB gzip of JavaScript on every page. No page here
  // uses it, so it resolves to nothing. Before you use MarkdownField, delete this
  // line (it would fail to render: "Element type is invalid").
  turbopack: { resolveAlias: { "react-markdown": false, "remark-gfm": false } },
  // On every response: no framing by other pages (clickjacking), no MIME
  // sniffing, and only the origin in the Referer sent to other sites.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
