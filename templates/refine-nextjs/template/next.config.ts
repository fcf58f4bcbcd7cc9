import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // The Dockerfile sets NEXT_OUTPUT=standalone to get a self-contained server
  // in .next/standalone; `next start` does not support that output.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
};

export default nextConfig;
