import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser (no `npx playwright install`: no network here).
// The flags stop Chromium's own background traffic so any request seen is the app's.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/',
  reporter: 'list',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    viewport: { width: 1100, height: 760 },
    locale: 'en-GB',
    // UTC+3 all year: proves datetime-local (wall clock) is stored as a UTC instant.
    timezoneId: 'Asia/Riyadh',
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
        // Resolve no host name: the page is served from memory by context.route and needs none.
        // Without it, scripts/no-network.mjs saw Chromium send DNS queries (UDP :53 from the
        // network service's own resolver and from the browser process's getaddrinfo). Same rule
        // as the app's own switches (electron/main/security/web-preferences.ts). Chromium's IPv6
        // reachability probe still shows up: docs/security.md, "Zero network: how it is proven".
        '--host-resolver-rules=MAP * ~NOTFOUND',
        '--dns-prefetch-disable',
      ],
    },
  },
});
