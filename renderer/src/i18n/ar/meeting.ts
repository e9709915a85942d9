import type { ArabicPart } from '../catalog';
import type { meeting as english } from '../en/meeting';

/** أجزاء مذكرة الاجتماع: الأشخاص المرتبطون، والمخاوف، والمتابعات، والمقاطع التي لا تُنسب إلى قائلها. */
export const meeting: ArabicPart<typeof english> = {
  'meeting.links.heading': 'الأشخاص والمنظمات المسجّلون',
  'meeting.links.hint': 'يُربطون بأسمائهم المستعارة. ومن ليس مسجّلًا يبقى ذكره نصًّا حرًّا في خانة المشاركين.',
  'meeting.links.add': 'ربط شخص أو منظمة',
  'meeting.links.empty': 'لم يُربط أحد بعد.',
  'meeting.links.remove': 'إلغاء ربط {name}',
  'meeting.concerns': 'مخاوف تُنقل إلى زملاء السفارة',
  'meeting.concernsHint': 'ما ينبغي أن تعرفه البعثة أو تثيره.',
  'meeting.followUps.heading': 'المتابعات',
  'meeting.followUps.empty': 'لا متابعات. أضف متابعة لكل ما وُعد به أو يجب القيام به.',
  'meeting.followUps.add': 'إضافة متابعة',
  'meeting.followUps.row': 'المتابعة {number}',
  'meeting.followUps.text': 'المطلوب',
  'meeting.followUps.owner': 'المسؤول',
  'meeting.followUps.dueOn': 'الموعد (سنة-شهر-يوم)',
  'meeting.followUps.dueProblem': 'ليس تاريخًا بعد: اكتبه هكذا: 2026-12-01. وإلى أن يُصحَّح تُحفظ المتابعة بلا موعد.',
  'meeting.followUps.done': 'أُنجزت',
  'meeting.followUps.remove': 'حذف المتابعة {number}',
  'meeting.statements.heading': 'المقاطع',
  'meeting.statements.hint': 'ما قيل، مقطعًا مقطعًا، ومن قاله.',
  'meeting.statements.empty': 'لم تُسجَّل مقاطع.',
  'meeting.statements.add': 'إضافة مقطع',
  'meeting.statements.row': 'المقطع {number}',
  'meeting.statements.text': 'ما قيل',
  'meeting.statements.speaker': 'القائل',
  'meeting.statements.speakerNone': 'دون تسمية',
  'meeting.statements.doNotAttribute': 'لا يُنسب إلى قائله',
  'meeting.statements.doNotAttributeHint': 'يُحفظ المقطع، لكن لا يُذكر اسم قائله أبدًا في أي تصدير أو تقرير يتضمّنه. استعمل هذا حين يتحدّث أحد بهذا الشرط.',
  'meeting.statements.remove': 'حذف المقطع {number}',
};
