import type { ArabicPart } from '../catalog';
import type { jobs as english } from '../en/jobs';

/** Long work the app does in the background and says so. (The glossary is in ../ar.ts.) */
export const jobs: ArabicPart<typeof english> = {
  'jobs.searchIndex.running': 'يُعاد بناء فهرس البحث بعد تحديث التطبيق ({done} من {total}). وإلى أن يكتمل، قد لا يجد البحث بعض المحاضر.',
  'jobs.searchIndex.stopped':
    'لم يكتمل بناء فهرس البحث بعد تحديث التطبيق ({done} من {total})، فقد لا يجد البحث بعض المحاضر. ويُستأنف البناء عند فتح الدفتر في المرة القادمة.',
};
