/**
 * <theme-toggle>: the page follows the system's light or dark setting until the reader chooses.
 * The button names what a press will do ("Switch to dark theme"), and every press changes the
 * look: to the other appearance. Switching to the appearance the system has is a return to
 * following the system: the choice is forgotten. A different choice is remembered (localStorage
 * "theme"); src/build/pre-paint.ts applies it before the first paint. The button is shown only
 * with JavaScript (html.js).
 */
import { SiteElement } from './site-element';

type Look = 'light' | 'dark';
const OTHER: Record<Look, Look> = { light: 'dark', dark: 'light' };

class ThemeToggle extends SiteElement {
  protected setUp(signal: AbortSignal) {
    const button = this.querySelector('button');
    const label = this.querySelector('[data-theme-label]');
    if (!button || !label) return;
    const root = document.documentElement;
    const media = matchMedia('(prefers-color-scheme: dark)');
    const systemLook = (): Look => (media.matches ? 'dark' : 'light');
    const look = (): Look =>
      root.dataset.theme === 'light' || root.dataset.theme === 'dark'
        ? root.dataset.theme
        : systemLook();
    const render = () => {
      const next = OTHER[look()];
      button.dataset.next = next;
      // The words come from the page, in its language (src/components/ThemeToggle.astro).
      label.textContent = this.dataset[next] ?? `${next} theme`;
    };
    button.addEventListener(
      'click',
      () => {
        const next = OTHER[look()];
        const follow = next === systemLook();
        try {
          if (follow) localStorage.removeItem('theme');
          else localStorage.setItem('theme', next);
        } catch {
          /* private mode: the choice lasts this page */
        }
        if (follow) delete root.dataset.theme;
        else root.dataset.theme = next;
        render();
      },
      { signal }
    );
    media.addEventListener('change', render, { signal });
    render();
  }
}
customElements.define('theme-toggle', ThemeToggle);
