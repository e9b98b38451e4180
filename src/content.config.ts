/**
 * The content collections. Editors work in the top-level content/ folder (see content/README.md);
 * each collection has one loader and one schema. Files starting with "_" are drafts.
 * Cross-references between collections are checked in src/lib/references.ts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './schemas/page';
import { stateSchema } from './schemas/state';
import { sourceSchema } from './schemas/source';
import { eventSchema } from './schemas/event';
import { personSchema } from './schemas/person';
import { termSchema } from './schemas/term';
import { searchNamesSchema } from './schemas/search-names';
import { yamlList } from './loaders/yaml-list';
import { searchNames } from './loaders/search-names';

const mdx = (folder: string) => glob({ pattern: '**/[^_]*.mdx', base: `./content/${folder}` });

export const collections = {
  pages: defineCollection({ loader: mdx('pages'), schema: pageSchema }),
  states: defineCollection({ loader: mdx('states'), schema: stateSchema }),
  sources: defineCollection({ loader: mdx('sources'), schema: sourceSchema }),
  events: defineCollection({ loader: yamlList('content/events/events.yaml'), schema: eventSchema }),
  people: defineCollection({
    loader: yamlList('content/people/people.yaml'),
    schema: personSchema,
  }),
  glossary: defineCollection({
    loader: yamlList('content/glossary/glossary.yaml'),
    schema: termSchema,
  }),
  /** Search-only names (other romanisations and scripts), never shown: see the file's header. */
  searchNames: defineCollection({
    loader: searchNames('content/search-names.yaml'),
    schema: searchNamesSchema,
  }),
};
