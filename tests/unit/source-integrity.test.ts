import { describe, expect, it } from 'vitest';
import {
  checkGuide,
  checkPage,
  foldSpelling,
  quotationParts,
  wordsOf,
  type SourceText,
} from '../support/source-integrity';

// A two-paragraph "article" and pages that quote and paraphrase it, rightly and wrongly.
const text = [
  'A HEADLINE',
  '',
  'The minister said the bloc was "absolutely indestructible" and would meet again in the autumn of next year.',
  'Analysts doubt the organisation can survive without reforms to its collective defence arrangements.',
].join('\n');
const source: SourceText = {
  id: 'paper',
  text,
  paragraphs: [
    { n: 1, line: 3 },
    { n: 2, line: 4 },
  ],
  unnumbered: [{ lines: '1', what: 'headline' }],
};
const sources = new Map([['paper', source]]);
const page = (body: string) => `<html><body><main>${body}</main></body></html>`;
const cite = (refs: string) =>
  `<span class="cite" data-cite="${refs}"><a href="#">Paper ¶1</a><span class="cite-tip">A tooltip “not checked”</span></span>`;

/** A translated quotation as src/components/Q.astro draws it (Russian edition). */
const q = (translation: string, original: string) =>
  `<span class="q">«${translation}»<button type="button" class="q-mark">en</button><span class="q-note" popover><span class="q-note-label">В источнике:</span> <span class="q-original" lang="en">“${original}”</span> <span class="q-note-what">Наш перевод.</span></span></span>`;

describe('translated quotations (Russian edition)', () => {
  it('checks the original of a <Q> against the cited paragraph, not the translation', () => {
    const html = page(
      `<p>Он назвал его ${q('абсолютно нерушимым', 'absolutely indestructible')} ${cite('paper:1')}.</p>`
    );
    expect(checkPage('/ru/ok/', html, sources).misquotations).toEqual([]);
  });
  it('rejects an original that the cited paragraph does not hold', () => {
    const html = page(
      `<p>Он назвал его ${q('совершенно нерушимым', 'entirely indestructible')} ${cite('paper:1')}.</p>`
    );
    expect(checkPage('/ru/bad/', html, sources).misquotations).toEqual([
      '/ru/bad/: “entirely indestructible” is not in the cited paper:1',
    ]);
  });
  it('rejects an original cited to the wrong paragraph, and says where it stands', () => {
    const html = page(
      `<p>${q('абсолютно нерушимым', 'absolutely indestructible')} ${cite('paper:2')}</p>`
    );
    expect(checkPage('/ru/wrong/', html, sources).misquotations).toEqual([
      '/ru/wrong/: “absolutely indestructible” is not in the cited paper:2; it stands in paper:1',
    ]);
  });
});

describe('quotations', () => {
  it('accepts a quotation that stands in the cited paragraph, typography folded', () => {
    const html = page(`<p>He called it “absolutely indestructible” ${cite('paper:1')}.</p>`);
    expect(checkPage('/ok/', html, sources).misquotations).toEqual([]);
  });
  it('rejects a misquotation, naming the page and the passage', () => {
    const html = page(`<p>He called it “entirely indestructible” ${cite('paper:1')}.</p>`);
    expect(checkPage('/bad/', html, sources).misquotations).toEqual([
      '/bad/: “entirely indestructible” is not in the cited paper:1',
    ]);
  });
  it('rejects a true quotation cited to the wrong paragraph, and says where it stands', () => {
    const html = page(`<p>He called it “absolutely indestructible” ${cite('paper:2')}.</p>`);
    expect(checkPage('/wrong/', html, sources).misquotations).toEqual([
      '/wrong/: “absolutely indestructible” is not in the cited paper:2; it stands in paper:1',
    ]);
  });
  it('matches the parts of a quotation around an ellipsis or an insertion', () => {
    expect(quotationParts('Analysts doubt … can survive [the bloc]')).toEqual([
      'Analysts doubt',
      'can survive',
    ]);
    const html = page(`<li>“Analysts doubt … can survive” ${cite('paper:2')}</li>`);
    expect(checkPage('/parts/', html, sources).misquotations).toEqual([]);
  });
  it('takes the last citation before a quotation when none follows it in the block', () => {
    const html = page(`<p>${cite('paper:1')} He called it “absolutely indestructible”.</p>`);
    expect(checkPage('/before/', html, sources).misquotations).toEqual([]);
  });
  it('ignores tooltips and screen-reader text', () => {
    const html = page(
      `<p>Plain words ${cite('paper:1')} <span class="sr-only">“hidden words here”</span></p>`
    );
    expect(checkPage('/tip/', html, sources).misquotations).toEqual([]);
  });
});

describe('copied runs', () => {
  it('rejects ten words copied outside quotation marks, with British and American spellings folded', () => {
    const html = page(
      `<p>We read that analysts doubt the organization can survive without reforms to its collective defense. ${cite('paper:2')}</p>`
    );
    expect(checkPage('/copied/', html, sources).copied).toEqual([
      '/copied/: 10+ words copied from paper: “analysts doubt the organization can survive without reforms to its”',
    ]);
  });
  it('accepts the same words inside quotation marks, and nine words outside', () => {
    const quoted = page(
      `<p>“Analysts doubt the organisation can survive without reforms to its collective defence arrangements” ${cite('paper:2')}</p>`
    );
    expect(checkPage('/quoted/', quoted, sources).copied).toEqual([]);
    const nine = page(
      `<p>Analysts doubt the organisation can survive without reforms to it, we think. ${cite('paper:2')}</p>`
    );
    expect(checkPage('/nine/', nine, sources).copied).toEqual([]);
  });
  it('folds spellings and keeps apostrophes inside words', () => {
    expect(foldSpelling('organisation')).toBe(foldSpelling('organization'));
    expect(foldSpelling('defence')).toBe(foldSpelling('defense'));
    expect(wordsOf('Armenia’s “pause” — ended')).toEqual(["armenia's", 'pause', 'ended']);
  });
});

describe('paragraph guides', () => {
  it('accepts a guide that accounts for every non-empty line once', () => {
    expect(checkGuide(source)).toEqual([]);
  });
  it('names a paragraph on an empty line, a line counted twice and a line left out', () => {
    const bad: SourceText = {
      ...source,
      paragraphs: [
        { n: 1, line: 2 },
        { n: 2, line: 4 },
      ],
      unnumbered: [{ lines: '1-2', what: 'headline' }],
    };
    expect(checkGuide(bad)).toEqual([
      'paper: paragraph 1 is on line 2, which is empty',
      'paper: line 2 is both paragraph 1 and unnumbered (headline)',
      'paper: line 3 is neither a numbered paragraph nor listed as unnumbered: "The minister said the bloc was "absolutely indestructible" a"',
    ]);
  });
});
