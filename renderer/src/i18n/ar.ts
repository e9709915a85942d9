import type { ArabicCatalog } from './catalog';
import { common } from './ar/common';
import { vault } from './ar/vault';
import { notebook } from './ar/notebook';
import { search } from './ar/search';
import { settings } from './ar/settings';
import { shell } from './ar/shell';
import { richText } from './ar/rich-text';
import { jobs } from './ar/jobs';
import { audit } from './ar/audit';
import { records } from './ar/records';
import { trial } from './ar/trial';
import { cases } from './ar/cases';
import { meeting } from './ar/meeting';
import { people } from './ar/people';
import { consent } from './ar/consent';
import { filters } from './ar/filters';
import { versions } from './ar/versions';
import { attachments } from './ar/attachments';
import { attachmentViewer } from './ar/attachment-viewer';
import { bundles } from './ar/bundles';
import { exportMetadata } from './ar/export-metadata';
import { exportSelection } from './ar/export-selection';

/**
 * Arabic, one file per feature under ar/, each typed against its English twin. Typed as
 * ArabicCatalog: a key missing here, or one English does not have, fails to compile, and so
 * does a counted message without all six CLDR forms (zero, one, two, few, many, other).
 *
 * Glossary: one word per thing, so later screens stay consistent (tests/unit/i18n checks the
 * rejected forms). Modern Standard Arabic, formal but plain; Arabic punctuation (، ؛ ؟ « »).
 *   note (meeting note)      محضر، محضران، محاضر؛ محضر اجتماع، محاضر الاجتماعات
 *                            (never ملاحظة/ملاحظات: that is a remark, not a meeting record)
 *   the note's text (body)   نص المحضر
 *   notebook, vault          الدفتر (the officer never sees "vault")
 *   app name                 دفتر الميدان (never the Latin brand inside an Arabic sentence)
 *   the app, the program     التطبيق
 *   passphrase               عبارة المرور
 *   lock / unlock            قفل (button), أقفِل / يُقفَل / أُقفِل (verbs); فتح، افتح
 *   idle (no input)          الخمول
 *   quick purge / destroy    الإتلاف السريع / أتلَف، إتلاف
 *   draft                    مسودة
 *   headquarters             المقر الرئيسي
 *   laptop, computer         الحاسوب
 *   human-rights defender    مدافع أو مدافعة عن حقوق الإنسان
 *   like-minded mission      بعثة دولة متقاربة في المواقف
 *   search result, match     نتيجة، نتائج
 *   error code (incident id) رمز الخطأ
 *   Buttons and field labels are verbal nouns (حفظ، إتلاف الدفتر الآن، مدة الخمول…);
 *   instructions inside sentences are imperatives (احفظ، أدخل…).
 */
export const ar: ArabicCatalog = { ...common, ...vault, ...notebook, ...search, ...settings, ...shell, ...richText, ...jobs, ...audit, ...records, ...trial, ...meeting, ...people, ...consent, ...filters, ...versions, ...cases, ...attachmentViewer, ...attachments, ...bundles, ...exportMetadata, ...exportSelection };
