/** The part of citation-js (which ships no types) that the tests use: parsing a RIS file. */
declare module '@citation-js/core' {
  interface Cite {
    data: Record<string, unknown>[];
    format(style: string): string;
  }
  const citationJs: { Cite: new (data: unknown) => Cite };
  export default citationJs;
}
