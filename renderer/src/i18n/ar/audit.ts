import type { ArabicPart } from '../catalog';
import type { audit as english } from '../en/audit';

/** Settings → Activity: the vault's audit log. "Entry" (any kind of record in the notebook) is قيد. (The glossary is in ../ar.ts.) */
export const audit: ArabicPart<typeof english> = {
  'audit.heading': 'سجل النشاط',
  'audit.intro':
    'ما جرى في هذا الدفتر ومتى: فتحه وقفله، وإنشاء القيود وتعديلها، والموافقات، والتصدير. ولا يُسجَّل فيه أبدًا اسمٌ ولا نصُّ محضر. وكل سجلٍّ مختوم بالذي قبله، فيُكشف أي سجلٍّ يُحذف أو يُغيَّر خارج دفتر الميدان.',
  'audit.empty': 'لم يُسجَّل شيء بعد.',
  'audit.range': 'السجلات من {from} إلى {to} من أصل {total}',
  'audit.newer': 'الأحدث',
  'audit.older': 'الأقدم',
  'audit.unknown': 'إجراء غير معروف: {action}',
  'audit.action.vault.unlock-failed': {
    zero: 'لم تُدخَل عبارة مرور خاطئة قبل هذا الفتح',
    one: 'عبارة مرور خاطئة واحدة قبل هذا الفتح',
    two: 'عبارتا مرور خاطئتان قبل هذا الفتح',
    few: '{count} عبارات مرور خاطئة قبل هذا الفتح',
    many: '{count} عبارة مرور خاطئة قبل هذا الفتح',
    other: '{count} عبارة مرور خاطئة قبل هذا الفتح',
  },
  'audit.lastAttempt': '{attempts} (آخرها في {date})',
  'audit.action.vault.created': 'أُنشئ الدفتر',
  'audit.action.vault.unlocked': 'فُتح الدفتر',
  'audit.action.vault.locked': 'أُقفِل الدفتر',
  'audit.action.vault.passphrase-changed': 'غُيِّرت عبارة المرور',
  'audit.action.entry.created': 'أُنشئ قيد',
  'audit.action.entry.revised': 'عُدِّل قيد',
  'audit.action.entry.finalized': 'اعتُمد قيد بصيغته النهائية',
  'audit.action.entry.redacted': 'حُجب مقطع من قيد',
  'audit.action.entry.deleted': 'حُذف قيد',
  'audit.action.person.created': 'أُضيف شخص',
  'audit.action.person.revised': 'عُدِّلت بيانات شخص',
  'audit.action.person.name-revealed': 'عُرض اسم حقيقي',
  'audit.action.consent.given': 'سُجِّلت موافقة',
  'audit.action.consent.withdrawn': 'سُحبت موافقة',
  'audit.action.consent.gate-overridden': 'اتُّخذ إجراء دون موافقة تغطيه، مع ذكر السبب',
  'audit.action.attachment.added': 'أُضيف مرفق',
  'audit.action.attachment.removed': 'أُزيل مرفق',
  'audit.action.attachment.copy-saved': 'حُفظت نسخة من مرفق',
  'audit.action.export.written': 'كُتب ملف تصدير',
  'audit.action.identity.public-key-saved': 'حُفظ مفتاح التوقيع العام في ملف',
  'audit.action.bundle.imported': 'استُورِدت حزمة',
};
