declare namespace App {
  interface Locals {
    /** The route data of the page being built (src/data/route-data.ts), set by the Base layout. */
    route?: import('./data/route-data').RouteData;
    /** How many quotations (<Q>) the page has drawn so far: each note's id is numbered by it. */
    quotations?: number;
  }
}

/** The content files' git dates, read once per build (src/integrations/content-dates.ts). */
declare module 'virtual:csto/content-dates' {
  const dates: {
    files: Record<string, import('./build/content-dates').FileDates>;
    /** YYYY-MM-DD */
    buildDay: string;
  };
  export default dates;
}
