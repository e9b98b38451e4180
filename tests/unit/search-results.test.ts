import { describe, expect, it } from 'vitest';
import { countPages, groupByPage } from '../../src/client/search/results';
import { decodeRecords, encodeRecords } from '../../src/lib/search/records';

const file = encodeRecords([
  {
    url: '/states/armenia/',
    title: 'Armenia',
    filters: { kind: ['Profile'], country: ['Armenia'] },
    records: [
      { id: 'en_1', section: '', heading: '' },
      { id: 'en_2', section: 'status', heading: 'Status in the CSTO' },
    ],
  },
  {
    url: '/timeline/armenia-freezes-membership-2024/',
    title: 'Armenia freezes its membership',
    filters: { kind: ['Event'], country: ['Armenia', 'Azerbaijan'], year: ['2024'] },
    records: [{ id: 'en_3', section: '', heading: '' }],
  },
]);
const records = decodeRecords(file);

describe('the records’ map', () => {
  it('reads back every record with its page, section and heading', () => {
    expect(records.size).toBe(3);
    expect(records.get('en_2')).toMatchObject({
      section: 'status',
      heading: 'Status in the CSTO',
      page: { url: '/states/armenia/', title: 'Armenia', kind: 'Profile' },
    });
    expect(records.get('en_3')!.page.filters).toEqual({
      kind: ['Event'],
      country: ['Armenia', 'Azerbaijan'],
      year: ['2024'],
    });
  });
});

describe('results grouped by page', () => {
  it('keeps each page where its best record is, its records best first, and leaves out unknown ids', () => {
    const groups = groupByPage(
      [{ id: 'en_2' }, { id: 'en_3' }, { id: 'en_x' }, { id: 'en_1' }],
      records
    );
    expect(groups.map((g) => g.page.url)).toEqual([
      '/states/armenia/',
      '/timeline/armenia-freezes-membership-2024/',
    ]);
    expect(groups[0]!.hits.map((h) => h.result.id)).toEqual(['en_2', 'en_1']);
  });

  it('counts pages, not records, under each filter value', () => {
    const groups = groupByPage([{ id: 'en_1' }, { id: 'en_2' }, { id: 'en_3' }], records);
    expect(
      countPages(
        groups.map((g) => g.page),
        ['kind', 'country', 'year']
      )
    ).toEqual({
      kind: { Profile: 1, Event: 1 },
      country: { Armenia: 2, Azerbaijan: 1 },
      year: { '2024': 1 },
    });
  });
});
