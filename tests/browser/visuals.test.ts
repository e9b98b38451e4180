/**
 * The visuals of issue 8 in Chromium against the built site: the membership matrix and the map
 * link to the right profiles and events; each timeline filter shows exactly the events of that
 * country or kind (checked against content/events/events.yaml) and comes back from its URL; the
 * Cite buttons copy a citation holding the section's URL; all of it passes axe in both themes, on a
 * phone, without JavaScript and in print.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { axeViolations, url, useBrowser, watchProblems, PHONE, DESKTOP } from '../support/browser';
import { formatAccessDate } from '../../src/lib/cite-this-page/format';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;
const browser = useBrowser();

interface EventItem {
  id: string;
  kind: string;
  countries?: string[];
}
const events = parse(readFileSync('content/events/events.yaml', 'utf8')) as EventItem[];
/** Each state's id → its frontmatter status. */
const statuses = Object.fromEntries(
  readdirSync('content/states')
    .filter((f) => /^[^_].*\.mdx$/.test(f))
    .map((file) => {
      const front = readFileSync(`content/states/${file}`, 'utf8').split('---')[1]!;
      return [file.replace(/\.mdx$/, ''), (parse(front) as { status: string }).status];
    })
);

const pathOf = (href: string | null) =>
  href ? new URL(href, siteUrl).pathname + new URL(href, siteUrl).hash : '';

describe('membership matrix on /states/', () => {
  it('is a captioned table with a row per state, each linking to its profile', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url('/states/'));
    const table = page.locator('table.membership-matrix');
    expect(await table.locator('caption').innerText()).toMatch(/milestones/);
    expect(await table.locator('thead th[scope="col"]').count()).toBe(9);
    const rows = table.locator('tbody th[scope="row"] a');
    expect(await rows.count()).toBe(Object.keys(statuses).length);
    for (const link of await rows.all()) {
      const name = (await link.innerText()).trim();
      const href = pathOf(await link.getAttribute('href'));
      expect(href).toMatch(/\/states\/[a-z]+\/$/);
      const profile = await context.newPage();
      await profile.goto(url(href));
      expect(await profile.locator('h1').innerText()).toBe(name);
      await profile.close();
    }
    await context.close();
  });

  it('links each standing to the event that brought it about', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url('/states/'));
    const cell = async (state: string, column: number) => {
      const row = page.locator('table.membership-matrix tbody tr', {
        has: page.locator(`th a[href$="/states/${state}/"]`),
      });
      const td = row.locator('td').nth(column);
      const href =
        (await td.locator('a').count()) > 0
          ? pathOf(await td.locator('a').getAttribute('href'))
          : null;
      return {
        standing: await td.getAttribute('data-standing'),
        href,
        changed: await td.evaluate((el) => el.classList.contains('changed')),
      };
    };
    // Columns: 1992, 1999, 2002, 2005, 2012, 2022, Feb 2024, latest source.
    expect(await cell('russia', 7)).toEqual({
      standing: 'member',
      href: '/timeline/#cst-1992',
      changed: false,
    });
    expect(await cell('azerbaijan', 1)).toEqual({
      standing: 'former',
      href: '/timeline/#azerbaijan-georgia-leave-1999',
      changed: true,
    });
    // No source dates Uzbekistan's joining or first exit: unknown until 2002, when it was out.
    expect(await cell('uzbekistan', 0)).toEqual({
      standing: 'unknown',
      href: '/timeline/#cst-1992',
      changed: true,
    });
    expect(await cell('uzbekistan', 1)).toEqual({
      standing: 'unknown',
      href: '/timeline/#cst-1992',
      changed: false,
    });
    expect(await cell('uzbekistan', 2)).toEqual({ standing: 'former', href: null, changed: true });
    expect(await cell('uzbekistan', 3)).toEqual({
      standing: 'member',
      href: '/timeline/#uzbekistan-rejoins-2005',
      changed: true,
    });
    expect(await cell('uzbekistan', 4)).toEqual({
      standing: 'former',
      href: '/timeline/#uzbekistan-leaves-2012',
      changed: true,
    });
    expect(await cell('armenia', 5)).toEqual({
      standing: 'member',
      href: '/timeline/#cst-1992',
      changed: false,
    });
    expect(await cell('armenia', 6)).toEqual({
      standing: 'frozen',
      href: '/timeline/#armenia-freezes-membership-2024',
      changed: true,
    });

    // The last column agrees with each profile's status, and every linked event is on the timeline.
    for (const [state, status] of Object.entries(statuses))
      expect((await cell(state, 7)).standing, state).toBe(status);
    const targets = [
      ...new Set(
        await page
          .locator('table.membership-matrix td a')
          .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)))
      ),
    ];
    expect(targets.length).toBeGreaterThan(4);
    await page.goto(url('/timeline/'));
    for (const id of targets)
      expect(await page.locator(`section.event h3[id="${id}"]`).count(), id).toBe(1);
    await context.close();
  });
});

describe('status map on /states/', () => {
  it('draws each state as a named link to its profile, patterned by its status', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url('/states/'));
    const links = page.locator('.status-map svg a.map-state');
    expect(await links.count()).toBe(Object.keys(statuses).length);
    for (const link of await links.all()) {
      const id = (await link.getAttribute('data-state'))!;
      expect(pathOf(await link.getAttribute('href'))).toBe(`/states/${id}/`);
      expect(await link.getAttribute('data-status')).toBe(statuses[id]);
      expect(await link.locator('path').getAttribute('fill')).toBe(
        `url(#map-fill-${statuses[id]})`
      );
      const name = (await link.getAttribute('aria-label'))!;
      expect(name.toLowerCase()).toContain(id.slice(0, 5));
    }
    // The labels repeat the links for the mouse only: out of the tab order and the accessibility tree.
    expect(await page.locator('.map-labels[aria-hidden="true"] a[tabindex="-1"]').count()).toBe(
      Object.keys(statuses).length
    );
    // The legend names every state, so it is also the map's text alternative.
    const legend = await page.locator('.status-map figcaption').innerText();
    const names = await page.locator('.map-label text').allTextContents();
    expect(names).toHaveLength(Object.keys(statuses).length);
    for (const name of names) expect(legend).toContain(name);
    await context.close();
  });

  it('takes the reader to a profile from the map, by mouse and by keyboard', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url('/states/'));
    // A click in the middle of Kazakhstan (which may land on its name, a link to the same place).
    const box = (await page.locator('a.map-state[data-state="kazakhstan"] path').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForURL(/\/states\/kazakhstan\/$/);
    await page.goBack();
    // The name of a small state, drawn beside it, is a link too.
    await page.locator('a.map-label[data-state="georgia"] text').click();
    await page.waitForURL(/\/states\/georgia\/$/);
    await page.goBack();
    await page.locator('a.map-state[data-state="armenia"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/states\/armenia\/$/);
    await context.close();
  });

  // The page's weight is a figure for the benchmark (npm run bench), not a pass/fail test.
  it('is static SVG: no script, no embedded image or foreign content, nothing fetched for it', async () => {
    const { context, page } = await browser.open(DESKTOP);
    const problems = watchProblems(page, origin);
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (!['document', 'stylesheet', 'script', 'font'].includes(request.resourceType()))
        fetched.push(request.url());
    });
    // networkidle, not load: the assertion is that nothing at all is fetched, late requests included.
    await page.goto(url('/states/'), { waitUntil: 'networkidle' });
    expect(problems.join('\n')).toBe('');
    expect(fetched.filter((u) => !u.endsWith('/favicon.svg'))).toEqual([]);
    expect(
      await page.locator('.status-map script, .status-map image, .status-map foreignObject').count()
    ).toBe(0);
    await context.close();
  });
});

describe('timeline filters', () => {
  const expectShown = async (page: Page, expected: string[]) => {
    const shown = await page
      .locator('#timeline-events section.event:not([hidden]) h3')
      .evaluateAll((hs) => hs.map((h) => h.id));
    expect(shown.sort()).toEqual([...expected].sort());
    // Years are shown exactly when they keep an event, and so are their "Jump to" links.
    const years = await page.locator('#timeline-events section.year').evaluateAll((sections) =>
      sections.map((s) => ({
        hidden: (s as HTMLElement).hidden,
        visible: s.querySelectorAll('.event:not([hidden])').length,
        jumpHidden: (
          document.querySelector(
            `.year-jump li[data-year="${(s as HTMLElement).dataset.year}"]`
          ) as HTMLElement | null
        )?.hidden,
      }))
    );
    for (const year of years) {
      expect(year.hidden).toBe(year.visible === 0);
      expect(year.jumpHidden).toBe(year.hidden);
    }
    expect(await page.locator('[data-filter-count]').innerText()).toContain(
      String(expected.length)
    );
  };

  it('shows exactly the events of each country, and of each kind', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url('/timeline/'));
    const form = page.locator('[data-timeline-filter]');
    await expect.poll(() => form.isVisible()).toBe(true);
    const countries = await form
      .locator('select[name="country"] option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    const kinds = await form
      .locator('select[name="kind"] option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(countries.length).toBeGreaterThanOrEqual(9);
    expect(kinds.length).toBeGreaterThan(5);
    for (const country of countries) {
      await form.locator('select[name="country"]').selectOption(country);
      await expectShown(
        page,
        events.filter((e) => e.countries?.includes(country)).map((e) => e.id)
      );
      expect(new URL(page.url()).searchParams.get('country')).toBe(country);
    }
    await form.locator('select[name="country"]').selectOption('');
    for (const kind of kinds) {
      await form.locator('select[name="kind"]').selectOption(kind);
      await expectShown(
        page,
        events.filter((e) => e.kind === kind).map((e) => e.id)
      );
      expect(new URL(page.url()).search).toBe(`?kind=${kind}`);
    }
    // Both at once; then "Show all" brings every event back and clears the URL.
    await form.locator('select[name="country"]').selectOption('armenia');
    await form.locator('select[name="kind"]').selectOption('conflict');
    await expectShown(
      page,
      events
        .filter((e) => e.kind === 'conflict' && e.countries?.includes('armenia'))
        .map((e) => e.id)
    );
    // The count is itself the live region that says it.
    await expect
      .poll(() => page.locator('[data-filter-count][role="status"]').innerText())
      .toMatch(/\d+ of \d+ events: Armenia, Armed conflict/);
    await form.getByRole('button', { name: 'Show all' }).click();
    await expectShown(
      page,
      events.map((e) => e.id)
    );
    expect(new URL(page.url()).search).toBe('');
    await context.close();
  });

  it('restores a filtered view from its URL, and ignores values it does not know', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url('/timeline/?country=armenia&kind=conflict'));
    await expect.poll(() => page.locator('[data-timeline-filter]').isVisible()).toBe(true);
    expect(await page.locator('select[name="country"]').inputValue()).toBe('armenia');
    expect(await page.locator('select[name="kind"]').inputValue()).toBe('conflict');
    const expected = events
      .filter((e) => e.kind === 'conflict' && e.countries?.includes('armenia'))
      .map((e) => e.id);
    expect(expected.length).toBeGreaterThan(0);
    await expectShown(page, expected);
    await page.reload();
    await expectShown(page, expected);

    await page.goto(url('/timeline/?country=narnia&kind=war'));
    expect(await page.locator('select[name="country"]').inputValue()).toBe('');
    await expectShown(
      page,
      events.filter((e) => e.kind === 'war').map((e) => e.id)
    );
    expect(new URL(page.url()).search).toBe('?kind=war');
    await context.close();
  });

  it('lets a link to an event win over a filter that would hide it', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url('/timeline/?country=uzbekistan#karabakh-war-2020'));
    await expect.poll(() => page.locator('[data-timeline-filter]').isVisible()).toBe(true);
    expect(await page.locator('#karabakh-war-2020').isVisible()).toBe(true);
    expect(await page.locator('select[name="country"]').inputValue()).toBe('');
    await context.close();
  });

  it('is absent without JavaScript, leaving the whole timeline', async () => {
    const { context, page } = await browser.open({ ...DESKTOP, javaScriptEnabled: false });
    await page.goto(url('/timeline/?country=armenia'));
    expect(await page.locator('[data-timeline-filter]').isVisible()).toBe(false);
    expect(await page.locator('section.event:visible').count()).toBe(events.length);
    await context.close();
  });
});

describe('cite this', () => {
  const today = formatAccessDate(new Date());
  /** The citation with its "as of" date (the newest dated source's, in words) replaced by "…". */
  const asOfShown = (citation: string) => citation.replace(/\[as of [^\]]+\]/, '[as of …]');

  it('copies a section citation holding the section URL, and says so', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.goto(url('/states/armenia/'));
    const heading = page.locator('h2#grievances');
    const title = (await heading.innerText()).trim();
    await heading.hover();
    const button = page.getByRole('button', { name: `Cite section: ${title}` });
    await button.click();
    // The citing code loads on this first press, then copies.
    await expect.poll(() => page.locator('.cite-panel').count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(asOfShown(copied)).toBe(
      `The CSTO in Question. (n.d.). ${title} — Armenia [as of …]. Retrieved ${today}, from ${url('/states/armenia/')}#grievances`
    );
    await expect
      .poll(() => page.locator('.cite-panel .cite-panel-status').innerText())
      .toBe('Citation copied:');
    await expect.poll(() => page.locator('[role="status"]').innerText()).toContain('copied');
    expect(await page.locator('.cite-panel .cite-panel-text').innerText()).toBe(copied);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('cites a timeline event by its anchor, without the filter in the URL', async () => {
    const { context, page } = await browser.open(PHONE);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.goto(url('/timeline/?country=armenia'));
    // On a touch screen the heading's one "⋯" control opens its anchor, Copy link and Cite.
    const toggle = page.getByRole('button', { name: /^Link and citation: / }).first();
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page
      .getByRole('button', { name: /^Cite section: / })
      .first()
      .click();
    await expect.poll(() => page.locator('.cite-panel').count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/— Timeline \[as of [^\]]+\]\. Retrieved /);
    expect(copied).toContain(`Retrieved ${today}, from ${url('/timeline/')}#cst-1992`);
    await context.close();
  });

  it('gives the page citation at the end of the article, with and without JavaScript', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.goto(url('/states/'));
    const box = page.locator('details.cite-this');
    await box.locator('summary').click();
    await box.getByRole('button', { name: 'Copy citation' }).click();
    await expect.poll(() => box.locator('[data-cite-copy]').innerText()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(asOfShown(copied)).toBe(
      `The CSTO in Question. (n.d.). Member states [as of …]. Retrieved ${today}, from ${url('/states/')}`
    );
    expect(await box.locator('.cite-text').innerText()).toBe(copied);
    await context.close();

    const noJs = await browser.open({ ...DESKTOP, javaScriptEnabled: false });
    await noJs.page.goto(url('/states/'));
    await noJs.page.locator('details.cite-this summary').click();
    // This build has no SITE_URL, so no public address is known: the text says so rather than give a local one.
    expect(asOfShown(await noJs.page.locator('details.cite-this .cite-text').innerText())).toBe(
      'The CSTO in Question. (n.d.). Member states [as of …]. Retrieved [date of access], from [the address of this page]'
    );
    expect(await noJs.page.locator('details.cite-this button').isVisible()).toBe(false);
    // The Cite buttons are in the HTML but shown only with JavaScript.
    expect(await noJs.page.locator('.cite-section').count()).toBeGreaterThan(0);
    expect(await noJs.page.locator('.cite-section').first().isVisible()).toBe(false);
    await noJs.context.close();
  });
});

describe('both themes, phones and print', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [device, options] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      it(`/states/ and a filtered /timeline/ pass axe (${colorScheme}, ${device})`, async () => {
        const { context, page } = await browser.open({ ...options, colorScheme });
        for (const path of ['/states/', '/timeline/?country=armenia&kind=conflict']) {
          await page.goto(url(path));
          await page.locator('details.cite-this summary').click();
          // Back to the top: axe's target-size counts a control scrolled under the sticky header
          // as obscured, which depends only on where the page happens to be scrolled.
          await page.evaluate(() => scrollTo(0, 0));
          expect(await axeViolations(page), path).toEqual([]);
        }
        await context.close();
      });
    }
  }

  it('keeps the page from scrolling sideways on a 320 px phone: the matrix fits its box, the map scales', async () => {
    const { context, page } = await browser.open({
      ...PHONE,
      viewport: { width: 320, height: 640 },
    });
    await page.goto(url('/states/'));
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
      map: document.querySelector('.status-map svg')!.getBoundingClientRect().width,
      box: document.querySelector('.table-scroll:has(> .membership-matrix)')!.clientWidth,
      table: document.querySelector('.membership-matrix')!.scrollWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(widths.map).toBeLessThanOrEqual(widths.viewport);
    expect(widths.table).toBeLessThanOrEqual(widths.box);
    await context.close();
  });

  it('prints without controls, with the page citation and the matrix unclipped', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url('/timeline/'));
    await expect.poll(() => page.locator('.timeline-filter .filter-fields').isVisible()).toBe(true);
    expect(await page.locator('.cite-section').count()).toBeGreaterThan(10);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.timeline-filter .filter-fields').isVisible(), 'filters').toBe(
      false
    );
    expect(await page.locator('.cite-section').first().isVisible(), 'cite buttons').toBe(false);
    // The citation prints even though its box is closed (the box's content is laid out in print).
    expect(
      await page.locator('details.cite-this').evaluate((el) => (el as HTMLDetailsElement).open)
    ).toBe(false);
    expect(
      await page
        .locator('details.cite-this .cite-text')
        .evaluate((el) => el.getBoundingClientRect().height),
      'page citation'
    ).toBeGreaterThan(0);
    await page.goto(url('/states/'));
    await page.emulateMedia({ media: 'print' });
    expect(
      await page
        .locator('.table-scroll:has(> .membership-matrix)')
        .evaluate((el) => getComputedStyle(el).overflowX)
    ).toBe('visible');
    await context.close();
  });
});

describe('small things a reader notices', () => {
  it('the cards of each grid on /states/ line up at the top', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url('/states/'));
    const tops = await page
      .locator('.card-list')
      .evaluateAll((lists) =>
        lists.map((list) =>
          [...list.children].slice(0, 2).map((card) => Math.round(card.getBoundingClientRect().top))
        )
      );
    for (const row of tops.filter((t) => t.length === 2)) expect(row[0]).toBe(row[1]);
    await context.close();
  });

  it('a profile’s breadcrumb leads from “Member states” to the state, and its other names are labelled as such', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url('/states/armenia/'));
    expect(await page.locator('nav.breadcrumbs li').allInnerTexts()).toEqual([
      'Member states',
      'Armenia',
    ]);
    expect(await page.getByRole('navigation', { name: 'Breadcrumbs' }).count()).toBe(1);
    expect(await page.locator('.facts dt').allInnerTexts()).toContain('Named in the sources as');
    await context.close();
  });

  it('on a phone with JavaScript the page’s foot does not repeat the navigation, which “Menu” opens', async () => {
    const { context, page } = await browser.open(PHONE);
    await page.goto(url('/people/'));
    expect(await page.locator('#site-nav').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect.poll(() => page.locator('dialog.drawer #site-nav').isVisible()).toBe(true);
    await context.close();
  });

  it('the map’s names, the inset’s included, are at least 11 px on a 390 px phone', async () => {
    const { context, page } = await browser.open({
      ...PHONE,
      viewport: { width: 390, height: 844 },
    });
    await page.goto(url('/states/'));
    const sizes = await page
      .locator('.status-map :is(.map-label text, .map-inset-title)')
      .evaluateAll((texts) =>
        texts.map((t) => ({
          name: t.textContent,
          px: (t as SVGTextElement).getBoundingClientRect().height,
        }))
      );
    expect(sizes.length).toBeGreaterThan(5);
    for (const { name, px } of sizes) expect(px, name ?? '').toBeGreaterThanOrEqual(11);
    await context.close();
  });
});
