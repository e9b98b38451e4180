/**
 * The content collections. Editors work in the top-level content/ folder (see content/README.md);
 * each collection has one loader and one schema. Files starting with "_" are drafts.
 * Cross-references between collections are checked in src/lib/content/cross-references.ts, the Russian files
 * against their English twins in src/lib/translation/parity.ts.
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
import {
  ruEventSchema,
  ruPageSchema,
  ruPersonSchema,
  ruSourceSchema,
  ruStateSchema,
  ruTermSchema,
} from './schemas/translation';
import { nameEntrySchema } from './schemas/names-table';
import { yamlList } from './loaders/yaml-list';
import { searchNames } from './loaders/search-names';
import { namesTable } from './loaders/names-table';

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
  // The Russian edition (content/ru/, see content/README.md): only what is translated, keyed by
  // the English ids; src/data/translations.ts joins each to its English entry.
  ruPages: defineCollection({ loader: mdx('ru/pages'), schema: ruPageSchema }),
  ruStates: defineCollection({ loader: mdx('ru/states'), schema: ruStateSchema }),
  ruSources: defineCollection({ loader: mdx('ru/sources'), schema: ruSourceSchema }),
  ruEvents: defineCollection({ loader: yamlList('content/ru/events.yaml'), schema: ruEventSchema }),
  ruPeople: defineCollection({
    loader: yamlList('content/ru/people.yaml'),
    schema: ruPersonSchema,
  }),
  ruGlossary: defineCollection({
    loader: yamlList('content/ru/glossary.yaml'),
    schema: ruTermSchema,
  }),
  /** The Russian names table: how the Russian-language press writes each name. */
  ruNames: defineCollection({
    loader: namesTable('content/ru/names.yaml'),
    schema: nameEntrySchema,
  }),
};
