import type { Language } from '../../shared/domain/preferences';
import type { LaunchRisk } from './security/launch-switches';

/**
 * The few strings the main process shows itself (the native menu, the link confirmation and
 * the refusal of a dangerous launch),
 * in the officer's language. The renderer's catalogue cannot be used here: it lives in the
 * page, and these must work when the page is compromised or gone.
 */
const en = {
  'menu.file': 'File',
  'menu.lockNow': 'Lock now',
  'menu.edit': 'Edit',
  'menu.undo': 'Undo',
  'menu.redo': 'Redo',
  'menu.cut': 'Cut',
  'menu.copy': 'Copy',
  'menu.paste': 'Paste',
  'menu.delete': 'Delete',
  'menu.selectAll': 'Select All',
  'link.title': 'Open a link from a note',
  'link.message': 'Open this address in your web browser?',
  'link.detail': 'Address: {url}\nHost: {host}\n\nYour browser may connect to the network and tell the site that you opened it. Fieldnotes itself never connects.',
  'link.open': 'Open in browser',
  'link.cancel': 'Cancel',
  'launch.refused': 'Fieldnotes did not open: it was started with command-line options ({risks}) that could let another program read or control the notebook. Open it from its usual icon; if this happens again, tell your security contact.',
  'launch.risk.debugging': 'debugging',
  'launch.risk.isolation': 'sandbox or isolation turned off',
  'launch.risk.logging': 'logging',
  'launch.risk.network': 'network override',
  'launch.risk.profile': 'profile folder override',
} as const;

type MainTextKey = keyof typeof en;

const ar: Record<MainTextKey, string> = {
  'menu.file': 'ملف',
  'menu.lockNow': 'قفل الدفتر الآن',
  'menu.edit': 'تحرير',
  'menu.undo': 'تراجع',
  'menu.redo': 'إعادة',
  'menu.cut': 'قص',
  'menu.copy': 'نسخ',
  'menu.paste': 'لصق',
  'menu.delete': 'حذف',
  'menu.selectAll': 'تحديد الكل',
  'link.title': 'فتح رابط من محضر',
  'link.message': 'هل تريد فتح هذا العنوان في متصفح الويب؟',
  'link.detail': 'العنوان: {url}\nالموقع: {host}\n\nقد يتصل متصفحك بالشبكة ويُعلِم الموقع بأنك فتحت العنوان. أما دفتر الميدان نفسه فلا يتصل بالشبكة أبدًا.',
  'link.open': 'فتح في المتصفح',
  'link.cancel': 'إلغاء',
  'launch.refused': 'لم يُفتح دفتر الميدان: فقد شُغِّل بخيارات في سطر الأوامر ({risks}) قد تتيح لبرنامج آخر قراءة الدفتر أو التحكم فيه. افتحه من أيقونته المعتادة، وإن تكرّر ذلك فأبلغ المسؤول عن الأمن لديك.',
  'launch.risk.debugging': 'تصحيح الأخطاء',
  'launch.risk.isolation': 'تعطيل العزل أو وضع الحماية',
  'launch.risk.logging': 'كتابة السجلات',
  'launch.risk.network': 'تغيير إعدادات الشبكة',
  'launch.risk.profile': 'تغيير مجلد البيانات',
};

/** Exported for the catalogue tests (same keys and placeholders, no Latin brand in Arabic). */
export const mainTextCatalogues: Readonly<Record<Language, Readonly<Record<MainTextKey, string>>>> = { en, ar };

export function mainText(language: Language, key: MainTextKey, values: Record<string, string> = {}): string {
  return mainTextCatalogues[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Why a packaged build refused to start: the kinds of option only, never their values. */
export function launchRefusalMessage(language: Language, risks: readonly LaunchRisk[]): string {
  const names = risks.map((risk) => mainText(language, `launch.risk.${risk}` as const));
  return mainText(language, 'launch.refused', { risks: names.join(language === 'ar' ? '، ' : ', ') });
}
