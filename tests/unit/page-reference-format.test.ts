import { describe, expect, it } from 'vitest';
import {
  citationTitle,
  formatAccessDate,
  formatCitation,
  sectionUrl,
} from '../../src/lib/cite-this-page/format';

describe('formatAccessDate', () => {
  it('writes the local date in words', () => {
    expect(formatAccessDate(new Date(2026, 10, 23, 12))).toBe('23 November 2026');
    expect(formatAccessDate(new Date(2025, 0, 1, 0, 0))).toBe('1 January 2025');
  });
});

describe('citationTitle', () => {
  it('puts the section before the page, closed with a full stop inside the quotes', () => {
    expect(citationTitle('Armenia', 'Grievances with the bloc')).toBe(
      'Grievances with the bloc — Armenia.'
    );
    expect(citationTitle('Timeline')).toBe('Timeline.');
  });

  it('keeps a question mark instead of adding a stop, and drops a trailing colon', () => {
    expect(citationTitle('Is the CSTO finished?')).toBe('Is the CSTO finished?');
    expect(citationTitle('Armenia', 'Left or frozen?')).toBe('Left or frozen? — Armenia.');
    expect(citationTitle('Armenia', 'Outlook:')).toBe('Outlook — Armenia.');
  });

  it('collapses white space and does not repeat a section named like the page', () => {
    expect(citationTitle('  Member\n states ', 'Member states')).toBe('Member states.');
  });
});

describe('formatCitation', () => {
  it('gives title, site, URL and date of access', () => {
    expect(
      formatCitation({
        page: 'Armenia',
        section: 'Status in the CSTO',
        site: 'The CSTO in Question',
        url: 'https://example.org/states/armenia/#status',
        accessed: '23 November 2026',
      })
    ).toBe(
      'The CSTO in Question. (n.d.). Status in the CSTO — Armenia. Retrieved 23 November 2026, from https://example.org/states/armenia/#status'
    );
  });

  it('dates the page "n.d." and says after the title how current it is (the site\'s "as of" date)', () => {
    expect(
      formatCitation({
        page: 'Timeline',
        site: 'The CSTO in Question',
        url: 'https://example.org/timeline/',
        accessed: '1 December 2026',
        asOf: '23 July 2025',
      })
    ).toBe(
      'The CSTO in Question. (n.d.). Timeline [as of 23 July 2025]. Retrieved 1 December 2026, from https://example.org/timeline/'
    );
  });
});

describe('sectionUrl', () => {
  it('drops the query and any old anchor, and adds the section', () => {
    expect(sectionUrl('https://example.org/csto/timeline/?country=armenia#old', 'cst-1992')).toBe(
      'https://example.org/csto/timeline/#cst-1992'
    );
    expect(sectionUrl('https://example.org/timeline/?kind=war#x')).toBe(
      'https://example.org/timeline/'
    );
  });
});
