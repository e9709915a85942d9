import type { ArabicPart } from '../catalog';
import type { shell as english } from '../en/shell';

/** The shell: the shortcuts and their help sheet. (The glossary is in ../ar.ts.) */
export const shell: ArabicPart<typeof english> = {
  'shortcuts.button': 'الاختصارات',
  'shortcuts.heading': 'اختصارات لوحة المفاتيح',
  'shortcuts.action': 'الإجراء',
  'shortcuts.keys': 'المفاتيح',
  'shortcuts.newNote': 'محضر جديد، والمؤشر في خانة العنوان',
  'shortcuts.search': 'الانتقال إلى البحث (/ خارج خانات الكتابة)',
  'shortcuts.save': 'حفظ المحضر المفتوح',
  'shortcuts.leave': 'مغادرة المحضر المفتوح',
  'shortcuts.help': 'عرض هذه القائمة (? خارج خانات الكتابة)',
  'shortcuts.lock': 'القفل الآن، حين يكون التطبيق في الواجهة',
  'shortcuts.globalLock': 'القفل الآن، من أي برنامج آخر',
};
