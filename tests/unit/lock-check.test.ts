import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { lockProblems } from '../../scripts/lock-check.mjs';

const pkg = { devDependencies: { pagefind: '^1.6.0' } };
const lock = (packages: Record<string, object>) => ({
  lockfileVersion: 3,
  packages: { '': { devDependencies: { pagefind: '^1.6.0' } }, ...packages },
});

describe('lockProblems', () => {
  it('accepts the committed lock', () => {
    const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
    expect(lockProblems(json('package.json'), json('package-lock.json'))).toEqual([]);
  });

  it('accepts a lock where every optional binary is listed', () => {
    expect(
      lockProblems(
        pkg,
        lock({
          'node_modules/pagefind': {
            optionalDependencies: {
              '@pagefind/linux-x64': '1.6.0',
              '@pagefind/darwin-arm64': '1.6.0',
            },
          },
          'node_modules/@pagefind/linux-x64': { optional: true },
          'node_modules/@pagefind/darwin-arm64': { optional: true },
        })
      )
    ).toEqual([]);
  });

  it("names another platform's binary that the lock leaves out (what npm install would add)", () => {
    expect(
      lockProblems(
        pkg,
        lock({
          'node_modules/pagefind': {
            optionalDependencies: {
              '@pagefind/linux-x64': '1.6.0',
              '@pagefind/darwin-arm64': '1.6.0',
            },
          },
          'node_modules/@pagefind/linux-x64': { optional: true },
        })
      )
    ).toEqual([
      'node_modules/pagefind: optionalDependency "@pagefind/darwin-arm64" is not in the lock',
    ]);
  });

  it('resolves nested copies the way Node does, from the nearest node_modules upwards', () => {
    expect(
      lockProblems(
        pkg,
        lock({
          'node_modules/pagefind': { dependencies: { a: '1' } },
          'node_modules/pagefind/node_modules/a': { dependencies: { b: '1', c: '1' } },
          'node_modules/pagefind/node_modules/b': {},
          'node_modules/c': {},
        })
      )
    ).toEqual([]);
    expect(
      lockProblems(
        pkg,
        lock({
          'node_modules/pagefind': {},
          'node_modules/other/node_modules/a': {},
          'node_modules/x': { dependencies: { a: '1' } },
        })
      )
    ).toEqual(['node_modules/x: dependency "a" is not in the lock']);
  });

  it('ignores optional peers, but not required ones', () => {
    expect(
      lockProblems(
        pkg,
        lock({
          'node_modules/pagefind': {
            peerDependencies: { vite: '*', typescript: '*' },
            peerDependenciesMeta: { vite: { optional: true } },
          },
        })
      )
    ).toEqual(['node_modules/pagefind: peerDependency "typescript" is not in the lock']);
  });

  it('names a dependency that package.json and the lock disagree on', () => {
    expect(
      lockProblems(
        { devDependencies: { pagefind: '^1.7.0', yaml: '^2' } },
        lock({ 'node_modules/pagefind': {} })
      )
    ).toEqual([
      'devDependencies.pagefind: package.json says ^1.7.0, the lock says ^1.6.0',
      'devDependencies.yaml: package.json says ^2, the lock says nothing',
    ]);
  });
});
