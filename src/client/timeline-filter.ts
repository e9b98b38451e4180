/**
 * Timeline filters: by country and by kind of event, kept in the URL (?country=armenia&kind=conflict)
 * so that a filtered view can be shared and comes back on reload; a #fragment in the address is
 * kept. Events that do not match are hidden, then years left empty, their "Jump to" links and
 * their entries in "On this page"; when nothing matches, "Jump to" and "On this page" are hidden
 * whole. The count of events shown is written beside the filters, in a polite live region, and
 * "Show all" is offered while something is filtered.
 *
 * <timeline-filter> holds the controls (a <search> element: they filter, and there is nothing to
 * submit). They are shown only under html.js (src/build/pre-paint.ts), from the first paint so
 * nothing shifts when this runs; without JavaScript the whole timeline shows and no control that
 * cannot work is offered. Other enhancements need not know about the filter: the table of
 * contents' scroll-spy notices the hidden attributes it sets.
 */
import { fragmentTarget } from './fragment';
import { SiteElement } from './site-element';

const PARAMS = ['country', 'kind'] as const;
type Param = (typeof PARAMS)[number];
type Filter = Partial<Record<Param, string>>;

class TimelineFilter extends SiteElement {
  protected setUp(signal: AbortSignal) {
    const form = this.querySelector<HTMLElement>('[data-timeline-filter]');
    if (form) setUpFilter(form, signal);
  }
}
customElements.define('timeline-filter', TimelineFilter);

function setUpFilter(form: HTMLElement, signal: AbortSignal) {
  const selects = Object.fromEntries(
    PARAMS.map((name) => [name, form.querySelector(`select[name="${name}"]`)])
  ) as Record<Param, HTMLSelectElement | null>;
  const count = form.querySelector<HTMLElement>('[data-filter-count]');
  const reset = form.querySelector<HTMLButtonElement>('[data-filter-reset]');
  const events = [...document.querySelectorAll<HTMLElement>('#timeline-events .event')];
  const years = [...document.querySelectorAll<HTMLElement>('#timeline-events .year')];

  /** The filter in a URL, with values no select offers left out. */
  const fromUrl = (url: URL): Filter => {
    const filter: Filter = {};
    for (const name of PARAMS) {
      const value = url.searchParams.get(name);
      const select = selects[name];
      if (value && select && [...select.options].some((o) => o.value === value))
        filter[name] = value;
    }
    return filter;
  };

  const fromForm = (): Filter => {
    const filter: Filter = {};
    for (const name of PARAMS) if (selects[name]?.value) filter[name] = selects[name].value;
    return filter;
  };

  const matches = (event: HTMLElement, filter: Filter) =>
    (!filter.country || (event.dataset.countries ?? '').split(' ').includes(filter.country)) &&
    (!filter.kind || event.dataset.kind === filter.kind);

  const jump = form.querySelector<HTMLElement>('.year-jump');
  const contents = [...document.querySelectorAll<HTMLElement>('nav.toc, details.toc-mobile')];

  // "1 of 37 events", "12 of 37 events": the noun counts the 37.
  const describe = (filter: Filter, shown: number): string => {
    const parts = PARAMS.filter((name) => filter[name]).map(
      (name) => selects[name]!.selectedOptions[0]?.textContent?.trim() ?? filter[name]!
    );
    // The words come from the page, in its language (src/pages/[...lang]/timeline/index.astro).
    const words = form.querySelector<HTMLElement>('[data-filter-count]')?.dataset;
    if (parts.length === 0) return words?.['all'] ?? `All ${events.length} events`;
    return (words?.['some'] ?? `{shown} of ${events.length} events: {filters}`)
      .replace('{shown}', String(shown))
      .replace('{filters}', parts.join(', '));
  };

  /** Shows the matching events and the years that keep some, and says how many in the count. */
  const apply = (filter: Filter): void => {
    let shown = 0;
    for (const event of events) {
      const visible = matches(event, filter);
      event.hidden = !visible;
      if (visible) shown += 1;
    }
    for (const year of years) {
      const empty = !year.querySelector('.event:not([hidden])');
      year.hidden = empty;
      // "Jump to", and both shapes of "On this page" (the column and the phone's fold).
      const links = document.querySelectorAll<HTMLAnchorElement>(
        `.year-jump a[href="#year-${year.dataset.year}"], [data-toc] a[href="#year-${year.dataset.year}"]`
      );
      for (const link of links) {
        const item = link.closest('li');
        if (item) item.hidden = empty;
      }
    }
    if (jump) jump.hidden = shown === 0;
    for (const list of contents) list.hidden = shown === 0;
    const text = describe(filter, shown);
    if (count)
      count.textContent =
        shown === 0 ? `${text}. None match: choose another country or kind.` : text;
    if (reset) reset.hidden = Object.keys(filter).length === 0;
  };

  /** Writes the filter into the address; the #anchor stays, so "Show all" leads back to it. */
  const remember = (filter: Filter) => {
    const url = new URL(location.href);
    for (const name of PARAMS) {
      if (filter[name]) url.searchParams.set(name, filter[name]);
      else url.searchParams.delete(name);
    }
    history.replaceState(history.state, '', url);
  };

  // The count is a live region (role="status"): a change to it is announced.
  const update = () => {
    const filter = fromForm();
    apply(filter);
    remember(filter);
  };

  for (const name of PARAMS) selects[name]?.addEventListener('change', update, { signal });
  reset?.addEventListener(
    'click',
    () => {
      for (const name of PARAMS) if (selects[name]) selects[name].value = '';
      update();
      selects.country?.focus();
    },
    { signal }
  );

  // Restore a shared view. A link to an event the filter would hide wins over the filter.
  const initial = fromUrl(new URL(location.href));
  for (const name of PARAMS) if (selects[name]) selects[name].value = initial[name] ?? '';
  const target = fragmentTarget(location.hash);
  apply(initial);
  if (target?.closest('#timeline-events [hidden]')) {
    for (const name of PARAMS) if (selects[name]) selects[name].value = '';
    apply({});
    remember({});
    target.scrollIntoView();
  } else if (PARAMS.some((name) => new URL(location.href).searchParams.has(name))) {
    remember(initial);
  }
}
