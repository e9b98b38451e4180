/**
 * The maintainers' scripts that read a build run under plain Node (no Vite): each must at least
 * start and print its report. `npm run citations:report` once failed on an extensionless import
 * of src/lib/ (fixed by scripts/ts-resolve.mjs). Run after `npm run build`.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

const npm = (...args: string[]) =>
  spawnSync('npm', ['run', '--silent', ...args], { encoding: 'utf8', env: process.env });

describe('scripts that read the build', () => {
  it('citations:report lists every paragraph of a source and what cites it', () => {
    const { status, stdout, stderr } = npm('citations:report', '--', 'forbes');
    expect(stderr).not.toMatch(/ERR_MODULE_NOT_FOUND/);
    expect(status, stderr).toBe(0);
    expect(stdout).toMatch(/^# forbes: every paragraph/);
    expect(stdout).toMatch(/^## ¶1 \(line \d+\)$/m);
    expect(stdout).toMatch(/^Cited by \(\d+\):$/m);
  });
});
