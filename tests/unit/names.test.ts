import { describe, expect, it } from 'vitest';
import { compareBySurname, surnameOf } from '../../src/lib/site/people-order';

describe('people sorted by surname', () => {
  it('takes the last word of the name as the surname', () => {
    expect(surnameOf('Vladimir Putin')).toBe('Putin');
    expect(surnameOf('Kassym-Jomart Tokayev')).toBe('Tokayev');
    expect(surnameOf('  Nikol   Pashinyan ')).toBe('Pashinyan');
    expect(surnameOf('Rahmon')).toBe('Rahmon');
  });

  it('orders by surname, then by the whole name', () => {
    const names = [
      'Vladimir Solovyov',
      'Vladimir Putin',
      'Ilham Aliyev',
      'Aliia Raimbekova',
      'Emomali Rahmon',
      'Zed Putin',
    ];
    expect([...names].sort(compareBySurname)).toEqual([
      'Ilham Aliyev',
      'Vladimir Putin',
      'Zed Putin',
      'Emomali Rahmon',
      'Aliia Raimbekova',
      'Vladimir Solovyov',
    ]);
  });
});
