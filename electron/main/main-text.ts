import type { Language } from '../../shared/domain/preferences';

/**
 * The few strings the main process shows itself (the native menu and the link confirmation),
 * in the officer's language. The renderer's catalogue cannot be used here: it lives in the
 * page, and these must work when the page is compromised or gone.
 */
const en = {
  'menu.file': 'File',
  'menu.lockNow': 'Lock now',
  'link.title': 'Open a link from a note',
  'link.message': 'Open this address in your web browser?',
  'link.detail': 'Address: {url}\nHost: {host}\n\nYour browser may connect to the network and tell the site that you opened it. Fieldnotes itself never connects.',
  'link.open': 'Open in browser',
  'link.cancel': 'Cancel',
} as const;

type MainTextKey = keyof typeof en;

const ar: Record<MainTextKey, string> = {
  'menu.file': 'ملف',
  'menu.lockNow': 'قفل الآن',
  'link.title': 'فتح رابط من ملاحظة',
  'link.message': 'هل تريد فتح هذا العنوان في متصفح الويب؟',
  'link.detail': 'العنوان: {url}\nالمضيف: {host}\n\nقد يتصل متصفحك بالشبكة ويُعلم الموقع بأنك فتحته. أما Fieldnotes نفسه فلا يتصل أبدًا.',
  'link.open': 'فتح في المتصفح',
  'link.cancel': 'إلغاء',
};

const catalogues: Record<Language, Record<MainTextKey, string>> = { en, ar };

export function mainText(language: Language, key: MainTextKey, values: Record<string, string> = {}): string {
  return catalogues[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
