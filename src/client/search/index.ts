/**
 * The always-loaded part of search, kept tiny: everything heavy is imported on first use.
 *
 * - <site-search> (header): turns its link to the search page into a button that opens the search
 *   dialog; "/" and Ctrl/Cmd+K open it too (on the search page, "/" focuses the page's input).
 * - <search-page>: loads the search page's code when the page opens with a query or its input is
 *   first focused.
 * - A page opened from a result (…?highlight=…) loads the highlighter.
 */
import { SiteElement } from '../site-element';

function openDialog(host: HTMLElement, opener: HTMLElement | null) {
  const { bundle = '/pagefind/', searchPage = '', index = '', lexicon = '' } = host.dataset;
  void import('./ui').then(({ openSearchDialog }) =>
    openSearchDialog({ bundle, searchPage, index, lexicon }, opener)
  );
}

function editable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

class SiteSearch extends SiteElement {
  protected setUp(signal: AbortSignal) {
    const link = this.querySelector('a.search-trigger');
    const button =
      this.querySelector<HTMLButtonElement>('button.search-trigger') ??
      document.createElement('button');
    if (link) {
      button.type = 'button';
      button.className = link.className;
      button.setAttribute('aria-haspopup', 'dialog');
      button.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
      button.append(...link.childNodes);
      link.replaceWith(button);
      const kbd = button.querySelector('kbd');
      kbd?.removeAttribute('hidden');
      kbd?.setAttribute('aria-hidden', 'true'); // aria-keyshortcuts names the keys
    }
    if (!button.isConnected) return;
    button.addEventListener('click', () => openDialog(this, button), { signal });
    // "/" and Ctrl/Cmd+K, from anywhere on the page.
    addEventListener(
      'keydown',
      (event) => {
        if (event.defaultPrevented || event.isComposing || event.altKey) return;
        const modK =
          (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'k';
        const slash =
          event.key === '/' && !event.ctrlKey && !event.metaKey && !editable(event.target);
        if (!modK && !slash) return;
        event.preventDefault();
        const pageInput = document.querySelector<HTMLInputElement>('search-page input');
        if (pageInput && slash) pageInput.focus();
        else
          openDialog(
            this,
            document.activeElement instanceof HTMLElement ? document.activeElement : null
          );
      },
      { signal }
    );
  }
}

class SearchPage extends SiteElement {
  protected setUp(signal: AbortSignal) {
    const input = this.querySelector('input');
    const load = () =>
      void import('./ui').then(({ mountSearchPage }) => {
        if (!signal.aborted) mountSearchPage(this, signal);
      });
    if (/[?&](q|kind|country|year)=./.test(location.search) || document.activeElement === input)
      load();
    else input?.addEventListener('focus', load, { once: true, signal });
  }
}

customElements.define('site-search', SiteSearch);
customElements.define('search-page', SearchPage);

// The same name as HIGHLIGHT_PARAM in query.ts, written out so this file imports nothing heavy.
if (new URLSearchParams(location.search).has('highlight')) void import('./highlight');
