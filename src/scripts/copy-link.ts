/**
 * Adds a "Copy link" button beside every section anchor. It copies the section's full URL and
 * says so, visibly on the button and to screen readers through one shared live region.
 * Without JavaScript the anchor link itself still gives the URL.
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

for (const anchor of document.querySelectorAll<HTMLAnchorElement>('.heading-wrapper > .anchor-link')) {
  const heading = anchor.previousElementSibling;
  if (!heading?.id) continue;
  const title = heading.textContent?.trim() ?? heading.id;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-link';
  button.dataset.pagefindIgnore = '';
  button.innerHTML = '<span class="copy-link-text">Copy link</span>';
  button.setAttribute('aria-label', `Copy link to section: ${title}`);
  button.addEventListener('click', async () => {
    const url = sectionUrl(heading.id);
    const ok = await copy(url);
    const label = button.querySelector('.copy-link-text');
    if (label) label.textContent = ok ? 'Copied' : 'Copy failed';
    announce(ok ? `Link to “${title}” copied` : `Could not copy. The link is ${url}`);
    setTimeout(() => { if (label) label.textContent = 'Copy link'; }, COPIED_FOR_MS);
  });
  anchor.after(button);
}
