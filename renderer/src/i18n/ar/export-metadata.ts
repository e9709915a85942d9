import type { ArabicPart } from '../catalog';
import type { exportMetadata as english } from '../en/export-metadata';

/** بيانات الموقع والجهاز في ملفات التصدير: "details" بيانات، "keep" الإبقاء على، "bundle" حزمة. */
export const exportMetadata: ArabicPart<typeof english> = {
  'exportMetadata.heading': 'ملفات تحمل بيانات الموقع أو الجهاز',
  'exportMetadata.hint': 'يغادر كل ملف من دون هذه البيانات، ما لم تختر الإبقاء عليها لذلك الملف.',
  'exportMetadata.location': 'الموقع الجغرافي (GPS)',
  'exportMetadata.device': 'الكاميرا ورقمها التسلسلي',
  'exportMetadata.takenAt': 'وقت الالتقاط',
  'exportMetadata.carries': 'يحمل: {what}',
  'exportMetadata.keep': 'الإبقاء على بيانات هذا الملف',
  'exportMetadata.warning': 'إن أبقيت عليها، غادر موقعُ الملف والجهازُ الذي التقطه مع الحزمة، ويقرؤهما كلُّ من يحمل مفاتيح المقر الرئيسي.',
  'exportMetadata.cannotRemove': 'لا يمكن إزالة هذه البيانات من هذا النوع من الملفات: أبقِ عليها عن قصد، أو استبعد القيد الذي يحمله.',
  'exportMetadata.problem': 'أحد الملفات يحمل بيانات لا يمكن إزالتها: أبقِ عليها عن قصد، أو غيّر ما سيغادر.',
  'exportMetadata.kept': {
    zero: 'لا ملف يحتفظ ببيانات الموقع والجهاز.',
    one: 'ملف واحد يحتفظ ببيانات موقعه وجهازه.',
    two: 'ملفان يحتفظان ببيانات الموقع والجهاز.',
    few: '{count} ملفات تحتفظ ببيانات الموقع والجهاز.',
    many: '{count} ملفًا يحتفظ ببيانات الموقع والجهاز.',
    other: '{count} ملف يحتفظ ببيانات الموقع والجهاز.',
  },
};
