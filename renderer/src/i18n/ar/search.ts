import type { ArabicPart } from '../catalog';
import type { search as english } from '../en/search';

/** Search: the field, its syntax note, results and why each matched. (The glossary is in ../ar.ts.) */
export const search: ArabicPart<typeof english> = {
  'search.heading': 'بحث',
  'search.label': 'البحث في المحاضر',
  'search.submit': 'بحث',
  'search.results': {
    zero: 'لا توجد محاضر مطابقة',
    one: 'محضر واحد مطابق',
    two: 'محضران مطابقان',
    few: '{count} محاضر مطابقة',
    many: '{count} محضرًا مطابقًا',
    other: '{count} محضر مطابق',
  },
  'search.resultsAtLeast': {
    zero: 'لا توجد محاضر مطابقة',
    one: 'محضر واحد مطابق على الأقل',
    two: 'محضران مطابقان على الأقل',
    few: '{count} محاضر مطابقة على الأقل',
    many: '{count} محضرًا مطابقًا على الأقل',
    other: '{count} محضر مطابق على الأقل',
  },
  'search.rankedWindow': {
    zero: 'ما تبحث عنه موجود في محاضر كثيرة جدًا، فتُعرض من الأحدث إلى الأقدم.',
    one: 'ما تبحث عنه موجود في محاضر كثيرة جدًا: يأتي أحدث محضر أولًا، ثم تليه المحاضر الأقدم من الأحدث إلى الأقدم.',
    two: 'ما تبحث عنه موجود في محاضر كثيرة جدًا: يأتي المحضران الأحدث أولًا مرتّبَين من الأقرب إلى البحث، ثم تليهما المحاضر الأقدم من الأحدث إلى الأقدم.',
    few: 'ما تبحث عنه موجود في محاضر كثيرة جدًا: تأتي أحدث {count} محاضر أولًا مرتّبةً من الأقرب إلى البحث، ثم تليها المحاضر الأقدم من الأحدث إلى الأقدم.',
    many: 'ما تبحث عنه موجود في محاضر كثيرة جدًا: يأتي أحدث {count} محضرًا أولًا مرتّبةً من الأقرب إلى البحث، ثم تليها المحاضر الأقدم من الأحدث إلى الأقدم.',
    other: 'ما تبحث عنه موجود في محاضر كثيرة جدًا: يأتي أحدث {count} محضر أولًا مرتّبةً من الأقرب إلى البحث، ثم تليها المحاضر الأقدم من الأحدث إلى الأقدم.',
  },
  'search.none': 'لا توجد محاضر تطابق هذا البحث.',
  'search.syntax': 'ضع الكلمات بين علامتَي تنصيص لتجدها متجاورة ("حقوق الأرض"). وأضف * في آخر الكلمة لتجد كل كلمة تبدأ بها (مداف* تجد مدافع والمدافعين).',
  'search.sort.label': 'الترتيب',
  'search.sort.relevance': 'الأقرب إلى البحث أولًا',
  'search.sort.date': 'الأحدث أولًا',
  'search.matchedIn.participants': 'المشاركون:',
  'search.matchedIn.location': 'المكان:',
  'search.matchedIn.tags': 'الوسوم:',
  'search.matchedIn.concerns': 'المخاوف:',
  'search.matchedIn.followUps': 'المتابعات:',
  'search.matchedIn.statements': 'ما قيل:',
  'search.matchedIn.other': 'في حقل آخر:',
};
