import { isOpenableUrl } from '../../../../shared/domain/links';

/**
 * Pasted or dropped HTML, read without the browser's HTML parser. The app's Trusted Types
 * policy ('none') forbids every string-to-HTML sink (innerHTML, DOMParser), which is the point:
 * no injected markup can ever be parsed into live DOM. So clipboard HTML is tokenised here and
 * rebuilt from an allow-list of plain elements, with no attribute but a link's checked address.
 * Everything else (scripts, styles, frames, images, event handlers, style attributes, unknown
 * schemes) never becomes an element at all. The editor's schema then keeps only its own nodes.
 */

export type SafeNode = { text: string } | { tag: SafeTag; href?: string; children: SafeNode[] };

const KEPT_TAGS = ['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'br', 'b', 'strong', 'i', 'em', 'a'] as const;
export type SafeTag = (typeof KEPT_TAGS)[number];
const KEPT = new Set<string>(KEPT_TAGS);

/** Elements dropped with everything inside them: their content is code, media or not text the officer saw. */
const DROPPED = new Set(['script', 'style', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'head', 'title', 'noscript', 'noembed', 'noframes', 'textarea', 'select', 'canvas', 'video', 'audio', 'picture', 'xmp', 'plaintext']);
/** Their content is raw text up to the closing tag (a `<` inside a script is not a tag). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201C',
  rdquo: '\u201D',
  laquo: '\u00AB',
  raquo: '\u00BB',
  zwj: '\u200D',
  zwnj: '\u200C',
  lrm: '\u200E',
  rlm: '\u200F',
};

function codePoint(value: number): string {
  // As HTML does: NUL, surrogates and values past Unicode become U+FFFD instead of broken text.
  if (value === 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(value);
}

export function decodeEntities(text: string): string {
  return text
    .replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));?/g, (whole, dec?: string, hex?: string, name?: string) => {
      if (dec !== undefined) return codePoint(Number(dec));
      if (hex !== undefined) return codePoint(parseInt(hex, 16));
      return (name !== undefined && NAMED_ENTITIES[name]) || whole;
    })
    .replace(/\u0000/g, '\uFFFD');
}

type Token = { kind: 'text'; text: string } | { kind: 'open'; name: string; attrs: Map<string, string> } | { kind: 'close'; name: string };

// Sticky, and no `<` outside quotes: each attempt stops at the next `<`, so a paste full of
// unclosed tags costs linear time.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^<>"']|"[^"]*"|'[^']*')*)>/y;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function readAttributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attrs;
}

/** Where a markup construct that is not a tag (comment, doctype, processing instruction) ends, or -1. */
function skipDeclaration(html: string, at: number): number {
  if (html.startsWith('<!--', at)) {
    const end = html.indexOf('-->', at + 4);
    return end === -1 ? html.length : end + 3;
  }
  if (/^<[!?]/.test(html.slice(at, at + 2))) {
    const end = html.indexOf('>', at);
    return end === -1 ? html.length : end + 1;
  }
  return -1;
}

export function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  let text = '';
  const flush = () => {
    if (text) tokens.push({ kind: 'text', text: decodeEntities(text) });
    text = '';
  };
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt === -1) {
      text += html.slice(at);
      break;
    }
    text += html.slice(at, lt);
    const declarationEnd = skipDeclaration(html, lt);
    TAG.lastIndex = lt;
    const tag = declarationEnd === -1 ? TAG.exec(html) : null;
    if (declarationEnd !== -1) {
      flush();
      at = declarationEnd;
    } else if (tag) {
      flush();
      const name = (tag[2] ?? '').toLowerCase();
      at = lt + tag[0].length;
      if (tag[1]) {
        tokens.push({ kind: 'close', name });
        continue;
      }
      tokens.push({ kind: 'open', name, attrs: readAttributes(tag[3] ?? '') });
      if (RAW_TEXT.has(name)) {
        // Raw text ends only at its own closing tag; it is never read as markup, and is dropped.
        const close = new RegExp(`</${name}`, 'ig');
        close.lastIndex = at;
        at = close.exec(html)?.index ?? html.length;
      }
    } else {
      text += '<';
      at = lt + 1;
    }
  }
  flush();
  return tokens;
}

interface OpenElement {
  name: string;
  node: { children: SafeNode[] };
}

/** Google Docs wraps a whole copy in <b style="font-weight:normal">: that one is not bold. */
function isNotBold(name: string, attrs: Map<string, string>): boolean {
  return name === 'b' && /font-weight\s*:\s*(?:normal|[1-5]00)\b/i.test(attrs.get('style') ?? '');
}

function keptElement(name: string, attrs: Map<string, string>): SafeNode & { children: SafeNode[] } {
  const tag = name as SafeTag;
  const href = name === 'a' ? attrs.get('href')?.trim() : undefined;
  return href !== undefined && isOpenableUrl(href) ? { tag, href, children: [] } : { tag, children: [] };
}

/** The kept structure of some HTML: allowed elements and text, nothing else. */
export function safeHtmlTree(html: string): SafeNode[] {
  const root: OpenElement = { name: '#root', node: { children: [] } };
  const stack: OpenElement[] = [root];
  const skipping: string[] = [];
  for (const token of tokenize(html)) {
    const current = stack[stack.length - 1] ?? root;
    if (skipping.length > 0) {
      if (token.kind === 'open' && token.name === skipping[skipping.length - 1] && !VOID.has(token.name)) skipping.push(token.name);
      if (token.kind === 'close' && token.name === skipping[skipping.length - 1]) skipping.pop();
      continue;
    }
    if (token.kind === 'text') {
      current.node.children.push({ text: token.text });
    } else if (token.kind === 'open') {
      if (DROPPED.has(token.name)) {
        if (!VOID.has(token.name)) skipping.push(token.name);
      } else if (KEPT.has(token.name) && !isNotBold(token.name, token.attrs)) {
        const element = keptElement(token.name, token.attrs);
        current.node.children.push(element);
        if (!VOID.has(token.name)) stack.push({ name: token.name, node: element });
      }
    } else {
      const index = stack.findLastIndex((open) => open.name === token.name);
      if (index > 0) stack.length = index;
    }
  }
  return root.node.children;
}
