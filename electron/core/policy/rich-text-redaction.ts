import { REDACTION_MARK } from '../../../shared/domain/entry-history';
import { isOpenableUrl } from '../../../shared/domain/links';
import { docFromPlainText, plainTextOf, type RichBlock, type RichDoc, type RichInline, type RichMark, type RichText } from '../../../shared/domain/rich-text';
import { redactFields } from './redaction';

interface Result<T> {
  value: T;
  changed: boolean;
}

/** The matches of `wanted` in `text`, left to right and not overlapping (as replaceAll finds them). */
function matchesIn(text: string, wanted: string): [number, number][] {
  const found: [number, number][] = [];
  for (let at = text.indexOf(wanted); at !== -1; at = text.indexOf(wanted, at + wanted.length)) found.push([at, at + wanted.length]);
  return found;
}

function redactMarks(marks: RichMark[] | undefined, wanted: string): Result<RichMark[] | undefined> {
  if (!marks) return { value: marks, changed: false };
  let changed = false;
  const next = marks.flatMap((mark): RichMark[] => {
    if (mark.type !== 'link' || !mark.attrs.href.normalize('NFC').includes(wanted)) return [mark];
    changed = true;
    const href = mark.attrs.href.normalize('NFC').replaceAll(wanted, REDACTION_MARK);
    // An address that is no longer a valid one stays as words, not as a broken link.
    return isOpenableUrl(href) ? [{ type: 'link', attrs: { href } }] : [];
  });
  return { value: next.length > 0 ? next : undefined, changed };
}

/**
 * A run of text nodes between line breaks, matched as the officer reads it: a name half in
 * bold is two nodes but one name. The mark goes where the match starts, with that node's marks.
 */
function redactRun(run: RichText[], wanted: string): Result<RichText[]> {
  const texts = run.map((node) => node.text.normalize('NFC'));
  const matches = matchesIn(texts.join(''), wanted);
  if (matches.length === 0 && !run.some((node) => redactMarks(node.marks, wanted).changed)) return { value: run, changed: false };
  let offset = 0;
  const out: RichText[] = [];
  for (const [index, node] of run.entries()) {
    const text = texts[index] ?? '';
    let kept = '';
    for (let i = 0; i < text.length; i += 1) {
      const at = offset + i;
      const match = matches.find(([start, end]) => at >= start && at < end);
      if (!match) kept += text[i];
      else if (match[0] === at) kept += REDACTION_MARK;
    }
    offset += text.length;
    const marks = redactMarks(node.marks, wanted);
    if (kept !== '') out.push(marks.value ? { type: 'text', text: kept, marks: marks.value } : { type: 'text', text: kept });
  }
  return { value: out, changed: true };
}

function redactInline(content: RichInline[] | undefined, wanted: string): Result<RichInline[] | undefined> {
  if (!content) return { value: content, changed: false };
  const out: RichInline[] = [];
  let changed = false;
  let run: RichText[] = [];
  const closeRun = () => {
    const result = redactRun(run, wanted);
    changed ||= result.changed;
    out.push(...result.value);
    run = [];
  };
  for (const node of content) {
    if (node.type === 'text') run.push(node);
    else {
      closeRun();
      out.push(node);
    }
  }
  closeRun();
  if (!changed) return { value: content, changed };
  return { value: out.length > 0 ? out : undefined, changed };
}

function redactBlocks<B extends RichBlock>(blocks: B[], wanted: string): Result<B[]> {
  const results = blocks.map((block) => redactBlock(block, wanted));
  const changed = results.some((r) => r.changed);
  return { value: changed ? results.map((r) => r.value) : blocks, changed };
}

function redactBlock<B extends RichBlock>(block: B, wanted: string): Result<B> {
  const b: RichBlock = block;
  switch (b.type) {
    case 'paragraph':
    case 'heading': {
      const { value, changed } = redactInline(b.content, wanted);
      if (!changed) return { value: block, changed };
      const { content: _old, ...rest } = b;
      return { value: (value ? { ...rest, content: value } : rest) as B, changed };
    }
    case 'bulletList':
    case 'orderedList': {
      const items = b.content.map((item) => {
        const inner = redactBlocks(item.content, wanted);
        return { value: inner.changed ? { ...item, content: inner.value } : item, changed: inner.changed };
      });
      const changed = items.some((i) => i.changed);
      return { value: (changed ? { ...b, content: items.map((i) => i.value) } : block) as B, changed };
    }
    case 'blockquote': {
      const inner = redactBlocks(b.content, wanted);
      return { value: (inner.changed ? { ...b, content: inner.value } : block) as B, changed: inner.changed };
    }
  }
}

/** Every occurrence of `wanted` in the document's words and link addresses; structure, levels and kinds of node untouched. */
export function redactDoc(doc: RichDoc, wanted: string): Result<RichDoc> {
  const { value, changed } = redactBlocks(doc.content, wanted);
  return { value: changed ? { ...doc, content: value } : doc, changed };
}

interface WithBody {
  body?: string;
  bodyDoc?: RichDoc | null;
}

/**
 * redactFields for an entry or draft that may hold a formatted body. The generic walk would
 * rewrite the document's node types and attributes as if they were text, so the document is
 * redacted on its own and the plain body derived from it again: the two can never disagree.
 * A passage that crosses the document's structure (a line break, a heading into a list) is not
 * found inside it; then the redacted plain text becomes the document, losing its formatting
 * rather than keeping the passage.
 */
export function redactEntryText<T extends WithBody>(value: T, wanted: string, kindFixedKeys: readonly string[]): Result<T> {
  const doc = value.bodyDoc;
  if (!doc) return redactFields(value, wanted, kindFixedKeys);
  const rest = redactFields(value, wanted, [...kindFixedKeys, 'bodyDoc', 'body']);
  const inDoc = redactDoc(doc, wanted);
  let bodyDoc = inDoc.value;
  let body = plainTextOf(bodyDoc);
  if (body.normalize('NFC').includes(wanted)) {
    body = body.normalize('NFC').replaceAll(wanted, REDACTION_MARK);
    bodyDoc = docFromPlainText(body);
    body = plainTextOf(bodyDoc);
  }
  const changed = rest.changed || inDoc.changed || bodyDoc !== inDoc.value;
  return { value: changed ? { ...rest.value, bodyDoc, body } : value, changed };
}
