import type { Message } from '../types';

/** The formatted text of an entry: its toolbar and link form. */
export const richText = {
  'richText.toolbar': 'Formatting',
  'richText.heading': 'Heading',
  'richText.subheading': 'Subheading',
  'richText.bulletList': 'Bulleted list',
  'richText.bulletGlyph': '•',
  'richText.orderedList': 'Numbered list',
  'richText.orderedGlyph': '1.',
  'richText.bold': 'Bold',
  'richText.boldGlyph': 'B',
  'richText.italic': 'Italic',
  'richText.italicGlyph': 'I',
  'richText.link': 'Link',
  'richText.linkAddress': 'Link address',
  'richText.linkApply': 'Apply',
  'richText.linkRemove': 'Remove link',
  'richText.linkInvalid': 'Only an address that starts with https://, http:// or mailto: can be a link.',
  'richText.linkOpenHint': 'Links are never opened by a plain click. To open one, click it while holding {keys}.',
} as const satisfies Record<string, Message>;
