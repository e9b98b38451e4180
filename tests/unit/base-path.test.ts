import { describe, expect, it } from 'vitest';
import { basePath } from '../../src/lib/site/base-path';

describe('basePath', () => {
  it('writes every spelling of a sub-path with a slash at each end', () => {
    for (const base of ['/csto', 'csto/', '/csto/', 'csto', '//csto//'])
      expect(basePath(base)).toBe('/csto/');
    expect(basePath('/explainers/csto')).toBe('/explainers/csto/');
  });
  it('writes the root, however given, as "/"', () => {
    for (const base of ['', '/', '//', undefined]) expect(basePath(base)).toBe('/');
  });
});
