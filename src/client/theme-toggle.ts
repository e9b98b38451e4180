/**
 * <theme-toggle>: the page follows the system's light or dark setting until the reader chooses.
 * The button names what a press will do ("Switch to dark theme") and cycles:
 *   following the system → the other appearance → the system's appearance, pinned → following the system.
 * A pinned choice is remembered (localStorage "theme"); src/build/pre-paint.ts applies it before
 * the first paint. The button is shown only with JavaScript (html.js).
 */
import { SiteElement } from './site-element';

type Choice = 'system' | 'light' | 'dark';
const LABELS: Record<Choice, string> = {
  dark: 'dark theme',
  light: 'light theme',
  system: 'system theme',
};

class ThemeToggle extends SiteElement {
  protected setUp(signal: AbortSignal) {
    const button = this.querySelector('button');
    const label = this.querySelector('[data-theme-label]');
    if (!button || !label) return;
    const root = document.documentElement;
    const media = matchMedia('(prefers-color-scheme: dark)');
    const systemLooks = (): 'light' | 'dark' => (media.matches ? 'dark' : 'light');
    const chosen = (): Choice =>
      root.dataset.theme === 'light' || root.dataset.theme === 'dark'
        ? root.dataset.theme
        : 'system';
    const next = (): Choice => {
      const now = chosen();
      if (now === 'system') return systemLooks() === 'dark' ? 'light' : 'dark';
      return now === systemLooks() ? 'system' : systemLooks();
    };
    const render = () => {
      const then = next();
      button.dataset.next = then;
      label.textContent = LABELS[then];
    };
    button.addEventListener(
      'click',
      () => {
        const then = next();
        try {
          if (then === 'system') localStorage.removeItem('theme');
          else localStorage.setItem('theme', then);
        } catch {
          /* private mode: the choice lasts this page */
        }
        if (then === 'system') delete root.dataset.theme;
        else root.dataset.theme = then;
        render();
      },
      { signal }
    );
    media.addEventListener('change', render, { signal });
    render();
  }
}
customElements.define('theme-toggle', ThemeToggle);
