import { describe, expect, it } from 'vitest';
import { fragmentId } from '../../src/client/fragment';
import { countMessage, quotedQuery } from '../../src/client/search/render';

describe('fragmentId', () => {
  it('decodes what the address bar percent-encodes', () => {
    expect(fragmentId('#the-intervention')).toBe('the-intervention');
    expect(fragmentId('#%C3%A9t%C3%A9')).toBe('été');
    expect(fragmentId('')).toBe('');
  });

  it('keeps a malformed escape as typed instead of throwing', () => {
    expect(fragmentId('#%E0%A4%A')).toBe('%E0%A4%A');
    expect(fragmentId('#%')).toBe('%');
  });
});

describe('the count message quotes the query', () => {
  it('in full when short', () => {
    expect(countMessage(0, { query: ' Kiev ', filters: {} })).toBe('No results for “Kiev”.');
    expect(countMessage(2, { query: '<img src=x>', filters: {} })).toBe(
      '2 results for “<img src=x>”.'
    );
  });

  it('cut with an ellipsis when long, never splitting a character', () => {
    expect(quotedQuery('a '.repeat(5000))).toBe(`${'a '.repeat(30).trimEnd()}…`);
    const emoji = '🇦🇲'.repeat(40);
    expect([...quotedQuery(emoji)].length).toBe(61);
    expect(quotedQuery(emoji).endsWith('…')).toBe(true);
    expect(countMessage(0, { query: 'x'.repeat(10_000), filters: {} }).length).toBeLessThan(100);
  });
});
