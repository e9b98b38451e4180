/**
 * <site-drawer>: the phone and tablet menu. Without JavaScript the header's "Menu" is a link to the
 * site navigation at the foot of the page. This element swaps it for a button (aria-expanded) that
 * opens the same <nav> in a modal drawer (src/client/drawer-dialog.ts, loaded on first use, so
 * wide screens, which never show the button, never load it).
 * "Skip to site navigation" opens the drawer too while the drawer is how the navigation is shown.
 */
import type { Drawer } from './drawer-dialog';

class SiteDrawer extends HTMLElement {
  private drawer: Promise<Drawer> | undefined;

  connectedCallback() {
    const nav = document.getElementById(this.dataset.nav ?? '');
    const button = this.querySelector<HTMLButtonElement>('button.menu-button');
    const link = this.querySelector<HTMLAnchorElement>('a.menu-link');
    if (!nav || !button || !link) return;
    button.setAttribute('aria-controls', this.dataset.drawer ?? '');
    link.hidden = true;
    button.hidden = false;

    const open = async () => {
      this.drawer ??= import('./drawer-dialog').then(({ createDrawer }) =>
        createDrawer(nav, button, this.dataset.drawer ?? 'site-drawer')
      );
      (await this.drawer).open();
    };
    button.addEventListener('click', open);
    document.addEventListener('click', (event) => {
      const skip = (event.target as Element | null)?.closest<HTMLAnchorElement>(
        `a[href="#${nav.id}"]`
      );
      if (!skip || skip.closest('dialog') || !button.checkVisibility()) return;
      event.preventDefault();
      void open();
    });
  }
}

customElements.define('site-drawer', SiteDrawer);
