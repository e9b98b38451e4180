/**
 * The one inline script, run in <head> before the first paint (inline so it costs no request):
 * - marks <html class="js"> so controls that need JavaScript take their place from the start,
 *   with no layout shift when the scripts arrive (and stay absent with JavaScript off);
 * - applies the reader's saved theme; without a saved choice, CSS follows the system setting.
 * The Content-Security-Policy allows it by its hash (PRE_PAINT_HASH, added in astro.config.mjs).
 */
import { createHash } from 'node:crypto';

export const PRE_PAINT_SCRIPT =
  "document.documentElement.classList.add('js');" +
  "try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";

export const PRE_PAINT_HASH: `sha256-${string}` = `sha256-${createHash('sha256').update(PRE_PAINT_SCRIPT).digest('base64')}`;
