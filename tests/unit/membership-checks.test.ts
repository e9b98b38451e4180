import { describe, expect, it } from 'vitest';
import {
  compareAtCommonPrecision,
  findMembershipProblems,
  type Period,
} from '../../src/lib/membership/checks';

const FILE = 'content/states/x.mdx';
const events = new Map([
  ['cst-1992', '1992-05-15'],
  ['freeze-2024', '2024-02'],
  ['leave-1999', '1999'],
  ['rejoin-2005', '2005-06'],
]);
const check = (status: 'member' | 'frozen' | 'former', membership: Period[]) =>
  findMembershipProblems(FILE, { status, membership }, events);

describe('compareAtCommonPrecision', () => {
  it('compares at the precision both dates have', () => {
    expect(compareAtCommonPrecision('2024', '2024-02')).toBe(0);
    expect(compareAtCommonPrecision('2024-01', '2024-02-10')).toBeLessThan(0);
    expect(compareAtCommonPrecision('2025', '2024-12-31')).toBeGreaterThan(0);
  });
});

describe('membership periods that cannot be true', () => {
  it('accepts sound histories: open, ended, frozen after member, rejoined', () => {
    expect(check('member', [{ from: '1992', status: 'member', event: 'cst-1992' }])).toEqual([]);
    expect(
      check('frozen', [
        { from: '1992', to: '2024-02', status: 'member', endEvent: 'freeze-2024' },
        { from: '2024-02', status: 'frozen', event: 'freeze-2024' },
      ])
    ).toEqual([]);
    expect(
      check('former', [
        { from: '1992', to: '1999', status: 'member', endEvent: 'leave-1999' },
        { from: '2005', to: '2012', status: 'member', event: 'rejoin-2005' },
      ])
    ).toEqual([]);
  });

  it("checks the status against the standing at the newest sources' date when given one", () => {
    const asOf = (status: 'member' | 'frozen' | 'former', membership: Period[]) =>
      findMembershipProblems(FILE, { status, membership }, events, '2025');
    expect(asOf('former', [{ from: '1992', endedBy: '2002', status: 'member' }])).toEqual([]);
    expect(asOf('former', [{ from: '1992', endedBy: '2026', status: 'member' }])).toEqual([
      `${FILE}: the last membership period (1992–2026) has only an endedBy date, later than the newest sources (2025), so no standing follows for the status "former": give it a "to" date, or none while it lasts`,
    ]);
    expect(asOf('former', [{ from: '1992', to: '2030', status: 'member' }])).toEqual([
      `${FILE}: status is "former", but the last membership period (1992–2030) says "member"`,
    ]);
  });

  it('names a period that ends before it begins', () => {
    expect(check('former', [{ from: '2012', to: '2005', status: 'member' }])).toEqual([
      `${FILE}: membership[0] (2012–2005) ends (to: 2005) before it begins (from: 2012)`,
    ]);
  });

  it('names two periods that overlap, also when the first never ends', () => {
    expect(
      check('member', [
        { from: '1992', to: '2010', status: 'member' },
        { from: '2005', status: 'member' },
      ])
    ).toEqual([
      `${FILE}: membership[0] (1992–2010) and membership[1] (2005–) overlap: a state has one standing at a time`,
    ]);
    expect(
      check('frozen', [
        { from: '1992', status: 'member' },
        { from: '2024-02', status: 'frozen' },
      ])
    ).toEqual([
      `${FILE}: membership[0] (1992–) and membership[1] (2024-02–) overlap: a state has one standing at a time`,
    ]);
  });

  it('names periods listed out of order', () => {
    expect(
      check('member', [
        { from: '2005', to: '2012', status: 'member' },
        { from: '1992', to: '1999', status: 'member' },
        { from: '2013', status: 'member' },
      ])[0]
    ).toBe(
      `${FILE}: membership[0] (2005–2012) and membership[1] (1992–1999) are out of order: list periods oldest first`
    );
  });

  it('names a period whose event or endEvent is dated differently', () => {
    expect(
      check('frozen', [
        {
          from: '1993',
          to: '2024-03',
          status: 'member',
          event: 'cst-1992',
          endEvent: 'freeze-2024',
        },
        { from: '2024-03', status: 'frozen' },
      ])
    ).toEqual([
      `${FILE}: membership[0] (1993–2024-03) begins 1993, but its event "cst-1992" is dated 1992-05-15`,
      `${FILE}: membership[0] (1993–2024-03) ends 2024-03, but its endEvent "freeze-2024" is dated 2024-02`,
    ]);
  });

  it('names an endEvent without an end date', () => {
    expect(check('member', [{ from: '1992', status: 'member', endEvent: 'leave-1999' }])).toEqual([
      `${FILE}: membership[0] (1992–) has an endEvent ("leave-1999") but no "to" date`,
    ]);
  });

  it('names a status that the last period contradicts', () => {
    expect(check('member', [{ from: '1992', to: '1999', status: 'member' }])).toEqual([
      `${FILE}: status is "member", but the last membership period (1992–1999) says "former" (it has ended)`,
    ]);
    expect(
      check('member', [
        { from: '1992', to: '2024-02', status: 'member' },
        { from: '2024-02', status: 'frozen' },
      ])
    ).toEqual([
      `${FILE}: status is "member", but the last membership period (2024-02–) says "frozen"`,
    ]);
  });
});
