// The bundled mock REST API, for development only: json-server 0.17 on
// 127.0.0.1:MOCK_API_PORT (default 4000), no authentication, no CORS. It serves
// mock/db.json, a working copy of mock/seed.json made on first start (json-server
// writes every change to that file; delete it to start over).
import { copyFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadEnvFiles } from "./env.mjs";

const require = createRequire(import.meta.url);
const jsonServer = require("json-server");

const seedFile = fileURLToPath(new URL("../mock/seed.json", import.meta.url));
const dbFile = fileURLToPath(new URL("../mock/db.json", import.meta.url));

export function startMock({ port = Number(process.env.MOCK_API_PORT ?? 4000), host = "127.0.0.1" } = {}) {
  if (!existsSync(dbFile)) copyFileSync(seedFile, dbFile);
  const server = jsonServer.create();
  // No CORS: only this app's server calls the mock (the browser goes through /api/data).
  server.use(jsonServer.defaults({ logger: false, noCors: true, static: fileURLToPath(new URL("../mock/public", import.meta.url)) }));
  server.use(jsonServer.router(dbFile));
  const listening = server.listen(port, host, () => {
    console.log(`Mock API (json-server) on http://${host}:${port}, data in mock/db.json`);
  });
  // Keep idle connections open longer than clients keep them in their pools, so the
  // app's server-side fetches never reuse a socket the mock has just closed (ECONNRESET).
  listening.keepAliveTimeout = 65_000;
  listening.headersTimeout = 66_000;
  return listening;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  loadEnvFiles();
  startMock();
}
