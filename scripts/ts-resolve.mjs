/**
 * Lets plain Node run the TypeScript of src/ the way Vite does: `import … from './ids'` finds
 * `./ids.ts`. Node strips the types itself but, unlike Vite, insists on file extensions, so a
 * script that imports src/lib/ (scripts/citation-report.ts) failed with ERR_MODULE_NOT_FOUND.
 *
 *   node --import ./scripts/ts-resolve.mjs scripts/citation-report.ts forbes
 */
import { registerHooks } from 'node:module';

const RELATIVE = /^\.{1,2}\//;
const HAS_EXTENSION = /\.[cm]?[jt]sx?$|\.json$/;

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !RELATIVE.test(specifier)) throw error;
      if (HAS_EXTENSION.test(specifier)) throw error;
      return nextResolve(`${specifier}.ts`, context);
    }
  },
});
