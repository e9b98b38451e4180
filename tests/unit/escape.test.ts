/** src/lib/site/text.ts: the one escaper of the HTML strings the build and the browser write. */
import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeText } from '../../src/lib/site/text';

describe('escapeText and escapeAttribute', () => {
  it('escape what would end text or a double-quoted attribute, and nothing else', () => {
    expect(escapeText(`a < b & c > d "e" 'f'`)).toBe(`a &lt; b &amp; c &gt; d "e" 'f'`);
    expect(escapeAttribute(`x" onclick="y & <z>'`)).toBe(
      `x&quot; onclick=&quot;y &amp; &lt;z&gt;'`
    );
  });
});
