import { defineConfig } from '@playwright/test';

/** Debian's Chromium by default; RIWAYAT_CHROMIUM (or CHROME_PATH) points elsewhere. */
export const chromiumPath = process.env.RIWAYAT_CHROMIUM ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // One renderer for all of a context's pages on the site, so that a test's page finds the app's
  // scripts already compiled by the tests before it in its worker (tests/e2e/fixtures.ts).
  '--process-per-site',
];

// A port of its own per checkout, so that two checkouts testing at once never share a preview server.
const checkoutPort = 4317 + ([...process.cwd()].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % 400);
const port = Number(process.env.RIWAYAT_E2E_PORT ?? checkoutPort);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
