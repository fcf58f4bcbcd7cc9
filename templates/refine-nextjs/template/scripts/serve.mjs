// `npm run dev` / `npm start`: the Next.js app on PORT (default 3000) together
// with the mock API on MOCK_API_PORT (default 4000). Set API_URL to use your own
// API instead; the mock is then not started.
import { spawn } from "node:child_process";
import { loadEnvFiles } from "./env.mjs";
import { runNext } from "./next.mjs";

loadEnvFiles();

const mode = process.argv[2] === "start" ? "start" : "dev";
const port = process.env.PORT ?? "3000";
const children = [];

function launch(child) {
  children.push(child);
  child.on("exit", (code) => stopAll(code ?? 1));
}

let stopping = false;
function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    if (child.exitCode === null) child.kill("SIGTERM");
  }
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stopAll(0));

if (!process.env.API_URL) {
  launch(spawn(process.execPath, ["scripts/mock.mjs"], { stdio: "inherit" }));
}
launch(runNext([mode, "--port", port]));
