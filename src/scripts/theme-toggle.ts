/**
 * <theme-toggle>: switches between light and dark and remembers the choice. The button is shown
 * only with JavaScript (html.js); src/lib/pre-paint.ts applies a saved choice before the first paint.
 */
class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const media = matchMedia('(prefers-color-scheme: dark)');
    const current = () => document.documentElement.dataset.theme ?? (media.matches ? 'dark' : 'light');
    const render = () => button.setAttribute('aria-pressed', String(current() === 'dark'));
    button.addEventListener('click', () => {
      const next = current() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset.theme = next;
      try { localStorage.setItem('theme', next); } catch { /* private mode: the choice lasts this page */ }
      render();
    });
    media.addEventListener('change', render);
    render();
  }
}
customElements.define('theme-toggle', ThemeToggle);
