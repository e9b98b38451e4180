/**
 * Serves the built site (dist/, built by `npm run build` before the browser tests) on a free
 * port of 127.0.0.1 for the whole browser project; tests read its URL with inject('siteUrl').
 */
import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
// @ts-expect-error -- plain ESM script without types
import { startServer } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/pagefind/pagefind.js')) {
    throw new Error('dist/ has no search index: run "npm run build" before the browser tests (npm test does).');
  }
  const server = await startServer({ dir: 'dist', port: 0 });
  project.provide('siteUrl', server.url);
  return () => server.close();
}
