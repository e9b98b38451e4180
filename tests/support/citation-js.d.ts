/** The part of citation-js (which ships no types) that the tests use: parsing a RIS file. */
declare module '@citation-js/core' {
  class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(style: string): string;
  }
  const citationJs: { Cite: typeof Cite };
  export default citationJs;
}
