import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { SweepsFirst } from './support/sequencer.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
    // expect.poll waits for a page to reach a state: 1 s (Vitest's default) is too short on a
    // two-core machine that other jobs share, where a search reply can take longer.
    expect: { poll: { timeout: 5_000 } },
    // The every-page sweeps first, whatever Vitest knows of past runs (tests/support/sequencer.ts).
    sequence: { sequencer: SweepsFirst },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
      {
        extends: true,
        test: { name: 'sources', include: ['tests/sources/**/*.test.ts'], testTimeout: 120_000 },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two files at a time, each with its own Chromium: much of a browser test is waiting
          // (loads, animations, debounces), which the other file fills.
          fileParallelism: true,
          maxWorkers: 2,
          // Tests marked concurrent (every-page's) open three pages at a time.
          maxConcurrency: 3,
        },
      },
      {
        // What the server can change, against nginx with deploy/'s configuration: its headers,
        // caching, compression, redirects and 404s (tests/nginx/serving), every page's and file's
        // response and one page per template loading cleanly with axe (tests/nginx/every-page),
        // search's files (tests/nginx/search), and crafted addresses reaching the server
        // (hostile-input). What only the page's bytes decide (every page in Chromium, deep links,
        // the behaviour of search) runs once, against the Node server.
        extends: true,
        test: {
          name: 'nginx',
          include: ['tests/nginx/**/*.test.ts', 'tests/browser/hostile-input.test.ts'],
          globalSetup: ['tests/nginx/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // Tests marked concurrent (every-page's) open three pages at a time.
          maxConcurrency: 3,
        },
      },
    ],
  },
});
