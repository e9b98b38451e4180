/**
 * <page-suggestions> (src/components/PageSuggestions.astro, on the 404 page): ranks the site's
 * pages against the words of the address that was not found (src/lib/search/path-suggestions.ts), shows
 * the best five, and puts the address's words in the search box, ready to search.
 */
import { pathWords, suggestPages } from '../lib/search/path-suggestions';
import { SiteElement } from './site-element';

class PageSuggestions extends SiteElement {
  protected setUp() {
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
