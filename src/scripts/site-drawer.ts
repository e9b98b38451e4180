/**
 * <site-drawer>: the phone and tablet menu. Without JavaScript the header's "Menu" is a link to the
 * site navigation at the foot of the page. This element swaps it for a button (aria-expanded) that
 * opens the same <nav> in a modal drawer: the navigation is moved into a <dialog> while it is open
 * and back to its place when it closes, so there is only ever one copy of it.
 *
 * The dialog makes the page behind it inert; Tab and Shift+Tab wrap inside it; Escape, the Close
 * button, a click on the backdrop and following a link close it, and focus returns to "Menu".
 * "Skip to site navigation" opens the drawer too while the drawer is how the navigation is shown.
 */
class SiteDrawer extends HTMLElement {
  private dialog!: HTMLDialogElement;
  private nav!: HTMLElement;
  private button!: HTMLButtonElement;
  /** Marks where the navigation lives while it is in the drawer. */
  private readonly home = document.createComment('site navigation');

  connectedCallback() {
    const nav = document.getElementById(this.dataset.nav ?? '');
    const button = this.querySelector<HTMLButtonElement>('button.menu-button');
    const link = this.querySelector<HTMLAnchorElement>('a.menu-link');
    if (!nav || !button || !link) return;
    this.nav = nav;
    this.button = button;
    this.dialog = this.build();
    button.setAttribute('aria-controls', this.dialog.id);
    link.hidden = true;
    button.hidden = false;

    button.addEventListener('click', () => this.open());
    this.dialog.addEventListener('close', () => this.restore());
    this.dialog.addEventListener('click', (event) => {
      const target = event.target as Element;
      // A link was followed, or the backdrop (the dialog box itself, outside its content) was clicked.
      if (target.closest('a[href]') || target === this.dialog) this.dialog.close();
    });
    this.dialog.addEventListener('keydown', (event) => this.wrapFocus(event));
    // Skip links to the navigation open the drawer while the drawer is the way it is shown.
    document.addEventListener('click', (event) => {
      const skip = (event.target as Element | null)?.closest<HTMLAnchorElement>(`a[href="#${nav.id}"]`);
      if (!skip || this.dialog.contains(skip) || !this.inUse()) return;
      event.preventDefault();
      this.open();
    });
    // Widening the window past the drawer's breakpoint shows the sidebar instead.
    addEventListener('resize', () => { if (this.dialog.open && !this.inUse()) this.dialog.close(); });
  }

  private build(): HTMLDialogElement {
    const dialog = document.createElement('dialog');
    dialog.className = 'drawer';
    dialog.id = this.dataset.drawer ?? 'site-drawer';
    dialog.dataset['pagefindIgnore'] = 'all';
    dialog.setAttribute('aria-labelledby', `${dialog.id}-title`);
    const bar = document.createElement('div');
    bar.className = 'drawer-bar';
    const title = document.createElement('h2');
    title.className = 'drawer-title';
    title.id = `${dialog.id}-title`;
    title.textContent = 'Menu';
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'drawer-close';
    close.textContent = 'Close';
    close.addEventListener('click', () => dialog.close());
    bar.append(title, close);
    dialog.append(bar);
    document.body.append(dialog);
    return dialog;
  }

  /** The drawer is how the navigation is shown when the Menu button is on screen. */
  private inUse(): boolean {
    return this.button.checkVisibility();
  }

  private open() {
    if (this.dialog.open) return;
    this.nav.replaceWith(this.home);
    this.dialog.append(this.nav);
    this.dialog.showModal();
    this.button.setAttribute('aria-expanded', 'true');
    const current = this.nav.querySelector<HTMLElement>('[aria-current="page"]');
    current?.scrollIntoView({ block: 'nearest' });
  }

  private restore() {
    this.home.replaceWith(this.nav);
    this.button.setAttribute('aria-expanded', 'false');
    this.button.focus();
  }

  /** Keeps Tab inside the drawer: from the last control to the first, and back. */
  private wrapFocus(event: KeyboardEvent) {
    if (event.key !== 'Tab') return;
    const focusable = [...this.dialog.querySelectorAll<HTMLElement>('a[href], button')].filter((el) => el.checkVisibility());
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) { event.preventDefault(); last.focus(); }
    else if (!event.shiftKey && document.activeElement === last) { event.preventDefault(); first.focus(); }
  }
}

customElements.define('site-drawer', SiteDrawer);
