/**
 * The preview card drawn for every page (og:image): 1200×630, light, legible as a thumbnail.
 * This module describes the card; src/build/og-draw.ts draws it with satori and resvg, for the endpoint src/pages/og/[card].png.ts.
 * The card's file name is a hash of what it shows, so a card is drawn once and reused for as long
 * as the page's title, kind and detail (and this design, CARD_DESIGN) stay the same.
 */
import { createHash } from 'node:crypto';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Bump when the drawing changes, so every card is drawn anew. */
const CARD_DESIGN = 2;

export interface CardSpec {
  title: string;
  /** "Profile", "Event"… */
  kind: string;
  /** A state's status, an event's date. */
  detail?: string | undefined;
  site: string;
}

/** The card's file name without extension: 16 hex digits of a hash of what it shows. */
export function cardHash(spec: CardSpec): string {
  const key = JSON.stringify([CARD_DESIGN, spec.title, spec.kind, spec.detail ?? '', spec.site]);
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/** The alt text of the card: what it says, in reading order. */
export function cardAlt(spec: CardSpec): string {
  return [spec.kind, spec.detail, spec.title, spec.site].filter(Boolean).join(' · ');
}

/** A satori element: the subset of a React element it reads. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | string };
}

const node = (
  type: string,
  style: Record<string, string | number>,
  children?: CardNode['props']['children']
): CardNode => ({ type, props: { style, ...(children === undefined ? {} : { children }) } });

/** Smaller type for longer titles, so that three lines always fit. */
function titleSize(title: string): number {
  return title.length <= 40 ? 76 : title.length <= 70 ? 64 : 54;
}

// Colours from src/styles/tokens.css (light scheme).
const INK = '#1b1f24';
const MUTED = '#545b64';
const ACCENT = '#1d4e89';
const PAPER = '#fdfdfb';
const SOFT = '#e6eef8';
const ACCENT_BAR = 24;
const PAD_X = 72;
const PAD_TOP = 64;
const PAD_BOTTOM = 56;

/** The card as a tree for satori (flexbox layout, fonts "Inter" 400 and 700). */
export function cardTree(spec: CardSpec): CardNode {
  const label = node(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      gap: 20,
      fontSize: 30,
      fontWeight: 700,
      color: ACCENT,
      textTransform: 'uppercase',
      letterSpacing: 2,
    },
    [
      node(
        'div',
        { display: 'flex', padding: '8px 18px', background: SOFT, borderRadius: 8 },
        spec.kind
      ),
      ...(spec.detail
        ? [
            node(
              'div',
              {
                display: 'flex',
                color: MUTED,
                textTransform: 'none',
                letterSpacing: 0,
                fontWeight: 400,
              },
              spec.detail
            ),
          ]
        : []),
    ]
  );
  const title = node(
    'div',
    {
      display: 'flex',
      fontSize: titleSize(spec.title),
      fontWeight: 700,
      lineHeight: 1.15,
      color: INK,
      maxHeight: 3 * 1.15 * titleSize(spec.title),
      overflow: 'hidden',
    },
    spec.title
  );
  const footer = node(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'space-between',
      fontSize: 30,
      color: MUTED,
      borderTop: `2px solid #d8dbd6`,
      paddingTop: 28,
    },
    [
      node('div', { display: 'flex', fontWeight: 700, color: INK }, spec.site),
      node('div', { display: 'flex' }, 'A cited explainer'),
    ]
  );
  // Explicit sizes throughout: satori lays out with Yoga, and text wraps only inside a known width.
  const column = node(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      width: CARD_WIDTH - ACCENT_BAR - 2 * PAD_X,
      height: CARD_HEIGHT - PAD_TOP - PAD_BOTTOM,
      margin: `${PAD_TOP}px ${PAD_X}px ${PAD_BOTTOM}px`,
    },
    [label, title, footer]
  );
  return node(
    'div',
    {
      display: 'flex',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      background: PAPER,
      fontFamily: 'Inter',
    },
    [
      node('div', { display: 'flex', width: ACCENT_BAR, height: CARD_HEIGHT, background: ACCENT }),
      column,
    ]
  );
}
