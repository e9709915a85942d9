import type { Catalog } from './catalog';

/**
 * Arabic. Typed as Catalog: a key missing here, or one English does not have, fails to
 * compile. Plural messages cover Arabic's six CLDR categories (zero, one, two, few, many, other).
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
export const ar: Catalog = {
  'app.name': 'دفتر الميدان',
  'app.loading': 'جارٍ فتح دفتر الميدان…',
  'app.nav': 'الدفتر',
  'app.skipToContent': 'الانتقال إلى المحتوى',

  'lang.label': 'اللغة',
  'lang.en': 'English',
  'lang.ar': 'العربية',

  'nav.notes': 'محاضر الاجتماعات',
  'nav.newNote': 'محضر جديد',
  'nav.search': 'بحث',
  'nav.lock': 'قفل',
  'nav.settings': 'الإعدادات',
  'nav.lockHint': 'أقفِل الدفتر الآن (Ctrl+L)، فيُزال كل ما يظهر على الشاشة.',

  'passphrase.show': 'إظهار عبارة المرور',
  'passphrase.capsLock': 'مفتاح الأحرف الكبيرة (Caps Lock) مفعَّل.',
  'passphrase.keyboard.arabic': 'لوحة المفاتيح تكتب حروفًا عربية. إن كانت عبارة المرور بحروف لاتينية فبدِّل لغة لوحة المفاتيح.',
  'passphrase.keyboard.latin': 'لوحة المفاتيح تكتب حروفًا لاتينية. إن كانت عبارة المرور بحروف عربية فبدِّل لغة لوحة المفاتيح.',

  'create.heading': 'أنشئ دفترك',
  'create.intro':
    'تُشفَّر محاضرك على هذا الحاسوب بعبارة مرور لا يعرفها أحد سواك. وإن ضاعت العبارة فلن يستطيع أحد استعادة المحاضر: لا قسم تقنية المعلومات، ولا المقر الرئيسي، ولا نحن.',
  'create.passphrase': 'عبارة مرور جديدة',
  'create.passphraseHint': {
    zero: 'لا حدّ أدنى للطول. والعبارة المؤلفة من عدة كلمات لا رابط بينها سهلةُ التذكّر صعبةُ التخمين.',
    one: 'حرف واحد على الأقل. والعبارة المؤلفة من عدة كلمات لا رابط بينها سهلةُ التذكّر صعبةُ التخمين.',
    two: 'حرفان على الأقل. والعبارة المؤلفة من عدة كلمات لا رابط بينها سهلةُ التذكّر صعبةُ التخمين.',
    few: '{count} أحرف على الأقل. والعبارة المؤلفة من عدة كلمات لا رابط بينها سهلةُ التذكّر صعبةُ التخمين.',
    many: '{count} حرفًا على الأقل. والعبارة المؤلفة من عدة كلمات لا رابط بينها سهلةُ التذكّر صعبةُ التخمين.',
    other: '{count} حرف على الأقل. والعبارة المؤلفة من عدة كلمات لا رابط بينها سهلةُ التذكّر صعبةُ التخمين.',
  },
  'create.confirm': 'إعادة كتابة عبارة المرور',
  'create.mismatch': 'عبارتا المرور غير متطابقتين.',
  'create.tooShort': {
    zero: 'عبارة المرور مطلوبة.',
    one: 'يجب أن تتكون عبارة المرور من حرف واحد على الأقل.',
    two: 'يجب أن تتكون عبارة المرور من حرفين على الأقل.',
    few: 'يجب أن تتكون عبارة المرور من {count} أحرف على الأقل.',
    many: 'يجب أن تتكون عبارة المرور من {count} حرفًا على الأقل.',
    other: 'يجب أن تتكون عبارة المرور من {count} حرف على الأقل.',
  },
  'create.submit': 'إنشاء دفتر مشفّر',
  'create.working': 'جارٍ الإنشاء…',

  'strength.label': 'قوة عبارة المرور',
  'strength.level0': 'قصيرة جدًا',
  'strength.level1': 'سهلة التخمين جدًا',
  'strength.level2': 'لم تبلغ القوة الكافية بعد',
  'strength.level3': 'جيدة',
  'strength.level4': 'قوية',
  'strength.tooShort': 'أطِل العبارة.',
  'strength.addWords': 'أضف كلمتين أو ثلاثًا لا صلة بينها ولا بما قبلها، أو استخدم عبارة مقترحة.',
  'strength.avoidRepeats': 'تجنّب تكرار حرف أو كلمة.',
  'strength.avoidSequences': 'تجنّب التسلسلات مثل abc و123 وأيام الأسبوع وصفوف لوحة المفاتيح (ضصثق أو qwerty).',
  'strength.avoidCommon': 'تجنّب كلمات المرور الشائعة والأقوال المأثورة والأدعية والتحيات، فهي أول ما يجرّبه من يحاول التخمين.',
  'strength.avoidAppWords': 'لا تستخدم اسم هذا التطبيق ولا كلمات تدلّ على طبيعة عملك.',
  'strength.avoidDates': 'تجنّب السنوات والتواريخ.',
  'strength.refused':
    'يسهل على من يستولي على الحاسوب تخمين هذه العبارة. أضف كلمات لا صلة بينها حتى يُظهر المؤشر «جيدة»، أو اختر «اقتراح عبارة مرور».',
  'strength.loading': 'جارٍ فحص عبارة المرور… حاول مرة أخرى بعد لحظة.',

  'suggest.button': 'اقتراح عبارة مرور',
  'suggest.again': 'اقتراح عبارة أخرى',
  'suggest.heading': 'عبارة المرور المقترحة',
  'suggest.explain':
    'وُضعت هذه الكلمات في الحقلين، وقد اختيرت عشوائيًا على هذا الحاسوب ({bits} بت، أي أنّ تخمينها غير ممكن عمليًا). احفظها عن ظهر قلب وبهذا الترتيب قبل أن تتابع. وإن اضطررت إلى كتابتها فاحمل الورقة معك، ولا تتركها مع الحاسوب أبدًا.',
  'suggest.keyboard': 'الكلمات إنجليزية، فاكتبها بلوحة المفاتيح الإنجليزية عند فتح الدفتر.',

  'unlock.heading': 'افتح دفترك',
  'unlock.intro': 'الدفتر مقفل. لن يظهر شيء منه على الشاشة قبل فتحه.',
  'unlock.purgeFailed':
    'لم يكتمل الإتلاف السريع: ما زال هذا الدفتر على هذا الحاسوب، محميًا بعبارة المرور. وإن كان الحاسوب على وشك أن يُصادَر فانزع قرصه أو أتلِفه.',
  'unlock.passphrase': 'عبارة المرور',
  'unlock.submit': 'فتح',
  'unlock.working': 'جارٍ الفتح…',
  'unlock.retryIn': {
    zero: 'يمكنك المحاولة مجددًا الآن.',
    one: 'يمكنك المحاولة مجددًا بعد ثانية واحدة.',
    two: 'يمكنك المحاولة مجددًا بعد ثانيتين.',
    few: 'يمكنك المحاولة مجددًا بعد {count} ثوانٍ.',
    many: 'يمكنك المحاولة مجددًا بعد {count} ثانية.',
    other: 'يمكنك المحاولة مجددًا بعد {count} ثانية.',
  },

  'list.heading': 'محاضر الاجتماعات',
  'list.count': {
    zero: 'لا توجد محاضر',
    one: 'محضر واحد',
    two: 'محضران',
    few: '{count} محاضر',
    many: '{count} محضرًا',
    other: '{count} محضر',
  },
  'list.empty': 'لا توجد محاضر اجتماعات بعد. ابدأ بزرّ «محضر جديد».',
  'list.metAt': 'تاريخ الاجتماع: {date}',
  'list.noDate': 'لم يُحدَّد تاريخ الاجتماع',
  'list.updatedAt': 'آخر تعديل: {date}',

  'editor.newHeading': 'محضر اجتماع جديد',
  'editor.editHeading': 'محضر اجتماع',
  'editor.title': 'العنوان',
  'editor.body': 'نص المحضر',
  'editor.occurredAt': 'تاريخ الاجتماع ووقته',
  'editor.location': 'المكان',
  'editor.counterpartType': 'الطرف المقابل',
  'editor.counterpartNone': 'غير محدد',
  'editor.participants': 'المشاركون',
  'editor.participantsHint':
    'الأسماء أو الأسماء المستعارة، اسم في كل سطر. استخدم اسمًا مستعارًا حيثما قد يعرّض الاسمُ الحقيقي أحدًا للخطر.',
  'editor.save': 'حفظ',
  'editor.saving': 'جارٍ الحفظ…',
  'editor.saved': 'حُفظ في الساعة {time}.',
  'editor.back': 'العودة إلى المحاضر',
  'editor.titleRequired': 'اكتب عنوانًا للمحضر.',
  'editor.saveAsNew': 'حفظ نصّي في محضر جديد',
  'editor.unsavedLeave': 'في المحضر تغييرات لم تُحفظ. هل تغادر دون حفظها؟',
  'editor.discard': 'المغادرة دون حفظ',
  'editor.keepEditing': 'متابعة التحرير',
  'removal.redact': 'حجب مقطع…',
  'removal.redactTitle': 'حجب مقطع من هذا المحضر',
  'removal.redactExplain':
    'يُستبدَل بالرمز ███ كلُّ موضع يطابق المقطع تمامًا في هذا المحضر، وفي جميع نسخه السابقة، وفي مسودته، وفي البحث. لا يمكن التراجع عن ذلك. لا يحفظ سجل المحضر إلا أن حجبًا قد جرى ومتى جرى، ولا يحفظ أبدًا ما حُجب.',
  'removal.redactExact': 'يجب أن تتطابق الحروف والتشكيل تمامًا. احجب كل تهجئة أخرى على حدة.',
  'removal.passage': 'المقطع المراد حجبه',
  'removal.passageHint': 'حدِّده في المحضر قبل فتح هذه النافذة، أو اكتبه أو الصقه هنا.',
  'removal.redactConfirm': 'الحجب في كل المواضع',
  'removal.saveFirst': 'احفظ تغييراتك أو تخلَّ عنها قبل الحجب أو الحذف.',
  'removal.delete': 'حذف المحضر…',
  'removal.deleteTitle': 'أتريد حذف هذا المحضر؟',
  'removal.deleteExplain':
    'يُزال المحضر وجميع نسخه السابقة ومسودته من هذا الحاسوب ومن البحث. لا يمكن التراجع عن ذلك. لا يحفظ الدفتر إلا أن محضرًا قد حُذف ومتى حُذف.',
  'removal.deleteConfirm': 'حذف المحضر',
  'history.heading': 'السجل',
  'history.saved': 'النسخة {revision} محفوظة في {date}',
  'history.redacted': 'حُجب مقطع في {date}',
  'history.none': 'لا توجد نسخ سابقة.',

  'editor.draft.restored': 'استُعيد النص الذي كنت تكتبه ولم تحفظه حين أُقفِل الدفتر.',
  'editor.draft.stale':
    'عُدِّل هذا المحضر في مكان آخر بعد أن بدأت كتابة هذا النص. يظهر نصّك كما تركته، ولن يحلّ الحفظ محلّ النسخة الأحدث.',
  'editor.draft.discard': 'حذف المسودة',
  'editor.draft.kept': 'المسودة محفوظة مشفّرةً في الدفتر.',
  'editor.draft.failed': 'تعذّر الاحتفاظ بمسودة. احفظ المحضر لتحتفظ بنصّك.',

  'editor.copy': 'نسخ',
  'editor.copyParticipants': 'نسخ أسماء المشاركين',
  'editor.copied': {
    zero: 'نُسخ. ستُمحى الحافظة الآن.',
    one: 'نُسخ. ستُمحى الحافظة بعد ثانية واحدة.',
    two: 'نُسخ. ستُمحى الحافظة بعد ثانيتين.',
    few: 'نُسخ. ستُمحى الحافظة بعد {count} ثوانٍ.',
    many: 'نُسخ. ستُمحى الحافظة بعد {count} ثانية.',
    other: 'نُسخ. ستُمحى الحافظة بعد {count} ثانية.',
  },
  'editor.links.heading': 'الروابط في هذا المحضر',
  'editor.links.off': 'فتح الروابط معطّل في الإعدادات. تظهر العناوين هنا نصًّا فقط.',
  'editor.links.host': 'الموقع: {host}',
  'editor.links.open': 'فتح…',
  'editor.links.openNamed': 'فتح {url}',
  'editor.links.confirmTitle': 'هل تفتح هذا العنوان في متصفح النظام؟',
  'editor.links.warning':
    'قد يستخدم متصفح النظام الشبكة، وقد يعرف الموقع أن هذا العنوان فُتح. لا تتابع إلا إذا كان ذلك آمنًا حيث أنت.',
  'editor.links.confirm': 'الفتح في متصفح النظام',
  'editor.links.opened': 'سُلِّم العنوان إلى متصفح النظام.',

  'common.cancel': 'إلغاء',
  'common.saved': 'حُفظ.',
  'common.close': 'إغلاق',
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
  'leave.title': 'في هذا المحضر تعديلات غير محفوظة',
  'leave.body': 'احفظها الآن، أو أبقِها مسودةً مشفّرة لتكملها لاحقًا، أو تخلَّ عنها.',
  'leave.save': 'الحفظ والمغادرة',
  'leave.keep': 'الاحتفاظ بها مسودةً',
  'leave.discard': 'التخلي عن التعديلات',

  'settings.heading': 'الإعدادات',
  'settings.language.hint': 'لغة شاشات الدفتر واتجاهها. يمكن كتابة المحاضر بأي لغة.',
  'settings.digits.label': 'الأرقام',
  'settings.digits.hint': 'تُكتب بها كل الأعداد والتواريخ على الشاشة، في اللغتين. وتقبل الحقول النوعين أيًّا كان اختيارك.',
  'settings.digits.latn': 'لاتينية',
  'settings.digits.arab': 'عربية مشرقية',
  'settings.theme.heading': 'المظهر',
  'settings.theme.hint': 'المظهر الداكن ألطف في المكان الخافت الإضاءة كقاعة المحكمة. و«كما في الحاسوب» يتبع إعداد النظام.',
  'settings.theme.system': 'كما في الحاسوب',
  'settings.theme.light': 'فاتح',
  'settings.theme.dark': 'داكن',
  'settings.autolock.heading': 'القفل التلقائي',
  'settings.autolock.label': 'مدة الخمول قبل القفل (بالدقائق)',
  'settings.autolock.hint':
    'من {min} إلى {max} دقيقة. ويُقفَل الدفتر كذلك فورًا متى دخل الحاسوب في وضع السكون أو أُقفِلت الشاشة.',
  'settings.autolock.save': 'حفظ',
  'settings.autolock.invalid': 'أدخل عددًا صحيحًا من الدقائق، من {min} إلى {max}.',
  'settings.autolock.saved': {
    zero: 'حُفظ. يُقفَل الدفتر فور التوقف عن الاستخدام.',
    one: 'حُفظ. يُقفَل الدفتر بعد دقيقة واحدة دون استخدام.',
    two: 'حُفظ. يُقفَل الدفتر بعد دقيقتين دون استخدام.',
    few: 'حُفظ. يُقفَل الدفتر بعد {count} دقائق دون استخدام.',
    many: 'حُفظ. يُقفَل الدفتر بعد {count} دقيقة دون استخدام.',
    other: 'حُفظ. يُقفَل الدفتر بعد {count} دقيقة دون استخدام.',
  },
  'settings.privacy.heading': 'الشاشة والروابط',
  'settings.capture.label': 'إخفاء هذه النافذة من لقطات الشاشة ومشاركتها',
  'settings.capture.note':
    'ما لا تضمنه هذه الحماية: لا تكون فعّالة حقًّا إلا على ويندوز. يتجاهلها macOS 15 وما بعده مع أدوات التقاط الشاشة الحديثة، ولا حماية من هذا النوع على لينكس أصلًا. وفي كل الأحوال لا يُظهر عنوان النافذة شيئًا من محتوى المحاضر.',
  'settings.links.label': 'السماح بفتح الروابط الواردة في المحاضر في متصفح النظام',
  'settings.links.hint':
    'معطّل افتراضيًا. عند تفعيله يطلب كل رابط تأكيدًا أولًا ويذكر عنوانه كاملًا، وقد يستخدم متصفح النظام الشبكة بعد ذلك.',
  'settings.passphrase.heading': 'تغيير عبارة المرور',
  'settings.passphrase.intro':
    'تحلّ عبارة المرور الجديدة محلّ القديمة على هذا الحاسوب، فتكفّ القديمة عن فتح هذا الدفتر فورًا. غير أن أي نسخة أُخذت من الدفتر قبل التغيير (نسخة احتياطية أو مجلد متزامن) تظل تُفتح بالعبارة القديمة.',
  'settings.passphrase.rekey': 'قد يعرف أحدٌ عبارة المرور القديمة: أعِد أيضًا تشفير كل المحاضر بمفتاح جديد',
  'settings.passphrase.rekeyHint':
    'يستغرق ذلك وقتًا أطول (قرابة دقيقة للدفتر الكبير). بعده لا تفتح العبارة القديمة شيئًا على هذا الحاسوب ولو مع نسخة قديمة من المفتاح، ولا شيئًا مما يُكتب من الآن في أي مكان. أبقِ الحاسوب موصولًا بالكهرباء؛ وإن انقطع العمل بقي الدفتر يُفتح بالعبارة القديمة أو الجديدة.',
  'settings.passphrase.rekeying': 'تجري إعادة تشفير الدفتر… أبقِ التطبيق مفتوحًا.',
  'settings.passphrase.doneRekeyed': 'تغيّرت عبارة المرور وأُعيد تشفير كل المحاضر بمفتاح جديد. استخدم العبارة الجديدة من الآن.',
  'settings.passphrase.current': 'عبارة المرور الحالية',
  'settings.passphrase.next': 'عبارة المرور الجديدة',
  'settings.passphrase.confirm': 'إعادة كتابة عبارة المرور الجديدة',
  'settings.passphrase.currentRequired': 'أدخل عبارة المرور الحالية.',
  'settings.passphrase.submit': 'تغيير عبارة المرور',
  'settings.passphrase.working': 'جارٍ التغيير…',
  'settings.passphrase.done': 'تغيّرت عبارة المرور. استخدم العبارة الجديدة من الآن فصاعدًا.',
  'settings.danger.heading': 'إجراءات لا رجعة فيها',
  'settings.purge.heading': 'الإتلاف السريع',
  'settings.purge.intro':
    'لحالة يوشك فيها الحاسوب أن يُصادَر: يُتلِف هذا الإجراء الدفتر على هذا الحاسوب فورًا، ولا يمسّ الحِزم التي أُرسلت من قبل إلى المقر الرئيسي.',
  'settings.purge.start': 'إتلاف هذا الدفتر…',
  'settings.purge.dialogTitle': 'هل تُتلف هذا الدفتر على هذا الحاسوب؟',
  'settings.purge.explain':
    'يكتب هذا الإجراء فوق المفتاح الذي يفتح هذا الدفتر فيمحوه، ثم يحذف كل ملفات الدفتر وإعداداته وملفات عمل التطبيق على هذا الحاسوب. ومن دون المفتاح لا يمكن قراءة ما يبقى على القرص، عُرفت عبارة المرور أم لم تُعرف. ولا سبيل إلى استعادته: لا لك، ولا لقسم تقنية المعلومات، ولا للمقر الرئيسي.',
  'settings.purge.ssd':
    'ما لا يبلغه هذا الإجراء: على أقراص SSD وأنظمة الملفات التي لا تكتب فوق البيانات في مكانها (APFS في أجهزة ماك، وbtrfs) قد يحتفظ القرص مدةً بنسخ أقدم من المفتاح المقفل، يستطيع استعمالها من يأخذ القرص ويعرف عبارة مرور. ولا يمسّ النسخ الموجودة في أماكن أخرى: النسخ الاحتياطية والمجلدات المتزامنة ولقطات القرص. أما تشفير القرص كاملًا فلا يحمي ذلك كله إلا والحاسوب مطفأ.',
  'settings.purge.understand': 'أفهم أن هذا لا يمكن التراجع عنه',
  'settings.purge.confirm': 'إتلاف الدفتر الآن',
  'settings.purge.working': 'جارٍ الإتلاف…',

  'counterpart.local-cso': 'منظمة مجتمع مدني محلية',
  'counterpart.hrd': 'مدافع أو مدافعة عن حقوق الإنسان',
  'counterpart.coalition': 'ائتلاف أو شبكة',
  'counterpart.international-ngo': 'منظمة غير حكومية دولية',
  'counterpart.host-government': 'مسؤول في الحكومة المضيفة',
  'counterpart.business': 'شركة أو جهة من قطاع الأعمال',
  'counterpart.like-minded-mission': 'بعثة دولة متقاربة في المواقف',
  'counterpart.un-multilateral': 'الأمم المتحدة أو هيئة متعددة الأطراف',
  'counterpart.other': 'غير ذلك',

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
    zero: 'لم تُرتَّب أي نتيجة حسب صلتها بالبحث.',
    one: 'لكثرة النتائج، لم يُرتَّب حسب الصلة بالبحث إلا أحدث نتيجة واحدة.',
    two: 'لكثرة النتائج، لم يُرتَّب حسب الصلة بالبحث إلا أحدث نتيجتين.',
    few: 'لكثرة النتائج، لم يُرتَّب حسب الصلة بالبحث إلا أحدث {count} نتائج.',
    many: 'لكثرة النتائج، لم يُرتَّب حسب الصلة بالبحث إلا أحدث {count} نتيجة.',
    other: 'لكثرة النتائج، لم يُرتَّب حسب الصلة بالبحث إلا أحدث {count} نتيجة.',
  },
  'search.none': 'لا توجد محاضر تطابق هذا البحث.',

  'error.INVALID_INPUT': 'في النموذج قيمة غير صالحة. راجع الحقول وحاول مجددًا.',
  'error.VAULT_EXISTS': 'يوجد دفتر على هذا الحاسوب بالفعل.',
  'error.VAULT_NOT_FOUND': 'لم يُعثر على أي دفتر على هذا الحاسوب.',
  'error.VAULT_LOCKED': 'الدفتر مقفل. افتحه للمتابعة.',
  'error.WRONG_PASSPHRASE': 'عبارة المرور غير صحيحة. لم يُفتح شيء.',
  'error.THROTTLED': 'أُدخلت عبارات مرور خاطئة مرات كثيرة. انتظر قليلًا قبل المحاولة مجددًا.',
  'error.NOT_ENCRYPTED': 'ملف الدفتر هذا غير مشفّر، ولذلك لم يُفتح.',
  'error.VAULT_CORRUPT': 'ملف الدفتر تالف وتعذّر فتحه.',
  'error.VAULT_TOO_NEW': 'أُنشئ هذا الدفتر بإصدار أحدث من دفتر الميدان. حدّث التطبيق لفتحه.',
  'error.NOT_FOUND': 'هذا المحضر لم يعد موجودًا.',
  'error.CONFLICT': 'عُدِّل هذا المحضر في مكان آخر بعد أن فتحته. لم يُستبدل شيء، وكل ما كتبته ما زال هنا.',
  'error.STORAGE_FULL': 'القرص ممتلئ. لم يُحفظ تغييرك؛ أفرِغ بعض المساحة وحاول مجددًا.',
  'error.FORBIDDEN_SENDER': 'رُفض هذا الطلب لأسباب أمنية.',
  'error.UNAVAILABLE': 'هذه الميزة متاحة في تطبيق سطح المكتب فقط.',
  'error.NOT_ALLOWED': 'هذه الميزة معطّلة في الإعدادات.',
  'error.PURGE_FAILED': 'تعذّر إتلاف الدفتر بالكامل. قد يكون ما زال على هذا الحاسوب.',
  'error.INTERNAL': 'حدث خطأ غير متوقع. محاضرك المحفوظة سليمة؛ حاول مجددًا. رمز الخطأ: {incidentId}.',
  'error.INTERNAL_NO_ID': 'حدث خطأ غير متوقع. محاضرك المحفوظة سليمة؛ حاول مجددًا.',
};
