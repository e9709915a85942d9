/** A day `offset` days from today on the test machine's calendar (the core's "today"), as YYYY-MM-DD. */
export function dayFromToday(offset: number): string {
  const at = new Date();
  at.setDate(at.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** The same text with Arabic-Indic digits, as an officer using Arabic digits types it. */
export const toArabicDigits = (text: string): string => text.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)] ?? d);
