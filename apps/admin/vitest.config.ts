import { existsSync } from 'node:fs';
import { defineProject } from 'vitest/config';

// The browser tests drive Debian's Chromium (or CHROMIUM_PATH). On a newcomer's machine without it they are
// skipped with one line saying how to get it; under CI a missing Chromium stays a failure.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browserTests = existsSync(chromium) || process.env.CI === 'true';
if (!browserTests) {
  console.warn(
    `admin: browser tests skipped — no Chromium at ${chromium}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`,
  );
}

export default defineProject({
  test: {
    name: 'admin',
    include: ['src/**/*.test.{ts,tsx}', ...(browserTests ? ['e2e/**/*.e2e.test.ts'] : [])],
    environment: 'node',
    // Browser steps wait for a real server and a real Chromium; on a busy 2-core machine a second is not enough.
    expect: { poll: { timeout: 20_000, interval: 100 } },
  },
});
