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
};

export default nextConfig;
