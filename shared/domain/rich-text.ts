import { z } from 'zod';
import { LIMITS } from './limits';
import { openableUrlSchema } from './links';

/**
 * The portable form of an entry's formatted body: a strict subset of ProseMirror/TipTap JSON,
 * so any ProseMirror-based tool (or a few lines of code at headquarters) can read it without
 * this app. Only what the editor offers is accepted; everything else is refused, never dropped
 * quietly, so what is stored is exactly what the officer saw.
 */

export const HEADING_LEVELS = [1, 2, 3] as const;

export const RICH_TEXT_LIMITS = {
  /** Characters of the plain text (plainTextOf): the body it becomes must fit the body's own bound. */
  text: LIMITS.body,
  /**
   * Nodes (and marks) in the whole document. Every block adds at least a line to the plain text,
   * so a real document stays far below; the cap bounds the work a crafted one can ask for
   * before its text is measured.
   */
  nodes: 2 * LIMITS.body,
  /** Nodes from the document down to a text: lists nested about eight deep inside a quote. */
  depth: 20,
  marksPerText: 3,
} as const;

export type RichMark = { type: 'bold' } | { type: 'italic' } | { type: 'link'; attrs: { href: string } };
export interface RichText {
  type: 'text';
  text: string;
  marks?: RichMark[];
}
export interface RichHardBreak {
  type: 'hardBreak';
}
export type RichInline = RichText | RichHardBreak;
export interface RichParagraph {
  type: 'paragraph';
  content?: RichInline[];
}
export interface RichHeading {
  type: 'heading';
  attrs: { level: (typeof HEADING_LEVELS)[number] };
  content?: RichInline[];
}
export interface RichListItem {
  type: 'listItem';
  content: RichBlock[];
}
export interface RichBulletList {
  type: 'bulletList';
  content: RichListItem[];
}
export interface RichOrderedList {
  type: 'orderedList';
  attrs?: { start: number };
  content: RichListItem[];
}
export interface RichBlockquote {
  type: 'blockquote';
  content: RichBlock[];
}
export type RichBlock = RichParagraph | RichHeading | RichBulletList | RichOrderedList | RichBlockquote;
export interface RichDoc {
  type: 'doc';
  content: RichBlock[];
}

const textContent = z
  .string()
  .min(1, { message: 'a text node must not be empty' })
  .refine((s) => s.isWellFormed(), { message: 'contains broken Unicode (a lone surrogate)' })
  .refine((s) => !s.includes('\u0000'), { message: 'contains a NUL character' })
  // One way to write a line break, so the plain text and the display always agree.
  .refine((s) => !/[\r\n]/.test(s), { message: 'a line break inside text must be a hardBreak node' });

const markSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('bold') }),
  z.strictObject({ type: z.literal('italic') }),
  z.strictObject({ type: z.literal('link'), attrs: z.strictObject({ href: openableUrlSchema }) }),
]);

const textSchema = z.strictObject({
  type: z.literal('text'),
  text: textContent,
  marks: z
    .array(markSchema)
    .max(RICH_TEXT_LIMITS.marksPerText)
    .refine((marks) => new Set(marks.map((m) => m.type)).size === marks.length, { message: 'a mark appears twice on one text' })
    .optional(),
});

const inlineSchema = z.discriminatedUnion('type', [textSchema, z.strictObject({ type: z.literal('hardBreak') })]);
const inlineContent = z.array(inlineSchema).optional();

const paragraphSchema = z.strictObject({ type: z.literal('paragraph'), content: inlineContent });

const blockSchema: z.ZodType<RichBlock> = z.lazy(() =>
  z.discriminatedUnion('type', [paragraphSchema, headingSchema, bulletListSchema, orderedListSchema, blockquoteSchema]),
);

const headingSchema = z.strictObject({
  type: z.literal('heading'),
  attrs: z.strictObject({ level: z.literal(HEADING_LEVELS) }),
  content: inlineContent,
});

// As TipTap's list item: a paragraph first (where the marker sits), then any blocks.
const listItemSchema = z.strictObject({
  type: z.literal('listItem'),
  content: z
    .array(blockSchema)
    .min(1, { message: 'a list item must hold a paragraph' })
    .refine((blocks) => blocks[0]?.type === 'paragraph', { message: 'a list item must start with a paragraph' }),
});
const listItems = z.array(listItemSchema).min(1, { message: 'a list must hold at least one item' });

const bulletListSchema = z.strictObject({ type: z.literal('bulletList'), content: listItems });
const orderedListSchema = z.strictObject({
  type: z.literal('orderedList'),
  attrs: z.strictObject({ start: z.number().int().min(0).max(1_000_000) }).optional(),
  content: listItems,
});
const blockquoteSchema = z.strictObject({
  type: z.literal('blockquote'),
  content: z.array(blockSchema).min(1, { message: 'a quotation must hold at least one block' }),
});

const docShapeSchema = z.strictObject({
  type: z.literal('doc'),
  content: z.array(blockSchema).min(1, { message: 'a document must hold at least one block' }),
});

/**
 * Measures raw JSON before the recursive schema sees it, with a loop rather than recursion:
 * a document nested a million deep must be refused with a message, not a stack overflow.
 */
function sizeProblem(value: unknown): string | null {
  const pending: { node: unknown; depth: number }[] = [{ node: value, depth: 1 }];
  let nodes = 0;
  let text = 0;
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    const { node, depth } = item;
    if (typeof node !== 'object' || node === null) continue;
    nodes += 1;
    if (nodes > RICH_TEXT_LIMITS.nodes) return `the document is too large: at most ${RICH_TEXT_LIMITS.nodes} nodes`;
    if (depth > RICH_TEXT_LIMITS.depth) return `the document is nested too deeply: at most ${RICH_TEXT_LIMITS.depth} levels`;
    const { content, marks, text: ownText } = node as Record<string, unknown>;
    if (typeof ownText === 'string') text += ownText.length;
    if (text > RICH_TEXT_LIMITS.text) return `the text is too long: at most ${RICH_TEXT_LIMITS.text} characters`;
    if (Array.isArray(marks)) nodes += marks.length;
    if (Array.isArray(content)) for (const child of content as unknown[]) pending.push({ node: child, depth: depth + 1 });
  }
  return null;
}

/** A stored or submitted rich-text body: shape, link schemes and size, all checked. */
export const richDocSchema: z.ZodType<RichDoc, unknown> = z
  .unknown()
  .superRefine((value, ctx) => {
    const problem = sizeProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .pipe(docShapeSchema)
  .refine((doc) => plainTextOf(doc).length <= RICH_TEXT_LIMITS.text, {
    message: `the text is too long: at most ${RICH_TEXT_LIMITS.text} characters`,
  });

function hrefOf(node: RichInline): string | null {
  if (node.type !== 'text') return null;
  const link = node.marks?.find((mark) => mark.type === 'link');
  return link ? link.attrs.href : null;
}

/**
 * A paragraph's text. A link's address follows its words in angle brackets unless the words
 * already show it: search finds the address, and the note's list of links (which reads the
 * plain text) shows where every link really points.
 */
function inlineText(content: readonly RichInline[] = []): string {
  let out = '';
  let run = '';
  let runHref: string | null = null;
  const closeRun = () => {
    if (runHref !== null && !run.includes(runHref)) out += ` <${runHref}>`;
    run = '';
  };
  for (const node of content) {
    const href = hrefOf(node);
    if (href !== runHref) {
      closeRun();
      runHref = href;
    }
    const piece = node.type === 'text' ? node.text : '\n';
    out += piece;
    run += piece;
  }
  closeRun();
  return out;
}

function collectLines(block: RichBlock, lines: string[]): void {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      lines.push(inlineText(block.content));
      return;
    case 'bulletList':
    case 'orderedList':
      for (const item of block.content) for (const child of item.content) collectLines(child, lines);
      return;
    case 'blockquote':
      for (const child of block.content) collectLines(child, lines);
      return;
  }
}

/** The text search indexes and snippets show: one line per paragraph, heading and list item. */
export function plainTextOf(doc: RichDoc): string {
  const lines: string[] = [];
  for (const block of doc.content) collectLines(block, lines);
  return lines.join('\n');
}

/** A plain-text body (every note written before formatting existed) as a document: a paragraph per line. */
export function docFromPlainText(text: string): RichDoc {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  return {
    type: 'doc',
    content: lines.map((line): RichParagraph => (line === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text: line }] })),
  };
}
