import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/domain/entries';
import { docFromPlainText, plainTextOf, richDocSchema, RICH_TEXT_LIMITS, type RichDoc } from '../../../shared/domain/rich-text';

const text = (value: string, marks?: unknown[]) => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const paragraph = (...content: unknown[]) => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' });
const doc = (...content: unknown[]) => ({ type: 'doc', content });
const item = (...content: unknown[]) => ({ type: 'listItem', content });
const link = (href: string) => ({ type: 'link', attrs: { href } });

/** The messages of a refused document, or [] when it is accepted. */
function problems(value: unknown): string[] {
  const result = richDocSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

function parse(value: unknown): RichDoc {
  return richDocSchema.parse(value);
}

describe('the portable document', () => {
  it('accepts every node and mark the editor offers', () => {
    const full = doc(
      { type: 'heading', attrs: { level: 1 }, content: [text('Hearing')] },
      { type: 'heading', attrs: { level: 3 }, content: [text('الجلسة')] },
      paragraph(text('Bold', [{ type: 'bold' }]), text(' and '), text('both', [{ type: 'bold' }, { type: 'italic' }]), { type: 'hardBreak' }, text('next line')),
      { type: 'bulletList', content: [item(paragraph(text('one')), { type: 'bulletList', content: [item(paragraph(text('nested')))] })] },
      { type: 'orderedList', attrs: { start: 3 }, content: [item(paragraph(text('three')))] },
      { type: 'blockquote', content: [paragraph(text('quoted'))] },
      paragraph(text('report', [link('https://example.org/r')]), text(' and '), text('mail', [link('mailto:desk@example.org')])),
      paragraph(),
    );
    expect(problems(full)).toEqual([]);
    expect(parse(full)).toEqual(full);
  });

  it.each([
    ['a heading level beyond 3', doc({ type: 'heading', attrs: { level: 4 }, content: [text('x')] })],
    ['an unknown node', doc({ type: 'codeBlock', content: [text('x')] })],
    ['an image', doc(paragraph({ type: 'image', attrs: { src: 'https://example.org/x.png' } }))],
    ['an unknown mark', doc(paragraph(text('x', [{ type: 'underline' }])))],
    ['an extra attribute', doc({ type: 'paragraph', attrs: { style: 'color:red' }, content: [text('x')] })],
    ['a link with more than an address', doc(paragraph(text('x', [{ type: 'link', attrs: { href: 'https://example.org', target: '_blank' } }])))],
    ['an empty text node', doc(paragraph(text('')))],
    ['a newline inside text', doc(paragraph(text('a\nb')))],
    ['a list item starting with a list', doc({ type: 'bulletList', content: [item({ type: 'bulletList', content: [item(paragraph(text('x')))] })] })],
    ['an empty list', doc({ type: 'bulletList', content: [] })],
    ['an empty document', doc()],
    ['a mark given twice', doc(paragraph(text('x', [{ type: 'bold' }, { type: 'bold' }])))],
    ['a text straight in the document', doc(text('x'))],
  ])('refuses %s', (_name, value) => {
    expect(problems(value).length).toBeGreaterThan(0);
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'file:///etc/passwd', 'https://user:pw@example.org/'])(
    'refuses the link %s',
    (href) => {
      expect(problems(doc(paragraph(text('click', [link(href)]))))).toContain('only http, https and mailto addresses without credentials can be opened');
    },
  );

  it('refuses a link whose address hides a bidi control', () => {
    expect(problems(doc(paragraph(text('x', [link('https://example.org/\u202Egpj.exe')]))))).not.toEqual([]);
  });

  it('refuses a lone surrogate, naming it', () => {
    expect(problems(doc(paragraph(text('abc\uD800def'))))).toEqual(['contains broken Unicode (a lone surrogate)']);
    expect(problems(doc(paragraph(text('\uDC00'))))).toEqual(['contains broken Unicode (a lone surrogate)']);
  });

  it('keeps ZWJ sequences, bidi controls and combining marks as the officer wrote them', () => {
    const odd = 'family 👩\u200D👩\u200D👧 \u2067عربي\u2069 \u200Fmark\u200E e\u0301 ﷺ \u0640tatweel';
    const value = doc(paragraph(text(odd)));
    expect(parse(value)).toEqual(value);
    expect(plainTextOf(parse(value))).toBe(odd);
  });

  it('refuses a NUL character', () => {
    expect(problems(doc(paragraph(text('a\u0000b'))))).toEqual(['contains a NUL character']);
  });
});

describe('size bounds', () => {
  it('accepts text up to the body limit and refuses one character more, with the limit in the message', () => {
    expect(RICH_TEXT_LIMITS.text).toBe(LIMITS.body);
    const exact = doc(paragraph(text('a'.repeat(LIMITS.body))));
    expect(problems(exact)).toEqual([]);
    const over = doc(paragraph(text('a'.repeat(LIMITS.body + 1))));
    expect(problems(over)).toEqual([`the text is too long: at most ${LIMITS.body} characters`]);
  });

  it('counts the line breaks between blocks, as the derived body does', () => {
    const half = 'a'.repeat(LIMITS.body / 2);
    expect(problems(doc(paragraph(text(half)), paragraph(text(half.slice(1)))))).toEqual([]);
    expect(problems(doc(paragraph(text(half)), paragraph(text(half))))).toEqual([`the text is too long: at most ${LIMITS.body} characters`]);
  });

  it('refuses a document nested beyond the depth limit, and one a million deep without overflowing the stack', () => {
    const nest = (levels: number) => {
      let block: unknown = paragraph(text('deep'));
      for (let i = 0; i < levels; i += 1) block = { type: 'blockquote', content: [block] };
      return doc(block);
    };
    expect(problems(nest(RICH_TEXT_LIMITS.depth - 3))).toEqual([]);
    expect(problems(nest(RICH_TEXT_LIMITS.depth))).toEqual([`the document is nested too deeply: at most ${RICH_TEXT_LIMITS.depth} levels`]);
    expect(problems(nest(1_000_000))).toEqual([`the document is nested too deeply: at most ${RICH_TEXT_LIMITS.depth} levels`]);
  });

  it('refuses a document with too many nodes before parsing it', () => {
    const breaks = Array.from({ length: RICH_TEXT_LIMITS.nodes }, () => ({ type: 'hardBreak' }));
    expect(problems(doc({ type: 'paragraph', content: breaks }))).toEqual([`the document is too large: at most ${RICH_TEXT_LIMITS.nodes} nodes`]);
  });

  it('refuses input that is not a document', () => {
    for (const value of [null, 'text', 42, [], { type: 'doc' }, { type: 'paragraph', content: [] }]) expect(problems(value).length).toBeGreaterThan(0);
  });
});

describe('plainTextOf', () => {
  it('puts blocks and list items on their own lines and hard breaks as line breaks', () => {
    const value = parse(
      doc(
        { type: 'heading', attrs: { level: 2 }, content: [text('Concerns')] },
        { type: 'bulletList', content: [item(paragraph(text('Access to counsel')), { type: 'orderedList', content: [item(paragraph(text('denied twice')))] }), item(paragraph(text('Detention')))] },
        { type: 'blockquote', content: [paragraph(text('We were not told'), { type: 'hardBreak' }, text('why.'))] },
        paragraph(),
        paragraph(text('Follow up', [{ type: 'bold' }]), text(' on Monday')),
      ),
    );
    expect(plainTextOf(value)).toBe('Concerns\nAccess to counsel\ndenied twice\nDetention\nWe were not told\nwhy.\n\nFollow up on Monday');
  });

  it('keeps Arabic and mixed-script text exactly, in logical order', () => {
    const value = parse(
      doc(
        { type: 'heading', attrs: { level: 1 }, content: [text('جلسة المحاكمة الثانية')] },
        { type: 'orderedList', content: [item(paragraph(text('حضر ممثلو '), text('البعثات', [{ type: 'bold' }]), text(' — three missions attended')))] },
        paragraph(text('The defender (المدافعة) said: "لن نتوقف".')),
      ),
    );
    expect(plainTextOf(value)).toBe('جلسة المحاكمة الثانية\nحضر ممثلو البعثات — three missions attended\nThe defender (المدافعة) said: "لن نتوقف".');
  });

  it('writes a link’s address after its words, once, unless the words already show it', () => {
    const value = parse(
      doc(
        paragraph(text('See '), text('the ', [link('https://example.org/report')]), text('report', [link('https://example.org/report'), { type: 'bold' }]), text(' today.')),
        paragraph(text('https://example.org/a', [link('https://example.org/a')])),
        paragraph(text('تقرير', [link('https://example.org/ar')]), text('x', [link('mailto:desk@example.org')])),
      ),
    );
    expect(plainTextOf(value)).toBe('See the report <https://example.org/report> today.\nhttps://example.org/a\nتقرير <https://example.org/ar>x <mailto:desk@example.org>');
  });
});

describe('docFromPlainText', () => {
  it('makes a paragraph of every line, empty lines included, and reads back the same text', () => {
    const body = 'First line\n\nسطر عربي\r\nlast';
    const value = docFromPlainText(body);
    expect(value.content).toHaveLength(4);
    expect(value.content[1]).toEqual({ type: 'paragraph' });
    expect(parse(value)).toEqual(value);
    expect(plainTextOf(value)).toBe('First line\n\nسطر عربي\nlast');
  });

  it('turns an empty body into one empty paragraph, a valid document', () => {
    expect(parse(docFromPlainText(''))).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(plainTextOf(docFromPlainText(''))).toBe('');
  });

  it('turns the largest plain body into a valid document', () => {
    const body = 'ab\n'.repeat(LIMITS.body / 3);
    expect(body.length).toBeLessThanOrEqual(LIMITS.body);
    expect(plainTextOf(parse(docFromPlainText(body)))).toBe(body);
  });
});
