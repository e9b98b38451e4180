/**
 * The controls after every linkable heading, built in one place for the MDX headings
 * (src/markdown/heading-anchors.ts) and the headings drawn from data (AnchorHeading.astro):
 *
 *   <span class="heading-tools">                  takes no room until used (content.css)
 *     <button.heading-tools-toggle> "⋯"           touch screens only, with JavaScript (src/client/heading-tools.ts)
 *     <span.heading-tools-list>
 *       <a.anchor-link href="#id"> <span aria-hidden>#</span> <span.sr-only>Link to section: …</span> </a>
 *       <button.copy-link>  "Copy link"             shown with JavaScript (src/client/copy-link.ts)
 *       <button.cite-section> "Cite"                shown with JavaScript (src/client/cite-this.ts)
 *     </span>
 *   </span>
 *
 * Every accessible name is built from the heading's plain text, never from HTML, so a heading
 * such as "Russia's Baikonur lease" is read as written, not as "Russia&#39;s". Pagefind ignores
 * all of it, so the search index holds only the heading itself. Pure (hast in, hast out).
 */
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { ui as english } from '../../i18n/en';

/** The controls' words in an edition (the dictionary's `headingControls`). */
export type HeadingControlWords = typeof english.headingControls;

const IGNORE = { dataPagefindIgnore: '' };

const text = (value: string): ElementContent => ({ type: 'text', value });
const span = (properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName: 'span',
  properties,
  children,
});
const button = (
  className: string,
  label: string,
  children: ElementContent[],
  extra: Element['properties'] = {}
): Element => ({
  type: 'element',
  tagName: 'button',
  properties: { type: 'button', className: [className], ...IGNORE, ariaLabel: label, ...extra },
  children,
});

/** The accessible names of a heading's controls, from its plain text. */
export function headingControlLabels(
  title: string,
  words: HeadingControlWords = english.headingControls
) {
  return {
    toggle: words.toggle(title),
    anchor: words.anchor(title),
    copy: words.copy(title),
    cite: words.cite(title),
  };
}

/** The `span.heading-tools` group for the heading with this id and plain-text title. */
export function headingControls(
  id: string,
  title: string,
  words: HeadingControlWords = english.headingControls
): Element {
  const labels = headingControlLabels(title, words);
  const anchor: Element = {
    type: 'element',
    tagName: 'a',
    properties: { className: ['anchor-link'], href: `#${id}`, ...IGNORE },
    children: [
      span({ ariaHidden: 'true', className: ['anchor-icon'] }, [text('#')]),
      span({ className: ['sr-only'], ...IGNORE }, [text(labels.anchor)]),
    ],
  };
  return span({ className: ['heading-tools'], ...IGNORE }, [
    button('heading-tools-toggle', labels.toggle, [span({ ariaHidden: 'true' }, [text('⋯')])], {
      ariaExpanded: 'false',
    }),
    span({ className: ['heading-tools-list'] }, [
      anchor,
      button('copy-link', labels.copy, [
        span({ className: ['copy-link-text'] }, [text(words.copyLink)]),
      ]),
      button('cite-section', labels.cite, [text(words.citeButton)]),
    ]),
  ]);
}

/** The plain text of rendered HTML ("Russia&#39;s <em>lease</em>" → "Russia's lease"). */
export function plainText(html: string): string {
  return toString(fromHtml(html, { fragment: true }))
    .replace(/\s+/g, ' ')
    .trim();
}
