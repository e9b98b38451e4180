/**
 * One Chromium for every test file of a project, started by its global setup: each file's
 * `launch()` (tests/support/browser.ts) connects to it instead of starting a browser of its own,
 * which saved each file Chromium's start-up and its own browser, GPU and network processes.
 * Files stay apart all the same: every test opens its own context.
 */
import type { TestProject } from 'vitest/node';
import { launchChromiumServer, reportUncountedCpu } from '../../scripts/chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared Chromium's Playwright endpoint (`chromium.connect`); unset, each file launches its own. */
    browserEndpoint?: string;
  }
}

/** Starts the shared Chromium, hands its endpoint to the project's files; returns its teardown. */
export async function shareBrowser(project: TestProject): Promise<() => Promise<void>> {
  const server = await launchChromiumServer();
  project.provide('browserEndpoint', server.wsEndpoint());
  return () => {
    // Chromium's renderers are left to init when it closes: their CPU is counted here, before.
    reportUncountedCpu(server.process().pid);
    return server.close();
  };
}
