import type { ArabicPart } from '../catalog';
import type { attachmentViewer as english } from '../en/attachment-viewer';

/** عارض المرفقات. (The glossary is in ../ar.ts.) */
export const attachmentViewer: ArabicPart<typeof english> = {
  'viewer.close': 'إغلاق',
  'viewer.image.alt': 'الصورة المرفقة {name}',
  'viewer.image.fit': 'ملاءمة النافذة',
  'viewer.image.actual': 'الحجم الفعلي',
  'viewer.image.zoomLabel': 'حجم الصورة',
  'viewer.media.failed': 'تعذّر تشغيل هذا الملف؛ فقد يكون تالفًا، أو أُقفِل الدفتر. احفظ نسخة منه لفتحها ببرنامج آخر.',
  'viewer.image.failed': 'تعذّر عرض هذه الصورة؛ فقد تكون تالفة، أو أُقفِل الدفتر.',
  'viewer.pdf.loading': 'جارٍ فتح المستند…',
  'viewer.pdf.failed': 'تعذّر فتح هذا المستند؛ فقد يكون تالفًا أو محميًّا بكلمة سر. احفظ نسخة منه لفتحها ببرنامج آخر.',
  'viewer.pdf.toolbar': 'صفحات المستند',
  'viewer.pdf.previous': 'الصفحة السابقة',
  'viewer.pdf.next': 'الصفحة التالية',
  'viewer.pdf.page': 'الصفحة {page} من {count}',
  'viewer.pdf.pageLabel': 'الصفحة {page}',
  'viewer.pdf.zoomIn': 'تكبير',
  'viewer.pdf.zoomOut': 'تصغير',
  'viewer.pdf.zoom': '{percent}٪',
  'viewer.other.heading': 'لا يمكن عرض هذا الملف داخل التطبيق',
  'viewer.other.hint': 'لفتحه، احفظ نسخة منه وافتحها ببرنامج آخر. النسخة غير مشفّرة، فلا تحتفظ بها إلا ما دمت تحتاج إليها.',
  'viewer.other.name': 'الاسم',
  'viewer.other.size': 'الحجم',
  'viewer.other.type': 'النوع',
  'viewer.saveCopy': 'حفظ نسخة…',
  'viewer.size.bytes': '{size} بايت',
  'viewer.size.kb': '{size} كيلوبايت',
  'viewer.size.mb': '{size} ميغابايت',
  'viewer.size.gb': '{size} غيغابايت',
};
