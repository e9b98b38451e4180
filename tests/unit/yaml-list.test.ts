import { describe, expect, it } from 'vitest';
import { parseYamlList } from '../../src/lib/content/yaml-list';

const parse = parseYamlList('content/events/events.yaml');

describe('parseYamlList', () => {
  it('returns the items', () => {
    expect(parse('- id: a\n- id: b\n')).toEqual([{ id: 'a' }, { id: 'b' }]);
  });
  it('names a duplicate id and both items', () => {
    expect(() => parse('- id: a\n- id: b\n- id: a\n')).toThrow(
      'content/events/events.yaml, item 3: duplicate id "a", already used by item 1'
    );
  });
  it('names an item without id', () => {
    expect(() => parse('- id: a\n- title: x\n')).toThrow('item 2: missing "id"');
  });
  it('rejects a mapping at the top', () => {
    expect(() => parse('id: a\n')).toThrow('expected a YAML list');
  });
  it('reports invalid YAML with the file name', () => {
    expect(() => parse('- id: [a\n')).toThrow('content/events/events.yaml: not valid YAML');
  });
});
