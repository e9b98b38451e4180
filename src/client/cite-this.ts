/**
 * Citations, ready to paste. On a page with "Cite this page" (src/components/CiteThisPage.astro):
 * - fills in today's date (and, for a build without SITE_URL, the address the page was read at),
 *   and adds "Copy citation" (Escape closing the box is set up before this loads: article-tools.ts);
 * - makes the "Cite" button after each section heading work (it is in the HTML, shown under
 *   html.js like "Copy link"). It copies the section's citation (with its #anchor) and shows it in a small panel below the heading that says it was
 *   copied (Escape closes it); screen readers hear it through the shared live region (src/client/announce.ts). The
 *   button keeps its text, so its accessible name always contains what it shows.
 * Formatting lives in src/lib/cite-this-page/format.ts. Loaded and set up by <article-tools>
 * (src/client/article-tools.ts) the first time the box opens or a Cite button is pressed.
 */
import { announce } from './announce';
import { copyText as copy } from './clipboard';
import { openLayer } from './layers';
import { onAbort } from './site-element';
import { formatAccessDate, formatCitation, sectionUrl } from '../lib/cite-this-page/format';
import { clientTools as en } from '../i18n/en';
import { clientTools as ru } from '../i18n/ru';
import { forPage, pageLang } from './page-lang';

const TEXT = forPage({ en, ru });

const COPIED_FOR_MS = 2000;

/**
 * Makes "Cite this page" and the section Cite buttons inside `root` work, until `signal` aborts.
 * Returns the handler of a press on a Cite button, for the press that loaded this code.
 */
export function enhanceCiteThis(
  root: HTMLElement,
  signal: AbortSignal
): ((event: MouseEvent) => Promise<void>) | undefined {
  const box = root.querySelector<HTMLDetailsElement>('details.cite-this');
  return box ? setUp(box, root, signal) : undefined;
}

/** Each button's pending return to its idle text: a second press restarts it. */
const resets = new WeakMap<HTMLButtonElement, ReturnType<typeof setTimeout>>();

/** Shows "Copied" (or the failure) on a button for a moment. */
function flash(button: HTMLButtonElement, ok: boolean, idle: string) {
  button.textContent = ok ? TEXT.copied : TEXT.copyFailed;
  clearTimeout(resets.get(button));
  resets.set(
    button,
    setTimeout(() => {
      button.textContent = idle;
    }, COPIED_FOR_MS)
  );
}

function selectText(element: Element) {
  const range = document.createRange();
  range.selectNodeContents(element);
  getSelection()?.removeAllRanges();
  getSelection()?.addRange(range);
}

function setUp(
  box: HTMLDetailsElement,
  root: HTMLElement,
  signal: AbortSignal
): (event: MouseEvent) => Promise<void> {
  const page = box.dataset.citePage ?? document.querySelector('h1')?.textContent ?? document.title;
  const asOf = box.dataset.citeAsOf || undefined;
  // The public address when the build knows it (SITE_URL), else the address the page was read at.
  const address = box.dataset.citeUrl || location.href;
  const lang = pageLang();
  const cite = (id?: string, section?: string) =>
    formatCitation(
      {
        page,
        section,
        site: box.dataset.citeSite ?? '',
        url: sectionUrl(address, id),
        accessed: formatAccessDate(new Date(), lang),
        asOf,
      },
      lang
    );

  // The page's own citation.
  const text = box.querySelector('[data-cite-text]');
  const copyPage = box.querySelector<HTMLButtonElement>('[data-cite-copy]');
  if (text) text.textContent = cite();
  if (copyPage) {
    copyPage.hidden = false;
    copyPage.addEventListener(
      'click',
      async () => {
        const citation = cite();
        if (text) text.textContent = citation;
        const ok = await copy(citation);
        if (!ok && text) selectText(text);
        flash(copyPage, ok, TEXT.copyCitation);
        announce(ok ? TEXT.pageCitationCopied : TEXT.pageCitationNotCopied);
      },
      { signal }
    );
  }

  // One panel for section citations, moved under whichever heading was cited last.
  const panel = document.createElement('div');
  panel.className = 'cite-panel';
  panel.dataset.pagefindIgnore = '';
  panel.innerHTML =
    '<p class="cite-panel-status"></p><p class="cite-panel-text"></p><button type="button" class="cite-panel-close"></button>';
  panel.querySelector('button')!.textContent = TEXT.close;
  const status = panel.querySelector('.cite-panel-status')!;
  const panelText = panel.querySelector('.cite-panel-text')!;
  let owner: HTMLButtonElement | undefined;
  let releaseLayer: (() => void) | undefined;
  const closePanel = () => {
    releaseLayer?.();
    const inside = panel.contains(document.activeElement);
    panel.remove();
    if (inside || document.activeElement === document.body) owner?.focus();
  };
  panel.querySelector('button')!.addEventListener('click', closePanel, { signal });
  onAbort(signal, () => {
    releaseLayer?.();
    panel.remove();
  });

  // The Cite buttons are in the HTML (src/markdown/heading-anchors.ts, AnchorHeading.astro).
  const citeSection = async (event: MouseEvent) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>(
      '.heading-wrapper button.cite-section'
    );
    const wrapper = button?.closest<HTMLElement>('.heading-wrapper');
    const heading = wrapper?.querySelector<HTMLElement>(':scope > :is(h2, h3, h4)[id]');
    if (!button || !wrapper || !heading) return;
    const title = heading.textContent?.replace(/\s+/g, ' ').trim() || heading.id;
    const citation = cite(heading.id, title);
    const ok = await copy(citation);
    owner = button;
    status.textContent = ok ? TEXT.citationCopied : TEXT.citationNotCopied;
    panelText.textContent = citation;
    wrapper.after(panel);
    releaseLayer?.();
    releaseLayer = openLayer(panel, closePanel);
    if (!ok) selectText(panelText);
    announce(ok ? TEXT.sectionCitationCopied(title) : TEXT.sectionCitationNotCopied(citation));
  };
  root.addEventListener('click', (event) => void citeSection(event), { signal });
  return citeSection;
}
