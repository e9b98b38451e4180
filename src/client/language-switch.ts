/**
 * <language-switch> (src/components/LanguageSwitch.astro): its link leads to this page in the
 * other edition. Without JavaScript that is the twin page's top; with it, the link carries the
 * reader's place — the section (#hash) and the address's query (a search, a timeline filter) —
 * written into it whenever it may be followed (pressed, focused, opened in a new tab), so that
 * switching language never loses the reader's place (src/lib/translation/language-place.ts).
 */
import { carryPlace } from '../lib/translation/language-place';
import { SiteElement } from './site-element';

class LanguageSwitch extends SiteElement {
  protected setUp(signal: AbortSignal) {
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
      const twin = link.getAttribute('href') ?? '';
      const update = () => {
        link.href = carryPlace(twin, location);
      };
      for (const type of ['pointerdown', 'focus', 'click', 'contextmenu'])
        link.addEventListener(type, update, { signal });
    }
  }
}

customElements.define('language-switch', LanguageSwitch);
