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
