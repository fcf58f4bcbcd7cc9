// Loads .env.local and .env like Next.js does, so PORT, MOCK_API_PORT and
// API_URL set there also reach these scripts. Real environment variables win.
import { existsSync } from "node:fs";

export function loadEnvFiles() {
  for (const file of [".env.local", ".env"]) {
    if (existsSync(file)) process.loadEnvFile(file);
  }
}
