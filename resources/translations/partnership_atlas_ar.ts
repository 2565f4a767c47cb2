<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n note(s) added</source>
        <translation>
            <numerusform>أُضيفت %n ملاحظة</numerusform>
            <numerusform>أُضيفت %n ملاحظة</numerusform>
            <numerusform>أُضيفت %n ملاحظتان</numerusform>
            <numerusform>أُضيفت %n ملاحظات</numerusform>
            <numerusform>أُضيفت %n ملاحظة</numerusform>
            <numerusform>أُضيفت %n ملاحظة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) changed</source>
        <translation>
            <numerusform>عُدّلت %n ملاحظة</numerusform>
            <numerusform>عُدّلت %n ملاحظة</numerusform>
            <numerusform>عُدّلت %n ملاحظتان</numerusform>
            <numerusform>عُدّلت %n ملاحظات</numerusform>
            <numerusform>عُدّلت %n ملاحظة</numerusform>
            <numerusform>عُدّلت %n ملاحظة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) moved to the Trash</source>
        <translation>
            <numerusform>نُقلت %n ملاحظة إلى سلة المهملات</numerusform>
            <numerusform>نُقلت %n ملاحظة إلى سلة المهملات</numerusform>
            <numerusform>نُقلت %n ملاحظتان إلى سلة المهملات</numerusform>
            <numerusform>نُقلت %n ملاحظات إلى سلة المهملات</numerusform>
            <numerusform>نُقلت %n ملاحظة إلى سلة المهملات</numerusform>
            <numerusform>نُقلت %n ملاحظة إلى سلة المهملات</numerusform>
        </translation>
    </message>
    <message>
        <source>bookmarks changed</source>
        <translation>عُدّلت الإشارات المرجعية</translation>
    </message>
    <message numerus="yes">
        <source>%n saved comparison(s) changed</source>
        <translation>
            <numerusform>عُدّلت %n مقارنة محفوظة</numerusform>
            <numerusform>عُدّلت %n مقارنة محفوظة</numerusform>
            <numerusform>عُدّلت %n مقارنتان محفوظتان</numerusform>
            <numerusform>عُدّلت %n مقارنات محفوظة</numerusform>
            <numerusform>عُدّلت %n مقارنة محفوظة</numerusform>
            <numerusform>عُدّلت %n مقارنة محفوظة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) installed, updated or removed</source>
        <translation>
            <numerusform>ثُبّتت أو حُدّثت أو أُزيلت %n حزمة</numerusform>
            <numerusform>ثُبّتت أو حُدّثت أو أُزيلت %n حزمة</numerusform>
            <numerusform>ثُبّتت أو حُدّثت أو أُزيلت %n حزمتان</numerusform>
            <numerusform>ثُبّتت أو حُدّثت أو أُزيلت %n حزم</numerusform>
            <numerusform>ثُبّتت أو حُدّثت أو أُزيلت %n حزمة</numerusform>
            <numerusform>ثُبّتت أو حُدّثت أو أُزيلت %n حزمة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 outside the window.</source>
        <translation>تغييرات من خارج النافذة: %1.</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>انتقال</translation>
    </message>
    <message>
        <source>E&amp;ntry</source>
        <translation>المدخل</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>&amp;Brief</source>
        <translation>ملف الإحاطة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Models compared:</source>
        <translation>النماذج المقارَنة:</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>السمة</translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation>مقارنة: %1</translation>
    </message>
    <message>
        <source>Prepared on %1 with Partnership Atlas: %2.</source>
        <translation>أُعدّ في %1 باستخدام Partnership Atlas: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) not documented for any of these models: %1.</source>
        <translation>
            <numerusform>%n سمة غير موثقة لأيٍّ من هذه النماذج: %1.</numerusform>
            <numerusform>%n سمة غير موثقة لأيٍّ من هذه النماذج: %1.</numerusform>
            <numerusform>%n سمتان غير موثقتين لأيٍّ من هذه النماذج: %1.</numerusform>
            <numerusform>%n سمات غير موثقة لأيٍّ من هذه النماذج: %1.</numerusform>
            <numerusform>%n سمة غير موثقة لأيٍّ من هذه النماذج: %1.</numerusform>
            <numerusform>%n سمة غير موثقة لأيٍّ من هذه النماذج: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>كما في %1</translation>
    </message>
    <message>
        <source>For all models:</source>
        <translation>لجميع النماذج:</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>نحو %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>بحلول %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>قبل %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>بعد %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>ما لا يقل عن %1</translation>
    </message>
    <message>
        <source>Only the attributes whose values or wording differ are shown.</source>
        <translation>لا تُعرض إلا السمات التي تختلف قيمها أو صياغتها.</translation>
    </message>
    <message>
        <source>Only the attributes whose values differ are shown.</source>
        <translation>لا تُعرض إلا السمات التي تختلف قيمها.</translation>
    </message>
    <message>
        <source>No differences: no attribute has different values for these models.</source>
        <translation>لا اختلافات: ليست لأي سمة قيم مختلفة بين هذه النماذج.</translation>
    </message>
    <message>
        <source>≠ marks rows whose values differ (years, amounts, categories).</source>
        <translation>تشير العلامة ≠ إلى الصفوف التي تختلف قيمها (السنوات، المبالغ، الفئات).</translation>
    </message>
    <message>
        <source>~ marks rows described in different words, with no value to compare.</source>
        <translation>تشير العلامة ~ إلى الصفوف الموصوفة بعبارات مختلفة، دون قيمة يمكن مقارنتها.</translation>
    </message>
    <message>
        <source>Numbers in brackets refer to the sources below.</source>
        <translation>تشير الأرقام بين القوسين المعقوفين إلى المصادر أدناه.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>مقدمة</translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>الاجتماع: %1</translation>
    </message>
    <message>
        <source>Prepared on %1 with Partnership Atlas.</source>
        <translation>أُعدّ في %1 باستخدام Partnership Atlas.</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>تعليق:</translation>
    </message>
    <message>
        <source>Partnership model</source>
        <translation>نموذج شراكة</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>سؤال توجيهي</translation>
    </message>
    <message>
        <source>Saved comparison</source>
        <translation>مقارنة محفوظة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Highlighted passage</source>
        <translation>مقطع مظلَّل</translation>
    </message>
    <message>
        <source>%1 · from %2</source>
        <translation>%1 · من الحزمة %2</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>بشأن: %1</translation>
    </message>
    <message>
        <source>No longer in the installed packs or your notes: shown as it was when it was added.</source>
        <translation>لم يعد موجودًا في الحزم المثبتة ولا في ملاحظاتك: يُعرض كما كان عند إضافته.</translation>
    </message>
    <message>
        <source>cited for:</source>
        <translation>استُشهد به في:</translation>
    </message>
    <message>
        <source>This brief has no items yet.</source>
        <translation>لا يضم ملف الإحاطة هذا أي عناصر بعد.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Remove from Comparison</source>
        <translation>إزالة من المقارنة</translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation>نقل إلى اليمين</translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation>نقل إلى اليسار</translation>
    </message>
    <message>
        <source>Show Source</source>
        <translation>عرض المصدر</translation>
    </message>
    <message>
        <source>Add Note to This Cell…</source>
        <translation>إضافة ملاحظة إلى هذه الخلية…</translation>
    </message>
    <message>
        <source>Sort Models by “%1”</source>
        <translation>فرز النماذج حسب «%1»</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>نماذج الشراكة</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>الدروس المستفادة</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>الأسئلة التوجيهية</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الجهات الفاعلة</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>ملاحظاتي</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>الإشارات المرجعية</translation>
    </message>
    <message>
        <source>Saved comparisons</source>
        <translation>المقارنات المحفوظة</translation>
    </message>
    <message>
        <source>Briefs</source>
        <translation>ملفات الإحاطة</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>سلة المهملات</translation>
    </message>
    <message>
        <source>Brief: %1</source>
        <translation>ملف إحاطة: %1</translation>
    </message>
    <message>
        <source>(detached)</source>
        <translation>(منفصلة)</translation>
    </message>
    <message>
        <source>Tick to add to the comparison (2 to 6 models).</source>
        <translation>حدّد المربع لإضافة النموذج إلى المقارنة (من نموذجين إلى ستة نماذج).</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>درس مستفاد</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>نموذج شراكة</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>جهة فاعلة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>مصدر</translation>
    </message>
    <message>
        <source>Partnership models</source>
        <translation>نماذج الشراكة</translation>
    </message>
    <message>
        <source>not documented in this pack&apos;s sources</source>
        <translation>غير موثق في مصادر هذه الحزمة</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a label before its value</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>البيان</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>الشرح</translation>
    </message>
    <message>
        <source>Second text</source>
        <translation>النص الثاني</translation>
    </message>
    <message>
        <source>Drawn from this lesson; not itself a finding of its sources.</source>
        <translation>مستخلصة من هذا الدرس، وليست في حد ذاتها نتيجة توصلت إليها مصادره.</translation>
    </message>
    <message>
        <source>Practical advice</source>
        <translation>نصيحة عملية</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>الإحالة المرجعية</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Not yet in %1: shown in %2.</source>
        <translation>غير متوفر بعد باللغة %1: معروض باللغة %2.</translation>
    </message>
    <message>
        <source>Also in</source>
        <translation>متوفر أيضًا بـ</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>درس مستفاد</translation>
    </message>
    <message>
        <source>challenge</source>
        <translation>تحدٍّ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>ينطبق على</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>الخطر</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>الأطراف</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>السمات</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>نقاط القوة</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>المخاطر</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>المتطلبات المسبقة</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>مداخل ذات صلة</translation>
    </message>
    <message>
        <source>Partnership Atlas</source>
        <translation>Partnership Atlas</translation>
    </message>
    <message>
        <source>An offline reference of partnership models between donors and the Red Cross and Red Crescent Movement, the lessons learned about them, and your own notes.</source>
        <translation>مرجع يعمل دون اتصال بالإنترنت عن نماذج الشراكة بين الجهات المانحة والحركة الدولية للصليب الأحمر والهلال الأحمر، والدروس المستفادة منها، وملاحظاتك الخاصة.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>What changed in this version</source>
        <translation>ما الذي تغيّر في هذا الإصدار</translation>
    </message>
    <message>
        <source>The library also holds %1 lessons, %2 guiding questions, %3 themes, %4 sources and %5 actors.</source>
        <translation>تضم المكتبة أيضًا: الدروس المستفادة (%1)، والأسئلة التوجيهية (%2)، والمواضيع (%3)، والمصادر (%4)، والجهات الفاعلة (%5).</translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation>طريقة الاستخدام</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>type words; results appear as you type. Use &quot;quotes&quot; for a phrase, OR between words, -word to leave a word out, part* for word beginnings, and kind:lesson, theme:independence or year:1999 to narrow. Arrow keys move, Enter opens.</source>
        <translation>اكتب كلمات، وستظهر النتائج أثناء الكتابة. ضع العبارة بين علامتي تنصيص مزدوجتين للبحث عنها كما هي، واكتب OR بين الكلمات للبحث عن أيٍّ منها، وضع علامة الطرح قبل الكلمة لاستبعادها (‎-word)، والنجمة بعد جزء من الكلمة للبحث عن الكلمات التي تبدأ به (part*‎)، واستخدم kind:lesson أو theme:independence أو year:1999 لتضييق النتائج. تنقّل بمفاتيح الأسهم، واضغط Enter للفتح.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <source>click any link to follow it; Alt+Left and Alt+Right go back and forward; Ctrl+F finds words in the page; Ctrl+D bookmarks the entry.</source>
        <translation>انقر أي رابط للانتقال إليه؛ واضغط Alt+Left أو Alt+Right للرجوع أو التقدم؛ وCtrl+F للبحث عن كلمات في الصفحة؛ وCtrl+D لإضافة إشارة مرجعية إلى المدخل.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>tick two to six models in the navigator, or press &quot;Add to Comparison&quot; on a model. Rows that differ are marked ≠; save a comparison by name or export it to Markdown, CSV or PDF.</source>
        <translation>حدّد من نموذجين إلى ستة نماذج في لوحة التنقل، أو اضغط «إضافة إلى المقارنة» في صفحة النموذج. تُعلَّم الصفوف المختلفة بالعلامة ≠؛ احفظ المقارنة باسم، أو صدّرها بصيغة Markdown أو CSV أو PDF.</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>تدوين الملاحظات</translation>
    </message>
    <message>
        <source>Ctrl+N writes a note on the open entry; select text and press Ctrl+H to highlight it with a note. Notes save themselves as you type and keep every revision; deleted notes wait in the Trash.</source>
        <translation>اضغط Ctrl+N لكتابة ملاحظة على المدخل المفتوح، أو حدّد نصًا واضغط Ctrl+H لتظليله مع ملاحظة. تُحفظ الملاحظات تلقائيًا أثناء الكتابة مع الاحتفاظ بكل نسخها السابقة، وتبقى الملاحظات المحذوفة في سلة المهملات.</translation>
    </message>
    <message>
        <source>Everything stays on this computer: Partnership Atlas never connects to the internet.</source>
        <translation>تبقى جميع البيانات على هذا الحاسوب: لا يتصل Partnership Atlas بالإنترنت أبدًا.</translation>
    </message>
    <message>
        <source>What changed in version %2 of %1</source>
        <translation>ما الجديد في الإصدار %2 من %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>لغة النظام (%1)</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>تغيير اللغة</translation>
    </message>
    <message>
        <source>Partnership Atlas will be in %1 from its next start. Restart now? Your notes are saved.</source>
        <translation>سيظهر Partnership Atlas باللغة %1 عند تشغيله في المرة القادمة. هل تريد إعادة التشغيل الآن؟ ملاحظاتك محفوظة.</translation>
    </message>
    <message numerus="yes">
        <source>{source}: %n problem(s)</source>
        <translation>
            <numerusform>{source}: %n مشكلة</numerusform>
            <numerusform>{source}: %n مشكلة</numerusform>
            <numerusform>{source}: %n مشكلتان</numerusform>
            <numerusform>{source}: %n مشكلات</numerusform>
            <numerusform>{source}: %n مشكلة</numerusform>
            <numerusform>{source}: %n مشكلة</numerusform>
        </translation>
    </message>
    <message>
        <source>No {what} with id &apos;{wanted}&apos;.</source>
        <translation>لا يوجد مدخل من نوع {what} بالمعرّف &apos;{wanted}&apos;.</translation>
    </message>
    <message>
        <source>Did you mean: {ids}?</source>
        <translation>هل تقصد: {ids}؟</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{wanted}&apos; is in %n packs ({packs}); write it as pack/id, e.g. {example}.</source>
        <translation>
            <numerusform>&apos;{wanted}&apos; موجود في %n حزمة ({packs})؛ اكتبه بالصيغة pack/id، مثل {example}.</numerusform>
            <numerusform>&apos;{wanted}&apos; موجود في %n حزمة ({packs})؛ اكتبه بالصيغة pack/id، مثل {example}.</numerusform>
            <numerusform>&apos;{wanted}&apos; موجود في %n حزمتين ({packs})؛ اكتبه بالصيغة pack/id، مثل {example}.</numerusform>
            <numerusform>&apos;{wanted}&apos; موجود في %n حزم ({packs})؛ اكتبه بالصيغة pack/id، مثل {example}.</numerusform>
            <numerusform>&apos;{wanted}&apos; موجود في %n حزمة ({packs})؛ اكتبه بالصيغة pack/id، مثل {example}.</numerusform>
            <numerusform>&apos;{wanted}&apos; موجود في %n حزمة ({packs})؛ اكتبه بالصيغة pack/id، مثل {example}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your notes file {path} could not be opened ({reason}); it was not changed. Run &apos;partnership-atlas doctor&apos; for details.</source>
        <translation>تعذّر فتح ملف ملاحظاتك {path} ({reason})؛ ولم يُغيَّر. شغّل الأمر &apos;partnership-atlas doctor&apos; للاطلاع على التفاصيل.</translation>
    </message>
    <message>
        <source>Your notes file {path} is damaged: {reason}.</source>
        <translation>ملف ملاحظاتك {path} تالف: {reason}.</translation>
    </message>
    <message>
        <source>It was moved, unchanged, to {moved_to}.</source>
        <translation>نُقل دون تغيير إلى {moved_to}.</translation>
    </message>
    <message>
        <source>There is no backup to restore; a new, empty notes file will be started.</source>
        <translation>لا توجد نسخة احتياطية لاستعادتها؛ سيُنشأ ملف ملاحظات جديد فارغ.</translation>
    </message>
    <message>
        <source>The newest good backup was made {made} ({name}): restore it with File &gt; Restore from Backup in the window, or &apos;partnership-atlas backup restore&apos;.</source>
        <translation>أُنشئت أحدث نسخة احتياطية سليمة في {made} ({name}): استعدها من ملف &gt; استعادة الملاحظات من نسخة احتياطية في النافذة، أو بالأمر &apos;partnership-atlas backup restore&apos;.</translation>
    </message>
    <message>
        <source>Your notes file {path} was saved by a newer version of Partnership Atlas, which changed how notes are stored ({steps}); this version cannot use it, and it was not changed. Open it with the newer version. To go on with this one, restore a backup or start a new notes file: the newer file is then kept beside it.</source>
        <translation>حُفظ ملف ملاحظاتك {path} بإصدار أحدث من Partnership Atlas غيّر طريقة تخزين الملاحظات ({steps})؛ ولا يمكن لهذا الإصدار استخدامه، ولم يُغيَّر. افتحه بالإصدار الأحدث. وللمتابعة بهذا الإصدار، استعد نسخة احتياطية أو ابدأ ملف ملاحظات جديدًا: ويُحتفظ عندئذ بالملف الأحدث إلى جانبه.</translation>
    </message>
    <message>
        <source>Could not save to {path}: {reason}. Nothing saved before was changed; keep your text and save again once this is fixed.</source>
        <translation>تعذّر الحفظ في {path}: {reason}. لم يتغير شيء مما حُفظ من قبل؛ احتفظ بنصك وأعد الحفظ بعد إصلاح المشكلة.</translation>
    </message>
    <message>
        <source>Partnership Atlas cannot write to its data folder {folder} ({reason}). Your notes and the content cache live there. Make the folder writable, or choose another one with {variable}=/some/folder. When the program runs from a read-only stick, copy it to a writable one first.</source>
        <translation>لا يستطيع Partnership Atlas الكتابة في مجلد بياناته {folder} ({reason}). ففيه تُحفظ ملاحظاتك وذاكرة التخزين المؤقت للمحتوى. اجعل المجلد قابلًا للكتابة، أو اختر مجلدًا آخر باستخدام {variable}=/some/folder. وإذا كان البرنامج يعمل من وحدة USB للقراءة فقط، فانسخه أولًا إلى وحدة قابلة للكتابة.</translation>
    </message>
    <message>
        <source>{{value: ..., sources: [...]}}, {{not_documented: true}} or {{not_applicable: REASON}}</source>
        <translation>{{value: ..., sources: [...]}}، أو {{not_documented: true}}، أو {{not_applicable: REASON}}</translation>
    </message>
    <message>
        <source>must be a non-empty list of comparison attributes</source>
        <translation>يجب أن يكون قائمة غير فارغة بسمات المقارنة</translation>
    </message>
    <message>
        <source>must be a mapping with key, label, group, type and order</source>
        <translation>يجب أن يكون تعيينًا يضم key وlabel وgroup وtype وorder</translation>
    </message>
    <message>
        <source>required field &apos;{name}&apos; is missing</source>
        <translation>الحقل الإلزامي &apos;{name}&apos; مفقود</translation>
    </message>
    <message>
        <source>unknown field{hint}</source>
        <translation>حقل غير معروف{hint}</translation>
    </message>
    <message>
        <source>must be lowercase snake_case</source>
        <translation>يجب أن يُكتب بأحرف صغيرة بصيغة snake_case</translation>
    </message>
    <message>
        <source>duplicate attribute key &apos;{key}&apos;</source>
        <translation>مفتاح السمة &apos;{key}&apos; مكرر</translation>
    </message>
    <message>
        <source>must be one of: {allowed}</source>
        <translation>يجب أن يكون أحد ما يلي: {allowed}</translation>
    </message>
    <message>
        <source>must be {{text: ..., sources: [...]}}: a note that holds for every model, with its sources</source>
        <translation>يجب أن يكون {{text: ..., sources: [...]}}: ملاحظة تنطبق على كل النماذج، مع مصادرها</translation>
    </message>
    <message>
        <source>unknown field{hint}; a note has text and sources</source>
        <translation>حقل غير معروف{hint}؛ للملاحظة حقلان فقط: text وsources</translation>
    </message>
    <message>
        <source>only an attribute of type choice has choices</source>
        <translation>لا تكون الخيارات (choices) إلا لسمة من النوع choice</translation>
    </message>
    <message>
        <source>an attribute of type choice needs a list of at least two choices</source>
        <translation>تحتاج السمة من النوع choice إلى قائمة من خيارين على الأقل</translation>
    </message>
    <message>
        <source>lists a choice twice</source>
        <translation>يذكر أحد الخيارات مرتين</translation>
    </message>
    <message>
        <source>must be a mapping of attribute key to {shape}</source>
        <translation>يجب أن يكون تعيينًا يربط كل مفتاح سمة بإحدى الصيغ: {shape}</translation>
    </message>
    <message>
        <source>attribute &apos;{key}&apos; is not declared in pack.yaml{hint}</source>
        <translation>السمة &apos;{key}&apos; غير مُعلنة في pack.yaml{hint}</translation>
    </message>
    <message>
        <source>no value for declared attribute &apos;{key}&apos;; give a value with sources, not_documented: true, or not_applicable: REASON</source>
        <translation>لا توجد قيمة للسمة المُعلنة &apos;{key}&apos;؛ أعطِ قيمة مع مصادرها، أو not_documented: true، أو not_applicable: REASON</translation>
    </message>
    <message>
        <source>must be {shape}</source>
        <translation>يجب أن يكون بإحدى الصيغ: {shape}</translation>
    </message>
    <message>
        <source>has {first} and {second}; keep one: {shape}</source>
        <translation>يحتوي على {first} و{second}؛ أبقِ على واحد فقط: {shape}</translation>
    </message>
    <message>
        <source>has {first} and {second} and {third}; keep one: {shape}</source>
        <translation>يحتوي على {first} و{second} و{third}؛ أبقِ على واحد فقط: {shape}</translation>
    </message>
    <message>
        <source>needs a value with sources, not_documented: true, or not_applicable: REASON</source>
        <translation>يحتاج إلى قيمة مع مصادرها، أو not_documented: true، أو not_applicable: REASON</translation>
    </message>
    <message>
        <source>has both a compare value and {state}; keep one</source>
        <translation>يحتوي على قيمة compare وعلى {state} معًا؛ أبقِ على أحدهما</translation>
    </message>
    <message>
        <source>has both an as_of year and {state}; keep one</source>
        <translation>يحتوي على سنة as_of وعلى {state} معًا؛ أبقِ على أحدهما</translation>
    </message>
    <message>
        <source>must be true</source>
        <translation>يجب أن يكون true</translation>
    </message>
    <message>
        <source>must be true, or the reason the attribute does not apply to this model</source>
        <translation>يجب أن يكون true، أو سبب عدم انطباق السمة على هذا النموذج</translation>
    </message>
    <message>
        <source>what no source documents cites none; remove sources or give a value</source>
        <translation>ما لا يوثقه أي مصدر لا يستشهد بأي مصدر؛ احذف sources أو أعطِ قيمة</translation>
    </message>
    <message>
        <source>attribute &apos;{key}&apos; is {type}, which is read, not compared; declare it as one of {types} to give a compare value</source>
        <translation>السمة &apos;{key}&apos; من النوع {type}، وهو نوع يُقرأ ولا يُقارَن؛ أعلِنها بأحد الأنواع {types} لإعطاء قيمة compare</translation>
    </message>
    <message>
        <source>{location} has version {version} of &apos;{id}&apos;, older than version {bundled} bundled with the application, which would stay in use; nothing was installed.</source>
        <translation>يحتوي {location} على الإصدار {version} من &apos;{id}&apos;، وهو أقدم من الإصدار {bundled} المرفق بالتطبيق، والذي سيظل قيد الاستخدام؛ لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>{location} has version {version} of &apos;{id}&apos;, older than the installed version {installed}; nothing changed.</source>
        <translation>يحتوي {location} على الإصدار {version} من &apos;{id}&apos;، وهو أقدم من الإصدار المثبت {installed}؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Pass --force to go back to the older version.</source>
        <translation>استخدم --force للرجوع إلى الإصدار الأقدم.</translation>
    </message>
    <message>
        <source>Pack &apos;{id}&apos; version {installed} is already bundled with the application; {location} has version {version} with different content.</source>
        <translation>الحزمة &apos;{id}&apos; بالإصدار {installed} مرفقة بالتطبيق بالفعل؛ ويحتوي {location} على الإصدار {version} بمحتوى مختلف.</translation>
    </message>
    <message>
        <source>Pack &apos;{id}&apos; version {installed} is already installed; {location} has version {version} with different content.</source>
        <translation>الحزمة &apos;{id}&apos; بالإصدار {installed} مثبتة بالفعل؛ ويحتوي {location} على الإصدار {version} بمحتوى مختلف.</translation>
    </message>
    <message>
        <source>Raise the version in pack.yaml to update it, or pass --force to replace it anyway.</source>
        <translation>ارفع رقم الإصدار في pack.yaml لتحديثها، أو استخدم --force لاستبدالها على أي حال.</translation>
    </message>
    <message>
        <source>Pack &apos;{id}&apos; is bundled with the application and cannot be removed.</source>
        <translation>الحزمة &apos;{id}&apos; مرفقة بالتطبيق ولا يمكن إزالتها.</translation>
    </message>
    <message>
        <source>No installed pack &apos;{id}&apos;. Installed and bundled packs: none.</source>
        <translation>لا توجد حزمة مثبتة بالمعرّف &apos;{id}&apos;. الحزم المثبتة والمرفقة: لا شيء.</translation>
    </message>
    <message>
        <source>No installed pack &apos;{id}&apos;. Installed and bundled packs: {known}.</source>
        <translation>لا توجد حزمة مثبتة بالمعرّف &apos;{id}&apos;. الحزم المثبتة والمرفقة: {known}.</translation>
    </message>
    <message>
        <source>must be a list of {kind} ids</source>
        <translation>يجب أن يكون قائمة بمعرّفات مداخل من نوع {kind}</translation>
    </message>
    <message>
        <source>must be a list of {{text, sources}} items</source>
        <translation>يجب أن يكون قائمة بعناصر {{text, sources}}</translation>
    </message>
    <message>
        <source>must be a mapping with text and sources</source>
        <translation>يجب أن يكون تعيينًا يضم text وsources</translation>
    </message>
    <message>
        <source>must be a list of {{actor, role}} (an empty list where the parties are not documented)</source>
        <translation>يجب أن يكون قائمة بعناصر {{actor, role}} (أو قائمة فارغة إذا كانت الأطراف غير موثقة)</translation>
    </message>
    <message>
        <source>must be a mapping with actor and role</source>
        <translation>يجب أن يكون تعيينًا يضم actor وrole</translation>
    </message>
    <message>
        <source>must be a list of citations {{source: ID, locator: ...}}</source>
        <translation>يجب أن يكون قائمة بإحالات مرجعية {{source: ID, locator: ...}}</translation>
    </message>
    <message>
        <source>a citation needs &apos;source&apos; (a source id) and a &apos;locator&apos;</source>
        <translation>تحتاج الإحالة المرجعية إلى &apos;source&apos; (معرّف مصدر) و&apos;locator&apos;</translation>
    </message>
    <message>
        <source>required field is missing (a pack with models needs the comparison attributes)</source>
        <translation>حقل إلزامي مفقود (تحتاج الحزمة التي تضم نماذج إلى سمات المقارنة)</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte 0x{byte} at offset {offset}); save the file as UTF-8</source>
        <translation>ليس نصًا بترميز UTF-8 (البايت 0x{byte} عند الإزاحة {offset})؛ احفظ الملف بترميز UTF-8</translation>
    </message>
    <message>
        <source>missing: every pack needs a pack.yaml at its root</source>
        <translation>مفقود: تحتاج كل حزمة إلى ملف pack.yaml في جذرها</translation>
    </message>
    <message>
        <source>must be a mapping of field: value</source>
        <translation>يجب أن يكون تعيينًا بالصيغة field: value</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>حقل إلزامي مفقود</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits and hyphens</source>
        <translation>يجب أن يتكون من أحرف لاتينية صغيرة وأرقام وشرطات</translation>
    </message>
    <message>
        <source>must be a language tag such as en, fr, ar or es-419</source>
        <translation>يجب أن يكون وسم لغة مثل en أو fr أو ar أو es-419</translation>
    </message>
    <message>
        <source>YAML reads {version} as a number, which can drop digits (1.10 becomes 1.1); put the version in quotes</source>
        <translation>يقرأ YAML القيمة {version} رقمًا، وقد تضيع بذلك بعض الخانات (1.10 يصبح 1.1)؛ ضع الإصدار بين علامتي تنصيص</translation>
    </message>
    <message>
        <source>must be dotted whole numbers such as 1.0.0</source>
        <translation>يجب أن يتكون من أعداد صحيحة تفصل بينها نقاط، مثل 1.0.0</translation>
    </message>
    <message>
        <source>&apos;{folder}&apos; is not an entry folder{hint}; entry folders are {folders}</source>
        <translation>&apos;{folder}&apos; ليس مجلد مداخل{hint}؛ مجلدات المداخل هي {folders}</translation>
    </message>
    <message>
        <source>entry files must sit directly in {folder}/, not in a sub-folder</source>
        <translation>يجب أن توضع ملفات المداخل مباشرة في {folder}/، لا في مجلد فرعي</translation>
    </message>
    <message>
        <source>entry files must be Markdown files ending in .md (or, for lessons, {suffix})</source>
        <translation>يجب أن تكون ملفات المداخل ملفات Markdown بالامتداد .md (أو {suffix} للدروس المستفادة)</translation>
    </message>
    <message>
        <source>not a JSON object: {reason}</source>
        <translation>ليس كائن JSON: {reason}</translation>
    </message>
    <message>
        <source>each line must be one JSON object holding a lesson&apos;s fields and its body</source>
        <translation>يجب أن يحتوي كل سطر على كائن JSON واحد يضم حقول الدرس المستفاد ونصه (body)</translation>
    </message>
    <message>
        <source>required field is missing ({a_kind} needs it)</source>
        <translation>حقل إلزامي مفقود (مطلوب في كل {a_kind})</translation>
    </message>
    <message>
        <source>unknown field for {a_kind}{hint}</source>
        <translation>حقل غير معروف في {a_kind}{hint}</translation>
    </message>
    <message>
        <source>{a_kind} needs a non-empty &quot;body&quot; in its line (its explanation)</source>
        <translation>يلزم لكل {a_kind} حقل &quot;body&quot; غير فارغ في السطر نفسه (وهو الشرح)</translation>
    </message>
    <message>
        <source>{a_kind} needs a Markdown body after the front matter (its explanation)</source>
        <translation>يلزم لكل {a_kind} نص Markdown بعد الترويسة الأمامية (front matter) (وهو الشرح)</translation>
    </message>
    <message>
        <source>must name {a_kind} by its id</source>
        <translation>يجب أن تكون القيمة معرّف {a_kind}</translation>
    </message>
    <message>
        <source>duplicate id &apos;{id}&apos; (also used by {file})</source>
        <translation>المعرّف &apos;{id}&apos; مكرر (يستخدمه أيضًا {file})</translation>
    </message>
    <message>
        <source>id &apos;{id}&apos; does not match the file name; name the file {id}.md</source>
        <translation>المعرّف &apos;{id}&apos; لا يطابق اسم الملف؛ سمِّ الملف {id}.md</translation>
    </message>
    <message>
        <source>links to &apos;{target}&apos;, but no {kind} has that id{hint}</source>
        <translation>يشير إلى &apos;{target}&apos;، لكن لا يوجد مدخل من نوع {kind} بهذا المعرّف{hint}</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; is {a_kind}, not {expected}</source>
        <translation>المدخل &apos;{target}&apos; من نوع {a_kind}، وليس من نوع {expected}</translation>
    </message>
    <message>
        <source>must name a source by its id</source>
        <translation>يجب أن تكون القيمة معرّف مصدر</translation>
    </message>
    <message>
        <source>cites &apos;{source}&apos;, but no source has that id{hint}</source>
        <translation>يستشهد بـ&apos;{source}&apos;، لكن لا يوجد مصدر بهذا المعرّف{hint}</translation>
    </message>
    <message>
        <source>translates &apos;{id}&apos;, but there is no {kind} {id}.md to translate</source>
        <translation>يترجم &apos;{id}&apos;، لكن لا يوجد ملف {id}.md من نوع {kind} لترجمته</translation>
    </message>
    <message>
        <source>has id &apos;{id}&apos;; a translation keeps its original&apos;s id, &apos;{original}&apos;</source>
        <translation>معرّفه &apos;{id}&apos;؛ والترجمة تحتفظ بمعرّف الأصل، &apos;{original}&apos;</translation>
    </message>
    <message>
        <source>is in &apos;{language}&apos;, which pack.yaml&apos;s languages do not list (other languages: none)</source>
        <translation>مكتوب باللغة &apos;{language}&apos;، وهي غير مدرجة في languages في pack.yaml (اللغات الأخرى: لا شيء)</translation>
    </message>
    <message>
        <source>is in &apos;{language}&apos;, which pack.yaml&apos;s languages do not list (other languages: {others})</source>
        <translation>مكتوب باللغة &apos;{language}&apos;، وهي غير مدرجة في languages في pack.yaml (اللغات الأخرى: {others})</translation>
    </message>
    <message>
        <source>has no section for version {version}, the version in pack.yaml; add one headed &quot;## {version}&quot; that says what changed (sections found: {found})</source>
        <translation>لا يتضمن قسمًا للإصدار {version}، وهو الإصدار المذكور في pack.yaml؛ أضف قسمًا بعنوان &quot;## {version}&quot; يبيّن ما الذي تغيّر (الأقسام الموجودة: {found})</translation>
    </message>
    <message>
        <source>has no section for version {version}, the version in pack.yaml; add one headed &quot;## {version}&quot; that says what changed</source>
        <translation>لا يتضمن قسمًا للإصدار {version}، وهو الإصدار المذكور في pack.yaml؛ أضف قسمًا بعنوان &quot;## {version}&quot; يبيّن ما الذي تغيّر</translation>
    </message>
    <message>
        <source> (did you mean {words}?)</source>
        <translation> (هل تقصد {words}؟)</translation>
    </message>
    <message>
        <source>a source</source>
        <comment>one entry of this kind</comment>
        <translation>مصدر</translation>
    </message>
    <message>
        <source>an actor</source>
        <comment>one entry of this kind</comment>
        <translation>جهة فاعلة</translation>
    </message>
    <message>
        <source>a theme</source>
        <comment>one entry of this kind</comment>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>a question</source>
        <comment>one entry of this kind</comment>
        <translation>سؤال</translation>
    </message>
    <message>
        <source>a model</source>
        <comment>one entry of this kind</comment>
        <translation>نموذج</translation>
    </message>
    <message>
        <source>a lesson</source>
        <comment>one entry of this kind</comment>
        <translation>درس مستفاد</translation>
    </message>
    <message>
        <source>must be non-empty text</source>
        <translation>يجب أن يكون نصًا غير فارغ</translation>
    </message>
    <message>
        <source>must be a year such as 1999</source>
        <translation>يجب أن يكون سنة مثل 1999</translation>
    </message>
    <message>
        <source>must be a year such as 1999, or one of {qualifiers} before it (&quot;about 1999&quot;)</source>
        <translation>يجب أن يكون سنة مثل 1999، أو سنة تسبقها إحدى الكلمات {qualifiers} (&quot;about 1999&quot;)</translation>
    </message>
    <message>
        <source>must be {{amount: NUMBER, currency: ISO CODE, period: TEXT}} (at_least: true for a minimum)</source>
        <translation>يجب أن يكون {{amount: NUMBER, currency: ISO CODE, period: TEXT}} (مع at_least: true إذا كان المبلغ حدًا أدنى)</translation>
    </message>
    <message>
        <source>unknown field; an amount has {fields}</source>
        <translation>حقل غير معروف؛ حقول المبلغ هي {fields}</translation>
    </message>
    <message>
        <source>must be a number above zero, without currency or separators (28000000)</source>
        <translation>يجب أن يكون عددًا أكبر من الصفر، دون عملة أو فواصل (28000000)</translation>
    </message>
    <message>
        <source>must be a three-letter ISO 4217 code such as GBP, CHF or USD</source>
        <translation>يجب أن يكون رمز ISO 4217 من ثلاثة أحرف مثل GBP أو CHF أو USD</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>يجب أن يكون true أو false</translation>
    </message>
    <message>
        <source>must be one of the attribute&apos;s choices: {choices} (found {found})</source>
        <translation>يجب أن يكون أحد خيارات السمة: {choices} (القيمة الموجودة: {found})</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>يجب أن يكون عددًا</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>يجب أن يكون قائمة غير فارغة</translation>
    </message>
    <message>
        <source>must be one of: {allowed} (found {found})</source>
        <translation>يجب أن يكون أحد ما يلي: {allowed} (القيمة الموجودة: {found})</translation>
    </message>
    <message>
        <source>must be non-empty text or a number</source>
        <translation>يجب أن يكون نصًا غير فارغ أو عددًا</translation>
    </message>
    <message>
        <source>must be non-empty text or a year</source>
        <translation>يجب أن يكون نصًا غير فارغ أو سنة</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <source>not a pack archive (zip): {reason}</source>
        <translation>ليس أرشيف حزمة (zip): {reason}</translation>
    </message>
    <message>
        <source>damaged archive: {reason}</source>
        <translation>أرشيف تالف: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>holds %n file(s) and folder(s); at most {most} are accepted</source>
        <translation>
            <numerusform>يضم %n من الملفات والمجلدات؛ الحد الأقصى المقبول هو {most}</numerusform>
            <numerusform>يضم %n من الملفات والمجلدات؛ الحد الأقصى المقبول هو {most}</numerusform>
            <numerusform>يضم %n من الملفات والمجلدات؛ الحد الأقصى المقبول هو {most}</numerusform>
            <numerusform>يضم %n من الملفات والمجلدات؛ الحد الأقصى المقبول هو {most}</numerusform>
            <numerusform>يضم %n من الملفات والمجلدات؛ الحد الأقصى المقبول هو {most}</numerusform>
            <numerusform>يضم %n من الملفات والمجلدات؛ الحد الأقصى المقبول هو {most}</numerusform>
        </translation>
    </message>
    <message>
        <source>unpacks to {total} bytes; at most {most} are accepted</source>
        <translation>حجمه بعد فك الضغط {total} بايت؛ الحد الأقصى المقبول هو {most}</translation>
    </message>
    <message>
        <source>holds a file without a name; refused</source>
        <translation>يضم ملفًا بلا اسم؛ مرفوض</translation>
    </message>
    <message>
        <source>absolute path in archive; refused</source>
        <translation>مسار مطلق في الأرشيف؛ مرفوض</translation>
    </message>
    <message>
        <source>path leaves the pack folder (&apos;..&apos;); refused</source>
        <translation>مسار يخرج من مجلد الحزمة (&apos;..&apos;)؛ مرفوض</translation>
    </message>
    <message>
        <source>appears twice in the archive; refused, as either copy could be read</source>
        <translation>يظهر مرتين في الأرشيف؛ مرفوض، إذ قد تُقرأ أيٌّ من النسختين</translation>
    </message>
    <message>
        <source>symbolic link in archive; refused</source>
        <translation>رابط رمزي في الأرشيف؛ مرفوض</translation>
    </message>
    <message>
        <source>encrypted; packs cannot be encrypted, build the archive without a password</source>
        <translation>مشفّر؛ لا يجوز تشفير الحزم، أنشئ الأرشيف دون كلمة مرور</translation>
    </message>
    <message>
        <source>compressed with an unsupported method ({method}); build the archive with ordinary Deflate compression (partnership-atlas pack build)</source>
        <translation>مضغوط بطريقة غير مدعومة ({method})؛ أنشئ الأرشيف بضغط Deflate العادي (partnership-atlas pack build)</translation>
    </message>
    <message>
        <source>file of {size} bytes; at most {most} are accepted</source>
        <translation>ملف حجمه {size} بايت؛ الحد الأقصى المقبول هو {most}</translation>
    </message>
    <message>
        <source>compression ratio too high (possible zip bomb); refused</source>
        <translation>نسبة الضغط مرتفعة جدًا (قد يكون قنبلة zip)؛ مرفوض</translation>
    </message>
    <message>
        <source>must be a list of groups, e.g. - IFRC = International Federation</source>
        <translation>يجب أن يكون قائمة مجموعات، مثل: - IFRC = الاتحاد الدولي</translation>
    </message>
    <message>
        <source>must be names joined by &apos; = &apos; (DFID = Department for International Development) or a list of names</source>
        <translation>يجب أن يكون أسماء تفصل بينها &apos; = &apos; (DFID = وزارة التنمية الدولية) أو قائمة أسماء</translation>
    </message>
    <message>
        <source>has an empty name: write each name between the &apos; = &apos; signs</source>
        <translation>يتضمن اسمًا فارغًا: اكتب اسمًا بين كل علامتي &apos; = &apos; متتاليتين</translation>
    </message>
    <message>
        <source>has a name longer than {most} characters</source>
        <translation>يتضمن اسمًا يزيد طوله على {most} من الأحرف</translation>
    </message>
    <message>
        <source>needs at least two different names</source>
        <translation>يحتاج إلى اسمين مختلفين على الأقل</translation>
    </message>
    <message numerus="yes">
        <source>has %n name(s); at most {most} are allowed in a group</source>
        <translation>
            <numerusform>يضم %n اسم؛ الحد الأقصى المسموح به في المجموعة الواحدة {most}</numerusform>
            <numerusform>يضم %n اسم؛ الحد الأقصى المسموح به في المجموعة الواحدة {most}</numerusform>
            <numerusform>يضم %n اسمين؛ الحد الأقصى المسموح به في المجموعة الواحدة {most}</numerusform>
            <numerusform>يضم %n أسماء؛ الحد الأقصى المسموح به في المجموعة الواحدة {most}</numerusform>
            <numerusform>يضم %n اسمًا؛ الحد الأقصى المسموح به في المجموعة الواحدة {most}</numerusform>
            <numerusform>يضم %n اسم؛ الحد الأقصى المسموح به في المجموعة الواحدة {most}</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is also in group {group}: put all its names in one group</source>
        <translation>&apos;{name}&apos; موجود أيضًا في المجموعة {group}: ضع كل أسمائه في مجموعة واحدة</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; differs from the original&apos;s ({found} instead of {expected}); a translation changes words only</source>
        <translation>الحقل &apos;{name}&apos; يختلف عن الأصل ({found} بدلًا من {expected})؛ لا تغيّر الترجمة إلا الكلمات</translation>
    </message>
    <message>
        <source>its figures differ from the original&apos;s: it lacks {missing} and adds {added}</source>
        <translation>تختلف أرقامه عن أرقام الأصل: ينقصه {missing} ويضيف {added}</translation>
    </message>
    <message>
        <source>its figures differ from the original&apos;s: it lacks {missing}</source>
        <translation>تختلف أرقامه عن أرقام الأصل: ينقصه {missing}</translation>
    </message>
    <message>
        <source>its figures differ from the original&apos;s: it adds {added}</source>
        <translation>تختلف أرقامه عن أرقام الأصل: يضيف {added}</translation>
    </message>
    <message>
        <source>must be a list of language tags such as [en, fr, es, ar]</source>
        <translation>يجب أن يكون قائمة بوسوم لغات مثل [en, fr, es, ar]</translation>
    </message>
    <message>
        <source>must include the pack&apos;s own language, {language}</source>
        <translation>يجب أن يتضمن لغة الحزمة نفسها، {language}</translation>
    </message>
    <message>
        <source>must map each of pack.yaml&apos;s choices to its words in this language</source>
        <translation>يجب أن يربط كل خيار من خيارات pack.yaml بكلماته في هذه اللغة</translation>
    </message>
    <message>
        <source>pack.yaml declares no choice {unknown} (its choices: {choices})</source>
        <translation>لا يعلن pack.yaml أي خيار باسم {unknown} (خياراته: {choices})</translation>
    </message>
    <message>
        <source>is in &apos;{language}&apos;, which pack.yaml&apos;s languages do not list</source>
        <translation>مكتوب باللغة &apos;{language}&apos;، وهي غير مدرجة في languages في pack.yaml</translation>
    </message>
    <message>
        <source>unknown field{hint}; a pack&apos;s translation has {fields}</source>
        <translation>حقل غير معروف{hint}؛ حقول ترجمة الحزمة هي {fields}</translation>
    </message>
    <message>
        <source>must list the attributes of pack.yaml, each once, by key</source>
        <translation>يجب أن يذكر سمات pack.yaml، كلًّا منها مرة واحدة، بمفتاحها</translation>
    </message>
    <message>
        <source>unknown field; a translated attribute has {fields}</source>
        <translation>حقل غير معروف؛ حقول السمة المترجمة هي {fields}</translation>
    </message>
    <message>
        <source>values nested more than {most} levels deep</source>
        <translation>قيم متداخلة بعمق يتجاوز {most} من المستويات</translation>
    </message>
    <message>
        <source>YAML syntax error: {problem}</source>
        <translation>خطأ في صياغة YAML: {problem}</translation>
    </message>
    <message>
        <source>YAML error: {reason}</source>
        <translation>خطأ YAML: {reason}</translation>
    </message>
    <message>
        <source>a value cannot be read as the date, number or other type it looks like ({reason})</source>
        <translation>تتعذّر قراءة قيمة على أنها التاريخ أو الرقم أو النوع الآخر الذي تبدو عليه ({reason})</translation>
    </message>
    <message>
        <source>a value cannot be read as the date, number or other type it looks like</source>
        <translation>تتعذّر قراءة قيمة على أنها التاريخ أو الرقم أو النوع الآخر الذي تبدو عليه</translation>
    </message>
    <message>
        <source>an alias (*name) refers to a value that contains it; write the values out</source>
        <translation>اسم مستعار (*name) يشير إلى قيمة تحتويه؛ اكتب القيم كاملة</translation>
    </message>
    <message>
        <source>the name {name} reads as a date, not as text; put it in quotes</source>
        <translation>الاسم {name} يُقرأ تاريخًا لا نصًا؛ ضعه بين علامتي تنصيص</translation>
    </message>
    <message>
        <source>the name {name} reads as binary data, not as text; put it in quotes</source>
        <translation>الاسم {name} يُقرأ بيانات ثنائية لا نصًا؛ ضعه بين علامتي تنصيص</translation>
    </message>
    <message>
        <source>aliases (*name) repeat values into more than {most} characters; write the values out</source>
        <translation>الأسماء المستعارة (*name) تكرر القيم حتى تتجاوز {most} من الأحرف؛ اكتب القيم كاملة</translation>
    </message>
    <message>
        <source>the file must start with a &apos;---&apos; line opening the YAML front matter</source>
        <translation>يجب أن يبدأ الملف بسطر &apos;---&apos; يفتح الترويسة الأمامية (front matter) بصيغة YAML</translation>
    </message>
    <message>
        <source>the front matter is never closed by a second &apos;---&apos; line</source>
        <translation>لا يوجد سطر &apos;---&apos; ثانٍ يغلق الترويسة الأمامية (front matter)</translation>
    </message>
    <message>
        <source>the front matter must be a mapping of field: value</source>
        <translation>يجب أن تكون الترويسة الأمامية (front matter) تعيينًا بالصيغة field: value</translation>
    </message>
    <message>
        <source>at least {currency} {amount}, {period}</source>
        <translation>ما لا يقل عن {amount} {currency}، {period}</translation>
    </message>
    <message>
        <source>{currency} {amount}, {period}</source>
        <translation>{amount} {currency}، {period}</translation>
    </message>
    <message numerus="yes">
        <source>{number} billion</source>
        <translation>
            <numerusform>{number} مليار</numerusform>
            <numerusform>{number} مليار</numerusform>
            <numerusform>{number} مليار</numerusform>
            <numerusform>{number} مليارات</numerusform>
            <numerusform>{number} مليارًا</numerusform>
            <numerusform>{number} مليار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{number} million</source>
        <translation>
            <numerusform>{number} مليون</numerusform>
            <numerusform>{number} مليون</numerusform>
            <numerusform>{number} مليون</numerusform>
            <numerusform>{number} ملايين</numerusform>
            <numerusform>{number} مليونًا</numerusform>
            <numerusform>{number} مليون</numerusform>
        </translation>
    </message>
    <message>
        <source>notes could not be read from {path} ({reason}); only the reference content was searched.</source>
        <translation>تعذّرت قراءة الملاحظات من {path} ({reason})؛ اقتصر البحث على المحتوى المرجعي.</translation>
    </message>
    <message>
        <source>&apos;{second}&apos; repeats the text of &apos;{text}&apos; on most rows: not used</source>
        <translation>&apos;{second}&apos; يكرر نص &apos;{text}&apos; في معظم الصفوف: غير مستخدم</translation>
    </message>
    <message>
        <source>{reason}: not used</source>
        <translation>{reason}: غير مستخدم</translation>
    </message>
    <message>
        <source>repeats its values ({titles} different beside {texts} different texts; {examples}): not titles, so each title is made from the lesson&apos;s text</source>
        <translation>يكرر قيمه (عدد القيم المختلفة: {titles}، مقابل {texts} من النصوص المختلفة؛ {examples}): ليست عناوين، لذا يُنشأ عنوان كل درس من نصه</translation>
    </message>
    <message numerus="yes">
        <source>prose too (%n word(s) a cell): &apos;{text}&apos; is taken as the text and this one kept beside it, shown and searched</source>
        <translation>
            <numerusform>نص نثري أيضًا (%n كلمة لكل خلية): يُعتمد &apos;{text}&apos; نصًا للدرس، ويُحتفظ بهذا العمود إلى جانبه فيُعرض ويُشمل في البحث</numerusform>
            <numerusform>نص نثري أيضًا (%n كلمة لكل خلية): يُعتمد &apos;{text}&apos; نصًا للدرس، ويُحتفظ بهذا العمود إلى جانبه فيُعرض ويُشمل في البحث</numerusform>
            <numerusform>نص نثري أيضًا (%n كلمتان لكل خلية): يُعتمد &apos;{text}&apos; نصًا للدرس، ويُحتفظ بهذا العمود إلى جانبه فيُعرض ويُشمل في البحث</numerusform>
            <numerusform>نص نثري أيضًا (%n كلمات لكل خلية): يُعتمد &apos;{text}&apos; نصًا للدرس، ويُحتفظ بهذا العمود إلى جانبه فيُعرض ويُشمل في البحث</numerusform>
            <numerusform>نص نثري أيضًا (%n كلمة لكل خلية): يُعتمد &apos;{text}&apos; نصًا للدرس، ويُحتفظ بهذا العمود إلى جانبه فيُعرض ويُشمل في البحث</numerusform>
            <numerusform>نص نثري أيضًا (%n كلمة لكل خلية): يُعتمد &apos;{text}&apos; نصًا للدرس، ويُحتفظ بهذا العمود إلى جانبه فيُعرض ويُشمل في البحث</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{header}&apos; is named like {named} but {why}</source>
        <translation>&apos;{header}&apos; يوحي اسمه بأنه {named}، لكنه {why}</translation>
    </message>
    <message>
        <source>&apos;{header}&apos; is named like {named} but {why}; it is taken as {chosen}</source>
        <translation>&apos;{header}&apos; يوحي اسمه بأنه {named}، لكنه {why}؛ ويُعتمد على أنه {chosen}</translation>
    </message>
    <message>
        <source>{description} (the one with the lessons; the workbook&apos;s other sheets: {sheets})</source>
        <translation>{description} (الورقة التي تضم الدروس المستفادة؛ أوراق المصنف الأخرى: {sheets})</translation>
    </message>
    <message numerus="yes">
        <source>the text column &apos;{header}&apos; holds only %Ln different value(s) in {rows} rows: it looks like a label, not the lessons&apos; text</source>
        <translation>
            <numerusform>عمود النص &apos;{header}&apos; لا يضم إلا %Ln قيمة مختلفة في {rows} من الصفوف: يبدو أنه يضم تسميات، لا نص الدروس</numerusform>
            <numerusform>عمود النص &apos;{header}&apos; لا يضم إلا %Ln قيمة مختلفة في {rows} من الصفوف: يبدو أنه يضم تسميات، لا نص الدروس</numerusform>
            <numerusform>عمود النص &apos;{header}&apos; لا يضم إلا %Ln قيمتين مختلفتين في {rows} من الصفوف: يبدو أنه يضم تسميات، لا نص الدروس</numerusform>
            <numerusform>عمود النص &apos;{header}&apos; لا يضم إلا %Ln قيم مختلفة في {rows} من الصفوف: يبدو أنه يضم تسميات، لا نص الدروس</numerusform>
            <numerusform>عمود النص &apos;{header}&apos; لا يضم إلا %Ln قيمة مختلفة في {rows} من الصفوف: يبدو أنه يضم تسميات، لا نص الدروس</numerusform>
            <numerusform>عمود النص &apos;{header}&apos; لا يضم إلا %Ln قيمة مختلفة في {rows} من الصفوف: يبدو أنه يضم تسميات، لا نص الدروس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this mapping would skip {skipped} of %Ln row(s) ({share})</source>
        <translation>
            <numerusform>سيتخطى هذا التعيين {skipped} من أصل %Ln صف ({share})</numerusform>
            <numerusform>سيتخطى هذا التعيين {skipped} من أصل %Ln صف ({share})</numerusform>
            <numerusform>سيتخطى هذا التعيين {skipped} من أصل %Ln صفين ({share})</numerusform>
            <numerusform>سيتخطى هذا التعيين {skipped} من أصل %Ln صفوف ({share})</numerusform>
            <numerusform>سيتخطى هذا التعيين {skipped} من أصل %Ln صفًا ({share})</numerusform>
            <numerusform>سيتخطى هذا التعيين {skipped} من أصل %Ln صف ({share})</numerusform>
        </translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>it holds strings of 0 and 1 ({examples})</source>
        <translation>يضم سلاسل من 0 و1 ({examples})</translation>
    </message>
    <message>
        <source>it numbers the rows</source>
        <translation>يرقّم الصفوف</translation>
    </message>
    <message numerus="yes">
        <source>holds only %Ln label(s) ({examples}): not the text</source>
        <translation>
            <numerusform>لا يضم إلا %Ln تسمية ({examples}): ليس النص</numerusform>
            <numerusform>لا يضم إلا %Ln تسمية ({examples}): ليس النص</numerusform>
            <numerusform>لا يضم إلا %Ln تسميتين ({examples}): ليس النص</numerusform>
            <numerusform>لا يضم إلا %Ln تسميات ({examples}): ليس النص</numerusform>
            <numerusform>لا يضم إلا %Ln تسمية ({examples}): ليس النص</numerusform>
            <numerusform>لا يضم إلا %Ln تسمية ({examples}): ليس النص</numerusform>
        </translation>
    </message>
    <message>
        <source>holds codes, numbers or dates: not the text</source>
        <translation>يحتوي على رموز أو أرقام أو تواريخ، لا على النص</translation>
    </message>
    <message numerus="yes">
        <source>header only: %Ln word(s) a cell is short for a lesson</source>
        <translation>
            <numerusform>عنوان العمود وحده: بمعدل %Ln كلمة في الخلية، وهذا قليل لدرس مستفاد</numerusform>
            <numerusform>عنوان العمود وحده: بمعدل %Ln كلمة في الخلية، وهذا قليل لدرس مستفاد</numerusform>
            <numerusform>عنوان العمود وحده: بمعدل %Ln كلمتين في الخلية، وهذا قليل لدرس مستفاد</numerusform>
            <numerusform>عنوان العمود وحده: بمعدل %Ln كلمات في الخلية، وهذا قليل لدرس مستفاد</numerusform>
            <numerusform>عنوان العمود وحده: بمعدل %Ln كلمة في الخلية، وهذا قليل لدرس مستفاد</numerusform>
            <numerusform>عنوان العمود وحده: بمعدل %Ln كلمة في الخلية، وهذا قليل لدرس مستفاد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>holds %Ln word(s) a cell: too short for the text</source>
        <translation>
            <numerusform>يحتوي على %Ln كلمة في الخلية بالمتوسط: أقصر من أن يكون النص</numerusform>
            <numerusform>يحتوي على %Ln كلمة في الخلية بالمتوسط: أقصر من أن يكون النص</numerusform>
            <numerusform>يحتوي على %Ln كلمتين في الخلية بالمتوسط: أقصر من أن يكون النص</numerusform>
            <numerusform>يحتوي على %Ln كلمات في الخلية بالمتوسط: أقصر من أن يكون النص</numerusform>
            <numerusform>يحتوي على %Ln كلمة في الخلية بالمتوسط: أقصر من أن يكون النص</numerusform>
            <numerusform>يحتوي على %Ln كلمة في الخلية بالمتوسط: أقصر من أن يكون النص</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>text of %Ln word(s) a cell</source>
        <translation>
            <numerusform>نص بمعدل %Ln كلمة في الخلية</numerusform>
            <numerusform>نص بمعدل %Ln كلمة في الخلية</numerusform>
            <numerusform>نص بمعدل %Ln كلمتين في الخلية</numerusform>
            <numerusform>نص بمعدل %Ln كلمات في الخلية</numerusform>
            <numerusform>نص بمعدل %Ln كلمة في الخلية</numerusform>
            <numerusform>نص بمعدل %Ln كلمة في الخلية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>long, varied prose: %Ln word(s) a cell, {texts} different texts in {rows} rows looked at</source>
        <translation>
            <numerusform>نص نثري طويل ومتنوع: بمعدل %Ln كلمة في الخلية، وعدد النصوص المختلفة {texts} في {rows} من الصفوف المفحوصة</numerusform>
            <numerusform>نص نثري طويل ومتنوع: بمعدل %Ln كلمة في الخلية، وعدد النصوص المختلفة {texts} في {rows} من الصفوف المفحوصة</numerusform>
            <numerusform>نص نثري طويل ومتنوع: بمعدل %Ln كلمتين في الخلية، وعدد النصوص المختلفة {texts} في {rows} من الصفوف المفحوصة</numerusform>
            <numerusform>نص نثري طويل ومتنوع: بمعدل %Ln كلمات في الخلية، وعدد النصوص المختلفة {texts} في {rows} من الصفوف المفحوصة</numerusform>
            <numerusform>نص نثري طويل ومتنوع: بمعدل %Ln كلمة في الخلية، وعدد النصوص المختلفة {texts} في {rows} من الصفوف المفحوصة</numerusform>
            <numerusform>نص نثري طويل ومتنوع: بمعدل %Ln كلمة في الخلية، وعدد النصوص المختلفة {texts} في {rows} من الصفوف المفحوصة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>varied sentences: %Ln word(s) a cell, {texts} different texts in {rows} rows looked at</source>
        <translation>
            <numerusform>جمل متنوعة: بمعدل %Ln كلمة في الخلية، وعدد النصوص المختلفة {texts} في {rows} من الصفوف المفحوصة</numerusform>
            <numerusform>جمل متنوعة: بمعدل %Ln كلمة في الخلية، وعدد النصوص المختلفة {texts} في {rows} من الصفوف المفحوصة</numerusform>
            <numerusform>جمل متنوعة: بمعدل %Ln كلمتين في الخلية، وعدد النصوص المختلفة {texts} في {rows} من الصفوف المفحوصة</numerusform>
            <numerusform>جمل متنوعة: بمعدل %Ln كلمات في الخلية، وعدد النصوص المختلفة {texts} في {rows} من الصفوف المفحوصة</numerusform>
            <numerusform>جمل متنوعة: بمعدل %Ln كلمة في الخلية، وعدد النصوص المختلفة {texts} في {rows} من الصفوف المفحوصة</numerusform>
            <numerusform>جمل متنوعة: بمعدل %Ln كلمة في الخلية، وعدد النصوص المختلفة {texts} في {rows} من الصفوف المفحوصة</numerusform>
        </translation>
    </message>
    <message>
        <source>header and contents: {what}</source>
        <translation>عنوان العمود ومحتواه: {what}</translation>
    </message>
    <message>
        <source>contents: {what}</source>
        <translation>المحتوى: {what}</translation>
    </message>
    <message>
        <source>{reason}; named as the edited text</source>
        <translation>{reason}؛ واسمه يدل على أنه النص المُحرَّر</translation>
    </message>
    <message numerus="yes">
        <source>%Ln label(s) naming lessons or challenges ({examples})</source>
        <translation>
            <numerusform>%Ln تسمية تدل على دروس مستفادة أو تحديات ({examples})</numerusform>
            <numerusform>%Ln تسمية تدل على دروس مستفادة أو تحديات ({examples})</numerusform>
            <numerusform>%Ln تسميتان تدلان على دروس مستفادة أو تحديات ({examples})</numerusform>
            <numerusform>%Ln تسميات تدل على دروس مستفادة أو تحديات ({examples})</numerusform>
            <numerusform>%Ln تسمية تدل على دروس مستفادة أو تحديات ({examples})</numerusform>
            <numerusform>%Ln تسمية تدل على دروس مستفادة أو تحديات ({examples})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>header; %Ln label(s) ({examples})</source>
        <translation>
            <numerusform>عنوان العمود؛ %Ln تسمية ({examples})</numerusform>
            <numerusform>عنوان العمود؛ %Ln تسمية ({examples})</numerusform>
            <numerusform>عنوان العمود؛ %Ln تسميتان ({examples})</numerusform>
            <numerusform>عنوان العمود؛ %Ln تسميات ({examples})</numerusform>
            <numerusform>عنوان العمود؛ %Ln تسمية ({examples})</numerusform>
            <numerusform>عنوان العمود؛ %Ln تسمية ({examples})</numerusform>
        </translation>
    </message>
    <message>
        <source>does not hold a few labels such as &apos;Lesson&apos; or &apos;Challenge&apos;</source>
        <translation>لا يحتوي على بضع تسميات مثل &apos;Lesson&apos; أو &apos;Challenge&apos;</translation>
    </message>
    <message>
        <source>holds codes ({examples}), not titles: each lesson&apos;s title is made from its text (first sentence, near 80 characters)</source>
        <translation>يحتوي على رموز ({examples}) لا على عناوين: يُنشأ عنوان كل درس من نصه (الجملة الأولى، في حدود 80 حرفًا)</translation>
    </message>
    <message>
        <source>repeats the same values on many rows ({distinct} different in {filled}; {examples}): not titles, so each title is made from the lesson&apos;s text</source>
        <translation>يكرر القيم نفسها في صفوف كثيرة (القيم المختلفة: {distinct} من {filled}؛ {examples}): ليست عناوين، لذا يُنشأ كل عنوان من نص الدرس</translation>
    </message>
    <message>
        <source>holds long prose, not titles</source>
        <translation>يحتوي على نص نثري طويل، لا على عناوين</translation>
    </message>
    <message numerus="yes">
        <source>header; short text (%n word(s) a cell)</source>
        <translation>
            <numerusform>عنوان العمود؛ نص قصير (بمعدل %n كلمة في الخلية)</numerusform>
            <numerusform>عنوان العمود؛ نص قصير (بمعدل %n كلمة في الخلية)</numerusform>
            <numerusform>عنوان العمود؛ نص قصير (بمعدل %n كلمتين في الخلية)</numerusform>
            <numerusform>عنوان العمود؛ نص قصير (بمعدل %n كلمات في الخلية)</numerusform>
            <numerusform>عنوان العمود؛ نص قصير (بمعدل %n كلمة في الخلية)</numerusform>
            <numerusform>عنوان العمود؛ نص قصير (بمعدل %n كلمة في الخلية)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>header; short, varied text (%n word(s) a cell)</source>
        <translation>
            <numerusform>عنوان العمود؛ نص قصير ومتنوع (بمعدل %n كلمة في الخلية)</numerusform>
            <numerusform>عنوان العمود؛ نص قصير ومتنوع (بمعدل %n كلمة في الخلية)</numerusform>
            <numerusform>عنوان العمود؛ نص قصير ومتنوع (بمعدل %n كلمتين في الخلية)</numerusform>
            <numerusform>عنوان العمود؛ نص قصير ومتنوع (بمعدل %n كلمات في الخلية)</numerusform>
            <numerusform>عنوان العمود؛ نص قصير ومتنوع (بمعدل %n كلمة في الخلية)</numerusform>
            <numerusform>عنوان العمود؛ نص قصير ومتنوع (بمعدل %n كلمة في الخلية)</numerusform>
        </translation>
    </message>
    <message>
        <source>header; short codes such as {examples}</source>
        <translation>عنوان العمود؛ رموز قصيرة مثل {examples}</translation>
    </message>
    <message>
        <source>contents: short codes repeated on many rows ({examples}); kept on each lesson as its code</source>
        <translation>المحتوى: رموز قصيرة مكررة في صفوف كثيرة ({examples})؛ يُحتفظ بها مع كل درس بوصفها رمزه</translation>
    </message>
    <message>
        <source>contents: short codes ({examples}) where titles were expected; kept on each lesson as its code</source>
        <translation>المحتوى: رموز قصيرة ({examples}) حيث يُتوقع وجود عناوين؛ يُحتفظ بها مع كل درس بوصفها رمزه</translation>
    </message>
    <message>
        <source>holds sentences, not ids</source>
        <translation>يحتوي على جمل، لا على معرّفات</translation>
    </message>
    <message>
        <source>repeats values ({distinct} different in {filled} rows): not an id, ids come from the text</source>
        <translation>يكرر القيم (القيم المختلفة: {distinct} في {filled} من الصفوف): ليس معرّفًا، فالمعرّفات تُنشأ من النص</translation>
    </message>
    <message>
        <source>header; a different value on every row</source>
        <translation>عنوان العمود؛ قيمة مختلفة في كل صف</translation>
    </message>
    <message>
        <source>header</source>
        <comment>a column chosen by its header alone</comment>
        <translation>عنوان العمود</translation>
    </message>
    <message>
        <source>header; {share} dates</source>
        <translation>عنوان العمود؛ {share} من القيم تواريخ</translation>
    </message>
    <message>
        <source>header; {share} years</source>
        <translation>عنوان العمود؛ {share} من القيم سنوات</translation>
    </message>
    <message>
        <source>contents: {share} dates</source>
        <translation>المحتوى: {share} من القيم تواريخ</translation>
    </message>
    <message>
        <source>does not hold dates</source>
        <translation>لا يحتوي على تواريخ</translation>
    </message>
    <message>
        <source>holds prose, not short values</source>
        <translation>يحتوي على نص نثري، لا على قيم قصيرة</translation>
    </message>
    <message>
        <source>contents: {share} country names ({examples})</source>
        <translation>المحتوى: {share} من القيم أسماء بلدان ({examples})</translation>
    </message>
    <message>
        <source>contents: {share} region names ({examples})</source>
        <translation>المحتوى: {share} من القيم أسماء مناطق ({examples})</translation>
    </message>
    <message>
        <source>the lesson text</source>
        <comment>a lesson&apos;s field</comment>
        <translation>نص الدرس</translation>
    </message>
    <message>
        <source>the second text</source>
        <comment>a lesson&apos;s field</comment>
        <translation>النص الثاني</translation>
    </message>
    <message>
        <source>the title</source>
        <comment>a lesson&apos;s field</comment>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>the type</source>
        <comment>a lesson&apos;s field</comment>
        <translation>النوع</translation>
    </message>
    <message>
        <source>the code</source>
        <comment>a lesson&apos;s field</comment>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>the country</source>
        <comment>a lesson&apos;s field</comment>
        <translation>البلد</translation>
    </message>
    <message>
        <source>the region</source>
        <comment>a lesson&apos;s field</comment>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>the sector</source>
        <comment>a lesson&apos;s field</comment>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>the hazard</source>
        <comment>a lesson&apos;s field</comment>
        <translation>الخطر</translation>
    </message>
    <message>
        <source>the date</source>
        <comment>a lesson&apos;s field</comment>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>the id</source>
        <comment>a lesson&apos;s field</comment>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>the source</source>
        <comment>a lesson&apos;s field</comment>
        <translation>المصدر</translation>
    </message>
    <message numerus="yes">
        <source>header; %Ln value(s) ({examples})</source>
        <translation>
            <numerusform>عنوان العمود؛ %Ln قيمة ({examples})</numerusform>
            <numerusform>عنوان العمود؛ %Ln قيمة ({examples})</numerusform>
            <numerusform>عنوان العمود؛ %Ln قيمتان ({examples})</numerusform>
            <numerusform>عنوان العمود؛ %Ln قيم ({examples})</numerusform>
            <numerusform>عنوان العمود؛ %Ln قيمة ({examples})</numerusform>
            <numerusform>عنوان العمود؛ %Ln قيمة ({examples})</numerusform>
        </translation>
    </message>
    <message>
        <source>the same text as an earlier row</source>
        <translation>النص نفسه موجود في صف سابق</translation>
    </message>
    <message>
        <source>the same row as an earlier one</source>
        <translation>الصف مطابق لصف سابق</translation>
    </message>
    <message>
        <source>more or fewer cells than the header&apos;s {cells}: check the quoting (a separator inside a cell must be quoted)</source>
        <translation>عدد الخلايا أكثر أو أقل من عدد خلايا صف العناوين ({cells}): تحقق من علامات الاقتباس (يجب وضع أي فاصل داخل خلية بين علامتي اقتباس)</translation>
    </message>
    <message>
        <source>the text cell is empty; the text is taken from &apos;{header}&apos;</source>
        <translation>خلية النص فارغة؛ أُخذ النص من &apos;{header}&apos;</translation>
    </message>
    <message numerus="yes">
        <source>it has %n cell(s), the header {header}: check the quoting</source>
        <translation>
            <numerusform>فيه %n خلية، وفي صف العناوين {header}: تحقق من علامات الاقتباس</numerusform>
            <numerusform>فيه %n خلية، وفي صف العناوين {header}: تحقق من علامات الاقتباس</numerusform>
            <numerusform>فيه %n خليتان، وفي صف العناوين {header}: تحقق من علامات الاقتباس</numerusform>
            <numerusform>فيه %n خلايا، وفي صف العناوين {header}: تحقق من علامات الاقتباس</numerusform>
            <numerusform>فيه %n خلية، وفي صف العناوين {header}: تحقق من علامات الاقتباس</numerusform>
            <numerusform>فيه %n خلية، وفي صف العناوين {header}: تحقق من علامات الاقتباس</numerusform>
        </translation>
    </message>
    <message>
        <source>the text cell is empty</source>
        <translation>خلية النص فارغة</translation>
    </message>
    <message>
        <source>the text is {length} characters long; at most {most} are accepted</source>
        <translation>عدد أحرف النص {length}، والحد الأقصى المقبول {most}</translation>
    </message>
    <message>
        <source>type &apos;{label}&apos; is neither a lesson nor a challenge; kept as the lesson&apos;s type text</source>
        <translation>النوع &apos;{label}&apos; ليس درسًا مستفادًا ولا تحديًا؛ أُبقي عليه نصًا لنوع الدرس</translation>
    </message>
    <message>
        <source>type is {length} characters long, too long for a type; left out</source>
        <translation>عدد أحرف النوع {length}، وهو أطول من أن يكون نوعًا؛ استُبعد</translation>
    </message>
    <message>
        <source>types too long for a type; left out</source>
        <translation>قيم نوع أطول من أن تكون نوعًا؛ استُبعدت</translation>
    </message>
    <message>
        <source>country is {length} characters long, too long for a country; left out</source>
        <translation>عدد أحرف البلد {length}، وهو أطول من أن يكون اسم بلد؛ استُبعد</translation>
    </message>
    <message>
        <source>country values too long for a country; left out</source>
        <translation>قيم بلد أطول من أن تكون اسم بلد؛ استُبعدت</translation>
    </message>
    <message>
        <source>region is {length} characters long, too long for a region; left out</source>
        <translation>عدد أحرف المنطقة {length}، وهو أطول من أن يكون اسم منطقة؛ استُبعدت</translation>
    </message>
    <message>
        <source>region values too long for a region; left out</source>
        <translation>قيم منطقة أطول من أن تكون اسم منطقة؛ استُبعدت</translation>
    </message>
    <message>
        <source>sector is {length} characters long, too long for a sector; left out</source>
        <translation>عدد أحرف القطاع {length}، وهو أطول من أن يكون قطاعًا؛ استُبعد</translation>
    </message>
    <message>
        <source>sector values too long for a sector; left out</source>
        <translation>قيم قطاع أطول من أن تكون قطاعًا؛ استُبعدت</translation>
    </message>
    <message>
        <source>hazard is {length} characters long, too long for a hazard; left out</source>
        <translation>عدد أحرف الخطر {length}، وهو أطول من أن يكون خطرًا؛ استُبعد</translation>
    </message>
    <message>
        <source>hazard values too long for a hazard; left out</source>
        <translation>قيم خطر أطول من أن تكون خطرًا؛ استُبعدت</translation>
    </message>
    <message numerus="yes">
        <source>{field}: &apos;{spelling}&apos; (%n row(s)) merged into &apos;{winner}&apos;</source>
        <translation>
            <numerusform>{field}: دُمج &apos;{spelling}&apos; (%n صف) في &apos;{winner}&apos;</numerusform>
            <numerusform>{field}: دُمج &apos;{spelling}&apos; (%n صف) في &apos;{winner}&apos;</numerusform>
            <numerusform>{field}: دُمج &apos;{spelling}&apos; (%n صفان) في &apos;{winner}&apos;</numerusform>
            <numerusform>{field}: دُمج &apos;{spelling}&apos; (%n صفوف) في &apos;{winner}&apos;</numerusform>
            <numerusform>{field}: دُمج &apos;{spelling}&apos; (%n صفًا) في &apos;{winner}&apos;</numerusform>
            <numerusform>{field}: دُمج &apos;{spelling}&apos; (%n صف) في &apos;{winner}&apos;</numerusform>
        </translation>
    </message>
    <message>
        <source>the same text as an earlier row; its {values} not kept</source>
        <translation>النص نفسه موجود في صف سابق؛ لم يُحتفظ بقيمه المختلفة: {values}</translation>
    </message>
    <message>
        <source>the id cell is empty; the id is made from the text, so a change to the text will make it a new lesson</source>
        <translation>خلية المعرّف فارغة؛ يُنشأ المعرّف من النص، فأي تغيير في النص سيجعله درسًا جديدًا</translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is reserved for the spreadsheet&apos;s own entry in the pack; give the row another id</source>
        <translation>المعرّف &apos;{id}&apos; محجوز لمدخل جدول البيانات نفسه في الحزمة؛ أعطِ الصف معرّفًا آخر</translation>
    </message>
    <message>
        <source>the same id as an earlier row</source>
        <translation>المعرّف نفسه موجود في صف سابق</translation>
    </message>
    <message>
        <source>January</source>
        <comment>month</comment>
        <translation>يناير</translation>
    </message>
    <message>
        <source>February</source>
        <comment>month</comment>
        <translation>فبراير</translation>
    </message>
    <message>
        <source>March</source>
        <comment>month</comment>
        <translation>مارس</translation>
    </message>
    <message>
        <source>April</source>
        <comment>month</comment>
        <translation>أبريل</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month</comment>
        <translation>مايو</translation>
    </message>
    <message>
        <source>June</source>
        <comment>month</comment>
        <translation>يونيو</translation>
    </message>
    <message>
        <source>July</source>
        <comment>month</comment>
        <translation>يوليو</translation>
    </message>
    <message>
        <source>August</source>
        <comment>month</comment>
        <translation>أغسطس</translation>
    </message>
    <message>
        <source>September</source>
        <comment>month</comment>
        <translation>سبتمبر</translation>
    </message>
    <message>
        <source>October</source>
        <comment>month</comment>
        <translation>أكتوبر</translation>
    </message>
    <message>
        <source>November</source>
        <comment>month</comment>
        <translation>نوفمبر</translation>
    </message>
    <message>
        <source>December</source>
        <comment>month</comment>
        <translation>ديسمبر</translation>
    </message>
    <message>
        <source>times of day, not dates; kept as written</source>
        <translation>أوقات من اليوم لا تواريخ؛ أُبقيت كما كُتبت</translation>
    </message>
    <message>
        <source>dates with a two-digit year; kept as written</source>
        <translation>تواريخ سنتها من رقمين؛ أُبقيت كما كُتبت</translation>
    </message>
    <message>
        <source>dates that could be day-first or month-first; kept as written with their year (choose the date order to read them)</source>
        <translation>تواريخ قد يأتي فيها اليوم أولًا أو الشهر أولًا؛ أُبقيت كما كُتبت مع سنتها (اختر ترتيب التاريخ لقراءتها)</translation>
    </message>
    <message>
        <source>dates that are not on the calendar; kept as written</source>
        <translation>تواريخ لا وجود لها في التقويم؛ أُبقيت كما كُتبت</translation>
    </message>
    <message>
        <source>dates in an implausible year for a lesson; kept as written</source>
        <translation>تواريخ في سنة غير معقولة لدرس مستفاد؛ أُبقيت كما كُتبت</translation>
    </message>
    <message>
        <source>dates this import cannot read; kept as written</source>
        <translation>تواريخ يتعذر على هذا الاستيراد قراءتها؛ أُبقيت كما كُتبت</translation>
    </message>
    <message>
        <source>date &apos;{date}&apos; is a time of day, not a date; kept as written</source>
        <translation>التاريخ &apos;{date}&apos; وقت من اليوم لا تاريخ؛ أُبقي كما كُتب</translation>
    </message>
    <message>
        <source>date &apos;{date}&apos; could be {day} {month} or {other_day} {other_month} {year}; kept as written (year {year} kept). Choose the date order to read such dates (the import dialog&apos;s Date order, or dates: in a mapping file)</source>
        <translation>التاريخ &apos;{date}&apos; قد يكون {day} {month} أو {other_day} {other_month} {year}؛ أُبقي كما كُتب (مع الاحتفاظ بالسنة {year}). اختر ترتيب التاريخ لقراءة مثل هذه التواريخ («ترتيب التاريخ» في نافذة الاستيراد، أو dates: في ملف تعيين الأعمدة)</translation>
    </message>
    <message>
        <source>date &apos;{date}&apos; is not a date of the calendar; kept as written</source>
        <translation>التاريخ &apos;{date}&apos; لا وجود له في التقويم؛ أُبقي كما كُتب</translation>
    </message>
    <message>
        <source>date &apos;{date}&apos; has a two-digit year, which could be 19{year} or 20{year}; kept as written</source>
        <translation>سنة التاريخ &apos;{date}&apos; من رقمين، وقد تكون 19{year} أو 20{year}؛ أُبقي كما كُتب</translation>
    </message>
    <message>
        <source>date &apos;{date}&apos; is not a date this import can read; kept as written</source>
        <translation>التاريخ &apos;{date}&apos; ليس تاريخًا يستطيع هذا الاستيراد قراءته؛ أُبقي كما كُتب</translation>
    </message>
    <message>
        <source>date &apos;{date}&apos; falls in {year}, which is implausible for a lesson (before {earliest} or after {latest}); kept as written</source>
        <translation>التاريخ &apos;{date}&apos; يقع في سنة {year}، وهي غير معقولة لدرس مستفاد (قبل {earliest} أو بعد {latest})؛ أُبقي كما كُتب</translation>
    </message>
    <message>
        <source>{reason} (row {row}, which was kept)</source>
        <translation>{reason} (الصف {row}، وقد أُبقي عليه)</translation>
    </message>
    <message>
        <source>{path}: the report cannot be written ({reason}).</source>
        <translation>{path}: تتعذر كتابة التقرير ({reason}).</translation>
    </message>
    <message>
        <source>no longer in the file</source>
        <translation>لم يعد موجودًا في الملف</translation>
    </message>
    <message>
        <source>chosen from the headers and the contents, with the settings of {path}</source>
        <translation>اختيرت بناءً على عناوين الأعمدة ومحتواها، مع إعدادات {path}</translation>
    </message>
    <message>
        <source>The pack id &apos;{pack_id}&apos; cannot be used for {file}: a pack id is lowercase letters, digits and hyphens, e.g. {example}.</source>
        <translation>لا يمكن استخدام معرّف الحزمة &apos;{pack_id}&apos; للملف {file}: يتكون معرّف الحزمة من أحرف لاتينية صغيرة وأرقام وشرطات، مثل {example}.</translation>
    </message>
    <message>
        <source>The pack id &apos;{pack_id}&apos; belongs to a pack bundled with the application; choose another pack id.</source>
        <translation>معرّف الحزمة &apos;{pack_id}&apos; يخص حزمة مضمَّنة في التطبيق؛ اختر معرّف حزمة آخر.</translation>
    </message>
    <message>
        <source>The import of {file} was cancelled; nothing was changed.</source>
        <translation>أُلغي استيراد {file}؛ لم يتغير أي شيء.</translation>
    </message>
    <message>
        <source>chosen from the headers and the contents</source>
        <translation>اختيرت بناءً على عناوين الأعمدة ومحتواها</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a field{hint}; fields are: {fields}</source>
        <translation>&apos;{name}&apos; ليس حقلًا{hint}؛ الحقول هي: {fields}</translation>
    </message>
    <message>
        <source>{field}: {file} has no column named &apos;{header}&apos; (did you mean &apos;{close}&apos;?); its columns are: {columns}</source>
        <translation>{field}: لا يحتوي {file} على عمود باسم &apos;{header}&apos; (هل تقصد &apos;{close}&apos;؟)؛ أعمدته هي: {columns}</translation>
    </message>
    <message>
        <source>{field}: {file} has no column named &apos;{header}&apos;; its columns are: {columns}</source>
        <translation>{field}: لا يحتوي {file} على عمود باسم &apos;{header}&apos;؛ أعمدته هي: {columns}</translation>
    </message>
    <message>
        <source>no column holds the lesson text: no column of {file} ({columns}) holds prose or is named like it; {notes}; name it in a mapping file, e.g. columns: {{text: &quot;Lesson learned&quot;}}</source>
        <translation>لا يوجد عمود يحتوي على نص الدرس: لا يحتوي أي عمود في {file} ({columns}) على نص نثري ولا يحمل اسمًا يدل عليه؛ {notes}؛ حدّده في ملف تعيين الأعمدة، مثل columns: {{text: &quot;Lesson learned&quot;}}</translation>
    </message>
    <message>
        <source>no column holds the lesson text: no column of {file} ({columns}) holds prose or is named like it; name it in a mapping file, e.g. columns: {{text: &quot;Lesson learned&quot;}}</source>
        <translation>لا يوجد عمود يحتوي على نص الدرس: لا يحتوي أي عمود في {file} ({columns}) على نص نثري ولا يحمل اسمًا يدل عليه؛ حدّده في ملف تعيين الأعمدة، مثل columns: {{text: &quot;Lesson learned&quot;}}</translation>
    </message>
    <message>
        <source>dates: must be {day_first} or {month_first} (found &apos;{found}&apos;)</source>
        <translation>dates: يجب أن تكون القيمة {day_first} أو {month_first} (القيمة الموجودة: &apos;{found}&apos;)</translation>
    </message>
    <message>
        <source>{path}: no such mapping file.</source>
        <translation>{path}: ملف تعيين الأعمدة هذا غير موجود.</translation>
    </message>
    <message>
        <source>{path}: the mapping file cannot be read ({reason}).</source>
        <translation>{path}: تتعذر قراءة ملف تعيين الأعمدة ({reason}).</translation>
    </message>
    <message>
        <source>{path}: a mapping file needs &apos;columns:&apos;, a mapping of field to column header, e.g. columns: {{text: &quot;Lesson learned&quot;, country: Country}}, or only settings (sheet, language, pack_title, dates), with the columns then chosen for you</source>
        <translation>{path}: يحتاج ملف تعيين الأعمدة إلى &apos;columns:&apos;، أي ربط كل حقل بعنوان عمود، مثل columns: {{text: &quot;Lesson learned&quot;, country: Country}}، أو إلى إعدادات فقط (sheet، language، pack_title، dates) فتُختار الأعمدة تلقائيًا</translation>
    </message>
    <message>
        <source>{path}:{line}: &apos;{key}&apos; is not a mapping setting{hint}; settings are: {settings}</source>
        <translation>{path}:{line}: &apos;{key}&apos; ليس إعدادًا من إعدادات ملف تعيين الأعمدة{hint}؛ الإعدادات هي: {settings}</translation>
    </message>
    <message>
        <source>{path}:{line}: &apos;{name}&apos; is not a field{hint}; fields are: {fields}</source>
        <translation>{path}:{line}: &apos;{name}&apos; ليس حقلًا{hint}؛ الحقول هي: {fields}</translation>
    </message>
    <message>
        <source>{path}:{line}: columns.{name}: must be the header of a column</source>
        <translation>{path}:{line}: columns.{name}: يجب أن تكون القيمة عنوان عمود</translation>
    </message>
    <message>
        <source>{path}:{line}: {key}: must be text</source>
        <translation>{path}:{line}: {key}: يجب أن تكون القيمة نصًا</translation>
    </message>
    <message>
        <source>{path}:{line}: language: must be a language tag such as en, fr, ar or es-419</source>
        <translation>{path}:{line}: language: يجب أن تكون القيمة رمز لغة مثل en أو fr أو ar أو es-419</translation>
    </message>
    <message>
        <source>The installed pack &apos;{pack_id}&apos; ({location}) cannot be read to compare with ({reason}); remove it or choose another pack id.</source>
        <translation>تتعذر قراءة الحزمة المثبتة &apos;{pack_id}&apos; ({location}) للمقارنة بها ({reason})؛ أزلها أو اختر معرّف حزمة آخر.</translation>
    </message>
    <message>
        <source>The pack &apos;{pack_id}&apos; is installed ({location}) but was not made by import-lessons, so importing would replace it; choose another pack id.</source>
        <translation>الحزمة &apos;{pack_id}&apos; مثبتة ({location}) لكنها لم تُنشأ بواسطة import-lessons، لذا سيؤدي الاستيراد إلى استبدالها؛ اختر معرّف حزمة آخر.</translation>
    </message>
    <message>
        <source>{path}: the old Excel format (.xls) cannot be read; save the file as .xlsx or CSV.</source>
        <translation>{path}: تتعذر قراءة صيغة Excel القديمة (.xls)؛ احفظ الملف بصيغة .xlsx أو CSV.</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason}).</source>
        <translation>{path}: تتعذر قراءة الملف ({reason}).</translation>
    </message>
    <message>
        <source>{path}: a sheet (&apos;{sheet}&apos;) can only be chosen in an Excel workbook, not in a CSV file.</source>
        <translation>{path}: لا يمكن اختيار ورقة (&apos;{sheet}&apos;) إلا في مصنف Excel، لا في ملف CSV.</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 مع BOM</translation>
    </message>
    <message numerus="yes">
        <source>UTF-8 (%n line(s) in Windows-1252)</source>
        <translation>
            <numerusform>UTF-8 (%n سطر بترميز Windows-1252)</numerusform>
            <numerusform>UTF-8 (%n سطر بترميز Windows-1252)</numerusform>
            <numerusform>UTF-8 (%n سطران بترميز Windows-1252)</numerusform>
            <numerusform>UTF-8 (%n أسطر بترميز Windows-1252)</numerusform>
            <numerusform>UTF-8 (%n سطرًا بترميز Windows-1252)</numerusform>
            <numerusform>UTF-8 (%n سطر بترميز Windows-1252)</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: looks like UTF-16 text but is damaged at byte {byte} ({reason}); save it again as UTF-8 CSV.</source>
        <translation>{path}: يبدو نصًا بترميز UTF-16 لكنه تالف عند البايت {byte} ({reason})؛ احفظه مجددًا بصيغة CSV بترميز UTF-8.</translation>
    </message>
    <message>
        <source>{path}: holds NUL bytes after decoding it as {encoding}: not a text (CSV) file. Export the sheet as CSV or XLSX.</source>
        <translation>{path}: يحتوي على بايتات NUL بعد فك ترميزه بوصفه {encoding}: ليس ملفًا نصيًا (CSV). صدّر الورقة بصيغة CSV أو XLSX.</translation>
    </message>
    <message>
        <source>{path}: row {row}: {reason}</source>
        <translation>{path}: الصف {row}: {reason}</translation>
    </message>
    <message>
        <source>CSV, {encoding}, separated by commas</source>
        <translation>CSV، {encoding}، مفصول بفواصل</translation>
    </message>
    <message>
        <source>CSV, {encoding}, separated by semicolons</source>
        <translation>CSV، {encoding}، مفصول بفواصل منقوطة</translation>
    </message>
    <message>
        <source>CSV, {encoding}, separated by tabs</source>
        <translation>CSV، {encoding}، مفصول بعلامات جدولة</translation>
    </message>
    <message>
        <source>CSV, {encoding}, separated by vertical bars</source>
        <translation>CSV، {encoding}، مفصول بأشرطة عمودية</translation>
    </message>
    <message>
        <source>{path}: not a readable Excel workbook (.xlsx): {reason}</source>
        <translation>{path}: ليس مصنف Excel (.xlsx) قابلًا للقراءة: {reason}</translation>
    </message>
    <message>
        <source>{path}: has no sheet named &apos;{sheet}&apos;; its sheets are: {sheets}.</source>
        <translation>{path}: لا يحتوي على ورقة باسم &apos;{sheet}&apos;؛ أوراقه هي: {sheets}.</translation>
    </message>
    <message>
        <source>Excel workbook, sheet &apos;{sheet}&apos;</source>
        <translation>مصنف Excel، الورقة &apos;{sheet}&apos;</translation>
    </message>
    <message>
        <source>{path}: the workbook is damaged and cannot be read ({reason}).</source>
        <translation>{path}: المصنف تالف وتتعذر قراءته ({reason}).</translation>
    </message>
    <message>
        <source>{path}: every sheet is empty; a header row naming the columns is needed, then one lesson per row.</source>
        <translation>{path}: كل الأوراق فارغة؛ يلزم صف عناوين يسمّي الأعمدة، ثم درس واحد في كل صف.</translation>
    </message>
    <message>
        <source>{path}: is empty; a header row naming the columns is needed, then one lesson per row.</source>
        <translation>{path}: الملف فارغ؛ يلزم صف عناوين يسمّي الأعمدة، ثم درس واحد في كل صف.</translation>
    </message>
    <message numerus="yes">
        <source>{description}, header on row {row} (the %n row(s) above it left out)</source>
        <translation>
            <numerusform>{description}، وصف العناوين هو الصف {row} (استُبعد %n صف فوقه)</numerusform>
            <numerusform>{description}، وصف العناوين هو الصف {row} (استُبعد %n صف فوقه)</numerusform>
            <numerusform>{description}، وصف العناوين هو الصف {row} (استُبعد %n صفان فوقه)</numerusform>
            <numerusform>{description}، وصف العناوين هو الصف {row} (استُبعدت %n صفوف فوقه)</numerusform>
            <numerusform>{description}، وصف العناوين هو الصف {row} (استُبعد %n صفًا فوقه)</numerusform>
            <numerusform>{description}، وصف العناوين هو الصف {row} (استُبعد %n صف فوقه)</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to back up yet: {path} is made when the first note, bookmark or comparison is saved.</source>
        <translation>لا يوجد ما يُنسخ احتياطيًا بعد: يُنشأ {path} عند حفظ أول ملاحظة أو إشارة مرجعية أو مقارنة.</translation>
    </message>
    <message>
        <source>{path} is the notes file itself; choose a backup to restore.</source>
        <translation>{path} هو ملف الملاحظات نفسه؛ اختر نسخة احتياطية لاستعادتها.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: {problem}. Your notes file was not changed.</source>
        <translation>تتعذر استعادة {path}: {problem}. لم يتغير ملف الملاحظات.</translation>
    </message>
    <message>
        <source>Compare between {least} and {most} models; {given} given.</source>
        <translation>يجب أن تضم المقارنة ما بين {least} و{most} نماذج؛ العدد المُعطى: {given}.</translation>
    </message>
    <message>
        <source>Each model can appear once in a comparison; repeated: {repeated}.</source>
        <translation>لا يظهر كل نموذج في المقارنة إلا مرة واحدة؛ المكرر: {repeated}.</translation>
    </message>
    <message>
        <source>No pack &apos;{id}&apos;. Packs: {packs}.</source>
        <translation>لا توجد حزمة &apos;{id}&apos;. الحزم: {packs}.</translation>
    </message>
    <message>
        <source>No pack &apos;{id}&apos;. Packs: none.</source>
        <translation>لا توجد حزمة &apos;{id}&apos;. الحزم: لا توجد أي حزمة.</translation>
    </message>
    <message>
        <source>The passage “{passage}” is not in {title} ({uid}); quote the words as the entry has them.</source>
        <translation>المقطع «{passage}» غير موجود في {title} ({uid})؛ اقتبس الكلمات كما وردت في المدخل.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message numerus="yes">
        <source>it is damaged (%n problem(s); the first: {first})</source>
        <translation>
            <numerusform>الملف تالف (%n مشكلة، أولاها: {first})</numerusform>
            <numerusform>الملف تالف (%n مشكلة: {first})</numerusform>
            <numerusform>الملف تالف (%n مشكلتان، أولاها: {first})</numerusform>
            <numerusform>الملف تالف (%n مشكلات، أولاها: {first})</numerusform>
            <numerusform>الملف تالف (%n مشكلة، أولاها: {first})</numerusform>
            <numerusform>الملف تالف (%n مشكلة، أولاها: {first})</numerusform>
        </translation>
    </message>
    <message>
        <source>it is not a Partnership Atlas notes file</source>
        <translation>الملف ليس ملف ملاحظات من Partnership Atlas</translation>
    </message>
    <message>
        <source>it was saved by a newer version of Partnership Atlas ({steps})</source>
        <translation>حُفظ الملف بإصدار أحدث من Partnership Atlas ({steps})</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>تتعذر قراءة الملف ({reason})</translation>
    </message>
    <message>
        <source>The backup {path} failed its check ({problem}) and was not kept; your notes file was not changed.</source>
        <translation>لم تجتز النسخة الاحتياطية {path} الفحص ({problem}) فلم يُحتفظ بها؛ لم يتغير ملف الملاحظات.</translation>
    </message>
    <message>
        <source>The backup {path} could not be made ({reason}); your notes file was not changed.</source>
        <translation>تعذّر إنشاء النسخة الاحتياطية {path} ({reason})؛ لم يتغير ملف الملاحظات.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>الملف أو مجلده للقراءة فقط</translation>
    </message>
    <message>
        <source>a file could not be created beside it (is the folder read-only?)</source>
        <translation>تعذّر إنشاء ملف بجانبه (هل المجلد للقراءة فقط؟)</translation>
    </message>
    <message>
        <source>permission to write was refused</source>
        <translation>رُفض إذن الكتابة</translation>
    </message>
    <message>
        <source>another Partnership Atlas window or command is writing to it; try again in a moment</source>
        <translation>نافذة أو أمر آخر من Partnership Atlas يكتب فيه الآن؛ أعد المحاولة بعد لحظات</translation>
    </message>
    <message>
        <source>its contents cannot be read ({reason})</source>
        <translation>تتعذر قراءة محتواه ({reason})</translation>
    </message>
    <message>
        <source>the disk reported an error while writing ({reason})</source>
        <translation>أبلغ القرص عن خطأ أثناء الكتابة ({reason})</translation>
    </message>
    <message>
        <source>A saved comparison needs a name.</source>
        <translation>تحتاج المقارنة المحفوظة إلى اسم.</translation>
    </message>
    <message>
        <source>A comparison named &apos;{name}&apos; already exists; choose another name.</source>
        <translation>توجد بالفعل مقارنة باسم &apos;{name}&apos;؛ اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>No saved comparison with id &apos;{id}&apos;.</source>
        <translation>لا توجد مقارنة محفوظة بالمعرّف &apos;{id}&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{ref}&apos; matches %n saved comparisons; give more characters of the id.</source>
        <translation>
            <numerusform>&apos;{ref}&apos; يطابق %n مقارنة محفوظة؛ أدخل مزيدًا من أحرف المعرّف.</numerusform>
            <numerusform>&apos;{ref}&apos; يطابق %n مقارنة محفوظة؛ أدخل مزيدًا من أحرف المعرّف.</numerusform>
            <numerusform>&apos;{ref}&apos; يطابق %n مقارنتين محفوظتين؛ أدخل مزيدًا من أحرف المعرّف.</numerusform>
            <numerusform>&apos;{ref}&apos; يطابق %n مقارنات محفوظة؛ أدخل مزيدًا من أحرف المعرّف.</numerusform>
            <numerusform>&apos;{ref}&apos; يطابق %n مقارنة محفوظة؛ أدخل مزيدًا من أحرف المعرّف.</numerusform>
            <numerusform>&apos;{ref}&apos; يطابق %n مقارنة محفوظة؛ أدخل مزيدًا من أحرف المعرّف.</numerusform>
        </translation>
    </message>
    <message>
        <source>No saved comparison &apos;{ref}&apos;. Saved comparisons: {known}.</source>
        <translation>لا توجد مقارنة محفوظة &apos;{ref}&apos;. المقارنات المحفوظة: {known}.</translation>
    </message>
    <message>
        <source>No saved comparison &apos;{ref}&apos;. You have no saved comparisons yet; save one from the comparison view of the window.</source>
        <translation>لا توجد مقارنة محفوظة &apos;{ref}&apos;. ليست لديك مقارنات محفوظة بعد؛ احفظ مقارنة من عرض المقارنة في النافذة.</translation>
    </message>
    <message>
        <source>Unknown note target kind &apos;{kind}&apos;; use one of {kinds}.</source>
        <translation>نوع هدف الملاحظة &apos;{kind}&apos; غير معروف؛ استخدم أحد الأنواع التالية: {kinds}.</translation>
    </message>
    <message>
        <source>Note {id} is already in the trash.</source>
        <translation>الملاحظة {id} موجودة بالفعل في سلة المهملات.</translation>
    </message>
    <message>
        <source>Note {id} is not in the trash; there is nothing to restore.</source>
        <translation>الملاحظة {id} ليست في سلة المهملات؛ لا يوجد ما يُستعاد.</translation>
    </message>
    <message>
        <source>Only a note in the trash can be purged; delete it first.</source>
        <translation>لا يمكن الحذف النهائي إلا لملاحظة في سلة المهملات؛ احذفها أولًا.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{ref}&apos; matches %n notes; give more characters of the id.</source>
        <translation>
            <numerusform>&apos;{ref}&apos; يطابق %n ملاحظة؛ أدخل مزيدًا من أحرف المعرّف.</numerusform>
            <numerusform>&apos;{ref}&apos; يطابق %n ملاحظة؛ أدخل مزيدًا من أحرف المعرّف.</numerusform>
            <numerusform>&apos;{ref}&apos; يطابق %n ملاحظتين؛ أدخل مزيدًا من أحرف المعرّف.</numerusform>
            <numerusform>&apos;{ref}&apos; يطابق %n ملاحظات؛ أدخل مزيدًا من أحرف المعرّف.</numerusform>
            <numerusform>&apos;{ref}&apos; يطابق %n ملاحظة؛ أدخل مزيدًا من أحرف المعرّف.</numerusform>
            <numerusform>&apos;{ref}&apos; يطابق %n ملاحظة؛ أدخل مزيدًا من أحرف المعرّف.</numerusform>
        </translation>
    </message>
    <message>
        <source>No note with id &apos;{id}&apos;.</source>
        <translation>لا توجد ملاحظة بالمعرّف &apos;{id}&apos;.</translation>
    </message>
    <message>
        <source>Note &apos;{id}&apos; is in the trash; restore it first.</source>
        <translation>الملاحظة &apos;{id}&apos; في سلة المهملات؛ استعدها أولًا.</translation>
    </message>
    <message>
        <source>Note {id} has revisions 1 to {last}; there is no revision {number}.</source>
        <translation>للملاحظة {id} النسخ من 1 إلى {last}؛ لا توجد نسخة رقم {number}.</translation>
    </message>
    <message>
        <source>Note &apos;{id}&apos; has no revision {revision}.</source>
        <translation>لا توجد للملاحظة &apos;{id}&apos; نسخة رقم {revision}.</translation>
    </message>
    <message>
        <source>it could not be moved aside to {name}: {reason}</source>
        <translation>تعذّر نقل الملف جانبًا إلى {name}: {reason}</translation>
    </message>
    <message>
        <source>it could not be copied aside before restoring ({reason})</source>
        <translation>تعذّر نسخ الملف جانبًا قبل الاستعادة ({reason})</translation>
    </message>
    <message>
        <source>the backup {path} could not be restored into it ({reason})</source>
        <translation>تعذّرت استعادة النسخة الاحتياطية {path} إليه ({reason})</translation>
    </message>
    <message>
        <source>the backup {path} could not be copied ({reason})</source>
        <translation>تعذّر نسخ النسخة الاحتياطية {path} ({reason})</translation>
    </message>
    <message>
        <source>larger than {size} MB; not read</source>
        <translation>أكبر من {size} ميغابايت؛ لم يُقرأ</translation>
    </message>
    <message>
        <source>not whole or not a change file (still being copied?); read again at the next sync</source>
        <translation>غير مكتمل أو ليس ملف تغييرات (ربما ما زال يُنسخ؟)؛ سيُقرأ مجددًا في المزامنة التالية</translation>
    </message>
    <message>
        <source>cannot be read ({reason}); read again at the next sync</source>
        <translation>تتعذّر قراءته ({reason})؛ سيُقرأ مجددًا في المزامنة التالية</translation>
    </message>
    <message>
        <source>not a Partnership Atlas change file</source>
        <translation>ليس ملف تغييرات من Partnership Atlas</translation>
    </message>
    <message>
        <source>written by a newer version of Partnership Atlas; update this one to read it</source>
        <translation>كتبه إصدار أحدث من Partnership Atlas؛ حدّث هذا الإصدار لقراءته</translation>
    </message>
    <message>
        <source>names another device or number than its place in the folder</source>
        <translation>يذكر جهازًا آخر أو رقمًا غير موضعه في المجلد</translation>
    </message>
    <message>
        <source>holds changes this version cannot understand</source>
        <translation>يحتوي على تغييرات لا يفهمها هذا الإصدار</translation>
    </message>
    <message>
        <source>The sync folder {folder} is not there (a stick not plugged in, a share not connected?); nothing was changed.</source>
        <translation>مجلد المزامنة {folder} غير موجود (ذاكرة USB غير موصولة، أو مجلد مشترك غير متصل؟)؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The sync folder {folder} could not be used ({reason}); what was read before is kept, the rest is read at the next sync.</source>
        <translation>تعذّر استخدام مجلد المزامنة {folder} ({reason})؛ ما قُرئ من قبل محفوظ، وسيُقرأ الباقي في المزامنة التالية.</translation>
    </message>
    <message>
        <source>{path}: file {missing} of this device is not in the folder yet; its later files wait for it.</source>
        <translation>{path}: الملف {missing} من هذا الجهاز ليس في المجلد بعد؛ وملفاته اللاحقة تنتظره.</translation>
    </message>
    <message>
        <source>Device {device}&apos;s clock is ahead (its file {seq} is dated {written}); its changes are ordered by their own count, so nothing is lost.</source>
        <translation>ساعة الجهاز {device} متقدّمة (ملفه {seq} مؤرخ {written})؛ تُرتَّب تغييراته بعدّاده الخاص، فلا يضيع شيء.</translation>
    </message>
    <message>
        <source>&apos;{day}&apos; is not a date; write it as year-month-day, e.g. 2026-12-05.</source>
        <translation>&apos;{day}&apos; ليس تاريخًا؛ اكتبه بصيغة السنة-الشهر-اليوم، مثل 2026-12-05.</translation>
    </message>
    <message>
        <source>A brief needs a title.</source>
        <translation>يحتاج ملف الإحاطة إلى عنوان.</translation>
    </message>
    <message>
        <source>The brief &apos;{title}&apos; is in the Trash; restore it first.</source>
        <translation>ملف الإحاطة &apos;{title}&apos; في سلة المهملات؛ استعده أولًا.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{ref}&apos; matches %n briefs; give more characters of the id.</source>
        <translation>
            <numerusform>&apos;{ref}&apos; يطابق %n ملف إحاطة؛ أدخل مزيدًا من أحرف المعرّف.</numerusform>
            <numerusform>&apos;{ref}&apos; يطابق %n ملف إحاطة؛ أدخل مزيدًا من أحرف المعرّف.</numerusform>
            <numerusform>&apos;{ref}&apos; يطابق %n ملفَي إحاطة؛ أدخل مزيدًا من أحرف المعرّف.</numerusform>
            <numerusform>&apos;{ref}&apos; يطابق %n ملفات إحاطة؛ أدخل مزيدًا من أحرف المعرّف.</numerusform>
            <numerusform>&apos;{ref}&apos; يطابق %n ملف إحاطة؛ أدخل مزيدًا من أحرف المعرّف.</numerusform>
            <numerusform>&apos;{ref}&apos; يطابق %n ملف إحاطة؛ أدخل مزيدًا من أحرف المعرّف.</numerusform>
        </translation>
    </message>
    <message>
        <source>No brief &apos;{ref}&apos;. List them with: partnership-atlas brief list</source>
        <translation>لا يوجد ملف إحاطة &apos;{ref}&apos;. لعرض قائمة ملفات الإحاطة: partnership-atlas brief list</translation>
    </message>
    <message>
        <source>The brief &apos;{title}&apos; is not in the Trash; there is nothing to restore.</source>
        <translation>ملف الإحاطة &apos;{title}&apos; ليس في سلة المهملات؛ لا يوجد ما يُستعاد.</translation>
    </message>
    <message>
        <source>Only a brief in the Trash can be deleted for good; move it to the Trash first.</source>
        <translation>لا يمكن الحذف النهائي إلا لملف إحاطة في سلة المهملات؛ انقله إلى سلة المهملات أولًا.</translation>
    </message>
    <message>
        <source>Unknown brief item kind &apos;{kind}&apos;; use one of {kinds}.</source>
        <translation>نوع عنصر ملف الإحاطة &apos;{kind}&apos; غير معروف؛ استخدم أحد الأنواع التالية: {kinds}.</translation>
    </message>
    <message>
        <source>The brief &apos;{title}&apos; has no item &apos;{id}&apos;.</source>
        <translation>لا يضم ملف الإحاطة &apos;{title}&apos; العنصر &apos;{id}&apos;.</translation>
    </message>
    <message>
        <source>The brief has revisions 1 to {last}; there is no revision {number}.</source>
        <translation>لملف الإحاطة النسخ من 1 إلى {last}؛ لا توجد نسخة رقم {number}.</translation>
    </message>
    <message>
        <source>Unknown brief item kind &apos;{kind}&apos;; use entry, comparison or note.</source>
        <translation>نوع عنصر ملف الإحاطة &apos;{kind}&apos; غير معروف؛ استخدم entry أو comparison أو note.</translation>
    </message>
    <message>
        <source>“{title}” is already in this brief (item {number}).</source>
        <translation>«{title}» موجود بالفعل في ملف الإحاطة هذا (العنصر {number}).</translation>
    </message>
    <message>
        <source>Add to Brief</source>
        <translation>إضافة إلى ملف الإحاطة</translation>
    </message>
    <message>
        <source>Add the entry or comparison on screen to the brief you are preparing</source>
        <translation>إضافة المدخل أو المقارنة المعروضة على الشاشة إلى ملف الإحاطة الذي تُعدّه</translation>
    </message>
    <message>
        <source>Show Brief</source>
        <translation>إظهار ملف الإحاطة</translation>
    </message>
    <message>
        <source>New Brief…</source>
        <translation>ملف إحاطة جديد…</translation>
    </message>
    <message>
        <source>Undo Delete Brief</source>
        <translation>التراجع عن حذف ملف الإحاطة</translation>
    </message>
    <message>
        <source>&amp;Rename Brief…</source>
        <translation>إعادة تسمية ملف الإحاطة…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Brief</source>
        <translation>تكرار ملف الإحاطة</translation>
    </message>
    <message>
        <source>&amp;Delete Brief</source>
        <translation>حذف ملف الإحاطة</translation>
    </message>
    <message>
        <source>Open a brief first: the navigator lists them under Briefs.</source>
        <translation>افتح ملف إحاطة أولًا: يسردها المتصفح تحت ملفات الإحاطة.</translation>
    </message>
    <message>
        <source>Save the comparison first (Ctrl+S), then add it to a brief.</source>
        <translation>احفظ المقارنة أولًا (Ctrl+S)، ثم أضفها إلى ملف إحاطة.</translation>
    </message>
    <message>
        <source>Open an entry, a note or a saved comparison, then add it to a brief.</source>
        <translation>افتح مدخلًا أو ملاحظة أو مقارنة محفوظة، ثم أضف ما فتحته إلى ملف إحاطة.</translation>
    </message>
    <message>
        <source>Brief of %1</source>
        <translation>ملف إحاطة بتاريخ %1</translation>
    </message>
    <message>
        <source>Already in the brief “%1”.</source>
        <translation>موجود بالفعل في ملف الإحاطة «%1».</translation>
    </message>
    <message>
        <source>Added “%1” to the brief “%2” (Ctrl+Shift+M shows it).</source>
        <translation>أُضيف «%1» إلى ملف الإحاطة «%2» (اضغط Ctrl+Shift+M لعرضه).</translation>
    </message>
    <message>
        <source>New Brief</source>
        <translation>ملف إحاطة جديد</translation>
    </message>
    <message>
        <source>Title of the brief, e.g. the meeting it is for:</source>
        <translation>عنوان ملف الإحاطة، مثل الاجتماع الذي يُعدّ له:</translation>
    </message>
    <message>
        <source>Rename Brief</source>
        <translation>إعادة تسمية ملف الإحاطة</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>العنوان الجديد:</translation>
    </message>
    <message>
        <source>Made “%1”.</source>
        <translation>أُنشئ «%1».</translation>
    </message>
    <message>
        <source>Moved the brief “%1” to the Trash (Brief &gt; Undo Delete Brief brings it back).</source>
        <translation>نُقل ملف الإحاطة «%1» إلى سلة المهملات (يمكن استعادته من ملف الإحاطة &gt; التراجع عن حذف ملف الإحاطة).</translation>
    </message>
    <message>
        <source>Delete forever?</source>
        <translation>حذف نهائي؟</translation>
    </message>
    <message>
        <source>This brief and all its revisions will be deleted for good. This cannot be undone.</source>
        <translation>سيُحذف ملف الإحاطة هذا وجميع نسخه السابقة نهائيًا. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>This brief is in the Trash. Right-click it to restore it or delete it for good.</source>
        <translation>ملف الإحاطة هذا في سلة المهملات. انقر عليه بزر الفأرة الأيمن لاستعادته أو حذفه نهائيًا.</translation>
    </message>
    <message>
        <source>Export Brief as PDF…</source>
        <translation>تصدير ملف الإحاطة بصيغة PDF…</translation>
    </message>
    <message>
        <source>Export Brief as OpenDocument Text…</source>
        <translation>تصدير ملف الإحاطة بصيغة نص OpenDocument…</translation>
    </message>
    <message>
        <source>Export Brief as Markdown…</source>
        <translation>تصدير ملف الإحاطة بصيغة Markdown…</translation>
    </message>
    <message>
        <source>Print Brief…</source>
        <translation>طباعة ملف الإحاطة…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>نص OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export Brief</source>
        <translation>تصدير ملف الإحاطة</translation>
    </message>
    <message numerus="yes">
        <source>Exported the brief to %1 (%n page(s)).</source>
        <translation>
            <numerusform>صُدّر ملف الإحاطة إلى %1 (%n صفحة).</numerusform>
            <numerusform>صُدّر ملف الإحاطة إلى %1 (%n صفحة).</numerusform>
            <numerusform>صُدّر ملف الإحاطة إلى %1 (%n صفحتان).</numerusform>
            <numerusform>صُدّر ملف الإحاطة إلى %1 (%n صفحات).</numerusform>
            <numerusform>صُدّر ملف الإحاطة إلى %1 (%n صفحة).</numerusform>
            <numerusform>صُدّر ملف الإحاطة إلى %1 (%n صفحة).</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the brief to %1.</source>
        <translation>صُدّر ملف الإحاطة إلى %1.</translation>
    </message>
    <message>
        <source>Could not export the brief: %1</source>
        <translation>تعذّر تصدير ملف الإحاطة: %1</translation>
    </message>
    <message>
        <source>Print Brief</source>
        <translation>طباعة ملف الإحاطة</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>أُرسلت %n صفحة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n صفحة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n صفحتان إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n صفحات إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n صفحة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n صفحة إلى الطابعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — page %2 of %3</source>
        <translation>%1 — الصفحة %2 من %3</translation>
    </message>
    <message>
        <source>{path}: could not be written ({reason}).</source>
        <translation>{path}: تعذّرت كتابة الملف ({reason}).</translation>
    </message>
    <message>
        <source>(detached)</source>
        <comment>a brief&apos;s item</comment>
        <translation>(منفصل)</translation>
    </message>
</context>
<context>
    <name>BriefHistoryDialog</name>
    <message>
        <source>History of “%1”</source>
        <translation>سجل «%1»</translation>
    </message>
    <message>
        <source>Brief history</source>
        <translation>سجل ملف الإحاطة</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n عنصر</numerusform>
            <numerusform>عنصر واحد</numerusform>
            <numerusform>عنصران</numerusform>
            <numerusform>%n عناصر</numerusform>
            <numerusform>%n عنصرًا</numerusform>
            <numerusform>%n عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>Make this version the brief as it stands; the brief as it is now stays in the history.</source>
        <translation>اجعل هذه النسخة هي ملف الإحاطة الحالي؛ ويبقى ملف الإحاطة بصيغته الحالية في السجل.</translation>
    </message>
</context>
<context>
    <name>BriefView</name>
    <message>
        <source>Brief</source>
        <translation>ملف الإحاطة</translation>
    </message>
    <message>
        <source>Brief &amp;History…</source>
        <translation>سجل ملف الإحاطة…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>تاريخ الاجتماع</translation>
    </message>
    <message>
        <source>Meeting or counterpart</source>
        <translation>الاجتماع أو الجهة المحاورة</translation>
    </message>
    <message>
        <source>e.g. Humanitarian desk, Ministry of Foreign Affairs</source>
        <translation>مثل: مكتب الشؤون الإنسانية، وزارة الخارجية</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>مقدمة</translation>
    </message>
    <message>
        <source>Introduction: what the meeting is about and what you want from it (Markdown: **bold**, *italic*, - lists)</source>
        <translation>مقدمة: موضوع الاجتماع وما تريد تحقيقه منه (Markdown: **غامق**، *مائل*، - قوائم)</translation>
    </message>
    <message>
        <source>Items of the brief</source>
        <translation>عناصر ملف الإحاطة</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>نقل إلى الأعلى</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>نقل إلى الأسفل</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Remove from Brief</source>
        <translation>إزالة من ملف الإحاطة</translation>
    </message>
    <message>
        <source>&amp;Undo Remove</source>
        <translation>التراجع عن الإزالة</translation>
    </message>
    <message>
        <source>Comment on the chosen item</source>
        <translation>تعليق على العنصر المختار</translation>
    </message>
    <message>
        <source>A short comment on the chosen item, shown with it</source>
        <translation>تعليق قصير على العنصر المختار يُعرض معه</translation>
    </message>
    <message>
        <source>The brief as it will read</source>
        <translation>ملف الإحاطة كما سيبدو</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>الاجتماع:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>I&amp;ntroduction:</source>
        <translation>المقدمة:</translation>
    </message>
    <message>
        <source>&amp;Items (drag to reorder, or Alt+Up and Alt+Down):</source>
        <translation>العناصر (اسحبها لتغيير ترتيبها، أو استخدم Alt+Up وAlt+Down):</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>التعليق:</translation>
    </message>
    <message>
        <source>No brief is open.

A brief gathers the models, lessons, comparisons and notes you need for a meeting into one document to print or send. Add what you are reading with Add to Brief (Ctrl+B), or start one here.</source>
        <translation>لا يوجد ملف إحاطة مفتوح.

يجمع ملف الإحاطة في مستند واحد، للطباعة أو الإرسال، ما تحتاج إليه لاجتماع ما من نماذج ودروس مستفادة ومقارنات وملاحظات. أضف ما تقرؤه باستخدام «إضافة إلى ملف الإحاطة» (Ctrl+B)، أو أنشئ ملف إحاطة جديدًا من هنا.</translation>
    </message>
    <message>
        <source>New Brief…</source>
        <translation>ملف إحاطة جديد…</translation>
    </message>
    <message>
        <source>A brief needs a title: it keeps “%1”.</source>
        <translation>يجب أن يكون لملف الإحاطة عنوان: يبقى «%1».</translation>
    </message>
    <message>
        <source>Removed “%1” from the brief (Ctrl+Z puts it back).</source>
        <translation>أُزيل «%1» من ملف الإحاطة (Ctrl+Z يعيده).</translation>
    </message>
    <message>
        <source>“%1” is no longer in the installed packs or your notes; the brief shows it as it was when it was added.</source>
        <translation>لم يعد «%1» موجودًا في الحزم المثبتة أو في ملاحظاتك؛ ويعرضه ملف الإحاطة كما كان عند إضافته.</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <source>Show all ▾</source>
        <translation>عرض الكل ▾</translation>
    </message>
    <message>
        <source>Show less ▴</source>
        <translation>عرض أقل ▴</translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <source>Comparison table</source>
        <translation>جدول المقارنة</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message numerus="yes">
        <source>%n attribute(s) not documented for any of these models: </source>
        <translation>
            <numerusform>%n سمة غير موثقة لأيٍّ من هذه النماذج: </numerusform>
            <numerusform>%n سمة غير موثقة لأيٍّ من هذه النماذج: </numerusform>
            <numerusform>%n سمتان غير موثقتين لأيٍّ من هذه النماذج: </numerusform>
            <numerusform>%n سمات غير موثقة لأيٍّ من هذه النماذج: </numerusform>
            <numerusform>%n سمة غير موثقة لأيٍّ من هذه النماذج: </numerusform>
            <numerusform>%n سمة غير موثقة لأيٍّ من هذه النماذج: </numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>كما في %1</translation>
    </message>
    <message>
        <source>No source: not documented in this pack.</source>
        <translation>لا مصدر: غير موثق في هذه الحزمة.</translation>
    </message>
    <message>
        <source>Does not apply to this model.</source>
        <translation>لا ينطبق على هذا النموذج.</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>المجموعة: %1</translation>
    </message>
    <message>
        <source>%1, for all models: %2</source>
        <translation>%1، لجميع النماذج: %2</translation>
    </message>
    <message>
        <source>For all models: %1</source>
        <translation>لجميع النماذج: %1</translation>
    </message>
    <message>
        <source>%1
Right-click to open it or remove it; drag to reorder.</source>
        <translation>%1
انقر بزر الفأرة الأيمن لفتحه أو إزالته، واسحبه لتغيير ترتيبه.</translation>
    </message>
    <message>
        <source>%1 The models&apos; values differ on this attribute.</source>
        <translation>%1 تختلف قيم النماذج في هذه السمة.</translation>
    </message>
    <message>
        <source>%1 Described in different words, with no value to compare: read the cells.</source>
        <translation>%1 موصوفة بعبارات مختلفة، دون قيمة يمكن مقارنتها: اقرأ الخلايا.</translation>
    </message>
    <message>
        <source>%1 (values differ)</source>
        <translation>%1 (القيم مختلفة)</translation>
    </message>
    <message>
        <source>%1 (differs in wording)</source>
        <translation>%1 (الصياغة مختلفة)</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Only Differences</source>
        <translation>الاختلافات فقط</translation>
    </message>
    <message>
        <source>Show only the attributes whose values differ</source>
        <translation>عرض السمات التي تختلف قيمها فقط</translation>
    </message>
    <message>
        <source>Include Wording</source>
        <translation>تضمين الصياغة</translation>
    </message>
    <message>
        <source>With Only Differences, also show the attributes described in different words (~)</source>
        <translation>مع «الاختلافات فقط»، عرض السمات الموصوفة بعبارات مختلفة (~) أيضًا</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>التركيز</translation>
    </message>
    <message>
        <source>Give the table the whole window, hiding the side panels</source>
        <translation>عرض الجدول على كامل النافذة مع إخفاء اللوحات الجانبية</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>حفظ…</translation>
    </message>
    <message>
        <source>Save this comparison by name</source>
        <translation>حفظ هذه المقارنة باسم</translation>
    </message>
    <message>
        <source>Remove Column</source>
        <translation>إزالة العمود</translation>
    </message>
    <message>
        <source>Remove the selected model from the comparison</source>
        <translation>إزالة النموذج المحدد من المقارنة</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>تصدير بصيغة Markdown…</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>تصدير بصيغة CSV…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>تصدير بصيغة PDF…</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>Comparison tools</source>
        <translation>أدوات المقارنة</translation>
    </message>
    <message>
        <source>Export to Markdown, CSV or PDF (follows “Only differences”)</source>
        <translation>التصدير بصيغة Markdown أو CSV أو PDF (وفق خيار «الاختلافات فقط»)</translation>
    </message>
    <message>
        <source>Comparison title</source>
        <translation>عنوان المقارنة</translation>
    </message>
    <message>
        <source>Sources of the selected cell</source>
        <translation>مصادر الخلية المحددة</translation>
    </message>
    <message>
        <source>Comparison messages</source>
        <translation>رسائل المقارنة</translation>
    </message>
    <message>
        <source>How to start a comparison</source>
        <translation>طريقة بدء مقارنة</translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation>المقارنة: %1</translation>
    </message>
    <message>
        <source>This model is already in the comparison.</source>
        <translation>هذا النموذج موجود في المقارنة بالفعل.</translation>
    </message>
    <message>
        <source>A comparison holds at most %1 models; remove one first.</source>
        <translation>تضم المقارنة %1 نماذج على الأكثر؛ أزِل أحدها أولًا.</translation>
    </message>
    <message numerus="yes">
        <source>Left out, no longer in the installed packs: %n model(s).</source>
        <translation>
            <numerusform>استُبعدت نماذج لم تعد موجودة في الحزم المثبتة، وعددها: %n.</numerusform>
            <numerusform>استُبعدت نماذج لم تعد موجودة في الحزم المثبتة، وعددها: %n.</numerusform>
            <numerusform>استُبعدت نماذج لم تعد موجودة في الحزم المثبتة، وعددها: %n.</numerusform>
            <numerusform>استُبعدت نماذج لم تعد موجودة في الحزم المثبتة، وعددها: %n.</numerusform>
            <numerusform>استُبعدت نماذج لم تعد موجودة في الحزم المثبتة، وعددها: %n.</numerusform>
            <numerusform>استُبعدت نماذج لم تعد موجودة في الحزم المثبتة، وعددها: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The saved comparison “%1” was deleted; the table stays here, unsaved.</source>
        <translation>حُذفت المقارنة المحفوظة «%1»؛ يبقى الجدول هنا دون حفظ.</translation>
    </message>
    <message>
        <source>Sources for “%1” — %2:</source>
        <translation>مصادر «%1» — %2:</translation>
    </message>
    <message>
        <source>“%1” — %2: no source is given for this value.</source>
        <translation>«%1» — %2: لم يُذكر مصدر لهذه القيمة.</translation>
    </message>
    <message>
        <source>“%1” — %2: not documented in this pack&apos;s sources.</source>
        <translation>«%1» — %2: غير موثق في مصادر هذه الحزمة.</translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation>حُفظت باسم «%1».</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>تعذّر التصدير: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>صُدّرت إلى %1</translation>
    </message>
    <message>
        <source>Save comparison</source>
        <translation>حفظ المقارنة</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>تصدير المقارنة</translation>
    </message>
    <message>
        <source>Click a cell to see its sources.</source>
        <translation>انقر خلية لعرض مصادرها.</translation>
    </message>
    <message>
        <source>Compare two to six partnership models side by side.</source>
        <translation>قارن بين نموذجين إلى ستة من نماذج الشراكة جنبًا إلى جنب.</translation>
    </message>
    <message numerus="yes">
        <source>Models chosen so far: %n.</source>
        <translation>
            <numerusform>النماذج المختارة حتى الآن: %n.</numerusform>
            <numerusform>النماذج المختارة حتى الآن: %n.</numerusform>
            <numerusform>النماذج المختارة حتى الآن: %n.</numerusform>
            <numerusform>النماذج المختارة حتى الآن: %n.</numerusform>
            <numerusform>النماذج المختارة حتى الآن: %n.</numerusform>
            <numerusform>النماذج المختارة حتى الآن: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a model from the navigator (right-click it, then “Add to Comparison”) or with the “Add to Comparison” button in the reader.</source>
        <translation>أضف نموذجًا من لوحة التنقل (انقر عليه بزر الفأرة الأيمن، ثم «إضافة إلى المقارنة») أو باستخدام زر «إضافة إلى المقارنة» في العارض.</translation>
    </message>
    <message>
        <source>No differences: these models say the same for every attribute they document.</source>
        <translation>لا اختلافات: تتطابق هذه النماذج في كل سمة توثقها.</translation>
    </message>
    <message>
        <source>No differences in value (years, amounts, categories). “Include Wording” also shows attributes described in different words.</source>
        <translation>لا اختلافات في القيم (السنوات، المبالغ، الفئات). يعرض خيار «تضمين الصياغة» أيضًا السمات الموصوفة بعبارات مختلفة.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this entry</source>
        <translation>البحث في هذا المدخل</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>البحث في الصفحة</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>التطابق السابق (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>التطابق التالي (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>بحث:</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n تطابق</numerusform>
            <numerusform>%n تطابق</numerusform>
            <numerusform>%n تطابقان</numerusform>
            <numerusform>%n تطابقات</numerusform>
            <numerusform>%n تطابقًا</numerusform>
            <numerusform>%n تطابق</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Loading the saved versions…</source>
        <translation>جارٍ تحميل النسخ المحفوظة…</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>حالة السجل</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>النسخ المحفوظة</translation>
    </message>
    <message>
        <source>Text of the selected version</source>
        <translation>نص النسخة المحددة</translation>
    </message>
    <message>
        <source>&amp;Restore this revision</source>
        <translation>استعادة هذه النسخة</translation>
    </message>
    <message>
        <source>Restore this revision</source>
        <translation>استعادة هذه النسخة</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (الحالية)</translation>
    </message>
    <message numerus="yes">
        <source>%n saved version(s). Select one to read it.</source>
        <translation>
            <numerusform>عدد النسخ المحفوظة: %n. اختر إحداها لقراءتها.</numerusform>
            <numerusform>عدد النسخ المحفوظة: %n. اختر إحداها لقراءتها.</numerusform>
            <numerusform>عدد النسخ المحفوظة: %n. اختر إحداها لقراءتها.</numerusform>
            <numerusform>عدد النسخ المحفوظة: %n. اختر إحداها لقراءتها.</numerusform>
            <numerusform>عدد النسخ المحفوظة: %n. اختر إحداها لقراءتها.</numerusform>
            <numerusform>عدد النسخ المحفوظة: %n. اختر إحداها لقراءتها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>جارٍ الاستعادة…</translation>
    </message>
    <message>
        <source>Could not read or restore the history: %1</source>
        <translation>تعذّرت قراءة السجل أو استعادته: %1</translation>
    </message>
</context>
<context>
    <name>ImportLessonsDialog</name>
    <message>
        <source>Import Lessons from a Spreadsheet</source>
        <translation>استيراد الدروس المستفادة من جدول بيانات</translation>
    </message>
    <message>
        <source>Lesson text (required)</source>
        <translation>نص الدرس (إلزامي)</translation>
    </message>
    <message>
        <source>Second text (e.g. the original excerpt)</source>
        <translation>النص الثاني (مثل المقتطف الأصلي)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Type (lesson or challenge)</source>
        <translation>النوع (درس مستفاد أو تحدٍّ)</translation>
    </message>
    <message>
        <source>Code (appeal or operation)</source>
        <translation>الرمز (النداء أو العملية)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>الخطر</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Id (keeps lessons and their notes across re-imports)</source>
        <translation>المعرّف (يحفظ الدروس وملاحظاتها عند إعادة الاستيراد)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) export of lessons</source>
        <translation>تصدير للدروس المستفادة بصيغة CSV أو Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>ملف جدول البيانات</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <source>How the file was read</source>
        <translation>كيف قُرئ الملف</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>الصفوف الأولى من الملف</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>محتوى كل عمود</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>ترتيب التاريخ</translation>
    </message>
    <message>
        <source>As the column shows (ambiguous dates kept as written)</source>
        <translation>كما يظهر في العمود (تبقى التواريخ الملتبسة كما كُتبت)</translation>
    </message>
    <message>
        <source>Day first (31/12/2019)</source>
        <translation>اليوم أولًا (31/12/2019)</translation>
    </message>
    <message>
        <source>Month first (12/31/2019)</source>
        <translation>الشهر أولًا (12/31/2019)</translation>
    </message>
    <message>
        <source>Date &amp;order</source>
        <translation>ترتيب التاريخ</translation>
    </message>
    <message>
        <source>Pack id</source>
        <translation>معرّف الحزمة</translation>
    </message>
    <message>
        <source>&amp;Pack id</source>
        <translation>معرّف الحزمة</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>&amp;Use the Suggested Columns</source>
        <translation>استخدام الأعمدة المقترحة</translation>
    </message>
    <message>
        <source>Import &amp;anyway</source>
        <translation>استيراد على أي حال</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>المشكلات المكتشفة</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>ملخص الاستيراد</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>تقدّم الاستيراد</translation>
    </message>
    <message>
        <source>Chec&amp;k Rows</source>
        <translation>فحص الصفوف</translation>
    </message>
    <message>
        <source>Read every row and list what would be skipped or kept as written, without importing</source>
        <translation>قراءة كل الصفوف وسرد ما سيُتخطّى أو يبقى كما كُتب، دون استيراد</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>&amp;Show the Lessons</source>
        <translation>عرض الدروس</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Choose a spreadsheet of lessons</source>
        <translation>اختر جدول بيانات يضم الدروس المستفادة</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <source>%1 · %2 rows with content, %3 blank rows ignored</source>
        <translation>%1 · صفوف بها محتوى: %2، وصفوف فارغة تم تجاهلها: %3</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(غير مستخدم)</translation>
    </message>
    <message>
        <source>Updates the pack &apos;%1&apos; imported before (version %2): lessons with the same id are updated in place and keep their notes; new ones are added.</source>
        <translation>يُحدِّث الحزمة &apos;%1&apos; المستوردة سابقًا (الإصدار %2): تُحدَّث الدروس ذات المعرّف نفسه في مكانها مع الاحتفاظ بملاحظاتها، وتُضاف الدروس الجديدة.</translation>
    </message>
    <message>
        <source>Makes a new pack &apos;%1&apos;. Import next month&apos;s export under the same pack id to update it.</source>
        <translation>يُنشئ حزمة جديدة &apos;%1&apos;. استورد ملف التصدير للشهر التالي بمعرّف الحزمة نفسه لتحديثها.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
    <message>
        <source>This mapping looks wrong: %1. Nothing will be imported unless you choose other columns or tick Import anyway.</source>
        <translation>يبدو هذا التعيين خاطئًا: %1. لن يُستورد أي شيء ما لم تختر أعمدة أخرى أو تحدد «استيراد على أي حال».</translation>
    </message>
    <message>
        <source>Problems to fix before importing</source>
        <translation>مشكلات يجب إصلاحها قبل الاستيراد</translation>
    </message>
    <message>
        <source>Why these columns</source>
        <translation>سبب اختيار هذه الأعمدة</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>جارٍ فحص كل الصفوف…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new, %3 updated, %4 unchanged, %5 skipped; %6 no longer in the file.</source>
        <translation>الصفوف المقروءة: %1 (جديدة: %2، محدَّثة: %3، دون تغيير: %4، متخطّاة: %5)؛ لم تعد في الملف: %6.</translation>
    </message>
    <message>
        <source>Nothing imported: the mapping looks wrong. </source>
        <translation>لم يُستورد شيء: يبدو التعيين خاطئًا. </translation>
    </message>
    <message>
        <source>Check only, nothing imported. </source>
        <translation>فحص فقط، لم يُستورد شيء. </translation>
    </message>
    <message>
        <source>Imported into &apos;%1&apos; (version %2). </source>
        <translation>استُوردت إلى &apos;%1&apos; (الإصدار %2). </translation>
    </message>
    <message>
        <source>Nothing changed: &apos;%1&apos; already holds these lessons. </source>
        <translation>لم يتغير شيء: تضم &apos;%1&apos; هذه الدروس بالفعل. </translation>
    </message>
    <message>
        <source>No longer in the file, removed from the pack (notes on them are kept): %1</source>
        <translation>لم تعد في الملف، فأُزيلت من الحزمة (مع الاحتفاظ بالملاحظات عليها): %1</translation>
    </message>
    <message>
        <source>Merged: %1</source>
        <translation>دُمج: %1</translation>
    </message>
    <message>
        <source>Skipped rows and values kept as written</source>
        <translation>الصفوف المتخطّاة والقيم المُبقاة كما كُتبت</translation>
    </message>
    <message>
        <source>The pack &apos;%1&apos; is installed (version %2): its lessons are in search and in the navigator.</source>
        <translation>الحزمة &apos;%1&apos; مثبتة (الإصدار %2): دروسها متاحة في البحث وفي لوحة التنقل.</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>تم التخطي</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>أُبقيت القيمة كما كُتبت</translation>
    </message>
    <message>
        <source>Row %1: %2 — %3</source>
        <translation>الصف %1: %2 — %3</translation>
    </message>
    <message>
        <source>%1 rows %2 (%3): %4</source>
        <translation>%2 في %1 من الصفوف (%3): %4</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Partnership Atlas</source>
        <translation>Partnership Atlas</translation>
    </message>
    <message>
        <source>Reader, comparison or brief</source>
        <translation>العارض أو المقارنة أو ملف الإحاطة</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>العارض</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>ملف الإحاطة</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>البحث في كل شيء (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>بحث…</translation>
    </message>
    <message>
        <source>Show Comparison</source>
        <translation>إظهار المقارنة</translation>
    </message>
    <message>
        <source>Show Reader</source>
        <translation>إظهار العارض</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Import Lessons from Spreadsheet…</source>
        <translation>استيراد الدروس المستفادة من جدول بيانات…</translation>
    </message>
    <message>
        <source>Install Content Pack…</source>
        <translation>تثبيت حزمة محتوى…</translation>
    </message>
    <message>
        <source>Export Notes…</source>
        <translation>تصدير الملاحظات…</translation>
    </message>
    <message>
        <source>Restore Notes from Backup…</source>
        <translation>استعادة الملاحظات من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Sync Notes Now</source>
        <translation>مزامنة الملاحظات الآن</translation>
    </message>
    <message>
        <source>Sync Folder…</source>
        <translation>مجلد المزامنة…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>About Partnership Atlas</source>
        <translation>حول Partnership Atlas</translation>
    </message>
    <message>
        <source>This note is in the Trash. Right-click it to restore it or delete it for good.</source>
        <translation>هذه الملاحظة في سلة المهملات. انقر عليها بزر الفأرة الأيمن لاستعادتها أو حذفها نهائيًا.</translation>
    </message>
    <message>
        <source>The overview could not be read: %1</source>
        <translation>تعذّرت قراءة النظرة العامة: %1</translation>
    </message>
    <message>
        <source>%1 — Partnership Atlas</source>
        <translation>%1 — Partnership Atlas</translation>
    </message>
    <message>
        <source>Save the comparison first (Ctrl+S), then add notes to its cells.</source>
        <translation>احفظ المقارنة أولًا (Ctrl+S)، ثم أضف ملاحظات إلى خلاياها.</translation>
    </message>
    <message>
        <source>Delete forever?</source>
        <translation>حذف نهائي؟</translation>
    </message>
    <message>
        <source>This note and all its revisions will be deleted for good. This cannot be undone.</source>
        <translation>ستُحذف هذه الملاحظة وجميع نسخها السابقة نهائيًا. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Delete saved comparison?</source>
        <translation>حذف المقارنة المحفوظة؟</translation>
    </message>
    <message>
        <source>The saved comparison will be deleted. Notes on it are kept.</source>
        <translation>ستُحذف المقارنة المحفوظة. يُحتفظ بالملاحظات المدونة عليها.</translation>
    </message>
    <message>
        <source>A note is not saved</source>
        <translation>لم تُحفظ ملاحظة</translation>
    </message>
    <message>
        <source>The note you are writing could not be saved: %1

It is still in the editor. Keep the window open to try again once there is room (or copy the text somewhere safe), or close and lose the unsaved text.</source>
        <translation>تعذّر حفظ الملاحظة التي تكتبها: %1

لا تزال في المحرر. أبقِ النافذة مفتوحة لإعادة المحاولة عند توفر مساحة (أو انسخ النص إلى مكان آمن)، أو أغلقها وتفقد النص غير المحفوظ.</translation>
    </message>
    <message>
        <source>Partnership Atlas is already open: this is its window.</source>
        <translation>Partnership Atlas مفتوح بالفعل: هذه نافذته.</translation>
    </message>
    <message>
        <source>Partnership Atlas: an offline reference of Red Cross and Red Crescent partnership models, lessons learned and your own notes. It never connects to a network.</source>
        <translation>Partnership Atlas: مرجع يعمل دون اتصال بالإنترنت عن نماذج الشراكة في الصليب الأحمر والهلال الأحمر، والدروس المستفادة، وملاحظاتك الخاصة. لا يتصل بأي شبكة أبدًا.</translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>الخطر</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>Library navigator</source>
        <translation>لوحة التنقل في المكتبة</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>التصفية حسب %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Add to Comparison</source>
        <translation>إضافة إلى المقارنة</translation>
    </message>
    <message>
        <source>Add to Brief</source>
        <translation>إضافة إلى ملف الإحاطة</translation>
    </message>
    <message>
        <source>Remove Bookmark</source>
        <translation>إزالة الإشارة المرجعية</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>إنشاء نسخة</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Move the brief to the Trash</source>
        <translation>نقل ملف الإحاطة إلى سلة المهملات</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Delete Forever…</source>
        <translation>حذف نهائي…</translation>
    </message>
    <message>
        <source>Delete Saved Comparison…</source>
        <translation>حذف المقارنة المحفوظة…</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Title (optional: the first line is used)</source>
        <translation>العنوان (اختياري: يُستخدم السطر الأول)</translation>
    </message>
    <message>
        <source>Note title</source>
        <translation>عنوان الملاحظة</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>الوسوم، مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Note tags</source>
        <translation>وسوم الملاحظة</translation>
    </message>
    <message>
        <source>Highlighted passage</source>
        <translation>المقطع المظلَّل</translation>
    </message>
    <message>
        <source>Keep This Text</source>
        <translation>الإبقاء على هذا النص</translation>
    </message>
    <message>
        <source>This text is the one kept: the mark goes here and on your other devices</source>
        <translation>هذا هو النص الذي يُبقى عليه: تزول العلامة هنا وعلى أجهزتك الأخرى</translation>
    </message>
    <message>
        <source>Note text (Markdown)</source>
        <translation>نص الملاحظة (Markdown)</translation>
    </message>
    <message>
        <source>Write in Markdown: # heading, **bold**, - list. Saved as you type.</source>
        <translation>اكتب بتنسيق Markdown: # عنوان، **غامق**، - قائمة. يُحفظ النص أثناء الكتابة.</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>معاينة الملاحظة</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Preview or edit</source>
        <translation>المعاينة أو التحرير</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>حالة الحفظ</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>the last save did not finish</source>
        <translation>لم يكتمل الحفظ الأخير</translation>
    </message>
    <message>
        <source>Highlight: %1</source>
        <translation>التظليل: %1</translation>
    </message>
    <message>
        <source>Its entry is no longer in any installed pack; the note is kept.</source>
        <translation>لم يعد مدخلها موجودًا في أي حزمة مثبتة؛ يُحتفظ بالملاحظة.</translation>
    </message>
    <message>
        <source>The entry&apos;s text changed and no longer holds this passage; the note and its quote are kept.</source>
        <translation>تغيّر نص المدخل ولم يعد يتضمن هذا المقطع؛ يُحتفظ بالملاحظة والاقتباس.</translation>
    </message>
    <message>
        <source>Edited on two devices before they synced: this is the text edited last; the other is in its History. Keep this one, or restore the other from the History.</source>
        <translation>عُدّلت على جهازين قبل مزامنتهما: هذا هو النص المعدَّل أخيرًا، والآخر في سجلها. أبقِ على هذا النص أو استعد الآخر من السجل.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>تم الحفظ</translation>
    </message>
    <message>
        <source>Nothing written on this note yet.</source>
        <translation>لم يُكتب شيء في هذه الملاحظة بعد.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Could not save: %1 (kept in the editor, retrying)</source>
        <translation>تعذّر الحفظ: %1 (النص باقٍ في المحرر، وتجري إعادة المحاولة)</translation>
    </message>
</context>
<context>
    <name>NotesExport</name>
    <message numerus="yes">
        <source>Exported %n note(s) to %1</source>
        <translation>
            <numerusform>صُدّرت %n ملاحظة إلى %1</numerusform>
            <numerusform>صُدّرت %n ملاحظة إلى %1</numerusform>
            <numerusform>صُدّرت %n ملاحظتان إلى %1</numerusform>
            <numerusform>صُدّرت %n ملاحظات إلى %1</numerusform>
            <numerusform>صُدّرت %n ملاحظة إلى %1</numerusform>
            <numerusform>صُدّرت %n ملاحظة إلى %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes not exported: %1</source>
        <translation>لم تُصدَّر الملاحظات: %1</translation>
    </message>
    <message>
        <source>Markdown: one file per note, in a folder</source>
        <translation>Markdown: ملف لكل ملاحظة، داخل مجلد</translation>
    </message>
    <message>
        <source>W3C Web Annotations: one JSON-LD file</source>
        <translation>W3C Web Annotations: ملف JSON-LD واحد</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>تصدير الملاحظات</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>Export notes into folder</source>
        <translation>تصدير الملاحظات إلى مجلد</translation>
    </message>
    <message>
        <source>Web Annotations (*.jsonld)</source>
        <translation>Web Annotations (*.jsonld)</translation>
    </message>
</context>
<context>
    <name>NotesKeeper</name>
    <message>
        <source>Your notes could not be backed up: %1</source>
        <translation>تعذّر إنشاء نسخة احتياطية من ملاحظاتك: %1</translation>
    </message>
    <message>
        <source> What you had before is kept at %1.</source>
        <translation> ما كان لديك من قبل محفوظ في %1.</translation>
    </message>
    <message>
        <source>The backup is restored.</source>
        <translation>استُعيدت النسخة الاحتياطية.</translation>
    </message>
</context>
<context>
    <name>NotesListModel</name>
    <message>
        <source>Highlight</source>
        <translation>تظليل</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>ملاحظة بلا عنوان</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>عُدّلت %1</translation>
    </message>
    <message>
        <source>Detached</source>
        <translation>منفصلة</translation>
    </message>
    <message>
        <source>Passage not found</source>
        <translation>المقطع غير موجود</translation>
    </message>
    <message>
        <source>Edited on two devices</source>
        <translation>عُدّلت على جهازين</translation>
    </message>
    <message>
        <source>Passage: %1</source>
        <translation>المقطع: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>الوسوم: %1</translation>
    </message>
    <message>
        <source>Detached: its entry is no longer in any installed pack. The note is kept.</source>
        <translation>منفصلة: لم يعد مدخلها موجودًا في أي حزمة مثبتة. يُحتفظ بالملاحظة.</translation>
    </message>
    <message>
        <source>Passage not found: the entry&apos;s text changed and these words are no longer in it. The note and its quote are kept.</source>
        <translation>المقطع غير موجود: تغيّر نص المدخل ولم تعد هذه الكلمات فيه. يُحتفظ بالملاحظة والاقتباس.</translation>
    </message>
    <message>
        <source>Edited on two devices before they synced: both texts are in its History.</source>
        <translation>عُدّلت على جهازين قبل مزامنتهما: النصان كلاهما في سجلها.</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Notes are attached to</source>
        <translation>الملاحظات مرتبطة بـ</translation>
    </message>
    <message>
        <source>Notes and highlights</source>
        <translation>الملاحظات والتظليلات</translation>
    </message>
    <message>
        <source>No notes</source>
        <translation>لا ملاحظات</translation>
    </message>
    <message>
        <source>&amp;New Note</source>
        <translation>ملاحظة جديدة</translation>
    </message>
    <message>
        <source>Write a new note</source>
        <translation>كتابة ملاحظة جديدة</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Move the selected note to the Trash</source>
        <translation>نقل الملاحظة المحددة إلى سلة المهملات</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>التراجع عن الحذف</translation>
    </message>
    <message>
        <source>Bring back the last note moved to the Trash</source>
        <translation>إعادة آخر ملاحظة نُقلت إلى سلة المهملات</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>السجل…</translation>
    </message>
    <message>
        <source>Earlier versions of this note, to read or restore</source>
        <translation>النسخ السابقة من هذه الملاحظة، لقراءتها أو استعادتها</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Show the note as formatted text (%1)</source>
        <translation>عرض الملاحظة نصًا منسقًا (%1)</translation>
    </message>
    <message>
        <source>Note actions</source>
        <translation>إجراءات الملاحظات</translation>
    </message>
    <message>
        <source>Notes on: %1</source>
        <translation>ملاحظات على: %1</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>كل الملاحظات</translation>
    </message>
    <message>
        <source>Notes not attached to an entry</source>
        <translation>ملاحظات غير مرتبطة بمدخل</translation>
    </message>
    <message>
        <source>Add to Brief</source>
        <translation>إضافة إلى ملف الإحاطة</translation>
    </message>
    <message>
        <source>Your notes cannot be shown: %1</source>
        <translation>تعذّر عرض ملاحظاتك: %1</translation>
    </message>
    <message>
        <source>Could not change the notes: %1</source>
        <translation>تعذّر تغيير الملاحظات: %1</translation>
    </message>
    <message>
        <source>No notes on this entry yet. Press %1 to write one, or select text in the reader and press Ctrl+H to highlight it.</source>
        <translation>لا توجد ملاحظات على هذا المدخل بعد. اضغط %1 لكتابة ملاحظة، أو حدّد نصًا في العارض واضغط Ctrl+H لتظليله.</translation>
    </message>
    <message>
        <source>No notes here yet. Press %1 to write one.</source>
        <translation>لا توجد ملاحظات هنا بعد. اضغط %1 لكتابة ملاحظة.</translation>
    </message>
</context>
<context>
    <name>PackInstall</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n مدخل</numerusform>
            <numerusform>%n مدخل</numerusform>
            <numerusform>%n مدخلان</numerusform>
            <numerusform>%n مداخل</numerusform>
            <numerusform>%n مدخلًا</numerusform>
            <numerusform>%n مدخل</numerusform>
        </translation>
    </message>
    <message>
        <source>Installed “%1” %2 (%3).</source>
        <translation>ثُبّتت الحزمة «%1» بالإصدار %2 (%3).</translation>
    </message>
    <message>
        <source>Updated “%1” from %4 to %2 (%3).</source>
        <translation>حُدّثت الحزمة «%1» من الإصدار %4 إلى %2 (%3).</translation>
    </message>
    <message>
        <source>Replaced “%1” %4 with the older version %2 (%3).</source>
        <translation>استُبدلت الحزمة «%1» %4 بإصدارها الأقدم %2 (%3).</translation>
    </message>
    <message>
        <source>Replaced “%1” %2 (%3).</source>
        <translation>استُبدلت الحزمة «%1» %2 (%3).</translation>
    </message>
    <message>
        <source>“%1” %2 is already installed with the same content; nothing changed.</source>
        <translation>الحزمة «%1» %2 مثبتة بالفعل بالمحتوى نفسه؛ لم يتغير شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) no longer found in the new text: kept, marked in your notes.</source>
        <translation>
            <numerusform>لم يُعثر في النص الجديد على %n تظليل: أُبقي عليها ووُسمت في ملاحظاتك.</numerusform>
            <numerusform>لم يُعثر في النص الجديد على %n تظليل: أُبقي عليه ووُسم في ملاحظاتك.</numerusform>
            <numerusform>لم يُعثر في النص الجديد على %n تظليلين: أُبقي عليهما ووُسما في ملاحظاتك.</numerusform>
            <numerusform>لم يُعثر في النص الجديد على %n تظليلات: أُبقي عليها ووُسمت في ملاحظاتك.</numerusform>
            <numerusform>لم يُعثر في النص الجديد على %n تظليلًا: أُبقي عليها ووُسمت في ملاحظاتك.</numerusform>
            <numerusform>لم يُعثر في النص الجديد على %n تظليل: أُبقي عليها ووُسمت في ملاحظاتك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n highlight(s) found in the new text.</source>
        <translation>
            <numerusform>عُثر في النص الجديد على جميع التظليلات، وعددها %n.</numerusform>
            <numerusform>عُثر في النص الجديد على جميع التظليلات، وعددها %n.</numerusform>
            <numerusform>عُثر في النص الجديد على جميع التظليلات، وعددها %n.</numerusform>
            <numerusform>عُثر في النص الجديد على جميع التظليلات، وعددها %n.</numerusform>
            <numerusform>عُثر في النص الجديد على جميع التظليلات، وعددها %n.</numerusform>
            <numerusform>عُثر في النص الجديد على جميع التظليلات، وعددها %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing installed from %1.</source>
        <translation>لم يُثبَّت شيء من %1.</translation>
    </message>
    <message>
        <source>Install content pack</source>
        <translation>تثبيت حزمة محتوى</translation>
    </message>
    <message>
        <source>Content packs (*.atlaspack *.zip)</source>
        <translation>حزم المحتوى (*.atlaspack *.zip)</translation>
    </message>
    <message>
        <source>Replace the installed pack?</source>
        <translation>استبدال الحزمة المثبتة؟</translation>
    </message>
    <message>
        <source>Replace it with this file? Your notes on its entries are kept.</source>
        <translation>هل تريد استبدالها بهذا الملف؟ يُحتفظ بملاحظاتك على مداخلها.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…و%n مشكلة أخرى.</numerusform>
            <numerusform>…و%n مشكلة أخرى.</numerusform>
            <numerusform>…و%n مشكلتان أخريان.</numerusform>
            <numerusform>…و%n مشكلات أخرى.</numerusform>
            <numerusform>…و%n مشكلة أخرى.</numerusform>
            <numerusform>…و%n مشكلة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pack not installed</source>
        <translation>لم تُثبَّت الحزمة</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a valid content pack, so nothing was installed: %n problem(s).</source>
        <translation>
            <numerusform>الملف %1 ليس حزمة محتوى صالحة، لذا لم يُثبَّت شيء: %n مشكلة.</numerusform>
            <numerusform>الملف %1 ليس حزمة محتوى صالحة، لذا لم يُثبَّت شيء: %n مشكلة.</numerusform>
            <numerusform>الملف %1 ليس حزمة محتوى صالحة، لذا لم يُثبَّت شيء: %n مشكلتان.</numerusform>
            <numerusform>الملف %1 ليس حزمة محتوى صالحة، لذا لم يُثبَّت شيء: %n مشكلات.</numerusform>
            <numerusform>الملف %1 ليس حزمة محتوى صالحة، لذا لم يُثبَّت شيء: %n مشكلة.</numerusform>
            <numerusform>الملف %1 ليس حزمة محتوى صالحة، لذا لم يُثبَّت شيء: %n مشكلة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Reader</source>
        <translation>العارض</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>تقدّم</translation>
    </message>
    <message>
        <source>Find in Page…</source>
        <translation>البحث في الصفحة…</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>إشارة مرجعية</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>مُعلَّم بإشارة مرجعية</translation>
    </message>
    <message>
        <source>Add to Comparison</source>
        <translation>إضافة إلى المقارنة</translation>
    </message>
    <message>
        <source>Copy Citation</source>
        <translation>نسخ الإحالة المرجعية</translation>
    </message>
    <message>
        <source>Highlight Selection</source>
        <translation>تظليل التحديد</translation>
    </message>
    <message>
        <source>Highlight with Note</source>
        <translation>تظليل مع ملاحظة</translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation>تكبير النص</translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation>تصغير النص</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>الحجم الفعلي</translation>
    </message>
    <message>
        <source>Add to Brief</source>
        <translation>إضافة إلى ملف الإحاطة</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>ما الذي تغيّر</translation>
    </message>
    <message>
        <source>Open in your browser?</source>
        <translation>فتح في المتصفح؟</translation>
    </message>
    <message>
        <source>This link leads outside Partnership Atlas:

%1

Open it in your web browser?</source>
        <translation>يؤدي هذا الرابط إلى خارج Partnership Atlas:

%1

هل تريد فتحه في متصفح الويب؟</translation>
    </message>
    <message>
        <source>This link was not opened: &apos;%1&apos; links are not allowed.</source>
        <translation>لم يُفتح هذا الرابط: الروابط من نوع &apos;%1&apos; غير مسموح بها.</translation>
    </message>
    <message>
        <source>Select some text in the entry first, then highlight it.</source>
        <translation>حدّد نصًا في المدخل أولًا، ثم ظلّله.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore Notes from a Backup</source>
        <translation>استعادة الملاحظات من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Partnership Atlas backs up your notes, bookmarks and comparisons when it starts and every 30 minutes while you work. Restoring a backup replaces them with the backup&apos;s; what you have now is kept beside it, never deleted.</source>
        <translation>ينشئ Partnership Atlas نسخة احتياطية من ملاحظاتك وإشاراتك المرجعية ومقارناتك عند بدء تشغيله وكل 30 دقيقة أثناء عملك. تحل استعادة نسخة احتياطية محل هذه البيانات ببيانات النسخة؛ ويُحتفظ بما لديك الآن إلى جانبها، ولا يُحذف أبدًا.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>النسخ الاحتياطية، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Restore status</source>
        <translation>حالة الاستعادة</translation>
    </message>
    <message>
        <source>&amp;Restore This Backup</source>
        <translation>استعادة هذه النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>تتعذّر قراءتها</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n ملاحظة</numerusform>
            <numerusform>%n ملاحظة</numerusform>
            <numerusform>%n ملاحظتان</numerusform>
            <numerusform>%n ملاحظات</numerusform>
            <numerusform>%n ملاحظة</numerusform>
            <numerusform>%n ملاحظة</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no backups yet: the first is made once you have written a note.</source>
        <translation>لا توجد نسخ احتياطية بعد: تُنشأ الأولى بعد كتابتك أول ملاحظة.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>جارٍ الاستعادة…</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>History of “%1”</source>
        <translation>سجل «%1»</translation>
    </message>
    <message>
        <source>Note history</source>
        <translation>سجل الملاحظة</translation>
    </message>
    <message>
        <source>Make this version the note&apos;s current text; the current text stays in the history.</source>
        <translation>جعل هذه النسخة النص الحالي للملاحظة؛ ويبقى النص الحالي في السجل.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغة)</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>الوسوم: %1</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>About these results</source>
        <translation>حول هذه النتائج</translation>
    </message>
    <message>
        <source>Too many matches to rank while you type: showing the first ones found; add a word to rank them.</source>
        <translation>التطابقات أكثر من أن تُرتَّب أثناء الكتابة: تُعرض أولى النتائج التي عُثر عليها؛ أضف كلمة لترتيبها.</translation>
    </message>
    <message>
        <source>Show More Results</source>
        <translation>عرض مزيد من النتائج</translation>
    </message>
    <message>
        <source>Show more search results</source>
        <translation>عرض مزيد من نتائج البحث</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Clear search filters</source>
        <translation>مسح عوامل تصفية البحث</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Clear the navigator filters</source>
        <translation>مسح عوامل التصفية في لوحة التنقل</translation>
    </message>
    <message>
        <source>Only %1.</source>
        <translation>يقتصر البحث على: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Showing results for &lt;b&gt;%1&lt;/b&gt;. &lt;a href=&quot;literal&quot;&gt;Search instead for %2&lt;/a&gt;</source>
        <translation>تُعرض نتائج &lt;b&gt;%1&lt;/b&gt;. &lt;a href=&quot;literal&quot;&gt;ابحث بدلًا من ذلك عن %2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Did you mean &lt;a href=&quot;suggestion&quot;&gt;%1&lt;/a&gt;?</source>
        <translation>هل تقصد &lt;a href=&quot;suggestion&quot;&gt;%1&lt;/a&gt;؟</translation>
    </message>
    <message>
        <source>No entry has all the words; showing the closest.</source>
        <translation>لا يوجد مدخل يتضمن كل الكلمات؛ تُعرض أقرب النتائج.</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>تعذّر البحث: %1</translation>
    </message>
    <message>
        <source>Type to search models, lessons, questions, themes, sources, actors and your notes. Use &quot;quotes&quot; for a phrase, OR between words, -word to exclude, and kind:lesson to narrow.</source>
        <translation>اكتب للبحث في نماذج الشراكة والدروس المستفادة والأسئلة والمواضيع والمصادر والجهات الفاعلة وملاحظاتك. ضع العبارة بين علامتي تنصيص مزدوجتين، واكتب OR بين الكلمات، و‎-word لاستبعاد كلمة، وkind:lesson لتضييق النتائج.</translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>لا توجد نتائج عن «%1».</translation>
    </message>
    <message>
        <source>Clear the filters to search everything.</source>
        <translation>امسح عوامل التصفية للبحث في كل شيء.</translation>
    </message>
    <message>
        <source>Try fewer or shorter words, or end a word with * to match its beginning.</source>
        <translation>جرّب كلمات أقل أو أقصر، أو أنهِ الكلمة بالعلامة * للبحث عن الكلمات التي تبدأ بها.</translation>
    </message>
    <message>
        <source>Only %1: %2</source>
        <translation>يقتصر على %1: %2</translation>
    </message>
    <message>
        <source>Filter %1 %2</source>
        <translation>عامل التصفية %1 %2</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>Move through the results</source>
        <translation>التنقل بين النتائج</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Up, Down</translation>
    </message>
    <message>
        <source>Open the selected result</source>
        <translation>فتح النتيجة المحددة</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Find in Page</source>
        <translation>البحث في الصفحة</translation>
    </message>
    <message>
        <source>Next match, previous match</source>
        <translation>التطابق التالي، التطابق السابق</translation>
    </message>
    <message>
        <source>Enter, Shift+Enter</source>
        <translation>Enter, Shift+Enter</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>انتقال</translation>
    </message>
    <message>
        <source>Back, Forward</source>
        <translation>رجوع، تقدّم</translation>
    </message>
    <message>
        <source>Mouse back and forward buttons</source>
        <translation>زرّا الرجوع والتقدم في الفأرة</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>Show a long row in full, or cap it again</source>
        <translation>عرض صف طويل كاملًا، أو تقصيره مجددًا</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Leave focus mode</source>
        <translation>الخروج من وضع التركيز</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>StoreProblemBox</name>
    <message>
        <source>Your notes need attention</source>
        <translation>ملاحظاتك تحتاج إلى انتباهك</translation>
    </message>
    <message>
        <source>Your notes file was damaged, so Partnership Atlas set it aside without changing it.</source>
        <translation>تعرّض ملف ملاحظاتك للتلف، فنحّاه Partnership Atlas جانبًا دون تغييره.</translation>
    </message>
    <message>
        <source>What went wrong: %1.</source>
        <translation>سبب المشكلة: %1.</translation>
    </message>
    <message>
        <source>The damaged file is kept at %1.</source>
        <translation>يُحتفظ بالملف التالف في %1.</translation>
    </message>
    <message>
        <source>The newest good backup was made %1.</source>
        <translation>تاريخ أحدث نسخة احتياطية سليمة: %1.</translation>
    </message>
    <message>
        <source>Restore the Newest Backup</source>
        <translation>استعادة أحدث نسخة احتياطية</translation>
    </message>
    <message>
        <source>Start with Empty Notes</source>
        <translation>البدء بملاحظات فارغة</translation>
    </message>
    <message>
        <source>Your notes were saved by a newer version of Partnership Atlas; this version cannot use them.</source>
        <translation>حُفظت ملاحظاتك بإصدار أحدث من Partnership Atlas؛ ولا يمكن لهذا الإصدار استخدامها.</translation>
    </message>
    <message>
        <source>They are untouched. Open them with the newer version, or start a new notes file here: the newer file is then kept beside it.</source>
        <translation>لم يطرأ عليها أي تغيير. افتحها بالإصدار الأحدث، أو ابدأ ملف ملاحظات جديدًا هنا: ويُحتفظ عندئذ بالملف الأحدث إلى جانبه.</translation>
    </message>
    <message>
        <source>Your notes file could not be opened; it was not changed.</source>
        <translation>تعذّر فتح ملف ملاحظاتك؛ ولم يُغيَّر.</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>القرار لاحقًا</translation>
    </message>
</context>
<context>
    <name>SyncFolderDialog</name>
    <message>
        <source>Sync Notes Across Devices</source>
        <translation>مزامنة الملاحظات بين الأجهزة</translation>
    </message>
    <message>
        <source>Choose a folder that a tool of yours keeps the same on each of your devices: a Syncthing or Nextcloud folder, a network share, or a USB stick you carry between them. Your notes, highlights, bookmarks and saved comparisons are written there and read from there when the window opens, every five minutes and with File &gt; Sync Notes Now. Partnership Atlas itself never connects to another computer.</source>
        <translation>اختر مجلدًا تحافظ إحدى أدواتك على تطابقه في كل أجهزتك: مجلد Syncthing أو Nextcloud، أو مجلد مشترك على الشبكة، أو ذاكرة USB تنقلها بينها. تُكتب ملاحظاتك وتظليلاتك وإشاراتك المرجعية ومقارناتك المحفوظة فيه وتُقرأ منه عند فتح النافذة، وكل خمس دقائق، وعبر ملف &gt; مزامنة الملاحظات الآن. لا يتصل Partnership Atlas بنفسه بأي حاسوب آخر أبدًا.</translation>
    </message>
    <message>
        <source>No folder: notes stay on this device</source>
        <translation>لا مجلد: تبقى الملاحظات على هذا الجهاز</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>مجلد المزامنة</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Stop Syncing</source>
        <translation>إيقاف المزامنة</translation>
    </message>
    <message>
        <source>Choose the folder your devices share</source>
        <translation>اختر المجلد الذي تتشاركه أجهزتك</translation>
    </message>
</context>
<context>
    <name>SyncKeeper</name>
    <message>
        <source>Notes are no longer synced with other devices.</source>
        <translation>لم تعد الملاحظات تُزامَن مع أجهزة أخرى.</translation>
    </message>
    <message>
        <source>Choose a folder your devices share first: File &gt; Sync Folder…</source>
        <translation>اختر أولًا مجلدًا تتشاركه أجهزتك: ملف &gt; مجلد المزامنة…</translation>
    </message>
    <message numerus="yes">
        <source>Notes synced, but %n file(s) wait: %1</source>
        <translation>
            <numerusform>زُومنت الملاحظات، لكن %n ملف ينتظر: %1</numerusform>
            <numerusform>زُومنت الملاحظات، لكن ملفًا واحدًا ينتظر: %1</numerusform>
            <numerusform>زُومنت الملاحظات، لكن ملفين ينتظران: %1</numerusform>
            <numerusform>زُومنت الملاحظات، لكن %n ملفات تنتظر: %1</numerusform>
            <numerusform>زُومنت الملاحظات، لكن %n ملفًا ينتظر: %1</numerusform>
            <numerusform>زُومنت الملاحظات، لكن %n ملف ينتظر: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes synced: %n note(s) were edited on two devices; both texts are kept and the notes are marked.</source>
        <translation>
            <numerusform>زُومنت الملاحظات: %n ملاحظة عُدّلت على جهازين؛ حُفظ النصان ووُضعت علامة.</numerusform>
            <numerusform>زُومنت الملاحظات: ملاحظة واحدة عُدّلت على جهازين؛ حُفظ النصان ووُضعت عليها علامة.</numerusform>
            <numerusform>زُومنت الملاحظات: ملاحظتان عُدّلتا على جهازين؛ حُفظت النصوص ووُضعت عليهما علامة.</numerusform>
            <numerusform>زُومنت الملاحظات: %n ملاحظات عُدّلت على جهازين؛ حُفظت النصوص ووُضعت عليها علامة.</numerusform>
            <numerusform>زُومنت الملاحظات: %n ملاحظة عُدّلت على جهازين؛ حُفظت النصوص ووُضعت عليها علامة.</numerusform>
            <numerusform>زُومنت الملاحظات: %n ملاحظة عُدّلت على جهازين؛ حُفظت النصوص ووُضعت عليها علامة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes synced: %n change(s) sent, %1 received.</source>
        <translation>
            <numerusform>زُومنت الملاحظات: أُرسل %n تغيير، واستُلم %1.</numerusform>
            <numerusform>زُومنت الملاحظات: أُرسل تغيير واحد، واستُلم %1.</numerusform>
            <numerusform>زُومنت الملاحظات: أُرسل تغييران، واستُلم %1.</numerusform>
            <numerusform>زُومنت الملاحظات: أُرسلت %n تغييرات، واستُلم %1.</numerusform>
            <numerusform>زُومنت الملاحظات: أُرسل %n تغييرًا، واستُلم %1.</numerusform>
            <numerusform>زُومنت الملاحظات: أُرسل %n تغيير، واستُلم %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes could not be synced: %1</source>
        <translation>تعذّرت مزامنة الملاحظات: %1</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Partnership Atlas cannot start</source>
        <translation>تعذّر بدء تشغيل Partnership Atlas</translation>
    </message>
    <message>
        <source>Partnership Atlas is already open</source>
        <translation>Partnership Atlas مفتوح بالفعل</translation>
    </message>
    <message>
        <source>Partnership Atlas is already open with this data folder (process %1) but did not come to the front. Switch to its window, or close it and start again.</source>
        <translation>Partnership Atlas مفتوح بالفعل بمجلد البيانات هذا (العملية %1) لكن نافذته لم تظهر في المقدمة. انتقل إلى نافذته، أو أغلقه وأعد تشغيله.</translation>
    </message>
</context>
<context>
    <name>local_time</name>
    <message>
        <source>today %1</source>
        <translation>اليوم %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>أمس %1</translation>
    </message>
</context>
</TS>
