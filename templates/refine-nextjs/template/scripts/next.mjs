// Runs the Next.js CLI with telemetry off: `node scripts/next.mjs build`.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

export function runNext(args, options = {}) {
  return spawn(process.execPath, [nextBin, ...args], {
    stdio: "inherit",
    ...options,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...options.env },
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const child = runNext(process.argv.slice(2));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
