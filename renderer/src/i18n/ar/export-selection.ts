import type { ArabicPart } from '../catalog';
import type { exportSelection as english } from '../en/export-selection';

/** الاختيار الفردي في شاشة التصدير: "entry" قيد، قيود. */
export const exportSelection: ArabicPart<typeof english> = {
  'exportSelection.list': 'القيود التي تطابقها عوامل التصفية',
  'exportSelection.chosen': {
    zero: 'لم يُختر أي قيد',
    one: 'اختير قيد واحد',
    two: 'اختير قيدان',
    few: 'اختيرت {count} قيود',
    many: 'اختير {count} قيدًا',
    other: 'اختير {count} قيد',
  },
  'exportSelection.tooMany': 'اختر {max} قيد على الأكثر، أو صدِّر كل ما تطابقه عوامل التصفية.',
};
