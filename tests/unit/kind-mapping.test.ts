import { describe, expect, it } from 'vitest';
import { readKindMapping } from '../../src/lib/content/kind-mapping';

const read = (text: string) => readKindMapping('names.yaml', text, ['state', 'person'], 'names');

describe('readKindMapping (content/search-names.yaml, content/ru/names.yaml)', () => {
  it('flattens kind → id → value to one item per entry, an empty kind to none', () => {
    expect(read('state:\n  armenia: Армения\n  russia: [Россия]\nperson:\n')).toEqual([
      { kind: 'state', target: 'armenia', value: 'Армения' },
      { kind: 'state', target: 'russia', value: ['Россия'] },
    ]);
    expect(read('')).toEqual([]);
  });

  it('fails naming the file: bad YAML, not a mapping, an unknown kind, a kind not of ids', () => {
    expect(() => read('state: [a\n')).toThrow('names.yaml: not valid YAML');
    expect(() => read('- a\n')).toThrow(
      'names.yaml: expected a mapping of kinds (state, person), found a list'
    );
    expect(() => read('city:\n  moscow: Москва\n')).toThrow(
      'names.yaml: unknown kind "city" (expected one of state, person)'
    );
    expect(() => read('state: [Армения]\n')).toThrow(
      'names.yaml: under "state", expected a mapping of ids to names, found a list'
    );
  });
});
