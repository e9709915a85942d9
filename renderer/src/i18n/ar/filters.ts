import type { ArabicPart } from '../catalog';
import type { filters as english } from '../en/filters';

/** Filters on lists of entries (an entry is قيد, as in records and audit). */
export const filters: ArabicPart<typeof english> = {
  'filters.heading': 'التصفية',
  'filters.headingActive': 'التصفية ({count} مفعّلة)',
  'filters.kind': 'النوع',
  'filters.anyKind': 'كل الأنواع',
  'filters.topic': 'موضوع الفضاء المدني',
  'filters.anyTopic': 'كل المواضيع',
  'filters.outlet': 'التقرير',
  'filters.anyOutlet': 'كل التقارير',
  'filters.tag': 'الوسم',
  'filters.tagHint': 'الوسم كما كُتب في القيد تمامًا.',
  'filters.person': 'الشخص أو المنظمة',
  'filters.case': 'قضية المدافع',
  'filters.anyCase': 'كل القضايا',
  'filters.from': 'من',
  'filters.until': 'حتى',
  'filters.dayHint': 'السنة ثم الشهر ثم اليوم، مثل {example}.',
  'filters.untilHint': 'السنة ثم الشهر ثم اليوم، ويدخل ذلك اليوم ضمنها.',
  'filters.problem.day': 'اكتب اليوم بالسنة ثم الشهر ثم اليوم، مثل {example}.',
  'filters.problem.order': 'هذا اليوم يسبق يوم «من».',
  'filters.apply': 'تطبيق',
  'filters.active': 'التصفية السارية',
  'filters.chip': '{name}: {value}',
  'filters.remove': 'إزالة التصفية {name}: {value}',
  'filters.clear': 'مسح التصفية',
  'filters.count': {
    zero: 'لا توجد قيود تطابق هذه التصفية',
    one: 'قيد واحد يطابق هذه التصفية',
    two: 'قيدان يطابقان هذه التصفية',
    few: '{count} قيود تطابق هذه التصفية',
    many: '{count} قيدًا يطابق هذه التصفية',
    other: '{count} قيد يطابق هذه التصفية',
  },
  'filters.none': 'لا توجد قيود تطابق هذه التصفية.',
};
