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
        <source>cited for:</source>
        <translation>استُشهد به في:</translation>
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
        <source>Trash</source>
        <translation>سلة المهملات</translation>
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
        <source>not documented in this pack&apos;s sources</source>
        <translation>غير موثق في مصادر هذه الحزمة</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>لا ينطبق</translation>
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
        <source>Reader or comparison</source>
        <translation>العارض أو المقارنة</translation>
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
        <source>Remove Bookmark</source>
        <translation>إزالة الإشارة المرجعية</translation>
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
        <source>Make this version the note&apos;s current text; the current text stays in the history.</source>
        <translation>جعل هذه النسخة النص الحالي للملاحظة؛ ويبقى النص الحالي في السجل.</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (الحالية)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغة)</translation>
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
        <source>Tags: %1</source>
        <translation>الوسوم: %1</translation>
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
