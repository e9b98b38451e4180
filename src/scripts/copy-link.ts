/**
 * Makes the "Copy link" button after each section heading work: it copies the section's full URL
 * and says so, visibly on the button and to screen readers through one shared live region.
 * The buttons are in the HTML (shown only with JavaScript, see public/pre-paint.js); without
 * JavaScript the anchor link beside them still gives the URL.
 */
import { announce } from './announce';

const COPIED_FOR_MS = 2000;

function sectionUrl(id: string): string {
  const url = new URL(location.href);
  url.search = '';
  url.hash = id;
  return url.href;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

document.addEventListener('click', async (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('.heading-wrapper > button.copy-link');
  const heading = button?.parentElement?.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6');
  if (!button || !heading?.id) return;
  const title = heading.textContent?.trim() ?? heading.id;
  const url = sectionUrl(heading.id);
  const ok = await copy(url);
  const label = button.querySelector('.copy-link-text');
  if (label) label.textContent = ok ? 'Copied' : 'Copy failed';
  announce(ok ? `Link to “${title}” copied` : `Could not copy. The link is ${url}`);
  setTimeout(() => { if (label) label.textContent = 'Copy link'; }, COPIED_FOR_MS);
});
