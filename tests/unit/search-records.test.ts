import { describe, expect, it } from 'vitest';
import { searchRecordsOf } from '../../src/build/search-records';

const page = `<!doctype html><html lang="en"><body><header>Site</header>
<article data-pagefind-body>
  <span hidden data-pagefind-filter="kind:Profile"></span><span hidden data-pagefind-filter="country:Armenia"></span>
  <h1 data-pagefind-meta="title">Armenia</h1>
  <p class="lead">A founding member.</p>
  <div class="heading-wrapper"><h2 id="status">Status <span data-pagefind-ignore>Copy link</span></h2></div>
  <p>Frozen since 2024.</p>
  <section><h3 id="grievances">Grievances</h3><p>No help in 2022.</p></section>
  <div data-pagefind-ignore><h2 id="hidden">Not searched</h2><p>Ignored text.</p></div>
  <h2 id="empty">Empty</h2>
</article></body></html>`;

describe('search records of a built page', () => {
  const result = searchRecordsOf(page, '/states/armenia/')!;

  it('reads the title and filters', () => {
    expect(result.title).toBe('Armenia');
    expect(result.filters).toEqual({ kind: ['Profile'], country: ['Armenia'] });
  });

  it('cuts the page at each linkable heading outside ignored parts', () => {
    expect(result.records.map((r) => [r.url, r.heading])).toEqual([
      ['/states/armenia/', ''],
      ['/states/armenia/#status', 'Status'],
      ['/states/armenia/#grievances', 'Grievances'],
      ['/states/armenia/#empty', 'Empty'],
    ]);
  });

  it('gives each record its own text only, with the filters, and the page title as meta', () => {
    const [intro, status, grievances] = result.records;
    expect(intro!.html).toContain('A founding member.');
    expect(intro!.html).not.toContain('Frozen since 2024.');
    expect(status!.html).toContain('Frozen since 2024.');
    expect(status!.html).not.toContain('No help in 2022.');
    expect(grievances!.html).toContain('No help in 2022.');
    expect(grievances!.html).toContain('data-pagefind-filter="country:Armenia"');
    expect(grievances!.html).toContain('data-pagefind-meta="title:Armenia"');
    expect(status!.html).toContain('data-pagefind-ignore');
    expect(status!.html).not.toContain('Ignored text.');
  });

  it('is nothing for a page that is not searched', () => {
    expect(searchRecordsOf('<html><body><p>Hi</p></body></html>', '/404.html')).toBeUndefined();
  });
});
