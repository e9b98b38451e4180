/**
 * Markup in MDX that the pages' Content-Security-Policy (astro.config.mjs) would block in readers'
 * browsers, found at build time instead: the page would build and then silently lose a script, a
 * style, a frame or an image. Also what the policy cannot stop but must not be written: inline
 * event handlers and javascript: links, and a translated quotation (<Q>) inside a link, whose
 * button the browser would put in the link. Reads the syntax tree the MDX compiler builds: the
 * page-outline plugin (src/markdown/remark-page-outline.ts) runs it on each entry as it compiles,
 * so each body is parsed once and every problem has its real line in the file.
 */
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';

/** HTML elements an article may not contain, with the reason a reader's browser would give. */
const BLOCKED_ELEMENTS: Record<string, string> = {
  script:
    'inline scripts are blocked by the Content-Security-Policy (script-src); client code belongs in src/client/',
  style:
    'inline styles are blocked by the Content-Security-Policy (style-src); styles belong in src/styles/',
  iframe:
    'frames are blocked: frame-src allows only the site itself, whose pages refuse to be framed (frame-ancestors)',
  frame: 'frames are blocked by the Content-Security-Policy',
  object: "plug-in content is blocked by the Content-Security-Policy (object-src 'none')",
  embed: "plug-in content is blocked by the Content-Security-Policy (object-src 'none')",
  applet: "plug-in content is blocked by the Content-Security-Policy (object-src 'none')",
  base: 'a <base> would move every link and is blocked by the Content-Security-Policy (base-uri)',
  link: 'stylesheets and other links belong in the layout, not in content',
  meta: 'page metadata belongs in the layout and the frontmatter, not in content',
  form: 'a form cannot work on a static site, and sending one elsewhere is blocked (form-action)',
};

/** Attributes that load something: anything not from the site itself is blocked (img-src, media-src, default-src). */
const LOADING_ATTRIBUTES = new Set(['src', 'srcset', 'poster', 'data', 'background']);

const isOtherOrigin = (url: string) =>
  /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url.trim()) && !/^data:/i.test(url.trim());
const isJavascriptUrl = (url: string) => /^\s*javascript:/i.test(url);

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxElement extends Node {
  name: string | null;
  attributes: JsxAttribute[];
}
interface UrlNode extends Node {
  url: string;
  identifier?: string;
}

/** A problem in an MDX body: its line in the tree's source, and what is wrong and why. */
export interface BlockedMarkup {
  line: number;
  message: string;
}

/**
 * Every problem in one MDX syntax tree (mdast with remark-mdx's JSX nodes), as the compiler
 * parsed it: lines are the tree's, which for a content entry are the file's.
 */
export function blockedMarkup(tree: Node): BlockedMarkup[] {
  const found: BlockedMarkup[] = [];
  const report = (node: Node, message: string) =>
    found.push({ line: node.position?.start.line ?? 1, message });
  const imageReferences = new Set<string>();
  const definitions = new Map<string, UrlNode>();

  visit(tree, (node) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const { name, attributes } = node as JsxElement;
      // Components (capitalised) take props, not HTML attributes; only HTML elements are checked.
      if (!name || !/^[a-z]/.test(name)) return;
      if (BLOCKED_ELEMENTS[name])
        report(node, `<${name}> is not allowed: ${BLOCKED_ELEMENTS[name]}`);
      for (const attribute of attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
        const attr = attribute.name.toLowerCase();
        const value = typeof attribute.value === 'string' ? attribute.value : '';
        if (/^on[a-z]/.test(attr))
          report(node, `<${name} ${attribute.name}> is an inline event handler, which the Content-Security-Policy blocks (script-src); client code belongs in src/client/`
          );
        else if (attr === 'style')
          report(node, `<${name} style> is an inline style, which the Content-Security-Policy blocks (style-src); use a class and src/styles/`
          );
        else if (
          LOADING_ATTRIBUTES.has(attr) &&
          value.split(',').some((part) => isOtherOrigin(part))
        )
          report(node, `<${name} ${attr}="${value}"> loads from another site, which the Content-Security-Policy blocks; put the file in public/`
          );
        if (
          ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attr) &&
          isJavascriptUrl(value)
        )
          report(node, `<${name} ${attr}="${value}"> is a javascript: URL, which the Content-Security-Policy blocks`
          );
      }
    } else if (node.type === 'image') {
      const { url } = node as UrlNode;
      if (isOtherOrigin(url))
        report(node, `the image ${url} is on another site, which the Content-Security-Policy blocks (img-src); put it in public/`
        );
    } else if (node.type === 'imageReference') {
      imageReferences.add((node as UrlNode).identifier ?? '');
    } else if (node.type === 'definition') {
      definitions.set((node as UrlNode).identifier ?? '', node as UrlNode);
    } else if (node.type === 'link') {
      const { url } = node as UrlNode;
      if (isJavascriptUrl(url))
        report(node, `the link ${url} is a javascript: URL, which the Content-Security-Policy blocks`
        );
      // A translated quotation's "en" mark is a button: inside a link it is invalid HTML, and a
      // press on it follows the link instead of showing the original.
      visit(node, (inner) => {
        if (inner.type === 'mdxJsxTextElement' && (inner as JsxElement).name === 'Q')
          report(inner, `a <Q> inside the link to ${url}: its "en" button would sit in the link (a press follows the link); put the whole link inside the quotation instead, the <Q o="…"> tags outside its brackets`
          );
      });
    }
  });
  for (const id of imageReferences) {
    const definition = definitions.get(id);
    if (definition && isOtherOrigin(definition.url))
      report(definition, `the image ${definition.url} is on another site, which the Content-Security-Policy blocks (img-src); put it in public/`
      );
  }
  return found;
}
