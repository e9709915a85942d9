import type { ArabicPart } from '../catalog';
import type { richText as english } from '../en/rich-text';

/** The formatted text of an entry: its toolbar and link form. (The glossary is in ../ar.ts.) */
export const richText: ArabicPart<typeof english> = {
  'richText.toolbar': 'التنسيق',
  'richText.heading': 'عنوان',
  'richText.subheading': 'عنوان فرعي',
  'richText.bulletList': 'قائمة نقطية',
  'richText.bulletGlyph': '•',
  'richText.orderedList': 'قائمة مرقّمة',
  'richText.orderedGlyph': '1.',
  'richText.bold': 'غامق',
  'richText.boldGlyph': 'غ',
  'richText.italic': 'مائل',
  'richText.italicGlyph': 'م',
  'richText.link': 'رابط',
  'richText.linkAddress': 'عنوان الرابط',
  'richText.linkApply': 'تطبيق',
  'richText.linkRemove': 'إزالة الرابط',
  'richText.linkInvalid': 'لا يُقبل رابطًا إلا عنوان يبدأ بـ https:// أو http:// أو mailto:.',
  'richText.linkOpenHint': 'لا يُفتح الرابط بنقرة عادية. لفتحه، انقر عليه مع الضغط على {keys}.',
};
