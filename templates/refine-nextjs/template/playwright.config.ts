import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/*
 * Browser test of the app: `npm run build && npm run test:e2e`.
 * It starts the app and the mock (`npm start`) on E2E_PORT / E2E_MOCK_PORT,
 * unless E2E_BASE_URL points at a running app. CHROMIUM_PATH uses a Chromium
 * already installed (otherwise run `npx playwright install chromium` once).
 * .env.local and .env are read as `npm start` reads them (real variables win).
 */
for (const file of [".env.local", ".env"]) {
  if (existsSync(file)) process.loadEnvFile(file);
}
const port = Number(process.env.E2E_PORT ?? 3100);
const mockPort = Number(process.env.E2E_MOCK_PORT ?? 4100);
const baseURL = process.env.E2E_BASE_URL ?? `http://localhost:${port}`;

export default defineConfig({
  testDir: "./e2e",
  // The whole walk is one test: a loaded CI machine may need more than a minute for it.
  timeout: 120_000,
  // A page change waits on server rendering, which a busy machine slows: 15 s per check, not 5.
  expect: { timeout: 15_000 },
  retries: 0,
  workers: 1,
  reporter: "list",
  use: {
    baseURL,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || undefined,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
    },
  },
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        command: "npm start",
        url: baseURL,
        timeout: 120_000,
        reuseExistingServer: false,
        env: { PORT: String(port), MOCK_API_PORT: String(mockPort) },
      },
});
