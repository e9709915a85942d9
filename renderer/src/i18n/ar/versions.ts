import type { ArabicPart } from '../catalog';
import type { versions as english } from '../en/versions';

/** An earlier version of an entry (نسخة سابقة من القيد), opened read only from its history. */
export const versions: ArabicPart<typeof english> = {
  'versions.heading': 'النسخة {revision}',
  'versions.meta': 'حُفظت في {date}. {status}',
  'versions.status.draft': 'كانت مسودة.',
  'versions.status.final': 'كانت نهائية.',
  'versions.readOnly': 'نسخة سابقة للقراءة فقط. ويظهر المقطع المحجوب بالعلامة التي حلّت محله.',
  'versions.fields': 'ما تضمّنته هذه النسخة',
  'versions.field.occurredAt': 'وقت الحدوث',
  'versions.field.linkedPeople': 'الأشخاص المربوطون من سجل الأشخاص',
  'versions.field.concerns': 'المخاوف',
  'versions.field.followUps': 'المتابعات',
  'versions.field.statements': 'الأقوال',
  'versions.compare': 'المقارنة بالنسخة الحالية',
  'versions.hideCompare': 'إخفاء المقارنة',
  'versions.comparison': 'هذه النسخة إلى جانب النسخة الحالية',
  'versions.thisVersion': 'النسخة {revision}',
  'versions.current': 'النسخة الحالية ({revision})',
  'versions.loading': 'جارٍ تحميل النسخة…',
};
