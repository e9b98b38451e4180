/**
 * The one source of truth for how the built site is served: the headers every response carries
 * and how long each kind of file may be cached. scripts/deploy-config.mjs turns this into the nginx
 * configuration and the `_headers` file after every build, so the two cannot drift apart.
 */

/** Files whose names change when their content does: cached for a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (pages, Pagefind's entry files, the favicon): kept, but asked about each time. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * Content-hashed paths below the base path: Astro's bundles and Pagefind's index chunks. Pagefind's
 * pagefind.js, its worker, pagefind-entry.json and wasm.*.pagefind keep their names from build to
 * build, so they revalidate like pages. `*` stands for one path segment's characters.
 */
export const HASHED = [
  '_astro/',
  'pagefind/fragment/',
  'pagefind/index/',
  'pagefind/filter/',
  'pagefind/*.pf_meta',
];

/** Features the site never uses, switched off for it and for anything that might frame it. */
const PERMISSIONS = [
  'accelerometer',
  'camera',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'payment',
  'usb',
];

/**
 * The headers of every response. `metaPolicy` is the Content-Security-Policy of the built pages'
 * <meta> tag: the header repeats it and adds what only a header can say, frame-ancestors.
 */
export function securityHeaders(metaPolicy) {
  return {
    'Content-Security-Policy': `${metaPolicy.trim().replace(/;?$/, ';')} frame-ancestors 'none';`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': PERMISSIONS.map((feature) => `${feature}=()`).join(', '),
  };
}

/** Precompressed copies (.gz, .br) are written at build time for files of these kinds. */
export const COMPRESSIBLE = /\.(?:html|css|js|mjs|json|svg|xml|txt|webmanifest)$/;
