/**
 * <page-suggestions> (src/components/PageSuggestions.astro, on the 404 page): ranks the site's
 * pages against the words of the address that was not found (src/lib/path-suggestions.ts), shows
 * the best five, and puts the address's words in the search box, ready to search. Loaded only
 * where the element is (src/layouts/Base.astro); the ranking comes with the search UI's code,
 * which shares its edit distance, so the two never make a third file to fetch.
 */
import { SiteElement } from './site-element';

class PageSuggestions extends SiteElement {
  protected setUp(signal: AbortSignal) {
    void import('./search/ui').then(({ pathWords, suggestPages }) => {
      if (!signal.aborted) this.suggest(pathWords, suggestPages);
    });
  }

  private suggest(
    pathWords: typeof import('../lib/path-suggestions').pathWords,
    suggestPages: typeof import('../lib/path-suggestions').suggestPages
  ) {
    const template = this.querySelector<HTMLTemplateElement>('template[data-candidates]');
    const list = this.querySelector<HTMLElement>('[data-suggestions]');
    const section = list?.closest<HTMLElement>('section');
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    if (!template || !list || !section) return;
    const words = pathWords(location.pathname, this.dataset['base'] ?? '/');
    const candidates = [...template.content.querySelectorAll('li')].map((item) => ({
      item,
      title: item.textContent?.trim() ?? '',
      href: item.querySelector('a')?.getAttribute('href') ?? '',
    }));
    const best = suggestPages(words, candidates);
    list.replaceChildren(...best.map(({ item }) => document.importNode(item, true)));
    section.hidden = best.length === 0;
    if (input && !input.value) input.value = words.join(' ');
  }
}

customElements.define('page-suggestions', PageSuggestions);
