/**
 * Runs on a page opened from a search result (…/?highlight=kiev#section), loaded only when that
 * parameter is present. Marks the searched words in the page's main content, brings the section
 * (or the first mark) into view, then drops the parameter from the address so copied links stay
 * clean.
 */
import { HIGHLIGHT_PARAM, fold, highlightTerms, withoutHighlight } from './query';
import { fragmentTarget } from '../fragment';

const SKIP = 'script, style, svg, mark, button, [data-pagefind-ignore], .sr-only, [hidden]';
const MAX_MARKS = 200;

function highlight(root: Element, terms: string[]): HTMLElement[] {
  const escaped = terms.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // A term matches at the start of a word and runs to its end (Pagefind matches prefixes).
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'gu');
  const texts: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  while (walker.nextNode()) texts.push(walker.currentNode as Text);

  const marks: HTMLElement[] = [];
  for (const text of texts) {
    const value = text.data;
    // fold() keeps every character's length, so match positions in the folded copy hold here too.
    const matches = [...fold(value).matchAll(pattern)];
    if (matches.length === 0) continue;
    const parts: (string | HTMLElement)[] = [];
    let at = 0;
    for (const match of matches) {
      const start = match.index;
      const end = start + match[0].length;
      if (start > at) parts.push(value.slice(at, start));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = value.slice(start, end);
      parts.push(mark);
      marks.push(mark);
      at = end;
    }
    if (at < value.length) parts.push(value.slice(at));
    text.replaceWith(...parts);
    if (marks.length >= MAX_MARKS) break;
  }
  return marks;
}

const params = new URLSearchParams(location.search);
const terms = highlightTerms(params.getAll(HIGHLIGHT_PARAM).join(' '));
const root = document.querySelector('[data-pagefind-body]') ?? document.querySelector('main');
if (root && terms.length > 0) {
  const marks = highlight(root, terms);
  const target = fragmentTarget(location.hash);
  if (target) target.scrollIntoView({ block: 'start', behavior: 'instant' });
  else if (marks[0] && marks[0].getBoundingClientRect().top > innerHeight * 0.8)
    marks[0].scrollIntoView({ block: 'center', behavior: 'instant' });
}
history.replaceState(history.state, '', withoutHighlight(location.href));
