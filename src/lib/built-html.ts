/**
 * Reading a built page as an HTML parser does (hast-util-from-html: parse5, the browsers'
 * algorithm), so entities, comments, scripts and attribute quoting mean what they mean in a
 * browser: `id="caf&eacute;"` is the id `café`, and an `id="x"` inside a comment or a script is no id.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

export type { Element, Root };

/** The page's tree. Positions (`node.position.start.offset`) index the HTML string. */
export function parsePage(html: string): Root {
  return fromHtml(html);
}

/** Every element of the tree, in document order (a `<template>`'s content is not part of the page). */
export function elementsOf(tree: Root): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node) => {
    found.push(node);
  });
  return found;
}

/** An element's id, or undefined. */
export function idOf(element: Element): string | undefined {
  const id = element.properties['id'];
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/** Every id on the page, in document order, repeats included. */
export function idsOf(tree: Root): string[] {
  return elementsOf(tree).flatMap((element) => idOf(element) ?? []);
}
