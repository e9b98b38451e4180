/** URL paths of every page of the built site, e.g. "/", "/states/armenia/", "/404.html". */
import { builtPageFiles } from '../../src/build/built-pages';

export function builtPages(dist = 'dist'): string[] {
  return builtPageFiles(dist).map((page) => page.path);
}

/** The public origin `npm run build:nginx` builds .tmp/dist-production with (package.json). */
export const PRODUCTION_ORIGIN = 'https://csto-explainer.example';
