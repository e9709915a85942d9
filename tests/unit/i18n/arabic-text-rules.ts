/**
 * What every Arabic string of the app must respect, whichever catalogue holds it (the
 * renderer's or the main process's). The glossary at the top of renderer/src/i18n/ar.ts
 * explains each choice.
 */
export const REJECTED_ARABIC: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /Fieldnotes/i, why: 'the Latin brand inside an Arabic sentence: say دفتر الميدان' },
  { pattern: /ملاحظ/, why: 'a note is محضر everywhere, never ملاحظة/ملاحظات' },
  { pattern: /الحادثة/, why: 'رقم الحادثة reads as "accident number": رمز الخطأ' },
  { pattern: /منطقة الخطر/, why: 'a calque of "danger zone": إجراءات لا رجعة فيها' },
  // The catalogue cannot know the officer's digit setting: a number belongs in a placeholder,
  // formatted with formatNumber; a fixed one is written in Latin digits, the default.
  { pattern: /[\u0660-\u0669]/, why: 'an Arabic-Indic digit written into the text: use a placeholder, or Latin digits' },
  // Directly after an Arabic word: a key name such as "(? …)" in a shortcut list is not punctuation.
  { pattern: /[\u0600-\u06FF]\s*[,;?]/, why: 'a Latin , ; or ? after an Arabic word: use ، ؛ ؟' },
];

/** The `{name}` placeholders of a message, sorted. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

/** `where: why` for each rule an Arabic string breaks. */
export function arabicProblems(where: string, text: string): string[] {
  return REJECTED_ARABIC.filter((rule) => rule.pattern.test(text)).map((rule) => `${where}: ${rule.why}`);
}
