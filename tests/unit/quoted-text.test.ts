/** Quotations in data strings (src/lib/translation/quoted-text.ts): read, and refused with a reason. */
import { describe, expect, it } from 'vitest';
import { parseQuoted, quotedPlainText } from '../../src/lib/translation/quoted-text';

describe('parseQuoted', () => {
  it('reads text and quotations, curly quotes in o included', () => {
    expect(parseQuoted('Учения <Q o="the “Brotherhood” drills">Братство</Q>.')).toEqual([
      { text: 'Учения ' },
      { quote: 'Братство', original: 'the “Brotherhood” drills' },
      { text: '.' },
    ]);
    expect(quotedPlainText('Учения <Q o="x">Братство</Q>.')).toBe('Учения «Братство».');
  });

  it('names a straight " inside o, which ends it early', () => {
    expect(parseQuoted('Он сказал <Q o="he said "no" twice">нет</Q>.')).toMatch(
      /^a <Q> that is not written <Q o="the English words">перевод<\/Q> \(its o="…" ends at the second straight ": .*\): "<Q o="he said "no" twice">/
    );
  });

  it('names a <Q> without o, nested or not closed', () => {
    expect(parseQuoted('<Q>нет</Q>')).toMatch(/^a <Q> that is not written/);
    expect(parseQuoted('<Q o="a">б <Q o="c">д</Q></Q>')).toMatch(/^a <Q> inside another <Q>/);
    expect(parseQuoted('<Q o="a">б')).toMatch(/^a <Q> that is not written/);
  });
});
