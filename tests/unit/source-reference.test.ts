import { describe, expect, it } from 'vitest';
import { fullReference } from '../../src/lib/citations/source-names';

describe('fullReference', () => {
  it('quotes the headline as printed and names what is printed plainly', () => {
    expect(
      fullReference({
        author: 'Mark Temnycky',
        headline: "Cracks in the CSTO - Russia's military alliance is weakening",
        outlet: 'Filenews',
        short: 'Filenews',
        date: '2025-07-23',
        inferred: [],
      })
    ).toBe(
      "Mark Temnycky, “Cracks in the CSTO - Russia's military alliance is weakening”. Filenews, 23 July 2025."
    );
  });
  it('says which facts are inferred or not printed, never passing them off as printed', () => {
    expect(
      fullReference({
        author: null,
        headline: null,
        outlet: 'Eurasia Review',
        short: 'Eurasia Review',
        date: '2022-10',
        inferred: ['date'],
      })
    ).toBe(
      'No author printed, no headline printed. Eurasia Review, undated (about October 2022, inferred).'
    );
    expect(
      fullReference({
        author: 'Mark Temnycky',
        headline: 'H',
        outlet: 'Forbes',
        short: 'Forbes',
        date: '2025-07-18',
        inferred: ['author'],
      })
    ).toBe('Mark Temnycky (inferred; not printed), “H”. Forbes, 18 July 2025.');
    expect(
      fullReference({
        author: null,
        headline: null,
        outlet: null,
        short: 'Explainer',
        date: null,
        inferred: [],
      })
    ).toBe('No author printed, no headline printed. Explainer (outlet not printed), undated.');
  });
});
