/**
 * Makes the "Copy link" button after each section heading work: it copies the section's full URL
 * and says so, visibly on the button and to screen readers through one shared live region.
 * The buttons are in the HTML (shown only with JavaScript, see src/build/pre-paint.ts); without
 * JavaScript the anchor link beside them still gives the URL. Loaded by <article-tools>
 * (src/client/article-tools.ts) on the first press.
 */
import { announce } from './announce';
import { copyText as copy } from './clipboard';
import { sectionUrl } from '../lib/cite-this-page/format';
import { clientTools as en } from '../i18n/en';
import { clientTools as ru } from '../i18n/ru';
import { forPage } from './page-lang';

const TEXT = forPage({ en, ru });

const COPIED_FOR_MS = 2000;
/** Each button's pending return to "Copy link": a second press restarts it instead of racing it. */
const resets = new WeakMap<HTMLButtonElement, ReturnType<typeof setTimeout>>();

/** Copies the link of the section whose "Copy link" button `event` pressed (if it was one). */
export async function copyLink(event: MouseEvent): Promise<void> {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>(
    '.heading-wrapper button.copy-link'
  );
  const heading = button
    ?.closest('.heading-wrapper')
    ?.querySelector<HTMLElement>(':scope > :is(h1, h2, h3, h4, h5, h6)');
  if (!button || !heading?.id) return;
  const title = heading.textContent?.trim() ?? heading.id;
  const url = sectionUrl(location.href, heading.id);
  const ok = await copy(url);
  // The accessible name keeps starting with the visible text (WCAG 2.5.3) in every state.
  const show = (text: string, name: string) => {
    const label = button.querySelector('.copy-link-text');
    if (label) label.textContent = text;
    button.setAttribute('aria-label', name);
  };
  if (ok) show(TEXT.copied, TEXT.copiedLinkTo(title));
  else show(TEXT.copyFailed, TEXT.copyFailedLinkTo(title));
  announce(ok ? TEXT.linkCopied(title) : TEXT.linkNotCopied(url));
  clearTimeout(resets.get(button));
  resets.set(
    button,
    setTimeout(() => show(TEXT.copyLink, TEXT.copyLinkTo(title)), COPIED_FOR_MS)
  );
}
