<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>AgencyRegistry</name>
        <message>
            <source>Agency list: %1</source>
            <translation>قائمة الوكالات: %1</translation>
        </message>
        <message>
            <source>Agency list is larger than %1 bytes</source>
            <translation>قائمة الوكالات أكبر من %1 بايت</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>تعذّرت قراءة %1: %2</translation>
        </message>
        <message>
            <source>%1 is too large</source>
            <translation>%1 كبير جدًا</translation>
        </message>
    </context>
    <context>
        <name>AlertCenter</name>
        <message>
            <source>Wirewatch alert</source>
            <translation>تنبيه Wirewatch</translation>
        </message>
        <message>
            <source>More new matches in other saved searches: %1</source>
            <translation>مزيد من النتائج الجديدة في عمليات بحث محفوظة أخرى: %1</translation>
        </message>
    </context>
    <context>
        <name>AlertHistoryDialog</name>
        <message>
            <source>&amp;Open article</source>
            <translation>فتح المقال</translation>
        </message>
        <message>
            <source>Alert history</source>
            <translation>سجل التنبيهات</translation>
        </message>
        <message>
            <source>&amp;Alerts by saved search, newest first:</source>
            <translation>التنبيهات حسب البحث المحفوظ، الأحدث أولًا:</translation>
        </message>
        <message>
            <source>Fired</source>
            <translation>وقت الإطلاق</translation>
        </message>
        <message>
            <source>New matches</source>
            <translation>تطابقات جديدة</translation>
        </message>
        <message>
            <source>Newest match</source>
            <translation>أحدث تطابق</translation>
        </message>
        <message>
            <source>No alerts yet</source>
            <translation>لا توجد تنبيهات بعد</translation>
        </message>
        <message>
            <source>Alerts are off for this search</source>
            <translation>التنبيهات متوقفة لهذا البحث</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(بلا عنوان)</translation>
        </message>
        <message>
            <source>(article no longer stored)</source>
            <translation>(المقال لم يعد مخزّنًا)</translation>
        </message>
    </context>
    <context>
        <name>AnalystDesk</name>
        <message>
            <source>Tags and notes</source>
            <translation>الوسوم والملاحظات</translation>
        </message>
        <message>
            <source>&amp;Highlight selection…</source>
            <translation>تمييز التحديد…</translation>
        </message>
        <message>
            <source>&amp;Save search…</source>
            <translation>حفظ البحث…</translation>
        </message>
        <message>
            <source>Highlight the selected words of the article and add a note</source>
            <translation>تمييز الكلمات المحددة في المقال وإضافة ملاحظة</translation>
        </message>
        <message>
            <source>Note on &amp;article…</source>
            <translation>ملاحظة على المقال…</translation>
        </message>
        <message>
            <source>&amp;Tag article…</source>
            <translation>وسم المقال…</translation>
        </message>
        <message>
            <source>Tag &amp;selected articles…</source>
            <translation>وسم المقالات المحددة…</translation>
        </message>
        <message>
            <source>Select articles in the list first.</source>
            <translation>حدد المقالات في القائمة أولًا.</translation>
        </message>
        <message>
            <source>Tag %1 selected articles</source>
            <translation>وسم %1 من المقالات المحددة</translation>
        </message>
        <message>
            <source>Tag the whole &amp;story…</source>
            <translation>وسم الخبر بأكمله…</translation>
        </message>
        <message>
            <source>Tag every copy of this story</source>
            <translation>وسم جميع نسخ هذا الخبر</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>تراجع</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>إعادة</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>الملاحظات</translation>
        </message>
        <message>
            <source>New alert matches</source>
            <translation>نتائج تنبيه جديدة</translation>
        </message>
        <message>
            <source>Alerts: %1 new</source>
            <translation>التنبيهات: %1 جديدة</translation>
        </message>
        <message>
            <source>Search saved as "%1".</source>
            <translation>حُفظ البحث باسم "%1".</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>الوسم:</translation>
        </message>
        <message>
            <source>Tagged %1 articles "%2".</source>
            <translation>تم وسم %1 من المقالات بالوسم "%2".</translation>
        </message>
        <message>
            <source>Note on the whole st&amp;ory…</source>
            <translation>ملاحظة على القصة بأكملها…</translation>
        </message>
        <message>
            <source>This article is not part of a story other outlets ran.</source>
            <translation>هذا المقال ليس جزءًا من قصة نشرتها وسائل إعلام أخرى.</translation>
        </message>
        <message>
            <source>&amp;Manage tags…</source>
            <translation>إدارة الوسوم…</translation>
        </message>
        <message>
            <source>&amp;All notes…</source>
            <translation>كل الملاحظات…</translation>
        </message>
        <message>
            <source>Alert &amp;history…</source>
            <translation>سجل التنبيهات…</translation>
        </message>
        <message>
            <source>Show the alert history</source>
            <translation>عرض سجل التنبيهات</translation>
        </message>
    </context>
    <context>
        <name>AnnotationListDialog</name>
        <message>
            <source>&amp;Open article</source>
            <translation>فتح المقال</translation>
        </message>
        <message>
            <source>All notes</source>
            <translation>كل الملاحظات</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>بحث:</translation>
        </message>
        <message>
            <source>Words in the notes or the highlighted text</source>
            <translation>كلمات في الملاحظات أو في النص المميَّز</translation>
        </message>
        <message>
            <source>Search notes</source>
            <translation>البحث في الملاحظات</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>الملاحظات</translation>
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
        <message numerus="yes">
            <source>%1 of %n note(s)</source>
            <translation>
                <numerusform>%1 من %n ملاحظة</numerusform>
                <numerusform>%1 من %n ملاحظة</numerusform>
                <numerusform>%1 من %n ملاحظتين</numerusform>
                <numerusform>%1 من %n ملاحظات</numerusform>
                <numerusform>%1 من %n ملاحظة</numerusform>
                <numerusform>%1 من %n ملاحظة</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AnnotationListModel</name>
        <message>
            <source>(untitled)</source>
            <translation>(بلا عنوان)</translation>
        </message>
        <message>
            <source>Story: %1</source>
            <translation>القصة: %1</translation>
        </message>
        <message>
            <source>(whole story)</source>
            <translation>(القصة بأكملها)</translation>
        </message>
        <message>
            <source>(whole article)</source>
            <translation>(المقال بأكمله)</translation>
        </message>
        <message>
            <source>"%1" (no longer in the article)</source>
            <translation>«%1» (لم يعد موجودًا في المقال)</translation>
        </message>
        <message>
            <source>"%1"</source>
            <translation>«%1»</translation>
        </message>
        <message>
            <source>These words are no longer in the article's current text: %1</source>
            <translation>هذه الكلمات لم تعد موجودة في النص الحالي للمقال: %1</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>المقال</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>الاقتباس</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>الملاحظة</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>تاريخ الإنشاء</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>تاريخ التحديث</translation>
        </message>
    </context>
    <context>
        <name>AnnotationPanel</name>
        <message>
            <source>Add note</source>
            <translation>إضافة ملاحظة</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>تحرير الملاحظة</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>حذف الملاحظة</translation>
        </message>
        <message>
            <source>&amp;Highlight selection…</source>
            <translation>تمييز التحديد…</translation>
        </message>
        <message>
            <source>Note on &amp;article…</source>
            <translation>ملاحظة على المقال…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>تحرير…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Notes on this article</source>
            <translation>ملاحظات على هذا المقال</translation>
        </message>
        <message>
            <source>Select words in the article, then add a note to them</source>
            <translation>حدد كلمات في المقال، ثم أضف إليها ملاحظة</translation>
        </message>
        <message>
            <source>Select the words to highlight first.</source>
            <translation>حدد الكلمات المراد تمييزها أولًا.</translation>
        </message>
        <message>
            <source>Article note: %1</source>
            <translation>ملاحظة المقال: %1</translation>
        </message>
        <message>
            <source>"%1" (no longer in the article)
%2</source>
            <translation>"%1" (لم يعد موجودًا في المقال)
%2</translation>
        </message>
        <message>
            <source>"%1"
%2</source>
            <translation>"%1"
%2</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>تم الحفظ في %1</translation>
        </message>
        <message>
            <source>Highlight</source>
            <translation>تمييز</translation>
        </message>
        <message>
            <source>Note (optional):</source>
            <translation>ملاحظة (اختيارية):</translation>
        </message>
        <message>
            <source>Note on article</source>
            <translation>ملاحظة على المقال</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>ملاحظة:</translation>
        </message>
    </context>
    <context>
        <name>ArticleBrowser</name>
        <message>
            <source>Article text</source>
            <translation>نص المقالة</translation>
        </message>
    </context>
    <context>
        <name>ArticleHeader</name>
        <message>
            <source>Article title</source>
            <translation>عنوان المقالة</translation>
        </message>
        <message>
            <source>Byline, dateline and times</source>
            <translation>اسم الكاتب ومكان الخبر والتوقيت</translation>
        </message>
        <message>
            <source>Story cluster</source>
            <translation>مجموعة القصة</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>البلدان</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(بلا عنوان)</translation>
        </message>
        <message>
            <source>Published by %1</source>
            <translation>نشرته: %1</translation>
        </message>
        <message>
            <source>— produced by %1</source>
            <translation>— من إنتاج: %1</translation>
        </message>
        <message>
            <source>— own reporting (%1)</source>
            <translation>— تغطية خاصة (%1)</translation>
        </message>
        <message>
            <source>No evidence recorded</source>
            <translation>لم يُسجَّل أي دليل</translation>
        </message>
        <message>
            <source>published %1</source>
            <translation>نُشر في %1</translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>التاريخ غير معروف</translation>
        </message>
        <message>
            <source>updated %1</source>
            <translation>حُدّث في %1</translation>
        </message>
        <message>
            <source>language: %1</source>
            <translation>اللغة: %1</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… و%n أخرى</numerusform>
                <numerusform>… و%n أخرى</numerusform>
                <numerusform>… و%n أخرى</numerusform>
                <numerusform>… و%n أخرى</numerusform>
                <numerusform>… و%n أخرى</numerusform>
                <numerusform>… و%n أخرى</numerusform>
            </translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>الوسوم: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n mention(s)%2</source>
            <translation>
                <numerusform>%1: %n إشارة%2</numerusform>
                <numerusform>%1: %n إشارة%2</numerusform>
                <numerusform>%1: %n إشارتان%2</numerusform>
                <numerusform>%1: %n إشارات%2</numerusform>
                <numerusform>%1: %n إشارة%2</numerusform>
                <numerusform>%1: %n إشارة%2</numerusform>
            </translation>
        </message>
        <message>
            <source>, in the title</source>
            <translation>، منها في العنوان</translation>
        </message>
        <message>
            <source>Publisher and producing agency</source>
            <translation>الناشر والجهة المنتجة</translation>
        </message>
        <message>
            <source>Publisher evidence: %1</source>
            <translation>أدلة تحديد الناشر: %1</translation>
        </message>
        <message>
            <source>the feed's outlet</source>
            <translation>ناشر الخلاصة</translation>
        </message>
        <message>
            <source>Producer evidence:
%1</source>
            <translation>أدلة تحديد الجهة المنتجة:
%1</translation>
        </message>
        <message numerus="yes">
            <source>Also ran in %n other outlet(s)</source>
            <translation>
                <numerusform>نُشر أيضًا لدى %n ناشر آخر</numerusform>
                <numerusform>نُشر أيضًا لدى %n ناشر آخر</numerusform>
                <numerusform>نُشر أيضًا لدى %n ناشرين آخرين</numerusform>
                <numerusform>نُشر أيضًا لدى %n ناشرين آخرين</numerusform>
                <numerusform>نُشر أيضًا لدى %n ناشرًا آخر</numerusform>
                <numerusform>نُشر أيضًا لدى %n ناشر آخر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Same story: %n other article(s) from this outlet</source>
            <translation>
                <numerusform>الخبر نفسه: %n مقال آخر من هذا الناشر</numerusform>
                <numerusform>الخبر نفسه: %n مقال آخر من هذا الناشر</numerusform>
                <numerusform>الخبر نفسه: %n مقالان آخران من هذا الناشر</numerusform>
                <numerusform>الخبر نفسه: %n مقالات أخرى من هذا الناشر</numerusform>
                <numerusform>الخبر نفسه: %n مقالًا آخر من هذا الناشر</numerusform>
                <numerusform>الخبر نفسه: %n مقال آخر من هذا الناشر</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ArticleTableView</name>
        <message>
            <source>Articles</source>
            <translation>المقالات</translation>
        </message>
    </context>
    <context>
        <name>ArticleView</name>
        <message>
            <source>photographer: %1</source>
            <translation>المصوّر: %1</translation>
        </message>
        <message>
            <source>agency: %1</source>
            <translation>الوكالة: %1</translation>
        </message>
        <message>
            <source>pool photo</source>
            <translation>صورة مشتركة (pool)</translation>
        </message>
        <message>
            <source>distributed by %1</source>
            <translation>توزيع: %1</translation>
        </message>
        <message>
            <source>file photo</source>
            <translation>صورة أرشيفية</translation>
        </message>
        <message>
            <source>handout</source>
            <translation>صورة موزَّعة من الجهة المعنية</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>المقالة</translation>
        </message>
        <message>
            <source>Select an article to read it.</source>
            <translation>اختر مقالة لقراءتها.</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>الصورة</translation>
        </message>
        <message>
            <source>Credit: %1</source>
            <translation>مصدر الصورة: %1</translation>
        </message>
        <message>
            <source>Open the original page</source>
            <translation>فتح الصفحة الأصلية</translation>
        </message>
    </context>
    <context>
        <name>ClusterNotesPanel</name>
        <message>
            <source>Add story note</source>
            <translation>إضافة ملاحظة على القصة</translation>
        </message>
        <message>
            <source>Edit story note</source>
            <translation>تحرير ملاحظة القصة</translation>
        </message>
        <message>
            <source>Delete story note</source>
            <translation>حذف ملاحظة القصة</translation>
        </message>
        <message>
            <source>Note on &amp;story…</source>
            <translation>ملاحظة على القصة…</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation>تحرير…</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Notes on this story</source>
            <translation>ملاحظات على هذه القصة</translation>
        </message>
        <message>
            <source>Add a note shared by every outlet's copy of this story</source>
            <translation>إضافة ملاحظة مشتركة بين نسخ هذه القصة لدى كل وسائل الإعلام</translation>
        </message>
        <message numerus="yes">
            <source>Notes on this &amp;story (%n copies)</source>
            <translation>
                <numerusform>ملاحظات على هذه القصة (%n نسخة)</numerusform>
                <numerusform>ملاحظات على هذه القصة (%n نسخة)</numerusform>
                <numerusform>ملاحظات على هذه القصة (%n نسختان)</numerusform>
                <numerusform>ملاحظات على هذه القصة (%n نسخ)</numerusform>
                <numerusform>ملاحظات على هذه القصة (%n نسخة)</numerusform>
                <numerusform>ملاحظات على هذه القصة (%n نسخة)</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>حُفظت في %1</translation>
        </message>
        <message>
            <source>Note on story</source>
            <translation>ملاحظة على القصة</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>الملاحظة:</translation>
        </message>
    </context>
    <context>
        <name>CoverageController</name>
        <message>
            <source>Could not count the coverage: %1</source>
            <translation>تعذّر إحصاء التغطية: %1</translation>
        </message>
        <message>
            <source>no connection for the dashboard</source>
            <translation>لا يوجد اتصال للوحة المعلومات</translation>
        </message>
    </context>
    <context>
        <name>DamagedDatabaseDialog</name>
        <message>
            <source>Nothing was restored.</source>
            <translation>لم تتم استعادة أي شيء.</translation>
        </message>
        <message>
            <source>Wirewatch</source>
            <translation>Wirewatch</translation>
        </message>
        <message>
            <source>The database %1 cannot be opened.</source>
            <translation>يتعذّر فتح قاعدة البيانات %1.</translation>
        </message>
        <message>
            <source>The latest backup is %1 (%2). Restoring it keeps the damaged file next to it for inspection; changes made after the backup are not in it.</source>
            <translation>أحدث نسخة احتياطية هي %1 (%2). تُبقي استعادتها الملف التالف بجانبها لفحصه؛ ولا تتضمن التغييرات التي أُجريت بعد النسخ الاحتياطي.</translation>
        </message>
        <message>
            <source>&amp;Restore from the latest backup</source>
            <translation>الاستعادة من أحدث نسخة احتياطية</translation>
        </message>
        <message>
            <source>No backup of it was found in %1.</source>
            <translation>لم يُعثر على نسخة احتياطية منها في %1.</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>إنهاء</translation>
        </message>
    </context>
    <context>
        <name>FacetModel</name>
        <message>
            <source>Countries</source>
            <translation>البلدان</translation>
        </message>
        <message>
            <source>Producing agencies</source>
            <translation>الجهات المنتجة</translation>
        </message>
        <message>
            <source>Outlets</source>
            <translation>الناشرون</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>اللغات</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n article(s); click to narrow the search</source>
            <translation>
                <numerusform>%1: %n مقال؛ انقر لتضييق البحث</numerusform>
                <numerusform>%1: %n مقال؛ انقر لتضييق البحث</numerusform>
                <numerusform>%1: %n مقالان؛ انقر لتضييق البحث</numerusform>
                <numerusform>%1: %n مقالات؛ انقر لتضييق البحث</numerusform>
                <numerusform>%1: %n مقالًا؛ انقر لتضييق البحث</numerusform>
                <numerusform>%1: %n مقال؛ انقر لتضييق البحث</numerusform>
            </translation>
        </message>
        <message>
            <source>Refine</source>
            <translation>تنقيح</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>المقالات</translation>
        </message>
    </context>
    <context>
        <name>FacetView</name>
        <message>
            <source>Refine the search</source>
            <translation>تنقيح البحث</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Wirewatch</source>
            <translation>Wirewatch</translation>
        </message>
        <message>
            <source>Search: words, "phrases", country:KP agency:Reuters outlet:… tag:… lang:ru</source>
            <translation>بحث: كلمات، "عبارات"، country:KP agency:Reuters outlet:… tag:… lang:ru</translation>
        </message>
        <message>
            <source>Search articles</source>
            <translation>البحث في المقالات</translation>
        </message>
        <message>
            <source>Free text and field filters: country:KP agency:Reuters outlet:"Global South World" tag:sanctions lang:ru from:2026-10-01 to:2026-10-31</source>
            <translation>نص حر ومرشّحات الحقول: country:KP agency:Reuters outlet:"Global South World" tag:sanctions lang:ru from:2026-10-01 to:2026-10-31</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;الإعدادات…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>إ&amp;نهاء</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>ال&amp;مقالة</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>ال&amp;تالية</translation>
        </message>
        <message>
            <source>&amp;Previous</source>
            <translation>ال&amp;سابقة</translation>
        </message>
        <message>
            <source>&amp;Mark read/unread</source>
            <translation>تعليم كمقروءة/غير م&amp;قروءة</translation>
        </message>
        <message>
            <source>&amp;Star</source>
            <translation>تمييز بن&amp;جمة</translation>
        </message>
        <message>
            <source>Open in &amp;browser</source>
            <translation>فتح في المت&amp;صفح</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;بحث</translation>
        </message>
        <message>
            <source>&amp;Refresh sources</source>
            <translation>&amp;تحديث المصادر</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <source>&amp;About Wirewatch</source>
            <translation>&amp;عن Wirewatch</translation>
        </message>
        <message>
            <source>About Wirewatch</source>
            <translation>عن Wirewatch</translation>
        </message>
        <message>
            <source>Wirewatch %1
Follow how news stories travel across outlets and wire agencies.</source>
            <translation>Wirewatch %1
تتبّع انتقال الأخبار بين وسائل الإعلام ووكالات الأنباء.</translation>
        </message>
        <message>
            <source>Story timeline</source>
            <translation>الخط الزمني للخبر</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>المقالات</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>التغطية</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>الخط الزمني</translation>
        </message>
        <message>
            <source>E&amp;xport report…</source>
            <translation>تصدير تقرير…</translation>
        </message>
        <message>
            <source>Next &amp;unread</source>
            <translation>غير المقروء التالي</translation>
        </message>
        <message>
            <source>Previous u&amp;nread</source>
            <translation>غير المقروء السابق</translation>
        </message>
        <message>
            <source>&amp;Articles</source>
            <translation>المقالات</translation>
        </message>
        <message>
            <source>&amp;Coverage dashboard</source>
            <translation>لوحة معلومات التغطية</translation>
        </message>
        <message>
            <source>Story &amp;timeline</source>
            <translation>الخط الزمني للخبر</translation>
        </message>
    </context>
    <context>
        <name>ReaderController</name>
        <message>
            <source>Could not load articles: %1</source>
            <translation>تعذّر تحميل المقالات: %1</translation>
        </message>
        <message>
            <source>Could not load the feeds: %1</source>
            <translation>تعذّر تحميل الموجزات: %1</translation>
        </message>
        <message numerus="yes">
            <source>Showing the first %n match(es); scroll for more</source>
            <translation>
                <numerusform>عرض أول %n نتيجة؛ مرِّر لعرض المزيد</numerusform>
                <numerusform>عرض أول %n نتيجة؛ مرِّر لعرض المزيد</numerusform>
                <numerusform>عرض أول %n نتيجتين؛ مرِّر لعرض المزيد</numerusform>
                <numerusform>عرض أول %n نتائج؛ مرِّر لعرض المزيد</numerusform>
                <numerusform>عرض أول %n نتيجة؛ مرِّر لعرض المزيد</numerusform>
                <numerusform>عرض أول %n نتيجة؛ مرِّر لعرض المزيد</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
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
            <source>Could not open the article: %1</source>
            <translation>تعذّر فتح المقالة: %1</translation>
        </message>
        <message>
            <source>Could not mark the article: %1</source>
            <translation>تعذّر تعليم المقالة: %1</translation>
        </message>
        <message>
            <source>Could not star the article: %1</source>
            <translation>تعذّر تمييز المقالة بنجمة: %1</translation>
        </message>
        <message>
            <source>No more unread articles below</source>
            <translation>لا مزيد من المقالات غير المقروءة أدناه</translation>
        </message>
        <message>
            <source>No more unread articles above</source>
            <translation>لا مزيد من المقالات غير المقروءة أعلاه</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Export report</source>
            <translation>تصدير تقرير</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>المقالات</translation>
        </message>
        <message>
            <source>Current search</source>
            <translation>البحث الحالي</translation>
        </message>
        <message>
            <source>Current folder (%1)</source>
            <translation>المجلد الحالي (%1)</translation>
        </message>
        <message>
            <source>all feeds</source>
            <translation>جميع الخلاصات</translation>
        </message>
        <message numerus="yes">
            <source>Selected articles (%n)</source>
            <translation>
                <numerusform>المقالات المحددة (%n)</numerusform>
                <numerusform>المقالات المحددة (%n)</numerusform>
                <numerusform>المقالات المحددة (%n)</numerusform>
                <numerusform>المقالات المحددة (%n)</numerusform>
                <numerusform>المقالات المحددة (%n)</numerusform>
                <numerusform>المقالات المحددة (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved search</source>
            <translation>بحث محفوظ</translation>
        </message>
        <message>
            <source>Every article in a time range</source>
            <translation>كل المقالات ضمن نطاق زمني</translation>
        </message>
        <message>
            <source>&amp;Include:</source>
            <translation>تضمين:</translation>
        </message>
        <message>
            <source>Sa&amp;ved search:</source>
            <translation>البحث المحفوظ:</translation>
        </message>
        <message>
            <source>&amp;Limit to dates</source>
            <translation>تقييد بالتواريخ</translation>
        </message>
        <message>
            <source>Dates (UTC):</source>
            <translation>التواريخ (UTC):</translation>
        </message>
        <message>
            <source>Cover</source>
            <translation>الغلاف</translation>
        </message>
        <message>
            <source>Coverage report</source>
            <translation>تقرير التغطية</translation>
        </message>
        <message>
            <source>A paragraph for the reader: what this report shows and why.</source>
            <translation>فقرة للقارئ: ما الذي يعرضه هذا التقرير ولماذا.</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>العنوان:</translation>
        </message>
        <message>
            <source>&amp;Author:</source>
            <translation>المؤلف:</translation>
        </message>
        <message>
            <source>S&amp;ummary:</source>
            <translation>الملخص:</translation>
        </message>
        <message>
            <source>Sections (PDF)</source>
            <translation>الأقسام (PDF)</translation>
        </message>
        <message>
            <source>Table of contents</source>
            <translation>جدول المحتويات</translation>
        </message>
        <message>
            <source>Summary figures</source>
            <translation>الأرقام الموجزة</translation>
        </message>
        <message>
            <source>Coverage charts</source>
            <translation>مخططات التغطية</translation>
        </message>
        <message>
            <source>Country map</source>
            <translation>خريطة البلدان</translation>
        </message>
        <message>
            <source>Stories</source>
            <translation>الأخبار</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>الإخراج</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>مستند PDF</translation>
        </message>
        <message>
            <source>CSV table (one row per article)</source>
            <translation>جدول CSV (صف لكل مقال)</translation>
        </message>
        <message>
            <source>JSON</source>
            <translation>JSON</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>Letter (الولايات المتحدة)</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>استعراض…</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>التنسيق:</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>الورق:</translation>
        </message>
        <message>
            <source>F&amp;ile:</source>
            <translation>الملف:</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>%1 files (*.%2)</source>
            <translation>ملفات %1 (*.%2)</translation>
        </message>
        <message>
            <source>Writing… %1 of %2</source>
            <translation>جارٍ الكتابة… %1 من %2</translation>
        </message>
        <message>
            <source>Selecting articles…</source>
            <translation>جارٍ تحديد المقالات…</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1: %n article(s), %2 pages.</source>
            <translation>
                <numerusform>كُتب %1: %n مقال، عدد الصفحات %2.</numerusform>
                <numerusform>كُتب %1: %n مقال، عدد الصفحات %2.</numerusform>
                <numerusform>كُتب %1: %n مقالان، عدد الصفحات %2.</numerusform>
                <numerusform>كُتب %1: %n مقالات، عدد الصفحات %2.</numerusform>
                <numerusform>كُتب %1: %n مقالًا، عدد الصفحات %2.</numerusform>
                <numerusform>كُتب %1: %n مقال، عدد الصفحات %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1: %n article(s).</source>
            <translation>
                <numerusform>كُتب %1: %n مقال.</numerusform>
                <numerusform>كُتب %1: %n مقال.</numerusform>
                <numerusform>كُتب %1: %n مقالان.</numerusform>
                <numerusform>كُتب %1: %n مقالات.</numerusform>
                <numerusform>كُتب %1: %n مقالًا.</numerusform>
                <numerusform>كُتب %1: %n مقال.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelled; nothing was written.</source>
            <translation>أُلغيت العملية؛ لم يُكتب أي شيء.</translation>
        </message>
        <message>
            <source>The report could not be written: %1</source>
            <translation>تعذّرت كتابة التقرير: %1</translation>
        </message>
        <message numerus="yes">
            <source>Stories: the selected articles' stories (%n selected)</source>
            <translation>
                <numerusform>القصص: قصص المقالات المحددة (%n محدد)</numerusform>
                <numerusform>القصص: قصة المقال المحدد (%n محدد)</numerusform>
                <numerusform>القصص: قصص المقالين المحددين (%n محددان)</numerusform>
                <numerusform>القصص: قصص المقالات المحددة (%n محددة)</numerusform>
                <numerusform>القصص: قصص المقالات المحددة (%n محددًا)</numerusform>
                <numerusform>القصص: قصص المقالات المحددة (%n محدد)</numerusform>
            </translation>
        </message>
        <message>
            <source>Stories: pick from the list</source>
            <translation>القصص: اختر من القائمة</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %2, %3; %n outlet(s)</source>
            <translation>
                <numerusform>%1 — %2، %3؛ %n وسيلة إعلام</numerusform>
                <numerusform>%1 — %2، %3؛ %n وسيلة إعلام</numerusform>
                <numerusform>%1 — %2، %3؛ %n وسيلتا إعلام</numerusform>
                <numerusform>%1 — %2، %3؛ %n وسائل إعلام</numerusform>
                <numerusform>%1 — %2، %3؛ %n وسيلة إعلام</numerusform>
                <numerusform>%1 — %2، %3؛ %n وسيلة إعلام</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n مقال</numerusform>
                <numerusform>%n مقال</numerusform>
                <numerusform>%n مقالان</numerusform>
                <numerusform>%n مقالات</numerusform>
                <numerusform>%n مقالًا</numerusform>
                <numerusform>%n مقال</numerusform>
            </translation>
        </message>
        <message>
            <source>S&amp;tories:</source>
            <translation>القصص:</translation>
        </message>
    </context>
    <context>
        <name>SaveSearchDialog</name>
        <message>
            <source>Notify me about new matches</source>
            <translation>أعلمني بالنتائج الجديدة</translation>
        </message>
        <message>
            <source>Save search</source>
            <translation>حفظ البحث</translation>
        </message>
        <message>
            <source>e.g. North Korea missiles</source>
            <translation>مثال: صواريخ كوريا الشمالية</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>الاسم:</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>البحث:</translation>
        </message>
        <message>
            <source>(no tag)</source>
            <translation>(بلا وسم)</translation>
        </message>
        <message>
            <source>&amp;Tag new matches:</source>
            <translation>وسم النتائج الجديدة:</translation>
        </message>
    </context>
    <context>
        <name>SearchQuery</name>
        <message>
            <source>%1: needs a value</source>
            <translation>%1: يحتاج إلى قيمة</translation>
        </message>
        <message>
            <source>"%1" is not a two-letter country code</source>
            <translation>"%1" ليس رمز بلد من حرفين</translation>
        </message>
        <message>
            <source>"%1" is not a language code</source>
            <translation>"%1" ليس رمز لغة</translation>
        </message>
        <message>
            <source>"%1" is not a date (YYYY-MM-DD)</source>
            <translation>"%1" ليس تاريخًا (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>Only the first %1 filter is applied (%2)</source>
            <translation>لا يُطبَّق إلا أول مرشّح «%1» (%2)</translation>
        </message>
        <message>
            <source>country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <source>agency</source>
            <translation>الوكالة</translation>
        </message>
        <message>
            <source>language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>No tag named "%1"</source>
            <translation>لا يوجد وسم باسم "%1"</translation>
        </message>
        <message>
            <source>tag</source>
            <translation>الوسم</translation>
        </message>
        <message>
            <source>outlet</source>
            <translation>outlet</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <source> min</source>
            <translation> دقيقة</translation>
        </message>
        <message>
            <source>Polling interval in minutes</source>
            <translation>الفاصل الزمني للاستطلاع بالدقائق</translation>
        </message>
        <message>
            <source>System proxy</source>
            <translation>الوكيل المعرَّف في النظام</translation>
        </message>
        <message>
            <source>No proxy</source>
            <translation>بدون وكيل</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>يدوي</translation>
        </message>
        <message>
            <source>Proxy</source>
            <translation>الوكيل</translation>
        </message>
        <message>
            <source>proxy.example.org</source>
            <translation>proxy.example.org</translation>
        </message>
        <message>
            <source>Proxy host</source>
            <translation>مضيف الوكيل</translation>
        </message>
        <message>
            <source>Proxy port</source>
            <translation>منفذ الوكيل</translation>
        </message>
        <message>
            <source>Load remote images in articles</source>
            <translation>تحميل الصور البعيدة في المقالات</translation>
        </message>
        <message>
            <source>Off by default: remote images reveal to the sites that you read the article.</source>
            <translation>معطَّل افتراضيًا: تكشف الصور البعيدة للمواقع أنك قرأت المقالة.</translation>
        </message>
        <message>
            <source>Load remote images</source>
            <translation>تحميل الصور البعيدة</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>لغة النظام</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>The new language takes effect after a restart.</source>
            <translation>تُطبَّق اللغة الجديدة بعد إعادة التشغيل.</translation>
        </message>
        <message>
            <source>Default location</source>
            <translation>الموقع الافتراضي</translation>
        </message>
        <message>
            <source>Database file</source>
            <translation>ملف قاعدة البيانات</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>استعراض…</translation>
        </message>
        <message>
            <source>Choose the database file</source>
            <translation>اختر ملف قاعدة البيانات</translation>
        </message>
        <message>
            <source>Wirewatch database (*.sqlite *.db)</source>
            <translation>قاعدة بيانات Wirewatch (*.sqlite *.db)</translation>
        </message>
        <message>
            <source>A different database is opened after a restart.</source>
            <translation>تُفتح قاعدة البيانات الأخرى بعد إعادة التشغيل.</translation>
        </message>
        <message>
            <source>Feeds</source>
            <translation>الموجزات</translation>
        </message>
        <message>
            <source>&amp;Check feeds every:</source>
            <translation>ت&amp;حقّق من الموجزات كل:</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>الشبكة</translation>
        </message>
        <message>
            <source>&amp;Proxy:</source>
            <translation>ال&amp;وكيل:</translation>
        </message>
        <message>
            <source>&amp;Host and port:</source>
            <translation>ال&amp;مضيف والمنفذ:</translation>
        </message>
        <message>
            <source>Interface</source>
            <translation>الواجهة</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>ال&amp;لغة:</translation>
        </message>
        <message>
            <source>Storage</source>
            <translation>التخزين</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;قاعدة البيانات:</translation>
        </message>
    </context>
    <context>
        <name>SourceTreeView</name>
        <message>
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
    </context>
    <context>
        <name>TagBar</name>
        <message>
            <source>Tags:</source>
            <translation>الوسوم:</translation>
        </message>
        <message>
            <source>Add a tag…</source>
            <translation>إضافة وسم…</translation>
        </message>
        <message>
            <source>Add a tag</source>
            <translation>إضافة وسم</translation>
        </message>
        <message>
            <source>Remove the tag "%1" from this article</source>
            <translation>إزالة الوسم "%1" من هذا المقال</translation>
        </message>
    </context>
    <context>
        <name>TagManagerDialog</name>
        <message>
            <source>&amp;Rename</source>
            <translation>إعادة تسمية</translation>
        </message>
        <message>
            <source>&amp;Merge into…</source>
            <translation>دمج في…</translation>
        </message>
        <message>
            <source>&amp;Colour…</source>
            <translation>اللون…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>حذف…</translation>
        </message>
        <message>
            <source>Manage tags</source>
            <translation>إدارة الوسوم</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>الوسم</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>المقالات</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <source>Rename the tag (F2)</source>
            <translation>إعادة تسمية الوسم (F2)</translation>
        </message>
        <message>
            <source>Move this tag's articles and stories to another tag, then delete it</source>
            <translation>نقل مقالات هذا الوسم وقصصه إلى وسم آخر، ثم حذفه</translation>
        </message>
        <message>
            <source>Choose the tag's colour</source>
            <translation>اختيار لون الوسم</translation>
        </message>
        <message>
            <source>Remove the tag from every article and story</source>
            <translation>إزالة الوسم من كل المقالات والقصص</translation>
        </message>
        <message>
            <source>No colour</source>
            <translation>بلا لون</translation>
        </message>
        <message>
            <source>Colour %1</source>
            <translation>اللون %1</translation>
        </message>
        <message>
            <source>A tag needs a name.</source>
            <translation>يجب أن يكون للوسم اسم.</translation>
        </message>
        <message>
            <source>Rename tag</source>
            <translation>إعادة تسمية الوسم</translation>
        </message>
        <message>
            <source>Merge tag</source>
            <translation>دمج الوسم</translation>
        </message>
        <message>
            <source>Merge "%1" into:</source>
            <translation>دمج «%1» في:</translation>
        </message>
        <message>
            <source>Move every article and story tagged "%1" to "%2" and delete "%1"?</source>
            <translation>نقل كل المقالات والقصص الموسومة بـ«%1» إلى «%2» وحذف «%1»؟</translation>
        </message>
        <message>
            <source>Colour of "%1"</source>
            <translation>لون «%1»</translation>
        </message>
        <message>
            <source>Tag colour</source>
            <translation>لون الوسم</translation>
        </message>
        <message>
            <source>Delete tag</source>
            <translation>حذف الوسم</translation>
        </message>
        <message numerus="yes">
            <source>Delete the tag "%1"? It is removed from %n article(s) and from every story.</source>
            <translation>
                <numerusform>حذف الوسم «%1»؟ ستتم إزالته من %n مقال ومن كل القصص.</numerusform>
                <numerusform>حذف الوسم «%1»؟ ستتم إزالته من %n مقال ومن كل القصص.</numerusform>
                <numerusform>حذف الوسم «%1»؟ ستتم إزالته من %n مقالان ومن كل القصص.</numerusform>
                <numerusform>حذف الوسم «%1»؟ ستتم إزالته من %n مقالات ومن كل القصص.</numerusform>
                <numerusform>حذف الوسم «%1»؟ ستتم إزالته من %n مقالًا ومن كل القصص.</numerusform>
                <numerusform>حذف الوسم «%1»؟ ستتم إزالته من %n مقال ومن كل القصص.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TaskProgress</name>
        <message>
            <source>Progress</source>
            <translation>التقدّم</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Cancel the running task</source>
            <translation>إلغاء المهمة الجارية</translation>
        </message>
    </context>
    <context>
        <name>WorldMap</name>
        <message>
            <source>Mentions</source>
            <translation>الإشارات</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>لا توجد بيانات</translation>
        </message>
    </context>
    <context>
        <name>WriteFailureBanner</name>
        <message>
            <source>Saving paused</source>
            <translation>الحفظ متوقف مؤقتًا</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>إعادة المحاولة</translation>
        </message>
        <message>
            <source>Try saving again (after freeing disk space)</source>
            <translation>محاولة الحفظ مرة أخرى (بعد تحرير مساحة على القرص)</translation>
        </message>
        <message>
            <source>Read-only: a change could not be saved. Nothing was lost; free disk space, then retry.</source>
            <translation>للقراءة فقط: تعذّر حفظ أحد التغييرات. لم يُفقد شيء؛ حرّر مساحة على القرص، ثم أعد المحاولة.</translation>
        </message>
        <message>
            <source>Retry failed: %1</source>
            <translation>فشلت إعادة المحاولة: %1</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>option --%1 needs a value</source>
            <translation>الخيار --%1 يحتاج إلى قيمة</translation>
        </message>
        <message>
            <source>unknown option --%1</source>
            <translation>خيار غير معروف --%1</translation>
        </message>
        <message>
            <source>--header wants "Name: value", got '%1'</source>
            <translation>--header يتطلب "Name: value"، لكن أُعطي '%1'</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>تعذّرت قراءة %1: %2</translation>
        </message>
        <message>
            <source>--allow-host wants ADDRESS:PORT, got '%1'</source>
            <translation>--allow-host يتطلب ADDRESS:PORT، لكن أُعطي '%1'</translation>
        </message>
        <message>
            <source>usage: wirewatch-cli parse PATH|URL [--header "Name: value"]... [--base URL]</source>
            <translation>الاستخدام: wirewatch-cli parse PATH|URL [--header "Name: value"]... [--base URL]</translation>
        </message>
        <message>
            <source>usage: wirewatch-cli extract PATH|URL [--url ORIGINAL_URL] [--header "Name: value"]...</source>
            <translation>الاستخدام: wirewatch-cli extract PATH|URL [--url ORIGINAL_URL] [--header "Name: value"]...</translation>
        </message>
        <message>
            <source>Usage: wirewatch-cli COMMAND [OPTIONS]

Commands:
</source>
            <translation>الاستخدام: wirewatch-cli COMMAND [OPTIONS]

الأوامر:
</translation>
        </message>
        <message>
            <source>
Global options: --db PATH (the database file), --help, --version
</source>
            <translation>
الخيارات العامة: --db PATH (ملف قاعدة البيانات)، --help، --version
</translation>
        </message>
        <message>
            <source>unknown command '%1' (see wirewatch-cli --help)</source>
            <translation>أمر غير معروف '%1' (راجع wirewatch-cli --help)</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Follow how news stories travel across outlets and wire agencies.</source>
            <translation>تتبع انتشار الأخبار بين وسائل الإعلام ووكالات الأنباء.</translation>
        </message>
        <message>
            <source>Open the database at PATH.</source>
            <translation>فتح قاعدة البيانات الموجودة في PATH.</translation>
        </message>
        <message>
            <source>Open the built-in demo data (offline).</source>
            <translation>فتح البيانات التجريبية المضمَّنة (دون اتصال).</translation>
        </message>
        <message>
            <source>Render each main view to PNG files in DIR, then exit.</source>
            <translation>رسم كل عرض رئيسي في ملفات PNG داخل DIR ثم الخروج.</translation>
        </message>
        <message>
            <source>Use the interface language CODE (en, ru, uk, ko, ar).</source>
            <translation>استخدام لغة الواجهة CODE (en، ru، uk، ko، ar).</translation>
        </message>
        <message>
            <source>Cannot open the database %1:
%2</source>
            <translation>تعذّر فتح قاعدة البيانات %1:
%2</translation>
        </message>
        <message>
            <source>Wirewatch</source>
            <translation>Wirewatch</translation>
        </message>
        <message>
            <source>Loading the demo data: %1 of %2</source>
            <translation>تحميل البيانات التجريبية: %1 من %2</translation>
        </message>
        <message>
            <source>Loading the demo data</source>
            <translation>تحميل البيانات التجريبية</translation>
        </message>
        <message>
            <source>Checking feeds</source>
            <translation>جارٍ فحص الخلاصات</translation>
        </message>
        <message>
            <source>Checking feeds: %1 of %2</source>
            <translation>جارٍ فحص الخلاصات: %1 من %2</translation>
        </message>
        <message>
            <source>The backup %1 was restored. The damaged file was kept as %2.</source>
            <translation>تمت استعادة النسخة الاحتياطية %1. وحُفظ الملف التالف باسم %2.</translation>
        </message>
        <message>
            <source>Saving is possible again.</source>
            <translation>أصبح الحفظ ممكنًا مرة أخرى.</translation>
        </message>
        <message>
            <source>Backup failed: %1</source>
            <translation>فشل النسخ الاحتياطي: %1</translation>
        </message>
        <message>
            <source>The integrity check could not run: %1</source>
            <translation>تعذّر تشغيل فحص السلامة: %1</translation>
        </message>
    </context>
    <context>
        <name>ww</name>
        <message>
            <source>invalid %1 byte sequences were replaced by U+FFFD</source>
            <translation>استُبدل U+FFFD بتسلسلات بايتات %1 غير الصالحة</translation>
        </message>
        <message>
            <source>Reading saved searches failed</source>
            <translation>فشلت قراءة عمليات البحث المحفوظة</translation>
        </message>
        <message>
            <source>unknown time</source>
            <translation>وقت غير معروف</translation>
        </message>
        <message>
            <source>The report was cancelled.</source>
            <translation>أُلغي التقرير.</translation>
        </message>
        <message>
            <source>Unknown connection setting "%1".</source>
            <translation>إعداد اتصال غير معروف "%1".</translation>
        </message>
        <message>
            <source>"%1" is not a port number.</source>
            <translation>"%1" ليس رقم منفذ.</translation>
        </message>
        <message>
            <source>The connection setting "%1" has a value that cannot be passed on.</source>
            <translation>يحتوي إعداد الاتصال "%1" على قيمة لا يمكن تمريرها.</translation>
        </message>
        <message>
            <source>The integrity check could not read %1</source>
            <translation>تعذّر على فحص السلامة قراءة %1</translation>
        </message>
        <message>
            <source>no Wirewatch tables</source>
            <translation>لا توجد جداول Wirewatch</translation>
        </message>
    </context>
    <context>
        <name>ww::AddressPolicy</name>
        <message>
            <source>unusual IP address spelling “%1” refused (write addresses as a.b.c.d)</source>
            <translation>رُفضت كتابة غير معتادة لعنوان IP “%1” (اكتب العناوين بالشكل a.b.c.d)</translation>
        </message>
        <message>
            <source>not an absolute web address; only http and https are fetched</source>
            <translation>ليس عنوان ويب مطلقًا؛ لا يُجلب إلا http وhttps</translation>
        </message>
        <message>
            <source>scheme “%1:” refused; only http and https are fetched</source>
            <translation>رُفض المخطط “%1:”؛ لا يُجلب إلا http وhttps</translation>
        </message>
        <message>
            <source>the address has no valid host</source>
            <translation>لا يحتوي العنوان على مضيف صالح</translation>
        </message>
        <message>
            <source>private network address blocked: “%1” is this computer</source>
            <translation>حُظر عنوان شبكة خاصة: “%1” هو هذا الحاسوب</translation>
        </message>
        <message>
            <source>unusual IP address spelling “%1” refused</source>
            <translation>رُفضت كتابة غير معتادة لعنوان IP “%1”</translation>
        </message>
        <message>
            <source>private network address blocked: %1</source>
            <translation>حُظر عنوان شبكة خاصة: %1</translation>
        </message>
    </context>
    <context>
        <name>ww::AnnotationStore</name>
        <message>
            <source>An annotation belongs to an article or a story.</source>
            <translation>يجب أن يتبع التعليق التوضيحي مقالة أو قصة.</translation>
        </message>
        <message>
            <source>Saving the annotation failed</source>
            <translation>فشل حفظ التعليق التوضيحي</translation>
        </message>
        <message>
            <source>The annotation was changed meanwhile (by another window or a teammate); reload it and apply your edit again.</source>
            <translation>تغيّر التعليق التوضيحي في الأثناء (من نافذة أخرى أو من زميل)؛ أعد تحميله ثم طبّق تعديلك مجددًا.</translation>
        </message>
        <message>
            <source>Deleting the annotation failed</source>
            <translation>فشل حذف التعليق التوضيحي</translation>
        </message>
        <message>
            <source>Annotation %1 does not exist.</source>
            <translation>التعليق التوضيحي %1 غير موجود.</translation>
        </message>
        <message>
            <source>Reading annotations failed</source>
            <translation>فشلت قراءة التعليقات التوضيحية</translation>
        </message>
    </context>
    <context>
        <name>ww::ArticleListModel</name>
        <message>
            <source>Time</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>الوسيلة الإعلامية</translation>
        </message>
        <message>
            <source>Producer</source>
            <translation>الجهة المنتِجة</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>البلدان</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <source>%1
The feed gave no usable date; sorted by the time it was fetched.</source>
            <translation>%1
لم تقدّم الخلاصة تاريخًا صالحًا؛ تم الترتيب حسب وقت الجلب.</translation>
        </message>
    </context>
    <context>
        <name>ww::ArticleStore</name>
        <message>
            <source>Looking up an item failed</source>
            <translation>فشل البحث عن عنصر</translation>
        </message>
        <message>
            <source>Saving a new item failed</source>
            <translation>فشل حفظ عنصر جديد</translation>
        </message>
        <message>
            <source>Saving an article revision failed</source>
            <translation>فشل حفظ مراجعة المقالة</translation>
        </message>
        <message>
            <source>Updating a revised item failed</source>
            <translation>فشل تحديث عنصر معدَّل</translation>
        </message>
        <message>
            <source>Saving the extracted article failed</source>
            <translation>فشل حفظ المقالة المستخرَجة</translation>
        </message>
        <message>
            <source>Article %1 does not exist.</source>
            <translation>المقالة %1 غير موجودة.</translation>
        </message>
        <message>
            <source>Listing articles failed</source>
            <translation>فشل سرد المقالات</translation>
        </message>
        <message>
            <source>Listing countries failed</source>
            <translation>فشل سرد البلدان</translation>
        </message>
        <message>
            <source>Listing tags failed</source>
            <translation>فشل سرد الوسوم</translation>
        </message>
        <message>
            <source>Counting articles failed</source>
            <translation>فشل عدّ المقالات</translation>
        </message>
        <message>
            <source>Reading the article failed</source>
            <translation>فشلت قراءة المقالة</translation>
        </message>
        <message>
            <source>Reading revisions failed</source>
            <translation>فشلت قراءة المراجعات</translation>
        </message>
        <message>
            <source>Updating articles failed</source>
            <translation>فشل تحديث المقالات</translation>
        </message>
        <message>
            <source>Reading articles failed</source>
            <translation>فشلت قراءة المقالات</translation>
        </message>
        <message>
            <source>Keyset paging by time needs the row's sort time.</source>
            <translation>يتطلب التصفح حسب الوقت وقتَ ترتيب الصف.</translation>
        </message>
    </context>
    <context>
        <name>ww::BackupService</name>
        <message>
            <source>Cannot create the backup folder %1.</source>
            <translation>يتعذّر إنشاء مجلد النسخ الاحتياطية %1.</translation>
        </message>
        <message>
            <source>The backup file %1 already exists; choose a new name.</source>
            <translation>ملف النسخة الاحتياطية %1 موجود بالفعل؛ اختر اسمًا جديدًا.</translation>
        </message>
        <message>
            <source>The backup of %1 failed its integrity check (%2); the database itself may be damaged.</source>
            <translation>فشلت النسخة الاحتياطية من %1 في فحص السلامة (%2)؛ قد تكون قاعدة البيانات نفسها تالفة.</translation>
        </message>
        <message>
            <source>Cannot run %1 (%2). Install the PostgreSQL client programs (Debian: postgresql-client).</source>
            <translation>يتعذّر تشغيل %1 (%2). ثبّت برامج عميل PostgreSQL (في Debian: postgresql-client).</translation>
        </message>
        <message>
            <source>%1 did not finish in time.</source>
            <translation>لم ينتهِ %1 في الوقت المحدد.</translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>فشل %1: %2</translation>
        </message>
        <message>
            <source>no message</source>
            <translation>لا توجد رسالة</translation>
        </message>
        <message>
            <source>Cannot write the backup %1.</source>
            <translation>يتعذّر كتابة النسخة الاحتياطية %1.</translation>
        </message>
        <message>
            <source>The backup %1 does not exist.</source>
            <translation>النسخة الاحتياطية %1 غير موجودة.</translation>
        </message>
        <message>
            <source>The backup %1 is damaged or is not a Wirewatch database (%2); nothing was restored.</source>
            <translation>النسخة الاحتياطية %1 تالفة أو ليست قاعدة بيانات Wirewatch (%2)؛ لم تتم استعادة أي شيء.</translation>
        </message>
        <message>
            <source>The restored copy of %1 did not verify; the previous database was put back.</source>
            <translation>تعذّر التحقق من النسخة المستعادة من %1؛ وأُعيدت قاعدة البيانات السابقة.</translation>
        </message>
        <message>
            <source>Cannot read %1.</source>
            <translation>يتعذّر قراءة %1.</translation>
        </message>
        <message>
            <source>%1 is neither a pg_dump archive nor a plain pg_dump script; nothing was restored.</source>
            <translation>%1 ليس أرشيف pg_dump ولا نص pg_dump عاديًا؛ لم تتم استعادة أي شيء.</translation>
        </message>
        <message>
            <source>Restoring %1 failed and was rolled back; the database is unchanged. %2</source>
            <translation>فشلت استعادة %1 وتم التراجع عنها؛ لم تتغير قاعدة البيانات. %2</translation>
        </message>
        <message>
            <source>The backup %1 cannot be read; nothing was restored. %2</source>
            <translation>يتعذّر قراءة النسخة الاحتياطية %1؛ لم تتم استعادة أي شيء. %2</translation>
        </message>
    </context>
    <context>
        <name>ww::ChangeNotifier</name>
        <message>
            <source>Checking the change notification triggers failed</source>
            <translation>فشل التحقق من مشغّلات إشعارات التغيير</translation>
        </message>
        <message>
            <source>Installing change notifications failed</source>
            <translation>فشل تثبيت إشعارات التغيير</translation>
        </message>
        <message>
            <source>Change notifications need an open database connection.</source>
            <translation>تتطلب إشعارات التغيير اتصالًا مفتوحًا بقاعدة البيانات.</translation>
        </message>
        <message>
            <source>Listening for changes by other clients failed</source>
            <translation>فشل الاستماع إلى تغييرات العملاء الآخرين</translation>
        </message>
    </context>
    <context>
        <name>ww::ClusterStore</name>
        <message>
            <source>Saving the story signature failed</source>
            <translation>فشل حفظ بصمة الخبر</translation>
        </message>
        <message>
            <source>Article %1 does not exist.</source>
            <translation>المقال %1 غير موجود.</translation>
        </message>
        <message>
            <source>Reading story signatures failed</source>
            <translation>فشلت قراءة بصمات الأخبار</translation>
        </message>
        <message>
            <source>Saving the story cluster failed</source>
            <translation>فشل حفظ مجموعة الخبر</translation>
        </message>
        <message>
            <source>Reading the story cluster failed</source>
            <translation>فشلت قراءة مجموعة الخبر</translation>
        </message>
        <message>
            <source>Story cluster %1 does not exist.</source>
            <translation>مجموعة الخبر %1 غير موجودة.</translation>
        </message>
        <message>
            <source>Reading story clusters failed</source>
            <translation>فشلت قراءة مجموعات الأخبار</translation>
        </message>
    </context>
    <context>
        <name>ww::CoverageDashboard</name>
        <message>
            <source>Coverage dashboard</source>
            <translation>لوحة التغطية</translation>
        </message>
        <message>
            <source>Mentions by country over time</source>
            <translation>الإشارات حسب البلد عبر الزمن</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>المقالات</translation>
        </message>
        <message>
            <source>Top countries</source>
            <translation>أبرز البلدان</translation>
        </message>
        <message>
            <source>Share by outlet</source>
            <translation>الحصة حسب الوسيلة الإعلامية</translation>
        </message>
        <message>
            <source>Share by producing agency</source>
            <translation>الحصة حسب الوكالة المنتِجة</translation>
        </message>
        <message>
            <source>%1: %2 articles (%3%)</source>
            <translation>%1: %2 مقالة (%3%)</translation>
        </message>
        <message>
            <source>Coverage map</source>
            <translation>خريطة التغطية</translation>
        </message>
        <message>
            <source> (%1%)</source>
            <translation> (%1%)</translation>
        </message>
    </context>
    <context>
        <name>ww::CoverageShareModel</name>
        <message>
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>المقالات</translation>
        </message>
        <message>
            <source>Share (%)</source>
            <translation>الحصة (%)</translation>
        </message>
    </context>
    <context>
        <name>ww::CoverageStore</name>
        <message>
            <source>Counting coverage by day failed</source>
            <translation>فشل إحصاء التغطية حسب اليوم</translation>
        </message>
        <message>
            <source>Counting coverage failed</source>
            <translation>فشل إحصاء التغطية</translation>
        </message>
        <message>
            <source>The coverage summary cannot answer this filter</source>
            <translation>لا يستطيع ملخص التغطية الإجابة عن هذا المرشِّح</translation>
        </message>
    </context>
    <context>
        <name>ww::CoverageTimeModel</name>
        <message>
            <source>Week</source>
            <translation>الأسبوع</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>اليوم</translation>
        </message>
    </context>
    <context>
        <name>ww::CsvReportWriter</name>
        <message>
            <source>Writing the CSV failed: %1</source>
            <translation>فشلت كتابة ملف CSV: %1</translation>
        </message>
        <message>
            <source>The report was cancelled.</source>
            <translation>أُلغي التقرير.</translation>
        </message>
    </context>
    <context>
        <name>ww::Database</name>
        <message>
            <source>the disk is full (%1)</source>
            <translation>القرص ممتلئ (%1)</translation>
        </message>
        <message>
            <source>Preparing a statement failed</source>
            <translation>فشل تحضير عبارة SQL</translation>
        </message>
        <message>
            <source>Setting PRAGMA %1 failed</source>
            <translation>فشل ضبط PRAGMA %1</translation>
        </message>
        <message>
            <source>The database %1 is already in use by %2 (process %3 on host %4). Close the other Wirewatch instance, or open a different database file.</source>
            <translation>قاعدة البيانات %1 قيد الاستخدام من قِبل %2 (العملية %3 على المضيف %4). أغلق نسخة Wirewatch الأخرى أو افتح ملف قاعدة بيانات آخر.</translation>
        </message>
        <message>
            <source>another program</source>
            <translation>برنامج آخر</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <source>Cannot create the lock file %1.lock (check the folder's permissions).</source>
            <translation>تعذّر إنشاء ملف القفل %1.lock (تحقّق من أذونات المجلد).</translation>
        </message>
        <message>
            <source>No database path given.</source>
            <translation>لم يُحدَّد مسار قاعدة البيانات.</translation>
        </message>
        <message>
            <source>The database %1 does not exist.</source>
            <translation>قاعدة البيانات %1 غير موجودة.</translation>
        </message>
        <message>
            <source>Cannot create the folder for %1.</source>
            <translation>تعذّر إنشاء المجلد الخاص بـ %1.</translation>
        </message>
        <message>
            <source>Cannot open the database %1</source>
            <translation>تعذّر فتح قاعدة البيانات %1</translation>
        </message>
        <message>
            <source>The database %1 was written by a newer version of Wirewatch (schema %2; this version knows up to %3). Update Wirewatch to open it; the file was left unchanged.</source>
            <translation>كُتبت قاعدة البيانات %1 بإصدار أحدث من Wirewatch (المخطط %2؛ هذا الإصدار يعرف حتى %3). حدِّث Wirewatch لفتحها؛ تُرك الملف دون تغيير.</translation>
        </message>
        <message>
            <source>The database %1 uses an older schema (%2 &lt; %3); open it once read-write to upgrade.</source>
            <translation>تستخدم قاعدة البيانات %1 مخططًا أقدم (%2 &lt; %3)؛ افتحها مرة واحدة للقراءة والكتابة لترقيتها.</translation>
        </message>
        <message>
            <source>Switching to WAL mode failed</source>
            <translation>فشل التبديل إلى وضع WAL</translation>
        </message>
        <message>
            <source>The database %1 cannot use WAL mode (got %2).</source>
            <translation>لا يمكن لقاعدة البيانات %1 استخدام وضع WAL (النتيجة: %2).</translation>
        </message>
        <message>
            <source>The database is not open.</source>
            <translation>قاعدة البيانات غير مفتوحة.</translation>
        </message>
        <message>
            <source>Starting a transaction failed</source>
            <translation>فشل بدء المعاملة</translation>
        </message>
        <message>
            <source>Committing a transaction failed</source>
            <translation>فشل تثبيت المعاملة</translation>
        </message>
        <message>
            <source>The integrity check could not read the file</source>
            <translation>تعذّر على فحص السلامة قراءة الملف</translation>
        </message>
        <message>
            <source>A backup cannot run inside a transaction.</source>
            <translation>لا يمكن إجراء النسخ الاحتياطي داخل معاملة.</translation>
        </message>
        <message>
            <source>The backup file %1 already exists; choose a new name.</source>
            <translation>ملف النسخة الاحتياطية %1 موجود بالفعل؛ اختر اسمًا جديدًا.</translation>
        </message>
        <message>
            <source>Writing the backup %1 failed</source>
            <translation>فشلت كتابة النسخة الاحتياطية %1</translation>
        </message>
        <message>
            <source>The backup %1 does not exist.</source>
            <translation>النسخة الاحتياطية %1 غير موجودة.</translation>
        </message>
        <message>
            <source>The backup cannot be restored: %1</source>
            <translation>تعذّرت استعادة النسخة الاحتياطية: %1</translation>
        </message>
        <message>
            <source>The database %1 is in use; close it before restoring.</source>
            <translation>قاعدة البيانات %1 قيد الاستخدام؛ أغلقها قبل الاستعادة.</translation>
        </message>
        <message>
            <source>Cannot move %1 aside before restoring.</source>
            <translation>تعذّر نقل %1 جانبًا قبل الاستعادة.</translation>
        </message>
        <message>
            <source>Copying the backup to %1 failed.</source>
            <translation>فشل نسخ النسخة الاحتياطية إلى %1.</translation>
        </message>
        <message>
            <source>Reconnecting to %1 failed</source>
            <translation>فشلت إعادة الاتصال بـ %1</translation>
        </message>
        <message>
            <source>The connection to %1 was lost while saving (%2). The change may or may not have been saved; check it and try again.</source>
            <translation>انقطع الاتصال بـ %1 أثناء الحفظ (%2). ربما حُفظ التغيير وربما لا؛ تحقّق منه وأعد المحاولة.</translation>
        </message>
        <message>
            <source>The connection to %1 was lost during a write (%2). The server discarded the unfinished change, so nothing of it was saved; Wirewatch reconnects on the next attempt.</source>
            <translation>انقطع الاتصال بـ %1 أثناء الكتابة (%2). تجاهل الخادم التغيير غير المكتمل، فلم يُحفظ منه شيء؛ سيعيد Wirewatch الاتصال في المحاولة التالية.</translation>
        </message>
        <message>
            <source>another program kept the database busy longer than Wirewatch waits (%1); try again when it has finished</source>
            <translation>أبقى برنامج آخر قاعدة البيانات مشغولة مدة أطول مما ينتظره Wirewatch (%1)؛ أعد المحاولة عند انتهائه</translation>
        </message>
        <message>
            <source>Qt's PostgreSQL driver (QPSQL) is not installed; install the package libqt6sql6-psql to open %1.</source>
            <translation>برنامج تشغيل PostgreSQL الخاص بـ Qt (QPSQL) غير مثبّت؛ ثبّت الحزمة libqt6sql6-psql لفتح %1.</translation>
        </message>
        <message>
            <source>Cannot connect to %1</source>
            <translation>تعذّر الاتصال بـ %1</translation>
        </message>
        <message>
            <source>Setting up the session failed</source>
            <translation>فشل إعداد الجلسة</translation>
        </message>
        <message>
            <source>Waiting for another client's schema upgrade failed</source>
            <translation>فشل انتظار ترقية المخطط من عميل آخر</translation>
        </message>
        <message>
            <source>The database %1 is read-only for now because a write failed (%2). Nothing was changed; free disk space or check the drive, then retry.</source>
            <translation>قاعدة البيانات %1 للقراءة فقط حاليًا لأن عملية كتابة فشلت (%2). لم يتغير شيء؛ حرّر مساحة على القرص أو افحص محرك الأقراص، ثم أعد المحاولة.</translation>
        </message>
        <message>
            <source>The database server does not answer</source>
            <translation>خادم قاعدة البيانات لا يستجيب</translation>
        </message>
        <message>
            <source>A PostgreSQL archive is backed up on the server (pg_dump), not by Wirewatch.</source>
            <translation>يُنسخ أرشيف PostgreSQL احتياطيًا على الخادم (pg_dump)، وليس بواسطة Wirewatch.</translation>
        </message>
    </context>
    <context>
        <name>ww::DemoSession</name>
        <message>
            <source>The demo server could not listen on 127.0.0.1.</source>
            <translation>تعذّر على الخادم التجريبي الاستماع على 127.0.0.1.</translation>
        </message>
        <message>
            <source>No temporary folder for the demo bundle: %1</source>
            <translation>لا يوجد مجلد مؤقت للحزمة التجريبية: %1</translation>
        </message>
        <message>
            <source>Cannot read %1 from the demo bundle.</source>
            <translation>تعذّرت قراءة %1 من الحزمة التجريبية.</translation>
        </message>
        <message>
            <source>Cannot write the demo bundle to %1.</source>
            <translation>تعذّرت كتابة الحزمة التجريبية إلى %1.</translation>
        </message>
        <message>
            <source>The demo bundle is missing from this build.</source>
            <translation>الحزمة التجريبية غير موجودة في هذا الإصدار.</translation>
        </message>
    </context>
    <context>
        <name>ww::ExtractionRows</name>
        <message>
            <source>Replacing extraction rows failed</source>
            <translation>فشل استبدال صفوف الاستخراج</translation>
        </message>
        <message>
            <source>Saving an image failed</source>
            <translation>فشل حفظ صورة</translation>
        </message>
        <message>
            <source>Saving an attribution claim failed</source>
            <translation>فشل حفظ إسناد المصدر</translation>
        </message>
        <message>
            <source>Saving a country mention failed</source>
            <translation>فشل حفظ إشارة إلى بلد</translation>
        </message>
        <message>
            <source>Saving a quote failed</source>
            <translation>فشل حفظ اقتباس</translation>
        </message>
        <message>
            <source>Reading images failed</source>
            <translation>فشلت قراءة الصور</translation>
        </message>
        <message>
            <source>Reading attribution claims failed</source>
            <translation>فشلت قراءة إسنادات المصدر</translation>
        </message>
        <message>
            <source>Reading country mentions failed</source>
            <translation>فشلت قراءة الإشارات إلى البلدان</translation>
        </message>
        <message>
            <source>Reading quotes failed</source>
            <translation>فشلت قراءة الاقتباسات</translation>
        </message>
    </context>
    <context>
        <name>ww::FeedParser</name>
        <message>
            <source>not a feed (empty document, %1 bytes)</source>
            <translation>ليس موجزًا (مستند فارغ، %1 بايت)</translation>
        </message>
        <message>
            <source>feed larger than %1 KB</source>
            <translation>الموجز أكبر من %1 ك.بايت</translation>
        </message>
        <message>
            <source>not a feed (got HTML, %1 KB)</source>
            <translation>ليس موجزًا (وصل HTML، %1 ك.بايت)</translation>
        </message>
        <message>
            <source>not a feed (root element &lt;%1&gt;)</source>
            <translation>ليس موجزًا (العنصر الجذر &lt;%1&gt;)</translation>
        </message>
    </context>
    <context>
        <name>ww::FeedSchedule</name>
        <message numerus="yes">
            <source>%n failures in a row; last: %1</source>
            <translation>
                <numerusform>%n إخفاق متتالٍ؛ الأخير: %1</numerusform>
                <numerusform>%n إخفاق؛ الأخير: %1</numerusform>
                <numerusform>%n إخفاقان متتاليان؛ الأخير: %1</numerusform>
                <numerusform>%n إخفاقات متتالية؛ الأخير: %1</numerusform>
                <numerusform>%n إخفاقًا متتاليًا؛ الأخير: %1</numerusform>
                <numerusform>%n إخفاق متتالٍ؛ الأخير: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ww::FeedStore</name>
        <message>
            <source>A source needs a name.</source>
            <translation>يحتاج المصدر إلى اسم.</translation>
        </message>
        <message>
            <source>Adding the source %1 failed</source>
            <translation>فشلت إضافة المصدر %1</translation>
        </message>
        <message>
            <source>Updating the source %1 failed</source>
            <translation>فشل تحديث المصدر %1</translation>
        </message>
        <message>
            <source>Source %1 does not exist.</source>
            <translation>المصدر %1 غير موجود.</translation>
        </message>
        <message>
            <source>Reading a source failed</source>
            <translation>فشلت قراءة مصدر</translation>
        </message>
        <message>
            <source>Reading sources failed</source>
            <translation>فشلت قراءة المصادر</translation>
        </message>
        <message>
            <source>Removing a source failed</source>
            <translation>فشلت إزالة مصدر</translation>
        </message>
        <message>
            <source>The feed address "%1" is not a valid URL.</source>
            <translation>عنوان الموجز "%1" ليس URL صالحًا.</translation>
        </message>
        <message>
            <source>Already subscribed to %1.</source>
            <translation>أنت مشترك بالفعل في %1.</translation>
        </message>
        <message>
            <source>Adding the feed %1 failed</source>
            <translation>فشلت إضافة الموجز %1</translation>
        </message>
        <message>
            <source>Updating the feed %1 failed</source>
            <translation>فشل تحديث الموجز %1</translation>
        </message>
        <message>
            <source>Feed %1 does not exist.</source>
            <translation>الموجز %1 غير موجود.</translation>
        </message>
        <message>
            <source>Reading feeds failed</source>
            <translation>فشلت قراءة الموجزات</translation>
        </message>
        <message>
            <source>Not subscribed to %1.</source>
            <translation>أنت غير مشترك في %1.</translation>
        </message>
        <message>
            <source>Reading folders failed</source>
            <translation>فشلت قراءة المجلدات</translation>
        </message>
        <message>
            <source>Removing the feed failed</source>
            <translation>فشلت إزالة الموجز</translation>
        </message>
        <message>
            <source>Saving the poll state failed</source>
            <translation>فشل حفظ حالة الاستطلاع</translation>
        </message>
    </context>
    <context>
        <name>ww::HttpFetcher</name>
        <message>
            <source>cancelled</source>
            <translation>أُلغي</translation>
        </message>
        <message>
            <source>no complete response within %1 s (overall deadline)</source>
            <translation>لم تصل استجابة كاملة خلال %1 ث (المهلة الإجمالية)</translation>
        </message>
        <message>
            <source>could not resolve host “%1”: %2</source>
            <translation>تعذّر حلّ اسم المضيف “%1”: %2</translation>
        </message>
        <message>
            <source>no address</source>
            <translation>لا يوجد عنوان</translation>
        </message>
        <message>
            <source>%1 (host “%2”)</source>
            <translation>%1 (المضيف “%2”)</translation>
        </message>
        <message>
            <source>response too large: %1 MiB declared, the limit is %2 MiB</source>
            <translation>الاستجابة كبيرة جدًا: المُعلَن %1 م.ب.ث، والحد %2 م.ب.ث</translation>
        </message>
        <message>
            <source>response too large or over-compressed: more than %1 MiB after decompression</source>
            <translation>الاستجابة كبيرة جدًا أو مضغوطة بإفراط: أكثر من %1 م.ب.ث بعد فك الضغط</translation>
        </message>
        <message>
            <source>response too large: more than %1 MiB</source>
            <translation>الاستجابة كبيرة جدًا: أكثر من %1 م.ب.ث</translation>
        </message>
        <message>
            <source>response too large or over-compressed (%1)</source>
            <translation>الاستجابة كبيرة جدًا أو مضغوطة بإفراط (%1)</translation>
        </message>
        <message>
            <source>TLS certificate refused: %1</source>
            <translation>رُفضت شهادة TLS: %1</translation>
        </message>
        <message>
            <source>the connection timed out</source>
            <translation>انتهت مهلة الاتصال</translation>
        </message>
        <message>
            <source>connection refused by %1</source>
            <translation>رفض %1 الاتصال</translation>
        </message>
        <message>
            <source>host not found: %1</source>
            <translation>لم يُعثر على المضيف: %1</translation>
        </message>
        <message>
            <source>the connection broke before the response was complete (%1 bytes received): %2</source>
            <translation>انقطع الاتصال قبل اكتمال الاستجابة (استُلم %1 بايت): %2</translation>
        </message>
        <message>
            <source>network error: %1</source>
            <translation>خطأ في الشبكة: %1</translation>
        </message>
        <message>
            <source>HTTP %1 %2</source>
            <translation>HTTP %1 %2</translation>
        </message>
        <message>
            <source> (retry after %1 s)</source>
            <translation> (إعادة المحاولة بعد %1 ث)</translation>
        </message>
        <message>
            <source>redirect to %1 refused: %2</source>
            <translation>رُفضت إعادة التوجيه إلى %1: %2</translation>
        </message>
        <message>
            <source>redirect from https to plain http refused: %1</source>
            <translation>رُفضت إعادة التوجيه من https إلى http غير الآمن: %1</translation>
        </message>
        <message>
            <source>redirect loop: %1 leads back to %2</source>
            <translation>حلقة إعادة توجيه: %1 يعود إلى %2</translation>
        </message>
        <message>
            <source>too many redirects: more than %1 hops</source>
            <translation>عمليات إعادة توجيه كثيرة جدًا: أكثر من %1</translation>
        </message>
    </context>
    <context>
        <name>ww::IngestService</name>
        <message>
            <source>The page could not be fetched (%1); the feed's content is shown instead.</source>
            <translation>تعذّر جلب الصفحة (%1)؛ يُعرض محتوى الموجز بدلًا منها.</translation>
        </message>
    </context>
    <context>
        <name>ww::IngestWriter</name>
        <message>
            <source>writes on a worker thread need a writable SQLite file</source>
            <translation>تتطلب الكتابة في خيط عامل ملفَّ SQLite قابلًا للكتابة</translation>
        </message>
    </context>
    <context>
        <name>ww::IntegrityCheck</name>
        <message>
            <source>The database %1 is damaged or is not a Wirewatch database (%2). It was left unchanged; restore it from a backup or open another file.</source>
            <translation>قاعدة البيانات %1 تالفة أو ليست قاعدة بيانات Wirewatch (%2). تُركت دون تغيير؛ استعِدها من نسخة احتياطية أو افتح ملفًا آخر.</translation>
        </message>
        <message>
            <source>Cannot read the database %1.</source>
            <translation>تتعذّر قراءة قاعدة البيانات %1.</translation>
        </message>
        <message>
            <source>the file is shorter than an SQLite header</source>
            <translation>الملف أقصر من ترويسة SQLite</translation>
        </message>
        <message>
            <source>the file does not start with an SQLite header</source>
            <translation>لا يبدأ الملف بترويسة SQLite</translation>
        </message>
        <message>
            <source>the header gives an invalid page size</source>
            <translation>تذكر الترويسة حجم صفحة غير صالح</translation>
        </message>
        <message>
            <source>the header's payload fractions are invalid</source>
            <translation>نسب الحمولة في الترويسة غير صالحة</translation>
        </message>
        <message>
            <source>the file is truncated: %1 of %2 bytes</source>
            <translation>الملف مبتور: %1 من %2 بايت</translation>
        </message>
    </context>
    <context>
        <name>ww::JsonFeedParser</name>
        <message>
            <source>malformed JSON at offset %1: %2</source>
            <translation>JSON غير سليم عند الإزاحة %1: %2</translation>
        </message>
        <message>
            <source>not a feed (JSON without a JSON Feed version)</source>
            <translation>ليس موجزًا (JSON بلا إصدار JSON Feed)</translation>
        </message>
        <message>
            <source>feed has more than %1 items</source>
            <translation>يحتوي الموجز على أكثر من %1 عنصر</translation>
        </message>
        <message>
            <source>item %1 text exceeds the limit of %2 characters</source>
            <translation>نص العنصر %1 يتجاوز حد %2 حرف</translation>
        </message>
        <message>
            <source>feed text exceeds the limit of %1 characters</source>
            <translation>نص الموجز يتجاوز حد %1 حرف</translation>
        </message>
        <message>
            <source>JSON Feed version "%1" is not a jsonfeed.org version URL</source>
            <translation>إصدار JSON Feed "%1" ليس عنوان URL لإصدار من jsonfeed.org</translation>
        </message>
    </context>
    <context>
        <name>ww::JsonReportWriter</name>
        <message>
            <source>Writing the JSON failed: %1</source>
            <translation>فشلت كتابة ملف JSON: %1</translation>
        </message>
        <message>
            <source>The report was cancelled.</source>
            <translation>أُلغي التقرير.</translation>
        </message>
    </context>
    <context>
        <name>ww::Migrations</name>
        <message>
            <source>Reading the schema version failed</source>
            <translation>فشلت قراءة إصدار المخطط</translation>
        </message>
        <message>
            <source>Reading the schema failed</source>
            <translation>فشلت قراءة المخطط</translation>
        </message>
        <message>
            <source>%1 is an SQLite database but not a Wirewatch one; it was left unchanged.</source>
            <translation>%1 قاعدة بيانات SQLite لكنها ليست قاعدة بيانات Wirewatch؛ تُركت دون تغيير.</translation>
        </message>
        <message>
            <source>The database schema %1 is newer than this version knows (%2).</source>
            <translation>مخطط قاعدة البيانات %1 أحدث مما يعرفه هذا الإصدار (%2).</translation>
        </message>
        <message>
            <source>Migration %1 (%2) failed</source>
            <translation>فشلت عملية الترحيل %1 (%2)</translation>
        </message>
        <message>
            <source>Recording schema version %1 failed</source>
            <translation>فشل تسجيل إصدار المخطط %1</translation>
        </message>
        <message>
            <source>%1 holds tables but is not a Wirewatch database; it was left unchanged. Use an empty database.</source>
            <translation>يحتوي %1 على جداول لكنه ليس قاعدة بيانات Wirewatch؛ لذا تُرك دون تغيير. استخدم قاعدة بيانات فارغة.</translation>
        </message>
    </context>
    <context>
        <name>ww::Opml</name>
        <message>
            <source>the OPML file is larger than %1 MiB</source>
            <translation>ملف OPML أكبر من %1 م.ب.ث</translation>
        </message>
        <message>
            <source>the OPML file declares a DTD or entities; refused</source>
            <translation>يُعلن ملف OPML عن DTD أو كيانات؛ رُفض</translation>
        </message>
        <message>
            <source>not an OPML file (root element &lt;%1&gt;)</source>
            <translation>ليس ملف OPML (العنصر الجذر &lt;%1&gt;)</translation>
        </message>
        <message>
            <source>nested deeper than %1 levels</source>
            <translation>تداخل أعمق من %1 مستوى</translation>
        </message>
        <message>
            <source>address longer than %1 characters</source>
            <translation>العنوان أطول من %1 حرف</translation>
        </message>
        <message>
            <source>title longer than %1 characters</source>
            <translation>العنوان أطول من %1 حرف</translation>
        </message>
        <message>
            <source>more than %1 feeds in one file</source>
            <translation>أكثر من %1 موجز في ملف واحد</translation>
        </message>
        <message>
            <source>only http and https feeds can be subscribed</source>
            <translation>لا يمكن الاشتراك إلا في موجزات http وhttps</translation>
        </message>
        <message>
            <source>the OPML file is not well-formed (line %1: %2)</source>
            <translation>ملف OPML غير سليم البنية (السطر %1: %2)</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>الملف فارغ</translation>
        </message>
    </context>
    <context>
        <name>ww::PdfPageFlow</name>
        <message>
            <source>Page %1 of %2</source>
            <translation>الصفحة %1 من %2</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>الصفحة %1</translation>
        </message>
    </context>
    <context>
        <name>ww::PdfReportWriter</name>
        <message>
            <source>Cannot start the PDF: %1</source>
            <translation>تعذّر بدء إنشاء ملف PDF: %1</translation>
        </message>
        <message>
            <source>Wirewatch report</source>
            <translation>تقرير Wirewatch</translation>
        </message>
        <message>
            <source>Coverage report</source>
            <translation>تقرير التغطية</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>المؤلف</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>تاريخ الإنشاء</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>التحديد</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>الفترة</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>المقالات</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>الملخص</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>المحتويات</translation>
        </message>
        <message>
            <source>Summary figures</source>
            <translation>الأرقام الموجزة</translation>
        </message>
        <message>
            <source>Coverage charts</source>
            <translation>مخططات التغطية</translation>
        </message>
        <message>
            <source>Coverage map</source>
            <translation>خريطة التغطية</translation>
        </message>
        <message>
            <source>Stories</source>
            <translation>الأخبار</translation>
        </message>
        <message>
            <source>Outlets</source>
            <translation>الناشرون</translation>
        </message>
        <message>
            <source>Producer identified</source>
            <translation>حُددت الجهة المنتجة</translation>
        </message>
        <message>
            <source>Producing agencies</source>
            <translation>الجهات المنتجة</translation>
        </message>
        <message>
            <source>Countries mentioned</source>
            <translation>البلدان المذكورة</translation>
        </message>
        <message>
            <source>None identified.</source>
            <translation>لم يُحدَّد أي منها.</translation>
        </message>
        <message>
            <source>Share by producer (wire agency)</source>
            <translation>الحصة حسب الجهة المنتجة (وكالة الأنباء)</translation>
        </message>
        <message>
            <source>Share by outlet (publisher)</source>
            <translation>الحصة حسب الناشر</translation>
        </message>
        <message>
            <source>Articles mentioning each country, over time</source>
            <translation>المقالات التي تذكر كل بلد، على مر الزمن</translation>
        </message>
        <message>
            <source>No country is mentioned in this selection.</source>
            <translation>لا يُذكر أي بلد في هذا التحديد.</translation>
        </message>
        <message>
            <source>Top countries</source>
            <translation>أبرز البلدان</translation>
        </message>
        <message>
            <source>Articles mentioning each country. Hatched: not mentioned.</source>
            <translation>المقالات التي تذكر كل بلد. المخطَّط: غير مذكور.</translation>
        </message>
        <message>
            <source>Not mentioned</source>
            <translation>غير مذكور</translation>
        </message>
        <message>
            <source>The report was cancelled.</source>
            <translation>أُلغي التقرير.</translation>
        </message>
        <message>
            <source>Published by</source>
            <translation>الناشر</translation>
        </message>
        <message>
            <source>Produced by</source>
            <translation>الجهة المنتجة</translation>
        </message>
        <message>
            <source>not identified</source>
            <translation>غير محدد</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>البلدان</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <source>(no caption)</source>
            <translation>(بلا تعليق)</translation>
        </message>
        <message>
            <source>Credit: %1</source>
            <translation>حقوق الصورة: %1</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>صورة</translation>
        </message>
        <message>
            <source>(the quoted text is no longer in the article)</source>
            <translation>(لم يعد النص المقتبس موجودًا في المقال)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>Story: %1</source>
            <translation>القصة: %1</translation>
        </message>
        <message>
            <source>First published by</source>
            <translation>أول من نشرها</translation>
        </message>
        <message>
            <source>and %1 more</source>
            <translation>و%1 أخرى</translation>
        </message>
        <message>
            <source>Story tags</source>
            <translation>وسوم القصة</translation>
        </message>
        <message>
            <source>Story note</source>
            <translation>ملاحظة القصة</translation>
        </message>
    </context>
    <context>
        <name>ww::PgConnection</name>
        <message>
            <source>"%1" is not a PostgreSQL connection string.</source>
            <translation>"%1" ليست سلسلة اتصال PostgreSQL.</translation>
        </message>
        <message>
            <source>The connection string is not a valid URL: %1</source>
            <translation>سلسلة الاتصال ليست عنوان URL صالحًا: %1</translation>
        </message>
        <message>
            <source>The database name cannot contain "/".</source>
            <translation>لا يمكن أن يحتوي اسم قاعدة البيانات على "/".</translation>
        </message>
        <message>
            <source>Expected keyword=value in the connection string, got "%1".</source>
            <translation>يُتوقع keyword=value في سلسلة الاتصال، لكن وُجد "%1".</translation>
        </message>
        <message>
            <source>The connection string names no database.</source>
            <translation>لا تحدد سلسلة الاتصال أي قاعدة بيانات.</translation>
        </message>
    </context>
    <context>
        <name>ww::ReportExporter</name>
        <message>
            <source>No output file given.</source>
            <translation>لم يُحدَّد ملف إخراج.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>تعذّرت كتابة %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ww::ReportSource</name>
        <message numerus="yes">
            <source>%n selected article(s)</source>
            <translation>
                <numerusform>%n مقال محدد</numerusform>
                <numerusform>%n مقال محدد</numerusform>
                <numerusform>%n مقالان محددان</numerusform>
                <numerusform>%n مقالات محددة</numerusform>
                <numerusform>%n مقالًا محددًا</numerusform>
                <numerusform>%n مقال محدد</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved search: %1</source>
            <translation>البحث المحفوظ: %1</translation>
        </message>
        <message>
            <source>Search: %1</source>
            <translation>البحث: %1</translation>
        </message>
        <message>
            <source>Folder: %1</source>
            <translation>المجلد: %1</translation>
        </message>
        <message>
            <source>All articles</source>
            <translation>جميع المقالات</translation>
        </message>
        <message numerus="yes">
            <source>The stories of %n selected article(s)</source>
            <translation>
                <numerusform>قصص %n مقال محدد</numerusform>
                <numerusform>قصة المقال المحدد (%n)</numerusform>
                <numerusform>قصص المقالين المحددين (%n)</numerusform>
                <numerusform>قصص %n مقالات محددة</numerusform>
                <numerusform>قصص %n مقالًا محددًا</numerusform>
                <numerusform>قصص %n مقال محدد</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n story cluster(s)</source>
            <translation>
                <numerusform>%n مجموعة قصص</numerusform>
                <numerusform>%n مجموعة قصص</numerusform>
                <numerusform>%n مجموعتا قصص</numerusform>
                <numerusform>%n مجموعات قصص</numerusform>
                <numerusform>%n مجموعة قصص</numerusform>
                <numerusform>%n مجموعة قصص</numerusform>
            </translation>
        </message>
        <message>
            <source>There is no saved search named or numbered “%1”.</source>
            <translation>لا يوجد بحث محفوظ اسمه أو رقمه «%1».</translation>
        </message>
    </context>
    <context>
        <name>ww::ReportSpec</name>
        <message>
            <source>unknown report format '%1' (pdf, csv or json)</source>
            <translation>تنسيق تقرير غير معروف '%1' (pdf أو csv أو json)</translation>
        </message>
        <message>
            <source>unknown page size '%1' (a4 or letter)</source>
            <translation>حجم صفحة غير معروف '%1' (a4 أو letter)</translation>
        </message>
        <message>
            <source>cannot read '%1' as a date (YYYY-MM-DD or ISO 8601)</source>
            <translation>تعذّرت قراءة '%1' كتاريخ (YYYY-MM-DD أو ISO 8601)</translation>
        </message>
    </context>
    <context>
        <name>ww::SavedSearchRunner</name>
        <message>
            <source>New matches for "%1": %2</source>
            <translation>نتائج جديدة لـ "%1": %2</translation>
        </message>
    </context>
    <context>
        <name>ww::SavedSearchStore</name>
        <message>
            <source>The saved search does not exist.</source>
            <translation>البحث المحفوظ غير موجود.</translation>
        </message>
        <message>
            <source>A saved search needs a name.</source>
            <translation>يحتاج البحث المحفوظ إلى اسم.</translation>
        </message>
        <message>
            <source>Saving the search failed</source>
            <translation>فشل حفظ البحث</translation>
        </message>
        <message>
            <source>A saved search named "%1" already exists.</source>
            <translation>يوجد بالفعل بحث محفوظ باسم "%1".</translation>
        </message>
        <message>
            <source>Deleting the search failed</source>
            <translation>فشل حذف البحث</translation>
        </message>
        <message>
            <source>Recording the alert failed</source>
            <translation>فشل تسجيل التنبيه</translation>
        </message>
        <message>
            <source>Reading alerts failed</source>
            <translation>فشلت قراءة التنبيهات</translation>
        </message>
    </context>
    <context>
        <name>ww::Scanner</name>
        <message>
            <source>recursive entity '%1'</source>
            <translation>كيان متكرر ذاتيًا '%1'</translation>
        </message>
        <message>
            <source>entity expansion limit exceeded: entities nested too deeply</source>
            <translation>تجاوز حد توسيع الكيانات: الكيانات متداخلة بعمق مفرط</translation>
        </message>
        <message>
            <source>entity expansion limit exceeded: too many entity declarations</source>
            <translation>تجاوز حد توسيع الكيانات: إعلانات كيانات كثيرة جدًا</translation>
        </message>
        <message>
            <source>entity expansion limit exceeded: entity '%1' expands to more than %2 characters</source>
            <translation>تجاوز حد توسيع الكيانات: الكيان '%1' يتوسّع إلى أكثر من %2 حرف</translation>
        </message>
        <message>
            <source>entity expansion limit exceeded: references expand to more than %1 characters</source>
            <translation>تجاوز حد توسيع الكيانات: المراجع تتوسّع إلى أكثر من %1 حرف</translation>
        </message>
        <message>
            <source>text before the XML declaration removed</source>
            <translation>أُزيل النص الواقع قبل إعلان XML</translation>
        </message>
    </context>
    <context>
        <name>ww::SearchIndex</name>
        <message>
            <source>Reading an article for indexing failed</source>
            <translation>فشلت قراءة مقالة للفهرسة</translation>
        </message>
        <message>
            <source>Article %1 does not exist.</source>
            <translation>المقالة %1 غير موجودة.</translation>
        </message>
        <message>
            <source>Reading captions for indexing failed</source>
            <translation>فشلت قراءة تعليقات الصور للفهرسة</translation>
        </message>
        <message>
            <source>Updating the search index failed</source>
            <translation>فشل تحديث فهرس البحث</translation>
        </message>
    </context>
    <context>
        <name>ww::SearchWindow</name>
        <message>
            <source>Searching articles failed</source>
            <translation>فشل البحث في المقالات</translation>
        </message>
    </context>
    <context>
        <name>ww::SourceTreeModel</name>
        <message>
            <source>All articles</source>
            <translation>كل المقالات</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>المميَّزة بنجمة</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <source>not scheduled</source>
            <translation>غير مجدول</translation>
        </message>
        <message>
            <source>Paused: %1</source>
            <translation>متوقف مؤقتًا: %1</translation>
        </message>
        <message>
            <source>by the analyst</source>
            <translation>بواسطة المحلل</translation>
        </message>
        <message numerus="yes">
            <source>Failing (%n attempt(s)): %1</source>
            <translation>
                <numerusform>فشل (%n محاولة): %1</numerusform>
                <numerusform>فشل (%n محاولة): %1</numerusform>
                <numerusform>فشل (%n محاولتان): %1</numerusform>
                <numerusform>فشل (%n محاولات): %1</numerusform>
                <numerusform>فشل (%n محاولة): %1</numerusform>
                <numerusform>فشل (%n محاولة): %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Next retry: %1</source>
            <translation>المحاولة التالية: %1</translation>
        </message>
        <message>
            <source>Last updated: %1</source>
            <translation>آخر تحديث: %1</translation>
        </message>
        <message>
            <source>Next update: %1</source>
            <translation>التحديث التالي: %1</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>غير المقروءة</translation>
        </message>
        <message>
            <source>Saved searches</source>
            <translation>عمليات البحث المحفوظة</translation>
        </message>
        <message numerus="yes">
            <source>%n matching article(s)</source>
            <translation>
                <numerusform>%n مقال مطابق</numerusform>
                <numerusform>%n مقال مطابق</numerusform>
                <numerusform>%n مقالان مطابقان</numerusform>
                <numerusform>%n مقالات مطابقة</numerusform>
                <numerusform>%n مقالًا مطابقًا</numerusform>
                <numerusform>%n مقال مطابق</numerusform>
            </translation>
        </message>
        <message>
            <source>Alerts on new matches</source>
            <translation>تنبيهات عند وجود تطابقات جديدة</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n article(s)</source>
            <translation>
                <numerusform>%1: %n مقال</numerusform>
                <numerusform>%1: %n مقال</numerusform>
                <numerusform>%1: %n مقالان</numerusform>
                <numerusform>%1: %n مقالات</numerusform>
                <numerusform>%1: %n مقالًا</numerusform>
                <numerusform>%1: %n مقال</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n مقال</numerusform>
                <numerusform>%n مقال</numerusform>
                <numerusform>%n مقالان</numerusform>
                <numerusform>%n مقالات</numerusform>
                <numerusform>%n مقالًا</numerusform>
                <numerusform>%n مقال</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%n غير مقروء</numerusform>
                <numerusform>%n غير مقروء</numerusform>
                <numerusform>%n غير مقروءين</numerusform>
                <numerusform>%n غير مقروءة</numerusform>
                <numerusform>%n غير مقروء</numerusform>
                <numerusform>%n غير مقروء</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
    </context>
    <context>
        <name>ww::Store</name>
        <message>
            <source>Reading statistics failed</source>
            <translation>فشلت قراءة الإحصاءات</translation>
        </message>
    </context>
    <context>
        <name>ww::TagStore</name>
        <message>
            <source>Reading tags failed</source>
            <translation>فشلت قراءة الوسوم</translation>
        </message>
        <message>
            <source>The tag does not exist.</source>
            <translation>الوسم غير موجود.</translation>
        </message>
        <message>
            <source>A tag needs a name.</source>
            <translation>يحتاج الوسم إلى اسم.</translation>
        </message>
        <message>
            <source>A tag named "%1" already exists.</source>
            <translation>يوجد بالفعل وسم باسم "%1".</translation>
        </message>
        <message>
            <source>Creating the tag %1 failed</source>
            <translation>فشل إنشاء الوسم %1</translation>
        </message>
        <message>
            <source>A tag named "%1" already exists; merge the tags instead.</source>
            <translation>يوجد بالفعل وسم باسم "%1"؛ ادمج الوسمين بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>Renaming the tag failed</source>
            <translation>فشلت إعادة تسمية الوسم</translation>
        </message>
        <message>
            <source>Changing the tag's colour failed</source>
            <translation>فشل تغيير لون الوسم</translation>
        </message>
        <message>
            <source>Merging tags failed</source>
            <translation>فشل دمج الوسوم</translation>
        </message>
        <message>
            <source>Deleting the tag failed</source>
            <translation>فشل حذف الوسم</translation>
        </message>
        <message>
            <source>There is no tag named "%1".</source>
            <translation>لا يوجد وسم باسم "%1".</translation>
        </message>
        <message>
            <source>Tagging articles failed</source>
            <translation>فشل وسم المقالات</translation>
        </message>
        <message>
            <source>Removing a tag failed</source>
            <translation>فشلت إزالة وسم</translation>
        </message>
        <message>
            <source>Tagging the story failed</source>
            <translation>فشل وسم القصة</translation>
        </message>
    </context>
    <context>
        <name>ww::TextDecoder</name>
        <message>
            <source>the byte order mark (%1) overrides the declared charset %2</source>
            <translation>علامة ترتيب البايتات (%1) تتقدّم على مجموعة المحارف المُعلنة %2</translation>
        </message>
        <message>
            <source>unsupported encoding %1</source>
            <translation>ترميز غير مدعوم %1</translation>
        </message>
        <message>
            <source>declared %1 but the bytes are not %1</source>
            <translation>أُعلن %1 لكن البايتات ليست %1</translation>
        </message>
        <message>
            <source>declared %1 but the bytes are valid UTF-8</source>
            <translation>أُعلن %1 لكن البايتات UTF-8 صالح</translation>
        </message>
        <message>
            <source>declared %1 but the bytes are not valid %1</source>
            <translation>أُعلن %1 لكن البايتات ليست %1 صالحًا</translation>
        </message>
        <message>
            <source>encoding guessed as %1</source>
            <translation>خُمِّن الترميز على أنه %1</translation>
        </message>
    </context>
    <context>
        <name>ww::TimelineView</name>
        <message>
            <source>Story timeline</source>
            <translation>الخط الزمني للقصة</translation>
        </message>
        <message numerus="yes">
            <source>%1
%n publication(s); first: %2, %3</source>
            <translation>
                <numerusform>%1
%n منشور؛ الأول: %2، %3</numerusform>
                <numerusform>%1
%n منشور؛ الأول: %2، %3</numerusform>
                <numerusform>%1
%n منشوران؛ الأول: %2، %3</numerusform>
                <numerusform>%1
%n منشورات؛ الأول: %2، %3</numerusform>
                <numerusform>%1
%n منشورًا؛ الأول: %2، %3</numerusform>
                <numerusform>%1
%n منشور؛ الأول: %2، %3</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1، %2</translation>
        </message>
        <message>
            <source>First publisher</source>
            <translation>أول ناشر</translation>
        </message>
        <message>
            <source>%1 after the first</source>
            <translation>بعد %1 من الأول</translation>
        </message>
        <message>
            <source>min</source>
            <translation>دقيقة</translation>
        </message>
        <message>
            <source>Produced by %1</source>
            <translation>من إنتاج: %1</translation>
        </message>
        <message>
            <source>No stories for this filter</source>
            <translation>لا توجد قصص لهذا المرشّح</translation>
        </message>
    </context>
    <context>
        <name>ww::WorldMapWidget</name>
        <message>
            <source>World map of coverage</source>
            <translation>خريطة العالم للتغطية</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>المقالات</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>لا توجد بيانات</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>لا بيانات</translation>
        </message>
        <message>
            <source>%1 (%2): %3</source>
            <extracomment>Map tooltip: country name, ISO code, number of articles</extracomment>
            <translation>%1 (%2): %3</translation>
        </message>
    </context>
    <context>
        <name>ww::XmlTree</name>
        <message>
            <source>document nested deeper than %1 elements (line %2)</source>
            <translation>المستند متداخل بعمق يتجاوز %1 عنصر (السطر %2)</translation>
        </message>
        <message>
            <source>document has more than %1 elements</source>
            <translation>يحتوي المستند على أكثر من %1 عنصر</translation>
        </message>
        <message>
            <source>feed has more than %1 items</source>
            <translation>يحتوي الموجز على أكثر من %1 عنصر</translation>
        </message>
        <message>
            <source>feed text exceeds the limit of %1 characters</source>
            <translation>نص الموجز يتجاوز حد %1 حرف</translation>
        </message>
        <message>
            <source>item %1 text exceeds the limit of %2 characters</source>
            <translation>نص العنصر %1 يتجاوز حد %2 حرف</translation>
        </message>
        <message>
            <source>empty document: no XML element found</source>
            <translation>مستند فارغ: لم يُعثر على أي عنصر XML</translation>
        </message>
        <message>
            <source>feed truncated at line %1</source>
            <translation>الموجز مبتور عند السطر %1</translation>
        </message>
        <message>
            <source>missing close tag for the root element added</source>
            <translation>أُضيف وسم الإغلاق المفقود للعنصر الجذر</translation>
        </message>
        <message>
            <source>entity expansion limit exceeded at line %1: %2</source>
            <translation>تجاوز حد توسيع الكيانات عند السطر %1: %2</translation>
        </message>
        <message>
            <source>malformed XML at line %1, column %2: %3</source>
            <translation>XML غير سليم عند السطر %1، العمود %2: %3</translation>
        </message>
        <message>
            <source>undeclared namespace prefixes: %1</source>
            <translation>بادئات نطاقات أسماء غير مُعلنة: %1</translation>
        </message>
    </context>
    <context>
        <name>ww::cli</name>
        <message>
            <source>Parse one feed and print it as JSON (nothing is stored).</source>
            <translation>تحليل موجز واحد وطباعته بصيغة JSON (دون تخزين أي شيء).</translation>
        </message>
        <message>
            <source>Extract one article page and print it as JSON (nothing is stored).</source>
            <translation>استخراج صفحة مقالة واحدة وطباعتها بصيغة JSON (دون تخزين أي شيء).</translation>
        </message>
        <message>
            <source>List, subscribe to or remove feeds.</source>
            <translation>سرد الموجزات أو الاشتراك فيها أو إزالتها.</translation>
        </message>
        <message>
            <source>Poll due feeds (or all), store new articles and extract their pages.</source>
            <translation>استطلاع الموجزات المستحقة (أو جميعها)، وتخزين المقالات الجديدة واستخراج صفحاتها.</translation>
        </message>
        <message>
            <source>Full-text search with filters; prints matching articles as JSON.</source>
            <translation>بحث نصي كامل مع مرشّحات؛ يطبع المقالات المطابقة بصيغة JSON.</translation>
        </message>
        <message>
            <source>Print the archive's counts as JSON.</source>
            <translation>طباعة أعداد الأرشيف بصيغة JSON.</translation>
        </message>
        <message>
            <source>Subscribe to the feeds of an OPML file.</source>
            <translation>الاشتراك في موجزات ملف OPML.</translation>
        </message>
        <message>
            <source>Write the subscriptions as OPML (to stdout without FILE).</source>
            <translation>كتابة الاشتراكات بصيغة OPML (إلى stdout عند غياب FILE).</translation>
        </message>
        <message>
            <source>Serve the built-in demo bundle on 127.0.0.1 until interrupted.</source>
            <translation>تقديم الحزمة التجريبية المضمَّنة على 127.0.0.1 حتى المقاطعة.</translation>
        </message>
        <message>
            <source>only http and https feeds can be subscribed: %1</source>
            <translation>لا يمكن الاشتراك إلا في موجزات http وhttps: %1</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>تعذّرت قراءة %1: %2</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>تعذّرت كتابة %1: %2</translation>
        </message>
        <message>
            <source>Write a PDF, CSV or JSON report of the selected articles (atomically; no network).</source>
            <translation>كتابة تقرير PDF أو CSV أو JSON للمقالات المحددة (بشكل ذري؛ دون شبكة).</translation>
        </message>
        <message>
            <source>--from must be before --to</source>
            <translation>يجب أن يسبق --from الخيار --to</translation>
        </message>
        <message>
            <source>There is no backup of %1 in %2.</source>
            <translation>لا توجد نسخة احتياطية من %1 في %2.</translation>
        </message>
        <message>
            <source>Write a consistent copy of the database (VACUUM INTO or pg_dump): to a file, or into the backups folder keeping the newest N.</source>
            <translation>كتابة نسخة متسقة من قاعدة البيانات (VACUUM INTO أو pg_dump): إلى ملف، أو إلى مجلد النسخ الاحتياطية مع الاحتفاظ بأحدث N نسخة.</translation>
        </message>
        <message>
            <source>Replace the database with a verified backup (the replaced file is kept).</source>
            <translation>استبدال قاعدة البيانات بنسخة احتياطية تم التحقق منها (يُحتفظ بالملف المستبدَل).</translation>
        </message>
        <message>
            <source>--saved-search takes the name or the id of a saved search</source>
            <translation>يقبل --saved-search اسم بحث محفوظ أو معرّفه</translation>
        </message>
        <message>
            <source>--cluster takes a story cluster id, not '%1'</source>
            <translation>يقبل --cluster معرّف مجموعة قصص، وليس '%1'</translation>
        </message>
    </context>
</TS>
