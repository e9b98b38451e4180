/**
 * The navigation drawer behind <site-drawer> (src/client/site-drawer.ts). The site's one <nav> is
 * moved into a modal <dialog> while the drawer is open and back to its place when it closes, so
 * there is only ever one copy of it. The dialog makes the page behind it inert; Tab and Shift+Tab
 * wrap inside it; Escape (src/client/layers.ts), Close, a click on the backdrop and following a
 * link close it, and focus returns to "Menu". Widening the window past the drawer's breakpoint
 * closes it. Everything goes when `signal` aborts (the <site-drawer> left the page).
 */
import { showModalLayer } from './layers';
import { onAbort } from './site-element';
import { forPage } from './page-lang';
import { clientTools as enTools } from '../i18n/en';
import { clientTools as ruTools } from '../i18n/ru';

const CLOSE = { en: enTools.close, ru: ruTools.close };
const MENU = { en: enTools.menu, ru: ruTools.menu };

export interface Drawer {
  open(): void;
}

export function createDrawer(
  nav: HTMLElement,
  button: HTMLButtonElement,
  id: string,
  signal: AbortSignal
): Drawer {
  const home = document.createComment('site navigation');
  const dialog = document.createElement('dialog');
  dialog.className = 'drawer';
  dialog.id = id;
  dialog.dataset['pagefindIgnore'] = 'all';
  dialog.setAttribute('aria-labelledby', `${id}-title`);
  const bar = document.createElement('div');
  bar.className = 'drawer-bar';
  const title = document.createElement('h2');
  title.className = 'drawer-title';
  title.id = `${id}-title`;
  // In the page's language: the title is the Menu button's own label, rendered at build time.
  title.textContent = button.textContent?.trim() || forPage(MENU);
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'drawer-close';
  close.textContent = forPage(CLOSE);
  bar.append(title, close);
  dialog.append(bar);
  document.body.append(dialog);

  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    if (home.isConnected) home.replaceWith(nav);
    button.setAttribute('aria-expanded', 'false');
    if (button.isConnected) button.focus();
  });
  dialog.addEventListener('click', (event) => {
    const target = event.target as Element;
    // A link was followed, or the backdrop (the dialog box itself, outside its content) was clicked.
    if (target.closest('a[href]') || target === dialog) dialog.close();
  });
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const focusable = [...dialog.querySelectorAll<HTMLElement>('a[href], button')].filter((el) =>
      el.checkVisibility()
    );
    const first = focusable[0];
    const last = focusable.at(-1);
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  });
  addEventListener(
    'resize',
    () => {
      if (dialog.open && !button.checkVisibility()) dialog.close();
    },
    { signal }
  );
  onAbort(signal, () => {
    dialog.close();
    dialog.remove();
  });

  return {
    open() {
      if (dialog.open || signal.aborted) return;
      nav.replaceWith(home);
      dialog.append(nav);
      showModalLayer(dialog);
      button.setAttribute('aria-expanded', 'true');
      nav.querySelector('[aria-current="page"]')?.scrollIntoView({ block: 'nearest' });
    },
  };
}
