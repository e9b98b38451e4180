/** The linkable anchors of a built site, as "/page/#id" strings (without the base path). */
import { readFileSync } from 'node:fs';
import { builtPageFiles } from '../src/build/built-pages.ts';
import { linkableIds } from '../src/lib/anchors.ts';

/** Pages whose ids are navigation aids, not places to link to. */
const UNLISTED = new Set(['/a-z/', '/search/', '/404.html']);

export function builtAnchors(dist) {
  const anchors = new Set();
  for (const { file, path } of builtPageFiles(dist)) {
    if (UNLISTED.has(path)) continue;
    for (const id of linkableIds(readFileSync(file, 'utf8'))) anchors.add(`${path}#${id}`);
  }
  return anchors;
}
