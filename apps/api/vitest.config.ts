import { defineProject } from 'vitest/config';

export default defineProject({
  // graphql ships both .mjs and .js; vite would load both (one via Pothos, one via our code) and
  // graphql refuses to mix them. Everyone gets the CommonJS build, as under plain Node.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    name: 'api',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Each file opens its own databases; PostgreSQL and SQLite files do not like being raced by forks.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
