import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'admin',
    include: ['src/**/*.test.{ts,tsx}', 'e2e/**/*.e2e.test.ts'],
    environment: 'node',
    // Browser steps wait for a real server and a real Chromium; on a busy 2-core machine a second is not enough.
    expect: { poll: { timeout: 20_000, interval: 100 } },
  },
});
