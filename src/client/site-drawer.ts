/**
 * <site-drawer>: the phone and tablet menu. Without JavaScript the header's "Menu" is a link to the
 * site navigation at the foot of the page. This element swaps it for a button (aria-expanded) that
 * opens the same <nav> in a modal drawer (src/client/drawer-dialog.ts, loaded on first use, so
 * wide screens, which never show the button, never load it).
 * "Skip to site navigation" opens the drawer too while the drawer is how the navigation is shown.
 */
import type { Drawer } from './drawer-dialog';
import { SiteElement } from './site-element';

class SiteDrawer extends SiteElement {
  protected setUp(signal: AbortSignal) {
    const nav = document.getElementById(this.dataset.nav ?? '');
    const button = this.querySelector<HTMLButtonElement>('button.menu-button');
    const link = this.querySelector<HTMLAnchorElement>('a.menu-link');
    if (!nav || !button || !link) return;
    button.setAttribute('aria-controls', this.dataset.drawer ?? '');
    link.hidden = true;
    button.hidden = false;

    // Made on first use, for as long as this element is on the page.
    let drawer: Promise<Drawer> | undefined;
    const open = async () => {
      drawer ??= import('./drawer-dialog').then(({ createDrawer }) =>
        createDrawer(nav, button, this.dataset.drawer ?? 'site-drawer', signal)
      );
      (await drawer).open();
    };
    button.addEventListener('click', () => void open(), { signal });
    document.addEventListener(
      'click',
      (event) => {
        const skip = (event.target as Element | null)?.closest<HTMLAnchorElement>(
          `a[href="#${nav.id}"]`
        );
        if (!skip || skip.closest('dialog') || !button.checkVisibility()) return;
        event.preventDefault();
        void open();
      },
      { signal }
    );
  }
}

customElements.define('site-drawer', SiteDrawer);
