import { mergeAttributes, type Extensions } from '@tiptap/core';
import Blockquote from '@tiptap/extension-blockquote';
import Bold from '@tiptap/extension-bold';
import Document from '@tiptap/extension-document';
import HardBreak from '@tiptap/extension-hard-break';
import Heading from '@tiptap/extension-heading';
import Italic from '@tiptap/extension-italic';
import Link from '@tiptap/extension-link';
import { BulletList, ListItem, ListKeymap, OrderedList } from '@tiptap/extension-list';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import { UndoRedo } from '@tiptap/extensions';
import { isOpenableUrl } from '../../../../shared/domain/links';
import { HEADING_LEVELS } from '../../../../shared/domain/rich-text';

/**
 * Containers find their direction from their text (dir="auto"): a list item written in Arabic
 * puts its marker and indent on the right, beside an English one on the left. Paragraphs and
 * headings get theirs from CSS instead (unicode-bidi: plaintext, rich-text.css): a dir attribute
 * on them would hide their text from the dir="auto" of the item or quotation around them.
 */
const AUTO_DIRECTION = { HTMLAttributes: { dir: 'auto' } };

/**
 * The link mark with one attribute, its address: the editor's JSON is then the portable
 * document as it is (no target, rel or class to strip). The address is also the element's
 * title, so pointing at a link shows where it really goes whatever its words say.
 */
const AddressOnlyLink = Link.extend({
  addAttributes() {
    return { href: { default: null, parseHTML: (element: HTMLElement) => element.getAttribute('href') } };
  },
  renderHTML({ HTMLAttributes }) {
    const href = typeof HTMLAttributes.href === 'string' && isOpenableUrl(HTMLAttributes.href) ? HTMLAttributes.href : null;
    return ['a', mergeAttributes(this.options.HTMLAttributes, { href, title: href }), 0];
  },
});

/** The numbered list keeps only where it starts (TipTap adds a marker style the portable form does not carry). */
const StartOnlyOrderedList = OrderedList.extend({
  addAttributes() {
    return { start: { default: 1, parseHTML: (element: HTMLElement) => Number.parseInt(element.getAttribute('start') ?? '1', 10) || 1 } };
  },
});

/**
 * Exactly the nodes and marks of shared/domain/rich-text.ts, nothing more: whatever is typed,
 * pasted or dropped is parsed through this schema, so anything else cannot enter the document.
 */
export function richTextExtensions(): Extensions {
  return [
    Document,
    Paragraph,
    Text,
    Heading.configure({ levels: [...HEADING_LEVELS] }),
    BulletList,
    StartOnlyOrderedList,
    ListItem.configure(AUTO_DIRECTION),
    ListKeymap,
    Blockquote.configure(AUTO_DIRECTION),
    HardBreak,
    Bold,
    Italic,
    AddressOnlyLink.configure({
      // Never window.open: a click is handed to the caller, who asks the officer first (RichTextEditor).
      openOnClick: false,
      enableClickSelection: false,
      autolink: true,
      linkOnPaste: true,
      defaultProtocol: 'https',
      isAllowedUri: (url) => isOpenableUrl(url),
      HTMLAttributes: { class: 'rich-text__link', rel: 'noopener noreferrer nofollow', target: null },
    }),
    UndoRedo,
  ];
}
