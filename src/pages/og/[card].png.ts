/**
 * /og/<hash>.png: every page's preview card (og:image), made from its route data — one file per
 * distinct card, named by a hash of what it shows (src/build/og-card.ts), drawn once and cached.
 */
import type { APIRoute } from 'astro';
import { everyRoute } from '../../data/route-data';
import { cardPng, dropUnusedCards } from '../../build/og-draw';
import type { CardSpec } from '../../build/og-card';

export async function getStaticPaths() {
  const cards = new Map<string, CardSpec>();
  for (const route of await everyRoute()) cards.set(route.cardHash, route.card);
  // The build knows every card it shows: the cache keeps those and no others.
  await dropUnusedCards(new Set(cards.keys()));
  return [...cards].map(([card, spec]) => ({ params: { card }, props: { spec } }));
}

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await cardPng((props as { spec: CardSpec }).spec)), {
    headers: { 'Content-Type': 'image/png' },
  });
