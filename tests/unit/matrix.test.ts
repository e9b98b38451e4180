import { describe, expect, it } from 'vitest';
import {
  MILESTONES,
  membershipMatrix,
  standingAt,
  type MatrixState,
  type Milestone,
} from '../../src/lib/membership/matrix';

const founding = { from: '1992', status: 'member' as const, event: 'cst-1992' };
const milestones: Milestone[] = [
  { id: 'a', date: '1992', when: '1992', label: 'Treaty' },
  { id: 'b', date: '1999', when: '1999', label: 'Renewal' },
  { id: 'c', date: '2005', when: '2005', label: 'Return' },
  { id: 'd', date: '2024-02', when: 'Feb 2024', label: 'Freeze' },
];

describe('standingAt', () => {
  it('gives the event that began the current period', () => {
    expect(standingAt([founding], '2022')).toEqual({ standing: 'member', event: 'cst-1992' });
  });

  it('counts a period from its start and until (not including) its end', () => {
    const periods = [
      { ...founding, to: '2024-02', endEvent: 'freeze' },
      { from: '2024-02', status: 'frozen' as const, event: 'freeze' },
    ];
    expect(standingAt(periods, '2024-01')).toEqual({ standing: 'member', event: 'cst-1992' });
    expect(standingAt(periods, '2024-02')).toEqual({ standing: 'frozen', event: 'freeze' });
  });

  it('gives the event that ended the last period for a state that left', () => {
    const periods = [
      { ...founding, to: '2002', endEvent: 'csto-2002' },
      { from: '2005', to: '2012', status: 'member' as const, event: 'rejoin', endEvent: 'leave' },
    ];
    expect(standingAt(periods, '2002')).toEqual({ standing: 'former', event: 'csto-2002' });
    expect(standingAt(periods, '2005')).toEqual({ standing: 'member', event: 'rejoin' });
    expect(standingAt(periods, '2025')).toEqual({ standing: 'former', event: 'leave' });
  });

  it('calls a standing unknown inside a period whose end no source dates, and former after it', () => {
    const periods = [
      { ...founding, endedBy: '2002' },
      { from: '2005', to: '2012', status: 'member' as const, event: 'rejoin', endEvent: 'leave' },
    ];
    expect(standingAt(periods, '1999')).toEqual({ standing: 'unknown', event: 'cst-1992' });
    expect(standingAt(periods, '2002')).toEqual({ standing: 'former', event: undefined });
    expect(standingAt(periods, '2005')).toEqual({ standing: 'member', event: 'rejoin' });
  });

  it('has no event before a state joined, or when the data names none', () => {
    expect(standingAt([{ from: '2005', status: 'member' }], '1999')).toEqual({ standing: 'none' });
    expect(standingAt([{ from: '1992', to: '1999', status: 'member' }], '2002')).toEqual({
      standing: 'former',
      event: undefined,
    });
  });
});

describe('membershipMatrix', () => {
  const states: MatrixState[] = [
    { id: 'belarus', name: 'Belarus', membership: [founding] },
    {
      id: 'georgia',
      name: 'Georgia',
      membership: [{ ...founding, to: '1999', endEvent: 'leave-1999' }],
    },
    {
      id: 'late',
      name: 'Late',
      membership: [{ from: '2005', status: 'member', event: 'join-2005' }],
    },
  ];

  it('makes one row per state and one cell per milestone, in order', () => {
    const rows = membershipMatrix(states, milestones);
    expect(rows.map((r) => r.id)).toEqual(['belarus', 'georgia', 'late']);
    expect(rows.every((r) => r.cells.map((c) => c.milestone).join() === 'a,b,c,d')).toBe(true);
  });

  it('links each cell to the event behind it and marks changes', () => {
    const [belarus, georgia, late] = membershipMatrix(states, milestones);
    expect(belarus!.cells.map((c) => [c.standing, c.event, c.changed])).toEqual([
      ['member', 'cst-1992', true],
      ['member', 'cst-1992', false],
      ['member', 'cst-1992', false],
      ['member', 'cst-1992', false],
    ]);
    expect(georgia!.cells.map((c) => [c.standing, c.event, c.changed])).toEqual([
      ['member', 'cst-1992', true],
      ['former', 'leave-1999', true],
      ['former', 'leave-1999', false],
      ['former', 'leave-1999', false],
    ]);
    expect(late!.cells.map((c) => [c.standing, c.event, c.changed])).toEqual([
      ['none', undefined, false],
      ['none', undefined, false],
      ['member', 'join-2005', true],
      ['member', 'join-2005', false],
    ]);
  });

  it('has the eight milestones of the issue, oldest first', () => {
    expect(MILESTONES.map((m) => m.date)).toEqual([
      '1992',
      '1999',
      '2002',
      '2005',
      '2012',
      '2022',
      '2024-02',
      '2025',
    ]);
    expect(new Set(MILESTONES.map((m) => m.id)).size).toBe(MILESTONES.length);
  });
});
