/**
 * Every deep link lands in full view: after a cold load of page#id, a click in "On this page", a
 * search result or an in-page link, the first line of the target (and of the entry the :target
 * mark paints) is what the browser actually shows at that point: nothing sticky (the site header,
 * the timeline's year headings, the phone's contents bar) is drawn over it. Checked with
 * document.elementFromPoint at phone, tablet and desktop widths, for each kind of anchor.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { url, useBrowser } from '../support/browser';

const browser = useBrowser();

const WIDTHS: Record<string, BrowserContextOptions> = {
  phone: {
    viewport: { width: 390, height: 780 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    reducedMotion: 'reduce',
  },
  tablet: { viewport: { width: 820, height: 1000 }, hasTouch: true, reducedMotion: 'reduce' },
  desktop: { viewport: { width: 1280, height: 860 }, reducedMotion: 'reduce' },
};

/** One anchor of each kind, with a second event since the timeline is where most links point. */
const ANCHORS = [
  '/timeline/#kazakhstan-intervention-2022',
  '/timeline/#uzbekistan-rejoins-2005',
  '/timeline/#year-2022',
  '/timeline/kazakhstan-intervention-2022/#kazakhstan-intervention-2022',
  '/states/armenia/#grievances',
  '/disagreements/#kazakhstan-intervention',
  '/people/#pashinyan',
  '/glossary/#kyiv',
  '/#status-armenia',
  // A paragraph of a source's guide, where every citation marker lands, and a page's reference list.
  '/sources/eurasia-review/#p22',
  '/states/armenia/#references',
  // The Russian edition: an event, a profile section and a source paragraph.
  '/ru/timeline/#kazakhstan-intervention-2022',
  '/ru/states/armenia/#grievances',
  '/ru/sources/eurasia-review/#p22',
];

/**
 * What covers the first line of the target and of the marked entry: an empty list when both are
 * in view and drawn on top; otherwise a description of what is there instead.
 */
async function covered(page: Page, id: string): Promise<string[]> {
  return page.evaluate((targetId) => {
    const target = document.getElementById(targetId);
    if (!target) return [`#${targetId} is not on the page`];
    // The :target mark paints the whole timeline entry, whose first line is the date.
    const entry = target.closest('.event') ?? target;
    const problems: string[] = [];
    for (const box of new Set([target, entry])) {
      const rect = box.getBoundingClientRect();
      const style = getComputedStyle(box);
      const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
      const y = rect.top + Math.min(rect.height / 2, line / 2);
      const x = rect.left + Math.min(12, rect.width / 2);
      if (y < 0 || y > innerHeight) {
        problems.push(
          `${box.tagName.toLowerCase()}: first line at ${Math.round(y)} px is out of view`
        );
        continue;
      }
      const hit = document.elementFromPoint(x, y);
      if (!hit || !box.contains(hit)) {
        const what = hit
          ? `${hit.tagName.toLowerCase()}${hit.id ? '#' + hit.id : ''}.${[...hit.classList].join('.')} "${(hit.textContent ?? '').trim().slice(0, 30)}"`
          : 'nothing';
        problems.push(
          `${box.tagName.toLowerCase()}: first line at ${Math.round(y)} px is under ${what}`
        );
      }
    }
    // Near the top of the view, unless the page cannot scroll that far.
    const top = target.getBoundingClientRect().top;
    const atBottom = scrollY >= document.documentElement.scrollHeight - innerHeight - 1;
    if (!atBottom && top > innerHeight * 0.4)
      problems.push(`target top at ${Math.round(top)} px, far from the top`);
    return problems;
  }, id);
}

async function settle(page: Page) {
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
  );
}

for (const [device, options] of Object.entries(WIDTHS)) {
  describe(`at ${options.viewport!.width} px (${device})`, () => {
    it.each(ANCHORS)('a cold load of %s shows the target', async (anchor) => {
      const { context, page } = await browser.open(options);
      await page.goto(url(anchor));
      await settle(page);
      expect(await covered(page, anchor.split('#')[1]!)).toEqual([]);
      await context.close();
    });

    it('"On this page" entries land in view (timeline years, people, profile sections)', async () => {
      const { context, page } = await browser.open(options);
      for (const [path, nth] of [
        ['/timeline/', 5],
        ['/people/', 7],
        ['/states/kazakhstan/', 2],
      ] as const) {
        await page.goto(url(path));
        const toc = page.locator('.toc, .toc-mobile').filter({ visible: true }).first();
        // The phone's list is folded: open it first.
        const summary = toc.locator('summary');
        if (await summary.isVisible()) await summary.click();
        const entry = toc.locator('a[href^="#"]').nth(nth);
        const id = (await entry.getAttribute('href'))!.slice(1);
        await entry.click();
        await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`);
        await settle(page);
        expect(await covered(page, id), `${path}#${id}`).toEqual([]);
      }
      await context.close();
    });

    it("in-page links land in view (the timeline's year jumps, section anchors, links to events)", async () => {
      const { context, page } = await browser.open(options);
      await page.goto(url('/timeline/'));
      await page.locator('.year-jump a[href="#year-2023"]').click();
      await settle(page);
      expect(await covered(page, 'year-2023')).toEqual([]);
      // The "#" beside an event heading.
      await page
        .locator('a.anchor-link[href="#kyrgyz-tajik-clashes-2022"]')
        .evaluate((a) => (a as HTMLAnchorElement).click());
      await settle(page);
      expect(await covered(page, 'kyrgyz-tajik-clashes-2022')).toEqual([]);
      // An event page's "On the timeline" and a profile's link to an event.
      await page.goto(url('/states/armenia/'));
      const link = page.locator('.article a[href*="/timeline/#"]').first();
      const id = (await link.getAttribute('href'))!.split('#')[1]!;
      await link.click();
      await page.waitForURL(`**/timeline/#${id}`);
      await settle(page);
      expect(await covered(page, id)).toEqual([]);
      await context.close();
    });

    it('a search result lands in view (a timeline entry, and a term whose words stay marked)', async () => {
      const { context, page } = await browser.open(options);
      for (const [path, id] of [
        [
          '/timeline/?highlight=Tokayev#kazakhstan-intervention-2022',
          'kazakhstan-intervention-2022',
        ],
        ['/glossary/?highlight=Kiev#kyiv', 'kyiv'],
      ] as const) {
        await page.goto(url(path));
        await expect.poll(() => page.url()).toBe(url(path.replace(/\?highlight=\w+/, '')));
        await settle(page);
        expect(await covered(page, id), path).toEqual([]);
        // The words searched for stay marked where the index has them (the timeline's entries are
        // left out of it, each event having a page of its own, so nothing there is marked).
        if (path.startsWith('/timeline/')) continue;
        const word = path.match(/highlight=(\w+)/)![1]!.toLowerCase();
        const marked = await page.locator('mark.search-hit').allTextContents();
        expect(marked.length, `${path}: no words marked`).toBeGreaterThan(0);
        for (const text of marked) expect(text.toLowerCase()).toMatch(new RegExp(`^${word}`));
      }
      await context.close();
    });
  });
}
