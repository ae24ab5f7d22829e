<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
    <context>
        <name>AgencyRegistry</name>
        <message>
            <source>Agency list: %1</source>
            <translation>Список агенцій: %1</translation>
        </message>
        <message>
            <source>Agency list is larger than %1 bytes</source>
            <translation>Список агенцій більший за %1 байтів</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Не вдалося прочитати %1: %2</translation>
        </message>
        <message>
            <source>%1 is too large</source>
            <translation>%1 завеликий</translation>
        </message>
    </context>
    <context>
        <name>AlertCenter</name>
        <message>
            <source>Wirewatch alert</source>
            <translation>Сповіщення Wirewatch</translation>
        </message>
        <message>
            <source>More new matches in other saved searches: %1</source>
            <translation>Ще нові збіги в інших збережених пошуках: %1</translation>
        </message>
    </context>
    <context>
        <name>AlertHistoryDialog</name>
        <message>
            <source>&amp;Open article</source>
            <translation>&amp;Відкрити статтю</translation>
        </message>
        <message>
            <source>Alert history</source>
            <translation>Історія сповіщень</translation>
        </message>
        <message>
            <source>&amp;Alerts by saved search, newest first:</source>
            <translation>&amp;Сповіщення за збереженими пошуками, спершу нові:</translation>
        </message>
        <message>
            <source>Fired</source>
            <translation>Спрацювало</translation>
        </message>
        <message>
            <source>New matches</source>
            <translation>Нові збіги</translation>
        </message>
        <message>
            <source>Newest match</source>
            <translation>Останній збіг</translation>
        </message>
        <message>
            <source>No alerts yet</source>
            <translation>Сповіщень поки немає</translation>
        </message>
        <message>
            <source>Alerts are off for this search</source>
            <translation>Сповіщення для цього пошуку вимкнено</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(без назви)</translation>
        </message>
        <message>
            <source>(article no longer stored)</source>
            <translation>(стаття більше не зберігається)</translation>
        </message>
    </context>
    <context>
        <name>AnalystDesk</name>
        <message>
            <source>Tags and notes</source>
            <translation>Мітки та нотатки</translation>
        </message>
        <message>
            <source>&amp;Highlight selection…</source>
            <translation>&amp;Підсвітити виділене…</translation>
        </message>
        <message>
            <source>&amp;Save search…</source>
            <translation>&amp;Зберегти пошук…</translation>
        </message>
        <message>
            <source>Highlight the selected words of the article and add a note</source>
            <translation>Підсвітити виділені слова статті й додати нотатку</translation>
        </message>
        <message>
            <source>Note on &amp;article…</source>
            <translation>Нотатка до &amp;статті…</translation>
        </message>
        <message>
            <source>&amp;Tag article…</source>
            <translation>&amp;Позначити статтю…</translation>
        </message>
        <message>
            <source>Tag &amp;selected articles…</source>
            <translation>Позначити &amp;вибрані статті…</translation>
        </message>
        <message>
            <source>Select articles in the list first.</source>
            <translation>Спочатку виберіть статті в списку.</translation>
        </message>
        <message>
            <source>Tag %1 selected articles</source>
            <translation>Позначити вибрані статті (%1)</translation>
        </message>
        <message>
            <source>Tag the whole &amp;story…</source>
            <translation>Позначити весь &amp;сюжет…</translation>
        </message>
        <message>
            <source>Tag every copy of this story</source>
            <translation>Позначити всі копії цього сюжету</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Скасувати</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторити</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Нотатки</translation>
        </message>
        <message>
            <source>New alert matches</source>
            <translation>Нові збіги сповіщень</translation>
        </message>
        <message>
            <source>Alerts: %1 new</source>
            <translation>Сповіщення: нових — %1</translation>
        </message>
        <message>
            <source>Search saved as "%1".</source>
            <translation>Пошук збережено як «%1».</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Мітка:</translation>
        </message>
        <message>
            <source>Tagged %1 articles "%2".</source>
            <translation>Міткою «%2» позначено статей: %1.</translation>
        </message>
        <message>
            <source>Note on the whole st&amp;ory…</source>
            <translation>Нотатка до всього &amp;сюжету…</translation>
        </message>
        <message>
            <source>This article is not part of a story other outlets ran.</source>
            <translation>Ця стаття не входить до сюжету, який публікували інші видання.</translation>
        </message>
        <message>
            <source>&amp;Manage tags…</source>
            <translation>&amp;Керування мітками…</translation>
        </message>
        <message>
            <source>&amp;All notes…</source>
            <translation>&amp;Усі нотатки…</translation>
        </message>
        <message>
            <source>Alert &amp;history…</source>
            <translation>&amp;Історія сповіщень…</translation>
        </message>
        <message>
            <source>Show the alert history</source>
            <translation>Показати історію сповіщень</translation>
        </message>
    </context>
    <context>
        <name>AnnotationListDialog</name>
        <message>
            <source>&amp;Open article</source>
            <translation>&amp;Відкрити статтю</translation>
        </message>
        <message>
            <source>All notes</source>
            <translation>Усі нотатки</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Пошук:</translation>
        </message>
        <message>
            <source>Words in the notes or the highlighted text</source>
            <translation>Слова в нотатках або у виділеному тексті</translation>
        </message>
        <message>
            <source>Search notes</source>
            <translation>Пошук у нотатках</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Нотатки</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n нотатка</numerusform>
                <numerusform>%n нотатки</numerusform>
                <numerusform>%n нотаток</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n note(s)</source>
            <translation>
                <numerusform>%1 з %n нотатки</numerusform>
                <numerusform>%1 з %n нотаток</numerusform>
                <numerusform>%1 з %n нотаток</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AnnotationListModel</name>
        <message>
            <source>(untitled)</source>
            <translation>(без назви)</translation>
        </message>
        <message>
            <source>Story: %1</source>
            <translation>Сюжет: %1</translation>
        </message>
        <message>
            <source>(whole story)</source>
            <translation>(увесь сюжет)</translation>
        </message>
        <message>
            <source>(whole article)</source>
            <translation>(уся стаття)</translation>
        </message>
        <message>
            <source>"%1" (no longer in the article)</source>
            <translation>«%1» (більше немає в статті)</translation>
        </message>
        <message>
            <source>"%1"</source>
            <translation>«%1»</translation>
        </message>
        <message>
            <source>These words are no longer in the article's current text: %1</source>
            <translation>Цих слів більше немає в поточному тексті статті: %1</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Стаття</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Цитата</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Нотатка</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Створено</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Оновлено</translation>
        </message>
    </context>
    <context>
        <name>AnnotationPanel</name>
        <message>
            <source>Add note</source>
            <translation>Додати нотатку</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Змінити нотатку</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Видалити нотатку</translation>
        </message>
        <message>
            <source>&amp;Highlight selection…</source>
            <translation>&amp;Підсвітити виділене…</translation>
        </message>
        <message>
            <source>Note on &amp;article…</source>
            <translation>Нотатка до &amp;статті…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Змінити…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Видалити</translation>
        </message>
        <message>
            <source>Notes on this article</source>
            <translation>Нотатки до цієї статті</translation>
        </message>
        <message>
            <source>Select words in the article, then add a note to them</source>
            <translation>Виділіть слова в статті, потім додайте до них нотатку</translation>
        </message>
        <message>
            <source>Select the words to highlight first.</source>
            <translation>Спочатку виділіть слова для підсвічування.</translation>
        </message>
        <message>
            <source>Article note: %1</source>
            <translation>Нотатка до статті: %1</translation>
        </message>
        <message>
            <source>"%1" (no longer in the article)
%2</source>
            <translation>«%1» (більше немає в статті)
%2</translation>
        </message>
        <message>
            <source>"%1"
%2</source>
            <translation>«%1»
%2</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Збережено %1</translation>
        </message>
        <message>
            <source>Highlight</source>
            <translation>Підсвічування</translation>
        </message>
        <message>
            <source>Note (optional):</source>
            <translation>Нотатка (необов’язково):</translation>
        </message>
        <message>
            <source>Note on article</source>
            <translation>Нотатка до статті</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Нотатка:</translation>
        </message>
    </context>
    <context>
        <name>ArticleBrowser</name>
        <message>
            <source>Article text</source>
            <translation>Текст статті</translation>
        </message>
    </context>
    <context>
        <name>ArticleHeader</name>
        <message>
            <source>Article title</source>
            <translation>Заголовок статті</translation>
        </message>
        <message>
            <source>Byline, dateline and times</source>
            <translation>Автор, місце і час</translation>
        </message>
        <message>
            <source>Story cluster</source>
            <translation>Сюжет</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>Країни</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(без заголовка)</translation>
        </message>
        <message>
            <source>Published by %1</source>
            <translation>Опубліковано: %1</translation>
        </message>
        <message>
            <source>— produced by %1</source>
            <translation>— автор матеріалу: %1</translation>
        </message>
        <message>
            <source>— own reporting (%1)</source>
            <translation>— власний матеріал (%1)</translation>
        </message>
        <message>
            <source>No evidence recorded</source>
            <translation>Підстав не записано</translation>
        </message>
        <message>
            <source>published %1</source>
            <translation>опубліковано %1</translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>дата невідома</translation>
        </message>
        <message>
            <source>updated %1</source>
            <translation>оновлено %1</translation>
        </message>
        <message>
            <source>language: %1</source>
            <translation>мова: %1</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… і ще %n</numerusform>
                <numerusform>… і ще %n</numerusform>
                <numerusform>… і ще %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>Теги: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n mention(s)%2</source>
            <translation>
                <numerusform>%1: %n згадка%2</numerusform>
                <numerusform>%1: %n згадки%2</numerusform>
                <numerusform>%1: %n згадок%2</numerusform>
            </translation>
        </message>
        <message>
            <source>, in the title</source>
            <translation>, зокрема в заголовку</translation>
        </message>
        <message>
            <source>Publisher and producing agency</source>
            <translation>Видання та агентство-виробник</translation>
        </message>
        <message>
            <source>Publisher evidence: %1</source>
            <translation>Ознаки видання: %1</translation>
        </message>
        <message>
            <source>the feed's outlet</source>
            <translation>видання стрічки</translation>
        </message>
        <message>
            <source>Producer evidence:
%1</source>
            <translation>Ознаки виробника:
%1</translation>
        </message>
        <message numerus="yes">
            <source>Also ran in %n other outlet(s)</source>
            <translation>
                <numerusform>Також опубліковано в %n іншому виданні</numerusform>
                <numerusform>Також опубліковано в %n інших виданнях</numerusform>
                <numerusform>Також опубліковано в %n інших виданнях</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Same story: %n other article(s) from this outlet</source>
            <translation>
                <numerusform>Той самий сюжет: ще %n стаття цього видання</numerusform>
                <numerusform>Той самий сюжет: ще %n статті цього видання</numerusform>
                <numerusform>Той самий сюжет: ще %n статей цього видання</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ArticleTableView</name>
        <message>
            <source>Articles</source>
            <translation>Статті</translation>
        </message>
    </context>
    <context>
        <name>ArticleView</name>
        <message>
            <source>photographer: %1</source>
            <translation>фотограф: %1</translation>
        </message>
        <message>
            <source>agency: %1</source>
            <translation>агенція: %1</translation>
        </message>
        <message>
            <source>pool photo</source>
            <translation>пул-фото</translation>
        </message>
        <message>
            <source>distributed by %1</source>
            <translation>поширено: %1</translation>
        </message>
        <message>
            <source>file photo</source>
            <translation>архівне фото</translation>
        </message>
        <message>
            <source>handout</source>
            <translation>надано пресслужбою</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Стаття</translation>
        </message>
        <message>
            <source>Select an article to read it.</source>
            <translation>Виберіть статтю, щоб її прочитати.</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Зображення</translation>
        </message>
        <message>
            <source>Credit: %1</source>
            <translation>Автор фото: %1</translation>
        </message>
        <message>
            <source>Open the original page</source>
            <translation>Відкрити першоджерело</translation>
        </message>
    </context>
    <context>
        <name>ClusterNotesPanel</name>
        <message>
            <source>Add story note</source>
            <translation>Додати нотатку до сюжету</translation>
        </message>
        <message>
            <source>Edit story note</source>
            <translation>Редагувати нотатку до сюжету</translation>
        </message>
        <message>
            <source>Delete story note</source>
            <translation>Видалити нотатку до сюжету</translation>
        </message>
        <message>
            <source>Note on &amp;story…</source>
            <translation>Нотатка до &amp;сюжету…</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation>&amp;Редагувати…</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>&amp;Видалити</translation>
        </message>
        <message>
            <source>Notes on this story</source>
            <translation>Нотатки до цього сюжету</translation>
        </message>
        <message>
            <source>Add a note shared by every outlet's copy of this story</source>
            <translation>Додати нотатку, спільну для публікацій цього сюжету в усіх виданнях</translation>
        </message>
        <message numerus="yes">
            <source>Notes on this &amp;story (%n copies)</source>
            <translation>
                <numerusform>Нотатки до цього &amp;сюжету (%n публікація)</numerusform>
                <numerusform>Нотатки до цього &amp;сюжету (%n публікації)</numerusform>
                <numerusform>Нотатки до цього &amp;сюжету (%n публікацій)</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Збережено %1</translation>
        </message>
        <message>
            <source>Note on story</source>
            <translation>Нотатка до сюжету</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Нотатка:</translation>
        </message>
    </context>
    <context>
        <name>CoverageController</name>
        <message>
            <source>Could not count the coverage: %1</source>
            <translation>Не вдалося підрахувати висвітлення: %1</translation>
        </message>
        <message>
            <source>no connection for the dashboard</source>
            <translation>немає з’єднання для панелі моніторингу</translation>
        </message>
    </context>
    <context>
        <name>DamagedDatabaseDialog</name>
        <message>
            <source>Nothing was restored.</source>
            <translation>Нічого не відновлено.</translation>
        </message>
        <message>
            <source>Wirewatch</source>
            <translation>Wirewatch</translation>
        </message>
        <message>
            <source>The database %1 cannot be opened.</source>
            <translation>Не вдається відкрити базу даних %1.</translation>
        </message>
        <message>
            <source>The latest backup is %1 (%2). Restoring it keeps the damaged file next to it for inspection; changes made after the backup are not in it.</source>
            <translation>Остання резервна копія — %1 (%2). Під час відновлення пошкоджений файл буде збережено поруч для перевірки; змін, внесених після створення резервної копії, у ній немає.</translation>
        </message>
        <message>
            <source>&amp;Restore from the latest backup</source>
            <translation>&amp;Відновити з останньої резервної копії</translation>
        </message>
        <message>
            <source>No backup of it was found in %1.</source>
            <translation>Резервну копію цієї бази даних у %1 не знайдено.</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Вийти</translation>
        </message>
    </context>
    <context>
        <name>FacetModel</name>
        <message>
            <source>Countries</source>
            <translation>Країни</translation>
        </message>
        <message>
            <source>Producing agencies</source>
            <translation>Агентства-виробники</translation>
        </message>
        <message>
            <source>Outlets</source>
            <translation>Видання</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Мови</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n article(s); click to narrow the search</source>
            <translation>
                <numerusform>%1: %n стаття; клацніть, щоб уточнити пошук</numerusform>
                <numerusform>%1: %n статті; клацніть, щоб уточнити пошук</numerusform>
                <numerusform>%1: %n статей; клацніть, щоб уточнити пошук</numerusform>
            </translation>
        </message>
        <message>
            <source>Refine</source>
            <translation>Уточнити</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Статті</translation>
        </message>
    </context>
    <context>
        <name>FacetView</name>
        <message>
            <source>Refine the search</source>
            <translation>Уточнити пошук</translation>
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
            <translation>Пошук: слова, "фрази", country:KP agency:Reuters outlet:… tag:… lang:ru</translation>
        </message>
        <message>
            <source>Search articles</source>
            <translation>Пошук статей</translation>
        </message>
        <message>
            <source>Free text and field filters: country:KP agency:Reuters outlet:"Global South World" tag:sanctions lang:ru from:2026-10-01 to:2026-10-31</source>
            <translation>Довільний текст і фільтри за полями: country:KP agency:Reuters outlet:"Global South World" tag:sanctions lang:ru from:2026-10-01 to:2026-10-31</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Налаштування…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Ви&amp;йти</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>&amp;Стаття</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Наступна</translation>
        </message>
        <message>
            <source>&amp;Previous</source>
            <translation>&amp;Попередня</translation>
        </message>
        <message>
            <source>&amp;Mark read/unread</source>
            <translation>Позначити п&amp;рочитаною/непрочитаною</translation>
        </message>
        <message>
            <source>&amp;Star</source>
            <translation>Позначити &amp;зірочкою</translation>
        </message>
        <message>
            <source>Open in &amp;browser</source>
            <translation>Відкрити в &amp;браузері</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вигляд</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Пошук</translation>
        </message>
        <message>
            <source>&amp;Refresh sources</source>
            <translation>&amp;Оновити джерела</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Довідка</translation>
        </message>
        <message>
            <source>&amp;About Wirewatch</source>
            <translation>&amp;Про Wirewatch</translation>
        </message>
        <message>
            <source>About Wirewatch</source>
            <translation>Про Wirewatch</translation>
        </message>
        <message>
            <source>Wirewatch %1
Follow how news stories travel across outlets and wire agencies.</source>
            <translation>Wirewatch %1
Як новини поширюються виданнями та інформагенціями.</translation>
        </message>
        <message>
            <source>Story timeline</source>
            <translation>Хронологія сюжету</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Статті</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Висвітлення</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Хронологія</translation>
        </message>
        <message>
            <source>E&amp;xport report…</source>
            <translation>&amp;Експорт звіту…</translation>
        </message>
        <message>
            <source>Next &amp;unread</source>
            <translation>Наступна &amp;непрочитана</translation>
        </message>
        <message>
            <source>Previous u&amp;nread</source>
            <translation>&amp;Попередня непрочитана</translation>
        </message>
        <message>
            <source>&amp;Articles</source>
            <translation>&amp;Статті</translation>
        </message>
        <message>
            <source>&amp;Coverage dashboard</source>
            <translation>Панель &amp;висвітлення</translation>
        </message>
        <message>
            <source>Story &amp;timeline</source>
            <translation>&amp;Хронологія сюжету</translation>
        </message>
    </context>
    <context>
        <name>ReaderController</name>
        <message>
            <source>Could not load articles: %1</source>
            <translation>Не вдалося завантажити статті: %1</translation>
        </message>
        <message>
            <source>Could not load the feeds: %1</source>
            <translation>Не вдалося завантажити стрічки: %1</translation>
        </message>
        <message numerus="yes">
            <source>Showing the first %n match(es); scroll for more</source>
            <translation>
                <numerusform>Показано перші %n збіг; прокрутіть, щоб побачити більше</numerusform>
                <numerusform>Показано перші %n збіги; прокрутіть, щоб побачити більше</numerusform>
                <numerusform>Показано перші %n збігів; прокрутіть, щоб побачити більше</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n збіг</numerusform>
                <numerusform>%n збіги</numerusform>
                <numerusform>%n збігів</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not open the article: %1</source>
            <translation>Не вдалося відкрити статтю: %1</translation>
        </message>
        <message>
            <source>Could not mark the article: %1</source>
            <translation>Не вдалося позначити статтю: %1</translation>
        </message>
        <message>
            <source>Could not star the article: %1</source>
            <translation>Не вдалося позначити статтю зірочкою: %1</translation>
        </message>
        <message>
            <source>No more unread articles below</source>
            <translation>Нижче непрочитаних статей немає</translation>
        </message>
        <message>
            <source>No more unread articles above</source>
            <translation>Вище непрочитаних статей немає</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Export report</source>
            <translation>Експорт звіту</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Статті</translation>
        </message>
        <message>
            <source>Current search</source>
            <translation>Поточний пошук</translation>
        </message>
        <message>
            <source>Current folder (%1)</source>
            <translation>Поточна папка (%1)</translation>
        </message>
        <message>
            <source>all feeds</source>
            <translation>усі стрічки</translation>
        </message>
        <message numerus="yes">
            <source>Selected articles (%n)</source>
            <translation>
                <numerusform>Вибрані статті (%n)</numerusform>
                <numerusform>Вибрані статті (%n)</numerusform>
                <numerusform>Вибрані статті (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved search</source>
            <translation>Збережений пошук</translation>
        </message>
        <message>
            <source>Every article in a time range</source>
            <translation>Усі статті за період</translation>
        </message>
        <message>
            <source>&amp;Include:</source>
            <translation>&amp;Включити:</translation>
        </message>
        <message>
            <source>Sa&amp;ved search:</source>
            <translation>З&amp;бережений пошук:</translation>
        </message>
        <message>
            <source>&amp;Limit to dates</source>
            <translation>&amp;Обмежити датами</translation>
        </message>
        <message>
            <source>Dates (UTC):</source>
            <translation>Дати (UTC):</translation>
        </message>
        <message>
            <source>Cover</source>
            <translation>Титульний аркуш</translation>
        </message>
        <message>
            <source>Coverage report</source>
            <translation>Звіт про висвітлення</translation>
        </message>
        <message>
            <source>A paragraph for the reader: what this report shows and why.</source>
            <translation>Абзац для читача: що показує цей звіт і навіщо.</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Заголовок:</translation>
        </message>
        <message>
            <source>&amp;Author:</source>
            <translation>&amp;Автор:</translation>
        </message>
        <message>
            <source>S&amp;ummary:</source>
            <translation>&amp;Резюме:</translation>
        </message>
        <message>
            <source>Sections (PDF)</source>
            <translation>Розділи (PDF)</translation>
        </message>
        <message>
            <source>Table of contents</source>
            <translation>Зміст</translation>
        </message>
        <message>
            <source>Summary figures</source>
            <translation>Зведені показники</translation>
        </message>
        <message>
            <source>Coverage charts</source>
            <translation>Діаграми висвітлення</translation>
        </message>
        <message>
            <source>Country map</source>
            <translation>Карта країн</translation>
        </message>
        <message>
            <source>Stories</source>
            <translation>Сюжети</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Виведення</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>Документ PDF</translation>
        </message>
        <message>
            <source>CSV table (one row per article)</source>
            <translation>Таблиця CSV (рядок на статтю)</translation>
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
            <translation>US Letter</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Огляд…</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Формат:</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Папір:</translation>
        </message>
        <message>
            <source>F&amp;ile:</source>
            <translation>Ф&amp;айл:</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Експортувати</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Скасувати</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>За&amp;крити</translation>
        </message>
        <message>
            <source>%1 files (*.%2)</source>
            <translation>Файли %1 (*.%2)</translation>
        </message>
        <message>
            <source>Writing… %1 of %2</source>
            <translation>Запис… %1 з %2</translation>
        </message>
        <message>
            <source>Selecting articles…</source>
            <translation>Добір статей…</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1: %n article(s), %2 pages.</source>
            <translation>
                <numerusform>Записано %1: %n стаття, сторінок: %2.</numerusform>
                <numerusform>Записано %1: %n статті, сторінок: %2.</numerusform>
                <numerusform>Записано %1: %n статей, сторінок: %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1: %n article(s).</source>
            <translation>
                <numerusform>Записано %1: %n стаття.</numerusform>
                <numerusform>Записано %1: %n статті.</numerusform>
                <numerusform>Записано %1: %n статей.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelled; nothing was written.</source>
            <translation>Скасовано; нічого не записано.</translation>
        </message>
        <message>
            <source>The report could not be written: %1</source>
            <translation>Не вдалося записати звіт: %1</translation>
        </message>
        <message numerus="yes">
            <source>Stories: the selected articles' stories (%n selected)</source>
            <translation>
                <numerusform>Сюжети: сюжети вибраних статей (вибрано: %n)</numerusform>
                <numerusform>Сюжети: сюжети вибраних статей (вибрано: %n)</numerusform>
                <numerusform>Сюжети: сюжети вибраних статей (вибрано: %n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Stories: pick from the list</source>
            <translation>Сюжети: вибрати зі списку</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %2, %3; %n outlet(s)</source>
            <translation>
                <numerusform>%1 — %2, %3; %n видання</numerusform>
                <numerusform>%1 — %2, %3; %n видання</numerusform>
                <numerusform>%1 — %2, %3; %n видань</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n стаття</numerusform>
                <numerusform>%n статті</numerusform>
                <numerusform>%n статей</numerusform>
            </translation>
        </message>
        <message>
            <source>S&amp;tories:</source>
            <translation>&amp;Сюжети:</translation>
        </message>
    </context>
    <context>
        <name>SaveSearchDialog</name>
        <message>
            <source>Notify me about new matches</source>
            <translation>Сповіщати про нові збіги</translation>
        </message>
        <message>
            <source>Save search</source>
            <translation>Зберегти пошук</translation>
        </message>
        <message>
            <source>e.g. North Korea missiles</source>
            <translation>наприклад, ракети КНДР</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Назва:</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Пошук:</translation>
        </message>
        <message>
            <source>(no tag)</source>
            <translation>(без мітки)</translation>
        </message>
        <message>
            <source>&amp;Tag new matches:</source>
            <translation>&amp;Мітка для нових збігів:</translation>
        </message>
    </context>
    <context>
        <name>SearchQuery</name>
        <message>
            <source>%1: needs a value</source>
            <translation>%1: потрібне значення</translation>
        </message>
        <message>
            <source>"%1" is not a two-letter country code</source>
            <translation>"%1" — не дволітерний код країни</translation>
        </message>
        <message>
            <source>"%1" is not a language code</source>
            <translation>"%1" — не код мови</translation>
        </message>
        <message>
            <source>"%1" is not a date (YYYY-MM-DD)</source>
            <translation>"%1" — не дата (РРРР-ММ-ДД)</translation>
        </message>
        <message>
            <source>Only the first %1 filter is applied (%2)</source>
            <translation>Застосовано лише перший фільтр «%1» (%2)</translation>
        </message>
        <message>
            <source>country</source>
            <translation>країна</translation>
        </message>
        <message>
            <source>agency</source>
            <translation>агенція</translation>
        </message>
        <message>
            <source>language</source>
            <translation>мова</translation>
        </message>
        <message>
            <source>No tag named "%1"</source>
            <translation>Немає тегу "%1"</translation>
        </message>
        <message>
            <source>tag</source>
            <translation>тег</translation>
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
            <translation>Налаштування</translation>
        </message>
        <message>
            <source> min</source>
            <translation> хв</translation>
        </message>
        <message>
            <source>Polling interval in minutes</source>
            <translation>Інтервал опитування у хвилинах</translation>
        </message>
        <message>
            <source>System proxy</source>
            <translation>Системний проксі</translation>
        </message>
        <message>
            <source>No proxy</source>
            <translation>Без проксі</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Вручну</translation>
        </message>
        <message>
            <source>Proxy</source>
            <translation>Проксі</translation>
        </message>
        <message>
            <source>proxy.example.org</source>
            <translation>proxy.example.org</translation>
        </message>
        <message>
            <source>Proxy host</source>
            <translation>Хост проксі</translation>
        </message>
        <message>
            <source>Proxy port</source>
            <translation>Порт проксі</translation>
        </message>
        <message>
            <source>Load remote images in articles</source>
            <translation>Завантажувати віддалені зображення у статтях</translation>
        </message>
        <message>
            <source>Off by default: remote images reveal to the sites that you read the article.</source>
            <translation>Типово вимкнено: віддалені зображення повідомляють сайтам, що ви читаєте статтю.</translation>
        </message>
        <message>
            <source>Load remote images</source>
            <translation>Завантажувати віддалені зображення</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Мова системи</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Мова</translation>
        </message>
        <message>
            <source>The new language takes effect after a restart.</source>
            <translation>Нова мова запрацює після перезапуску.</translation>
        </message>
        <message>
            <source>Default location</source>
            <translation>Типове розташування</translation>
        </message>
        <message>
            <source>Database file</source>
            <translation>Файл бази даних</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Огляд…</translation>
        </message>
        <message>
            <source>Choose the database file</source>
            <translation>Виберіть файл бази даних</translation>
        </message>
        <message>
            <source>Wirewatch database (*.sqlite *.db)</source>
            <translation>База даних Wirewatch (*.sqlite *.db)</translation>
        </message>
        <message>
            <source>A different database is opened after a restart.</source>
            <translation>Іншу базу даних буде відкрито після перезапуску.</translation>
        </message>
        <message>
            <source>Feeds</source>
            <translation>Стрічки</translation>
        </message>
        <message>
            <source>&amp;Check feeds every:</source>
            <translation>&amp;Перевіряти стрічки кожні:</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Мережа</translation>
        </message>
        <message>
            <source>&amp;Proxy:</source>
            <translation>Про&amp;ксі:</translation>
        </message>
        <message>
            <source>&amp;Host and port:</source>
            <translation>&amp;Хост і порт:</translation>
        </message>
        <message>
            <source>Interface</source>
            <translation>Інтерфейс</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Мова:</translation>
        </message>
        <message>
            <source>Storage</source>
            <translation>Зберігання</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;База даних:</translation>
        </message>
    </context>
    <context>
        <name>SourceTreeView</name>
        <message>
            <source>Sources</source>
            <translation>Джерела</translation>
        </message>
    </context>
    <context>
        <name>TagBar</name>
        <message>
            <source>Tags:</source>
            <translation>Мітки:</translation>
        </message>
        <message>
            <source>Add a tag…</source>
            <translation>Додати мітку…</translation>
        </message>
        <message>
            <source>Add a tag</source>
            <translation>Додати мітку</translation>
        </message>
        <message>
            <source>Remove the tag "%1" from this article</source>
            <translation>Зняти мітку «%1» з цієї статті</translation>
        </message>
    </context>
    <context>
        <name>TagManagerDialog</name>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Перейменувати</translation>
        </message>
        <message>
            <source>&amp;Merge into…</source>
            <translation>&amp;Об’єднати з…</translation>
        </message>
        <message>
            <source>&amp;Colour…</source>
            <translation>&amp;Колір…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Видалити…</translation>
        </message>
        <message>
            <source>Manage tags</source>
            <translation>Керування мітками</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Мітка</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Статті</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Мітки</translation>
        </message>
        <message>
            <source>Rename the tag (F2)</source>
            <translation>Перейменувати мітку (F2)</translation>
        </message>
        <message>
            <source>Move this tag's articles and stories to another tag, then delete it</source>
            <translation>Перенести статті й сюжети з цією міткою на іншу мітку, а потім видалити її</translation>
        </message>
        <message>
            <source>Choose the tag's colour</source>
            <translation>Вибрати колір мітки</translation>
        </message>
        <message>
            <source>Remove the tag from every article and story</source>
            <translation>Зняти мітку з усіх статей і сюжетів</translation>
        </message>
        <message>
            <source>No colour</source>
            <translation>Без кольору</translation>
        </message>
        <message>
            <source>Colour %1</source>
            <translation>Колір %1</translation>
        </message>
        <message>
            <source>A tag needs a name.</source>
            <translation>Мітка повинна мати назву.</translation>
        </message>
        <message>
            <source>Rename tag</source>
            <translation>Перейменувати мітку</translation>
        </message>
        <message>
            <source>Merge tag</source>
            <translation>Об’єднати мітку</translation>
        </message>
        <message>
            <source>Merge "%1" into:</source>
            <translation>Об’єднати «%1» з:</translation>
        </message>
        <message>
            <source>Move every article and story tagged "%1" to "%2" and delete "%1"?</source>
            <translation>Перенести всі статті й сюжети з міткою «%1» до «%2» і видалити «%1»?</translation>
        </message>
        <message>
            <source>Colour of "%1"</source>
            <translation>Колір «%1»</translation>
        </message>
        <message>
            <source>Tag colour</source>
            <translation>Колір мітки</translation>
        </message>
        <message>
            <source>Delete tag</source>
            <translation>Видалити мітку</translation>
        </message>
        <message numerus="yes">
            <source>Delete the tag "%1"? It is removed from %n article(s) and from every story.</source>
            <translation>
                <numerusform>Видалити мітку «%1»? Її буде знято з %n статті та з усіх сюжетів.</numerusform>
                <numerusform>Видалити мітку «%1»? Її буде знято з %n статей та з усіх сюжетів.</numerusform>
                <numerusform>Видалити мітку «%1»? Її буде знято з %n статей та з усіх сюжетів.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TaskProgress</name>
        <message>
            <source>Progress</source>
            <translation>Поступ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <source>Cancel the running task</source>
            <translation>Скасувати поточне завдання</translation>
        </message>
    </context>
    <context>
        <name>WorldMap</name>
        <message>
            <source>Mentions</source>
            <translation>Згадки</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>Немає даних</translation>
        </message>
    </context>
    <context>
        <name>WriteFailureBanner</name>
        <message>
            <source>Saving paused</source>
            <translation>Збереження призупинено</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Повторити</translation>
        </message>
        <message>
            <source>Try saving again (after freeing disk space)</source>
            <translation>Спробувати зберегти ще раз (після звільнення місця на диску)</translation>
        </message>
        <message>
            <source>Read-only: a change could not be saved. Nothing was lost; free disk space, then retry.</source>
            <translation>Лише читання: не вдалося зберегти зміну. Нічого не втрачено; звільніть місце на диску й повторіть спробу.</translation>
        </message>
        <message>
            <source>Retry failed: %1</source>
            <translation>Повторна спроба не вдалася: %1</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>option --%1 needs a value</source>
            <translation>параметр --%1 потребує значення</translation>
        </message>
        <message>
            <source>unknown option --%1</source>
            <translation>невідомий параметр --%1</translation>
        </message>
        <message>
            <source>--header wants "Name: value", got '%1'</source>
            <translation>--header очікує "Name: value", отримано '%1'</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>не вдалося прочитати %1: %2</translation>
        </message>
        <message>
            <source>--allow-host wants ADDRESS:PORT, got '%1'</source>
            <translation>--allow-host очікує АДРЕСА:ПОРТ, отримано '%1'</translation>
        </message>
        <message>
            <source>usage: wirewatch-cli parse PATH|URL [--header "Name: value"]... [--base URL]</source>
            <translation>використання: wirewatch-cli parse ШЛЯХ|URL [--header "Name: value"]... [--base URL]</translation>
        </message>
        <message>
            <source>usage: wirewatch-cli extract PATH|URL [--url ORIGINAL_URL] [--header "Name: value"]...</source>
            <translation>використання: wirewatch-cli extract ШЛЯХ|URL [--url ПОЧАТКОВИЙ_URL] [--header "Name: value"]...</translation>
        </message>
        <message>
            <source>Usage: wirewatch-cli COMMAND [OPTIONS]

Commands:
</source>
            <translation>Використання: wirewatch-cli КОМАНДА [ПАРАМЕТРИ]

Команди:
</translation>
        </message>
        <message>
            <source>
Global options: --db PATH (the database file), --help, --version
</source>
            <translation>
Загальні параметри: --db ШЛЯХ (файл бази даних), --help, --version
</translation>
        </message>
        <message>
            <source>unknown command '%1' (see wirewatch-cli --help)</source>
            <translation>невідома команда '%1' (див. wirewatch-cli --help)</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Follow how news stories travel across outlets and wire agencies.</source>
            <translation>Як новини поширюються між виданнями та інформагенціями.</translation>
        </message>
        <message>
            <source>Open the database at PATH.</source>
            <translation>Відкрити базу даних за шляхом PATH.</translation>
        </message>
        <message>
            <source>Open the built-in demo data (offline).</source>
            <translation>Відкрити вбудовані демонстраційні дані (без мережі).</translation>
        </message>
        <message>
            <source>Render each main view to PNG files in DIR, then exit.</source>
            <translation>Зберегти кожне основне подання у PNG-файли в каталозі DIR і вийти.</translation>
        </message>
        <message>
            <source>Use the interface language CODE (en, ru, uk, ko, ar).</source>
            <translation>Використовувати мову інтерфейсу CODE (en, ru, uk, ko, ar).</translation>
        </message>
        <message>
            <source>Cannot open the database %1:
%2</source>
            <translation>Не вдалося відкрити базу даних %1:
%2</translation>
        </message>
        <message>
            <source>Wirewatch</source>
            <translation>Wirewatch</translation>
        </message>
        <message>
            <source>Loading the demo data: %1 of %2</source>
            <translation>Завантаження демонстраційних даних: %1 з %2</translation>
        </message>
        <message>
            <source>Loading the demo data</source>
            <translation>Завантаження демонстраційних даних</translation>
        </message>
        <message>
            <source>Checking feeds</source>
            <translation>Перевірка стрічок</translation>
        </message>
        <message>
            <source>Checking feeds: %1 of %2</source>
            <translation>Перевірка стрічок: %1 з %2</translation>
        </message>
        <message>
            <source>The backup %1 was restored. The damaged file was kept as %2.</source>
            <translation>Резервну копію %1 відновлено. Пошкоджений файл збережено як %2.</translation>
        </message>
        <message>
            <source>Saving is possible again.</source>
            <translation>Збереження знову можливе.</translation>
        </message>
        <message>
            <source>Backup failed: %1</source>
            <translation>Не вдалося створити резервну копію: %1</translation>
        </message>
        <message>
            <source>The integrity check could not run: %1</source>
            <translation>Не вдалося виконати перевірку цілісності: %1</translation>
        </message>
    </context>
    <context>
        <name>ww</name>
        <message>
            <source>invalid %1 byte sequences were replaced by U+FFFD</source>
            <translation>неприпустимі послідовності байтів %1 замінено на U+FFFD</translation>
        </message>
        <message>
            <source>Reading saved searches failed</source>
            <translation>Не вдалося прочитати збережені пошуки</translation>
        </message>
        <message>
            <source>unknown time</source>
            <translation>час невідомий</translation>
        </message>
        <message>
            <source>The report was cancelled.</source>
            <translation>Створення звіту скасовано.</translation>
        </message>
        <message>
            <source>Unknown connection setting "%1".</source>
            <translation>Невідомий параметр підключення «%1».</translation>
        </message>
        <message>
            <source>"%1" is not a port number.</source>
            <translation>«%1» не є номером порту.</translation>
        </message>
        <message>
            <source>The connection setting "%1" has a value that cannot be passed on.</source>
            <translation>Значення параметра підключення «%1» неможливо передати.</translation>
        </message>
        <message>
            <source>The integrity check could not read %1</source>
            <translation>Перевірці цілісності не вдалося прочитати %1</translation>
        </message>
        <message>
            <source>no Wirewatch tables</source>
            <translation>немає таблиць Wirewatch</translation>
        </message>
    </context>
    <context>
        <name>ww::AddressPolicy</name>
        <message>
            <source>unusual IP address spelling “%1” refused (write addresses as a.b.c.d)</source>
            <translation>незвичний запис IP-адреси «%1» відхилено (записуйте адреси як a.b.c.d)</translation>
        </message>
        <message>
            <source>not an absolute web address; only http and https are fetched</source>
            <translation>не абсолютна вебадреса; завантажуються лише http і https</translation>
        </message>
        <message>
            <source>scheme “%1:” refused; only http and https are fetched</source>
            <translation>схему «%1:» відхилено; завантажуються лише http і https</translation>
        </message>
        <message>
            <source>the address has no valid host</source>
            <translation>адреса не містить допустимого хоста</translation>
        </message>
        <message>
            <source>private network address blocked: “%1” is this computer</source>
            <translation>адресу приватної мережі заблоковано: «%1» — це цей комп’ютер</translation>
        </message>
        <message>
            <source>unusual IP address spelling “%1” refused</source>
            <translation>незвичний запис IP-адреси «%1» відхилено</translation>
        </message>
        <message>
            <source>private network address blocked: %1</source>
            <translation>адресу приватної мережі заблоковано: %1</translation>
        </message>
    </context>
    <context>
        <name>ww::AnnotationStore</name>
        <message>
            <source>An annotation belongs to an article or a story.</source>
            <translation>Примітка має належати до статті або сюжету.</translation>
        </message>
        <message>
            <source>Saving the annotation failed</source>
            <translation>Не вдалося зберегти примітку</translation>
        </message>
        <message>
            <source>The annotation was changed meanwhile (by another window or a teammate); reload it and apply your edit again.</source>
            <translation>Примітку тим часом змінено (в іншому вікні або колегою); завантажте її знову і повторіть редагування.</translation>
        </message>
        <message>
            <source>Deleting the annotation failed</source>
            <translation>Не вдалося видалити примітку</translation>
        </message>
        <message>
            <source>Annotation %1 does not exist.</source>
            <translation>Примітки %1 не існує.</translation>
        </message>
        <message>
            <source>Reading annotations failed</source>
            <translation>Не вдалося прочитати примітки</translation>
        </message>
    </context>
    <context>
        <name>ww::ArticleListModel</name>
        <message>
            <source>Time</source>
            <translation>Час</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>Видання</translation>
        </message>
        <message>
            <source>Producer</source>
            <translation>Автор матеріалу</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>Країни</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <source>%1
The feed gave no usable date; sorted by the time it was fetched.</source>
            <translation>%1
Стрічка не надала придатної дати; упорядковано за часом отримання.</translation>
        </message>
    </context>
    <context>
        <name>ww::ArticleStore</name>
        <message>
            <source>Looking up an item failed</source>
            <translation>Не вдалося знайти елемент</translation>
        </message>
        <message>
            <source>Saving a new item failed</source>
            <translation>Не вдалося зберегти новий елемент</translation>
        </message>
        <message>
            <source>Saving an article revision failed</source>
            <translation>Не вдалося зберегти редакцію статті</translation>
        </message>
        <message>
            <source>Updating a revised item failed</source>
            <translation>Не вдалося оновити змінений елемент</translation>
        </message>
        <message>
            <source>Saving the extracted article failed</source>
            <translation>Не вдалося зберегти видобуту статтю</translation>
        </message>
        <message>
            <source>Article %1 does not exist.</source>
            <translation>Статті %1 не існує.</translation>
        </message>
        <message>
            <source>Listing articles failed</source>
            <translation>Не вдалося отримати список статей</translation>
        </message>
        <message>
            <source>Listing countries failed</source>
            <translation>Не вдалося отримати список країн</translation>
        </message>
        <message>
            <source>Listing tags failed</source>
            <translation>Не вдалося отримати список тегів</translation>
        </message>
        <message>
            <source>Counting articles failed</source>
            <translation>Не вдалося порахувати статті</translation>
        </message>
        <message>
            <source>Reading the article failed</source>
            <translation>Не вдалося прочитати статтю</translation>
        </message>
        <message>
            <source>Reading revisions failed</source>
            <translation>Не вдалося прочитати редакції</translation>
        </message>
        <message>
            <source>Updating articles failed</source>
            <translation>Не вдалося оновити статті</translation>
        </message>
        <message>
            <source>Reading articles failed</source>
            <translation>Не вдалося прочитати статті</translation>
        </message>
        <message>
            <source>Keyset paging by time needs the row's sort time.</source>
            <translation>Для посторінкового виведення за часом потрібен час сортування рядка.</translation>
        </message>
    </context>
    <context>
        <name>ww::BackupService</name>
        <message>
            <source>Cannot create the backup folder %1.</source>
            <translation>Не вдається створити теку резервних копій %1.</translation>
        </message>
        <message>
            <source>The backup file %1 already exists; choose a new name.</source>
            <translation>Файл резервної копії %1 уже існує; виберіть інше ім’я.</translation>
        </message>
        <message>
            <source>The backup of %1 failed its integrity check (%2); the database itself may be damaged.</source>
            <translation>Резервна копія %1 не пройшла перевірку цілісності (%2); можливо, пошкоджено саму базу даних.</translation>
        </message>
        <message>
            <source>Cannot run %1 (%2). Install the PostgreSQL client programs (Debian: postgresql-client).</source>
            <translation>Не вдається запустити %1 (%2). Встановіть клієнтські програми PostgreSQL (Debian: postgresql-client).</translation>
        </message>
        <message>
            <source>%1 did not finish in time.</source>
            <translation>%1 не завершив роботу вчасно.</translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>Помилка %1: %2</translation>
        </message>
        <message>
            <source>no message</source>
            <translation>немає повідомлення</translation>
        </message>
        <message>
            <source>Cannot write the backup %1.</source>
            <translation>Не вдається записати резервну копію %1.</translation>
        </message>
        <message>
            <source>The backup %1 does not exist.</source>
            <translation>Резервна копія %1 не існує.</translation>
        </message>
        <message>
            <source>The backup %1 is damaged or is not a Wirewatch database (%2); nothing was restored.</source>
            <translation>Резервна копія %1 пошкоджена або не є базою даних Wirewatch (%2); нічого не відновлено.</translation>
        </message>
        <message>
            <source>The restored copy of %1 did not verify; the previous database was put back.</source>
            <translation>Відновлена копія %1 не пройшла перевірку; повернуто попередню базу даних.</translation>
        </message>
        <message>
            <source>Cannot read %1.</source>
            <translation>Не вдається прочитати %1.</translation>
        </message>
        <message>
            <source>%1 is neither a pg_dump archive nor a plain pg_dump script; nothing was restored.</source>
            <translation>%1 не є ні архівом pg_dump, ні звичайним сценарієм pg_dump; нічого не відновлено.</translation>
        </message>
        <message>
            <source>Restoring %1 failed and was rolled back; the database is unchanged. %2</source>
            <translation>Не вдалося відновити %1, зміни скасовано; базу даних не змінено. %2</translation>
        </message>
        <message>
            <source>The backup %1 cannot be read; nothing was restored. %2</source>
            <translation>Не вдається прочитати резервну копію %1; нічого не відновлено. %2</translation>
        </message>
    </context>
    <context>
        <name>ww::ChangeNotifier</name>
        <message>
            <source>Checking the change notification triggers failed</source>
            <translation>Не вдалося перевірити тригери сповіщень про зміни</translation>
        </message>
        <message>
            <source>Installing change notifications failed</source>
            <translation>Не вдалося встановити сповіщення про зміни</translation>
        </message>
        <message>
            <source>Change notifications need an open database connection.</source>
            <translation>Для сповіщень про зміни потрібне відкрите підключення до бази даних.</translation>
        </message>
        <message>
            <source>Listening for changes by other clients failed</source>
            <translation>Не вдалося відстежувати зміни інших клієнтів</translation>
        </message>
    </context>
    <context>
        <name>ww::ClusterStore</name>
        <message>
            <source>Saving the story signature failed</source>
            <translation>Не вдалося зберегти сигнатуру сюжету</translation>
        </message>
        <message>
            <source>Article %1 does not exist.</source>
            <translation>Статті %1 не існує.</translation>
        </message>
        <message>
            <source>Reading story signatures failed</source>
            <translation>Не вдалося прочитати сигнатури сюжетів</translation>
        </message>
        <message>
            <source>Saving the story cluster failed</source>
            <translation>Не вдалося зберегти кластер сюжету</translation>
        </message>
        <message>
            <source>Reading the story cluster failed</source>
            <translation>Не вдалося прочитати кластер сюжету</translation>
        </message>
        <message>
            <source>Story cluster %1 does not exist.</source>
            <translation>Кластера сюжету %1 не існує.</translation>
        </message>
        <message>
            <source>Reading story clusters failed</source>
            <translation>Не вдалося прочитати кластери сюжетів</translation>
        </message>
    </context>
    <context>
        <name>ww::CoverageDashboard</name>
        <message>
            <source>Coverage dashboard</source>
            <translation>Панель висвітлення</translation>
        </message>
        <message>
            <source>Mentions by country over time</source>
            <translation>Згадки країн у часі</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Статті</translation>
        </message>
        <message>
            <source>Top countries</source>
            <translation>Провідні країни</translation>
        </message>
        <message>
            <source>Share by outlet</source>
            <translation>Частка за виданнями</translation>
        </message>
        <message>
            <source>Share by producing agency</source>
            <translation>Частка за агенціями — авторами матеріалів</translation>
        </message>
        <message>
            <source>%1: %2 articles (%3%)</source>
            <translation>%1: статей — %2 (%3%)</translation>
        </message>
        <message>
            <source>Coverage map</source>
            <translation>Карта висвітлення</translation>
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
            <translation>Інші</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Назва</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Статті</translation>
        </message>
        <message>
            <source>Share (%)</source>
            <translation>Частка (%)</translation>
        </message>
    </context>
    <context>
        <name>ww::CoverageStore</name>
        <message>
            <source>Counting coverage by day failed</source>
            <translation>Не вдалося підрахувати висвітлення за днями</translation>
        </message>
        <message>
            <source>Counting coverage failed</source>
            <translation>Не вдалося підрахувати висвітлення</translation>
        </message>
        <message>
            <source>The coverage summary cannot answer this filter</source>
            <translation>Зведення охоплення не може відповісти на цей фільтр</translation>
        </message>
    </context>
    <context>
        <name>ww::CoverageTimeModel</name>
        <message>
            <source>Week</source>
            <translation>Тиждень</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>День</translation>
        </message>
    </context>
    <context>
        <name>ww::CsvReportWriter</name>
        <message>
            <source>Writing the CSV failed: %1</source>
            <translation>Не вдалося записати CSV: %1</translation>
        </message>
        <message>
            <source>The report was cancelled.</source>
            <translation>Створення звіту скасовано.</translation>
        </message>
    </context>
    <context>
        <name>ww::Database</name>
        <message>
            <source>the disk is full (%1)</source>
            <translation>диск заповнено (%1)</translation>
        </message>
        <message>
            <source>Preparing a statement failed</source>
            <translation>Не вдалося підготувати SQL-запит</translation>
        </message>
        <message>
            <source>Setting PRAGMA %1 failed</source>
            <translation>Не вдалося встановити PRAGMA %1</translation>
        </message>
        <message>
            <source>The database %1 is already in use by %2 (process %3 on host %4). Close the other Wirewatch instance, or open a different database file.</source>
            <translation>База даних %1 уже використовується: %2 (процес %3 на хості %4). Закрийте інший екземпляр Wirewatch або відкрийте інший файл бази даних.</translation>
        </message>
        <message>
            <source>another program</source>
            <translation>інша програма</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>невідомо</translation>
        </message>
        <message>
            <source>Cannot create the lock file %1.lock (check the folder's permissions).</source>
            <translation>Не вдалося створити файл блокування %1.lock (перевірте права доступу до теки).</translation>
        </message>
        <message>
            <source>No database path given.</source>
            <translation>Не вказано шлях до бази даних.</translation>
        </message>
        <message>
            <source>The database %1 does not exist.</source>
            <translation>Бази даних %1 не існує.</translation>
        </message>
        <message>
            <source>Cannot create the folder for %1.</source>
            <translation>Не вдалося створити теку для %1.</translation>
        </message>
        <message>
            <source>Cannot open the database %1</source>
            <translation>Не вдалося відкрити базу даних %1</translation>
        </message>
        <message>
            <source>The database %1 was written by a newer version of Wirewatch (schema %2; this version knows up to %3). Update Wirewatch to open it; the file was left unchanged.</source>
            <translation>Базу даних %1 записано новішою версією Wirewatch (схема %2; ця версія знає схеми до %3). Оновіть Wirewatch, щоб її відкрити; файл залишено без змін.</translation>
        </message>
        <message>
            <source>The database %1 uses an older schema (%2 &lt; %3); open it once read-write to upgrade.</source>
            <translation>База даних %1 використовує стару схему (%2 &lt; %3); відкрийте її один раз для читання і запису, щоб оновити.</translation>
        </message>
        <message>
            <source>Switching to WAL mode failed</source>
            <translation>Не вдалося перемкнутися в режим WAL</translation>
        </message>
        <message>
            <source>The database %1 cannot use WAL mode (got %2).</source>
            <translation>База даних %1 не може використовувати режим WAL (отримано %2).</translation>
        </message>
        <message>
            <source>The database is not open.</source>
            <translation>Базу даних не відкрито.</translation>
        </message>
        <message>
            <source>Starting a transaction failed</source>
            <translation>Не вдалося почати транзакцію</translation>
        </message>
        <message>
            <source>Committing a transaction failed</source>
            <translation>Не вдалося зафіксувати транзакцію</translation>
        </message>
        <message>
            <source>The integrity check could not read the file</source>
            <translation>Перевірці цілісності не вдалося прочитати файл</translation>
        </message>
        <message>
            <source>A backup cannot run inside a transaction.</source>
            <translation>Резервне копіювання не можна виконати всередині транзакції.</translation>
        </message>
        <message>
            <source>The backup file %1 already exists; choose a new name.</source>
            <translation>Файл резервної копії %1 уже існує; виберіть іншу назву.</translation>
        </message>
        <message>
            <source>Writing the backup %1 failed</source>
            <translation>Не вдалося записати резервну копію %1</translation>
        </message>
        <message>
            <source>The backup %1 does not exist.</source>
            <translation>Резервної копії %1 не існує.</translation>
        </message>
        <message>
            <source>The backup cannot be restored: %1</source>
            <translation>Не вдалося відновити резервну копію: %1</translation>
        </message>
        <message>
            <source>The database %1 is in use; close it before restoring.</source>
            <translation>База даних %1 використовується; закрийте її перед відновленням.</translation>
        </message>
        <message>
            <source>Cannot move %1 aside before restoring.</source>
            <translation>Не вдалося відсунути %1 перед відновленням.</translation>
        </message>
        <message>
            <source>Copying the backup to %1 failed.</source>
            <translation>Не вдалося скопіювати резервну копію до %1.</translation>
        </message>
        <message>
            <source>Reconnecting to %1 failed</source>
            <translation>Не вдалося повторно підключитися до %1</translation>
        </message>
        <message>
            <source>The connection to %1 was lost while saving (%2). The change may or may not have been saved; check it and try again.</source>
            <translation>Підключення до %1 перервалося під час збереження (%2). Зміну могло бути не збережено; перевірте її та повторіть спробу.</translation>
        </message>
        <message>
            <source>The connection to %1 was lost during a write (%2). The server discarded the unfinished change, so nothing of it was saved; Wirewatch reconnects on the next attempt.</source>
            <translation>Підключення до %1 перервалося під час запису (%2). Сервер відкинув незавершену зміну, тому з неї нічого не збережено; Wirewatch підключиться знову під час наступної спроби.</translation>
        </message>
        <message>
            <source>another program kept the database busy longer than Wirewatch waits (%1); try again when it has finished</source>
            <translation>інша програма займала базу даних довше, ніж чекає Wirewatch (%1); повторіть спробу, коли вона завершить роботу</translation>
        </message>
        <message>
            <source>Qt's PostgreSQL driver (QPSQL) is not installed; install the package libqt6sql6-psql to open %1.</source>
            <translation>Драйвер PostgreSQL для Qt (QPSQL) не встановлено; встановіть пакет libqt6sql6-psql, щоб відкрити %1.</translation>
        </message>
        <message>
            <source>Cannot connect to %1</source>
            <translation>Не вдається підключитися до %1</translation>
        </message>
        <message>
            <source>Setting up the session failed</source>
            <translation>Не вдалося налаштувати сеанс</translation>
        </message>
        <message>
            <source>Waiting for another client's schema upgrade failed</source>
            <translation>Помилка під час очікування оновлення схеми іншим клієнтом</translation>
        </message>
        <message>
            <source>The database %1 is read-only for now because a write failed (%2). Nothing was changed; free disk space or check the drive, then retry.</source>
            <translation>База даних %1 тимчасово доступна лише для читання: не вдалося виконати запис (%2). Нічого не змінено; звільніть місце на диску або перевірте накопичувач, потім повторіть спробу.</translation>
        </message>
        <message>
            <source>The database server does not answer</source>
            <translation>Сервер бази даних не відповідає</translation>
        </message>
        <message>
            <source>A PostgreSQL archive is backed up on the server (pg_dump), not by Wirewatch.</source>
            <translation>Резервна копія архіву PostgreSQL створюється на сервері (pg_dump), а не засобами Wirewatch.</translation>
        </message>
    </context>
    <context>
        <name>ww::DemoSession</name>
        <message>
            <source>The demo server could not listen on 127.0.0.1.</source>
            <translation>Демонстраційний сервер не зміг почати прослуховування на 127.0.0.1.</translation>
        </message>
        <message>
            <source>No temporary folder for the demo bundle: %1</source>
            <translation>Немає тимчасової теки для демонстраційного пакета: %1</translation>
        </message>
        <message>
            <source>Cannot read %1 from the demo bundle.</source>
            <translation>Не вдалося прочитати %1 з демонстраційного пакета.</translation>
        </message>
        <message>
            <source>Cannot write the demo bundle to %1.</source>
            <translation>Не вдалося записати демонстраційний пакет до %1.</translation>
        </message>
        <message>
            <source>The demo bundle is missing from this build.</source>
            <translation>У цій збірці немає демонстраційного пакета.</translation>
        </message>
    </context>
    <context>
        <name>ww::ExtractionRows</name>
        <message>
            <source>Replacing extraction rows failed</source>
            <translation>Не вдалося замінити видобуті дані</translation>
        </message>
        <message>
            <source>Saving an image failed</source>
            <translation>Не вдалося зберегти зображення</translation>
        </message>
        <message>
            <source>Saving an attribution claim failed</source>
            <translation>Не вдалося зберегти вказівку авторства</translation>
        </message>
        <message>
            <source>Saving a country mention failed</source>
            <translation>Не вдалося зберегти згадку країни</translation>
        </message>
        <message>
            <source>Saving a quote failed</source>
            <translation>Не вдалося зберегти цитату</translation>
        </message>
        <message>
            <source>Reading images failed</source>
            <translation>Не вдалося прочитати зображення</translation>
        </message>
        <message>
            <source>Reading attribution claims failed</source>
            <translation>Не вдалося прочитати вказівки авторства</translation>
        </message>
        <message>
            <source>Reading country mentions failed</source>
            <translation>Не вдалося прочитати згадки країн</translation>
        </message>
        <message>
            <source>Reading quotes failed</source>
            <translation>Не вдалося прочитати цитати</translation>
        </message>
    </context>
    <context>
        <name>ww::FeedParser</name>
        <message>
            <source>not a feed (empty document, %1 bytes)</source>
            <translation>не стрічка (порожній документ, %1 байтів)</translation>
        </message>
        <message>
            <source>feed larger than %1 KB</source>
            <translation>стрічка більша за %1 КБ</translation>
        </message>
        <message>
            <source>not a feed (got HTML, %1 KB)</source>
            <translation>не стрічка (отримано HTML, %1 КБ)</translation>
        </message>
        <message>
            <source>not a feed (root element &lt;%1&gt;)</source>
            <translation>не стрічка (кореневий елемент &lt;%1&gt;)</translation>
        </message>
    </context>
    <context>
        <name>ww::FeedSchedule</name>
        <message numerus="yes">
            <source>%n failures in a row; last: %1</source>
            <translation>
                <numerusform>%n збій поспіль; останній: %1</numerusform>
                <numerusform>%n збої поспіль; останній: %1</numerusform>
                <numerusform>%n збоїв поспіль; останній: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ww::FeedStore</name>
        <message>
            <source>A source needs a name.</source>
            <translation>Джерело повинно мати назву.</translation>
        </message>
        <message>
            <source>Adding the source %1 failed</source>
            <translation>Не вдалося додати джерело %1</translation>
        </message>
        <message>
            <source>Updating the source %1 failed</source>
            <translation>Не вдалося оновити джерело %1</translation>
        </message>
        <message>
            <source>Source %1 does not exist.</source>
            <translation>Джерела %1 не існує.</translation>
        </message>
        <message>
            <source>Reading a source failed</source>
            <translation>Не вдалося прочитати джерело</translation>
        </message>
        <message>
            <source>Reading sources failed</source>
            <translation>Не вдалося прочитати джерела</translation>
        </message>
        <message>
            <source>Removing a source failed</source>
            <translation>Не вдалося вилучити джерело</translation>
        </message>
        <message>
            <source>The feed address "%1" is not a valid URL.</source>
            <translation>Адреса стрічки "%1" не є допустимою URL-адресою.</translation>
        </message>
        <message>
            <source>Already subscribed to %1.</source>
            <translation>Ви вже підписані на %1.</translation>
        </message>
        <message>
            <source>Adding the feed %1 failed</source>
            <translation>Не вдалося додати стрічку %1</translation>
        </message>
        <message>
            <source>Updating the feed %1 failed</source>
            <translation>Не вдалося оновити стрічку %1</translation>
        </message>
        <message>
            <source>Feed %1 does not exist.</source>
            <translation>Стрічки %1 не існує.</translation>
        </message>
        <message>
            <source>Reading feeds failed</source>
            <translation>Не вдалося прочитати стрічки</translation>
        </message>
        <message>
            <source>Not subscribed to %1.</source>
            <translation>Ви не підписані на %1.</translation>
        </message>
        <message>
            <source>Reading folders failed</source>
            <translation>Не вдалося прочитати теки</translation>
        </message>
        <message>
            <source>Removing the feed failed</source>
            <translation>Не вдалося вилучити стрічку</translation>
        </message>
        <message>
            <source>Saving the poll state failed</source>
            <translation>Не вдалося зберегти стан опитування</translation>
        </message>
    </context>
    <context>
        <name>ww::HttpFetcher</name>
        <message>
            <source>cancelled</source>
            <translation>скасовано</translation>
        </message>
        <message>
            <source>no complete response within %1 s (overall deadline)</source>
            <translation>повну відповідь не отримано за %1 с (загальний термін)</translation>
        </message>
        <message>
            <source>could not resolve host “%1”: %2</source>
            <translation>не вдалося розпізнати ім’я хоста «%1»: %2</translation>
        </message>
        <message>
            <source>no address</source>
            <translation>немає адреси</translation>
        </message>
        <message>
            <source>%1 (host “%2”)</source>
            <translation>%1 (хост «%2»)</translation>
        </message>
        <message>
            <source>response too large: %1 MiB declared, the limit is %2 MiB</source>
            <translation>відповідь завелика: заявлено %1 МіБ, межа — %2 МіБ</translation>
        </message>
        <message>
            <source>response too large or over-compressed: more than %1 MiB after decompression</source>
            <translation>відповідь завелика або надмірно стиснута: понад %1 МіБ після розпакування</translation>
        </message>
        <message>
            <source>response too large: more than %1 MiB</source>
            <translation>відповідь завелика: понад %1 МіБ</translation>
        </message>
        <message>
            <source>response too large or over-compressed (%1)</source>
            <translation>відповідь завелика або надмірно стиснута (%1)</translation>
        </message>
        <message>
            <source>TLS certificate refused: %1</source>
            <translation>сертифікат TLS відхилено: %1</translation>
        </message>
        <message>
            <source>the connection timed out</source>
            <translation>час очікування з’єднання вичерпано</translation>
        </message>
        <message>
            <source>connection refused by %1</source>
            <translation>%1 відхилив з’єднання</translation>
        </message>
        <message>
            <source>host not found: %1</source>
            <translation>хост не знайдено: %1</translation>
        </message>
        <message>
            <source>the connection broke before the response was complete (%1 bytes received): %2</source>
            <translation>з’єднання обірвалося до отримання повної відповіді (отримано байтів: %1): %2</translation>
        </message>
        <message>
            <source>network error: %1</source>
            <translation>помилка мережі: %1</translation>
        </message>
        <message>
            <source>HTTP %1 %2</source>
            <translation>HTTP %1 %2</translation>
        </message>
        <message>
            <source> (retry after %1 s)</source>
            <translation> (повтор через %1 с)</translation>
        </message>
        <message>
            <source>redirect to %1 refused: %2</source>
            <translation>переспрямування на %1 відхилено: %2</translation>
        </message>
        <message>
            <source>redirect from https to plain http refused: %1</source>
            <translation>переспрямування з https на незахищений http відхилено: %1</translation>
        </message>
        <message>
            <source>redirect loop: %1 leads back to %2</source>
            <translation>петля переспрямувань: %1 веде назад на %2</translation>
        </message>
        <message>
            <source>too many redirects: more than %1 hops</source>
            <translation>забагато переспрямувань: понад %1</translation>
        </message>
    </context>
    <context>
        <name>ww::IngestService</name>
        <message>
            <source>The page could not be fetched (%1); the feed's content is shown instead.</source>
            <translation>Не вдалося завантажити сторінку (%1); натомість показано вміст стрічки.</translation>
        </message>
    </context>
    <context>
        <name>ww::IngestWriter</name>
        <message>
            <source>writes on a worker thread need a writable SQLite file</source>
            <translation>для запису у фоновому потоці потрібен доступний для запису файл SQLite</translation>
        </message>
    </context>
    <context>
        <name>ww::IntegrityCheck</name>
        <message>
            <source>The database %1 is damaged or is not a Wirewatch database (%2). It was left unchanged; restore it from a backup or open another file.</source>
            <translation>База даних %1 пошкоджена або не є базою Wirewatch (%2). Її залишено без змін; відновіть її з резервної копії або відкрийте інший файл.</translation>
        </message>
        <message>
            <source>Cannot read the database %1.</source>
            <translation>Не вдається прочитати базу даних %1.</translation>
        </message>
        <message>
            <source>the file is shorter than an SQLite header</source>
            <translation>файл коротший за заголовок SQLite</translation>
        </message>
        <message>
            <source>the file does not start with an SQLite header</source>
            <translation>файл не починається із заголовка SQLite</translation>
        </message>
        <message>
            <source>the header gives an invalid page size</source>
            <translation>у заголовку вказано неприпустимий розмір сторінки</translation>
        </message>
        <message>
            <source>the header's payload fractions are invalid</source>
            <translation>частки корисного навантаження в заголовку неприпустимі</translation>
        </message>
        <message>
            <source>the file is truncated: %1 of %2 bytes</source>
            <translation>файл обрізано: %1 з %2 байтів</translation>
        </message>
    </context>
    <context>
        <name>ww::JsonFeedParser</name>
        <message>
            <source>malformed JSON at offset %1: %2</source>
            <translation>некоректний JSON на зміщенні %1: %2</translation>
        </message>
        <message>
            <source>not a feed (JSON without a JSON Feed version)</source>
            <translation>не стрічка (JSON без версії JSON Feed)</translation>
        </message>
        <message>
            <source>feed has more than %1 items</source>
            <translation>у стрічці понад %1 елементів</translation>
        </message>
        <message>
            <source>item %1 text exceeds the limit of %2 characters</source>
            <translation>текст елемента %1 перевищує межу в %2 символів</translation>
        </message>
        <message>
            <source>feed text exceeds the limit of %1 characters</source>
            <translation>текст стрічки перевищує межу в %1 символів</translation>
        </message>
        <message>
            <source>JSON Feed version "%1" is not a jsonfeed.org version URL</source>
            <translation>Версія JSON Feed «%1» не є URL-адресою версії jsonfeed.org</translation>
        </message>
    </context>
    <context>
        <name>ww::JsonReportWriter</name>
        <message>
            <source>Writing the JSON failed: %1</source>
            <translation>Не вдалося записати JSON: %1</translation>
        </message>
        <message>
            <source>The report was cancelled.</source>
            <translation>Створення звіту скасовано.</translation>
        </message>
    </context>
    <context>
        <name>ww::Migrations</name>
        <message>
            <source>Reading the schema version failed</source>
            <translation>Не вдалося прочитати версію схеми</translation>
        </message>
        <message>
            <source>Reading the schema failed</source>
            <translation>Не вдалося прочитати схему</translation>
        </message>
        <message>
            <source>%1 is an SQLite database but not a Wirewatch one; it was left unchanged.</source>
            <translation>%1 — база даних SQLite, але не Wirewatch; її залишено без змін.</translation>
        </message>
        <message>
            <source>The database schema %1 is newer than this version knows (%2).</source>
            <translation>Схема бази даних %1 новіша, ніж відома цій версії (%2).</translation>
        </message>
        <message>
            <source>Migration %1 (%2) failed</source>
            <translation>Міграція %1 (%2) не вдалася</translation>
        </message>
        <message>
            <source>Recording schema version %1 failed</source>
            <translation>Не вдалося записати версію схеми %1</translation>
        </message>
        <message>
            <source>%1 holds tables but is not a Wirewatch database; it was left unchanged. Use an empty database.</source>
            <translation>%1 містить таблиці, але не є базою даних Wirewatch; її залишено без змін. Використайте порожню базу даних.</translation>
        </message>
    </context>
    <context>
        <name>ww::Opml</name>
        <message>
            <source>the OPML file is larger than %1 MiB</source>
            <translation>файл OPML більший за %1 МіБ</translation>
        </message>
        <message>
            <source>the OPML file declares a DTD or entities; refused</source>
            <translation>файл OPML оголошує DTD або сутності; відхилено</translation>
        </message>
        <message>
            <source>not an OPML file (root element &lt;%1&gt;)</source>
            <translation>не файл OPML (кореневий елемент &lt;%1&gt;)</translation>
        </message>
        <message>
            <source>nested deeper than %1 levels</source>
            <translation>вкладеність глибша за %1 рівнів</translation>
        </message>
        <message>
            <source>address longer than %1 characters</source>
            <translation>адреса довша за %1 символів</translation>
        </message>
        <message>
            <source>title longer than %1 characters</source>
            <translation>заголовок довший за %1 символів</translation>
        </message>
        <message>
            <source>more than %1 feeds in one file</source>
            <translation>понад %1 стрічок в одному файлі</translation>
        </message>
        <message>
            <source>only http and https feeds can be subscribed</source>
            <translation>підписатися можна лише на стрічки http і https</translation>
        </message>
        <message>
            <source>the OPML file is not well-formed (line %1: %2)</source>
            <translation>файл OPML некоректний (рядок %1: %2)</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>файл порожній</translation>
        </message>
    </context>
    <context>
        <name>ww::PdfPageFlow</name>
        <message>
            <source>Page %1 of %2</source>
            <translation>Сторінка %1 з %2</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>Сторінка %1</translation>
        </message>
    </context>
    <context>
        <name>ww::PdfReportWriter</name>
        <message>
            <source>Cannot start the PDF: %1</source>
            <translation>Не вдається почати створення PDF: %1</translation>
        </message>
        <message>
            <source>Wirewatch report</source>
            <translation>Звіт Wirewatch</translation>
        </message>
        <message>
            <source>Coverage report</source>
            <translation>Звіт про висвітлення</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>Дата створення</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Вибірка</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Період</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Статті</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Резюме</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Зміст</translation>
        </message>
        <message>
            <source>Summary figures</source>
            <translation>Зведені показники</translation>
        </message>
        <message>
            <source>Coverage charts</source>
            <translation>Діаграми висвітлення</translation>
        </message>
        <message>
            <source>Coverage map</source>
            <translation>Карта висвітлення</translation>
        </message>
        <message>
            <source>Stories</source>
            <translation>Сюжети</translation>
        </message>
        <message>
            <source>Outlets</source>
            <translation>Видання</translation>
        </message>
        <message>
            <source>Producer identified</source>
            <translation>Виробника визначено</translation>
        </message>
        <message>
            <source>Producing agencies</source>
            <translation>Агентства-виробники</translation>
        </message>
        <message>
            <source>Countries mentioned</source>
            <translation>Згадані країни</translation>
        </message>
        <message>
            <source>None identified.</source>
            <translation>Не визначено.</translation>
        </message>
        <message>
            <source>Share by producer (wire agency)</source>
            <translation>Частка за виробниками (інформагентствами)</translation>
        </message>
        <message>
            <source>Share by outlet (publisher)</source>
            <translation>Частка за виданнями</translation>
        </message>
        <message>
            <source>Articles mentioning each country, over time</source>
            <translation>Статті зі згадкою кожної країни, у динаміці</translation>
        </message>
        <message>
            <source>No country is mentioned in this selection.</source>
            <translation>У цій вибірці не згадано жодної країни.</translation>
        </message>
        <message>
            <source>Top countries</source>
            <translation>Країни-лідери</translation>
        </message>
        <message>
            <source>Articles mentioning each country. Hatched: not mentioned.</source>
            <translation>Статті зі згадкою кожної країни. Штрихування: не згадується.</translation>
        </message>
        <message>
            <source>Not mentioned</source>
            <translation>Не згадується</translation>
        </message>
        <message>
            <source>The report was cancelled.</source>
            <translation>Створення звіту скасовано.</translation>
        </message>
        <message>
            <source>Published by</source>
            <translation>Видання</translation>
        </message>
        <message>
            <source>Produced by</source>
            <translation>Виробник</translation>
        </message>
        <message>
            <source>not identified</source>
            <translation>не визначено</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Час</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>Країни</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Мітки</translation>
        </message>
        <message>
            <source>(no caption)</source>
            <translation>(без підпису)</translation>
        </message>
        <message>
            <source>Credit: %1</source>
            <translation>Фото: %1</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Фото</translation>
        </message>
        <message>
            <source>(the quoted text is no longer in the article)</source>
            <translation>(цитованого тексту більше немає в статті)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Нотатка</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Джерело</translation>
        </message>
        <message>
            <source>Story: %1</source>
            <translation>Сюжет: %1</translation>
        </message>
        <message>
            <source>First published by</source>
            <translation>Перша публікація</translation>
        </message>
        <message>
            <source>and %1 more</source>
            <translation>і ще %1</translation>
        </message>
        <message>
            <source>Story tags</source>
            <translation>Мітки сюжету</translation>
        </message>
        <message>
            <source>Story note</source>
            <translation>Нотатка до сюжету</translation>
        </message>
    </context>
    <context>
        <name>ww::PgConnection</name>
        <message>
            <source>"%1" is not a PostgreSQL connection string.</source>
            <translation>«%1» не є рядком підключення PostgreSQL.</translation>
        </message>
        <message>
            <source>The connection string is not a valid URL: %1</source>
            <translation>Рядок підключення не є допустимою URL-адресою: %1</translation>
        </message>
        <message>
            <source>The database name cannot contain "/".</source>
            <translation>Назва бази даних не може містити «/».</translation>
        </message>
        <message>
            <source>Expected keyword=value in the connection string, got "%1".</source>
            <translation>У рядку підключення очікувалося ключ=значення, отримано «%1».</translation>
        </message>
        <message>
            <source>The connection string names no database.</source>
            <translation>У рядку підключення не вказано базу даних.</translation>
        </message>
    </context>
    <context>
        <name>ww::ReportExporter</name>
        <message>
            <source>No output file given.</source>
            <translation>Не вказано вихідний файл.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Не вдається записати %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ww::ReportSource</name>
        <message numerus="yes">
            <source>%n selected article(s)</source>
            <translation>
                <numerusform>%n вибрана стаття</numerusform>
                <numerusform>%n вибрані статті</numerusform>
                <numerusform>%n вибраних статей</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved search: %1</source>
            <translation>Збережений пошук: %1</translation>
        </message>
        <message>
            <source>Search: %1</source>
            <translation>Пошук: %1</translation>
        </message>
        <message>
            <source>Folder: %1</source>
            <translation>Папка: %1</translation>
        </message>
        <message>
            <source>All articles</source>
            <translation>Усі статті</translation>
        </message>
        <message numerus="yes">
            <source>The stories of %n selected article(s)</source>
            <translation>
                <numerusform>Сюжети %n вибраної статті</numerusform>
                <numerusform>Сюжети %n вибраних статей</numerusform>
                <numerusform>Сюжети %n вибраних статей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n story cluster(s)</source>
            <translation>
                <numerusform>%n кластер сюжетів</numerusform>
                <numerusform>%n кластери сюжетів</numerusform>
                <numerusform>%n кластерів сюжетів</numerusform>
            </translation>
        </message>
        <message>
            <source>There is no saved search named or numbered “%1”.</source>
            <translation>Немає збереженого пошуку з назвою або номером «%1».</translation>
        </message>
    </context>
    <context>
        <name>ww::ReportSpec</name>
        <message>
            <source>unknown report format '%1' (pdf, csv or json)</source>
            <translation>невідомий формат звіту '%1' (pdf, csv або json)</translation>
        </message>
        <message>
            <source>unknown page size '%1' (a4 or letter)</source>
            <translation>невідомий розмір сторінки '%1' (a4 або letter)</translation>
        </message>
        <message>
            <source>cannot read '%1' as a date (YYYY-MM-DD or ISO 8601)</source>
            <translation>не вдається розпізнати '%1' як дату (YYYY-MM-DD або ISO 8601)</translation>
        </message>
    </context>
    <context>
        <name>ww::SavedSearchRunner</name>
        <message>
            <source>New matches for "%1": %2</source>
            <translation>Нові збіги для «%1»: %2</translation>
        </message>
    </context>
    <context>
        <name>ww::SavedSearchStore</name>
        <message>
            <source>The saved search does not exist.</source>
            <translation>Збереженого пошуку не існує.</translation>
        </message>
        <message>
            <source>A saved search needs a name.</source>
            <translation>Збережений пошук повинен мати назву.</translation>
        </message>
        <message>
            <source>Saving the search failed</source>
            <translation>Не вдалося зберегти пошук</translation>
        </message>
        <message>
            <source>A saved search named "%1" already exists.</source>
            <translation>Збережений пошук із назвою "%1" уже існує.</translation>
        </message>
        <message>
            <source>Deleting the search failed</source>
            <translation>Не вдалося видалити пошук</translation>
        </message>
        <message>
            <source>Recording the alert failed</source>
            <translation>Не вдалося записати сповіщення</translation>
        </message>
        <message>
            <source>Reading alerts failed</source>
            <translation>Не вдалося прочитати сповіщення</translation>
        </message>
    </context>
    <context>
        <name>ww::Scanner</name>
        <message>
            <source>recursive entity '%1'</source>
            <translation>рекурсивна сутність '%1'</translation>
        </message>
        <message>
            <source>entity expansion limit exceeded: entities nested too deeply</source>
            <translation>перевищено межу розгортання сутностей: надто глибока вкладеність</translation>
        </message>
        <message>
            <source>entity expansion limit exceeded: too many entity declarations</source>
            <translation>перевищено межу розгортання сутностей: забагато оголошень сутностей</translation>
        </message>
        <message>
            <source>entity expansion limit exceeded: entity '%1' expands to more than %2 characters</source>
            <translation>перевищено межу розгортання сутностей: сутність '%1' розгортається понад %2 символів</translation>
        </message>
        <message>
            <source>entity expansion limit exceeded: references expand to more than %1 characters</source>
            <translation>перевищено межу розгортання сутностей: посилання розгортаються понад %1 символів</translation>
        </message>
        <message>
            <source>text before the XML declaration removed</source>
            <translation>текст перед оголошенням XML вилучено</translation>
        </message>
    </context>
    <context>
        <name>ww::SearchIndex</name>
        <message>
            <source>Reading an article for indexing failed</source>
            <translation>Не вдалося прочитати статтю для індексування</translation>
        </message>
        <message>
            <source>Article %1 does not exist.</source>
            <translation>Статті %1 не існує.</translation>
        </message>
        <message>
            <source>Reading captions for indexing failed</source>
            <translation>Не вдалося прочитати підписи до фото для індексування</translation>
        </message>
        <message>
            <source>Updating the search index failed</source>
            <translation>Не вдалося оновити пошуковий індекс</translation>
        </message>
    </context>
    <context>
        <name>ww::SearchWindow</name>
        <message>
            <source>Searching articles failed</source>
            <translation>Не вдалося виконати пошук статей</translation>
        </message>
    </context>
    <context>
        <name>ww::SourceTreeModel</name>
        <message>
            <source>All articles</source>
            <translation>Усі статті</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>Позначені зірочкою</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <source>not scheduled</source>
            <translation>не заплановано</translation>
        </message>
        <message>
            <source>Paused: %1</source>
            <translation>Призупинено: %1</translation>
        </message>
        <message>
            <source>by the analyst</source>
            <translation>аналітиком</translation>
        </message>
        <message numerus="yes">
            <source>Failing (%n attempt(s)): %1</source>
            <translation>
                <numerusform>Збій (%n спроба): %1</numerusform>
                <numerusform>Збій (%n спроби): %1</numerusform>
                <numerusform>Збій (%n спроб): %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Next retry: %1</source>
            <translation>Наступна спроба: %1</translation>
        </message>
        <message>
            <source>Last updated: %1</source>
            <translation>Останнє оновлення: %1</translation>
        </message>
        <message>
            <source>Next update: %1</source>
            <translation>Наступне оновлення: %1</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Джерело</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Непрочитані</translation>
        </message>
        <message>
            <source>Saved searches</source>
            <translation>Збережені пошуки</translation>
        </message>
        <message numerus="yes">
            <source>%n matching article(s)</source>
            <translation>
                <numerusform>%n відповідна стаття</numerusform>
                <numerusform>%n відповідні статті</numerusform>
                <numerusform>%n відповідних статей</numerusform>
            </translation>
        </message>
        <message>
            <source>Alerts on new matches</source>
            <translation>Сповіщення про нові збіги</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n article(s)</source>
            <translation>
                <numerusform>%1: %n стаття</numerusform>
                <numerusform>%1: %n статті</numerusform>
                <numerusform>%1: %n статей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n стаття</numerusform>
                <numerusform>%n статті</numerusform>
                <numerusform>%n статей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%n непрочитана</numerusform>
                <numerusform>%n непрочитані</numerusform>
                <numerusform>%n непрочитаних</numerusform>
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
            <translation>Не вдалося прочитати статистику</translation>
        </message>
    </context>
    <context>
        <name>ww::TagStore</name>
        <message>
            <source>Reading tags failed</source>
            <translation>Не вдалося прочитати теги</translation>
        </message>
        <message>
            <source>The tag does not exist.</source>
            <translation>Тегу не існує.</translation>
        </message>
        <message>
            <source>A tag needs a name.</source>
            <translation>Тег повинен мати назву.</translation>
        </message>
        <message>
            <source>A tag named "%1" already exists.</source>
            <translation>Тег "%1" уже існує.</translation>
        </message>
        <message>
            <source>Creating the tag %1 failed</source>
            <translation>Не вдалося створити тег %1</translation>
        </message>
        <message>
            <source>A tag named "%1" already exists; merge the tags instead.</source>
            <translation>Тег "%1" уже існує; натомість об’єднайте теги.</translation>
        </message>
        <message>
            <source>Renaming the tag failed</source>
            <translation>Не вдалося перейменувати тег</translation>
        </message>
        <message>
            <source>Changing the tag's colour failed</source>
            <translation>Не вдалося змінити колір тегу</translation>
        </message>
        <message>
            <source>Merging tags failed</source>
            <translation>Не вдалося об’єднати теги</translation>
        </message>
        <message>
            <source>Deleting the tag failed</source>
            <translation>Не вдалося видалити тег</translation>
        </message>
        <message>
            <source>There is no tag named "%1".</source>
            <translation>Тегу "%1" немає.</translation>
        </message>
        <message>
            <source>Tagging articles failed</source>
            <translation>Не вдалося призначити тег статтям</translation>
        </message>
        <message>
            <source>Removing a tag failed</source>
            <translation>Не вдалося зняти тег</translation>
        </message>
        <message>
            <source>Tagging the story failed</source>
            <translation>Не вдалося призначити тег сюжету</translation>
        </message>
    </context>
    <context>
        <name>ww::TextDecoder</name>
        <message>
            <source>the byte order mark (%1) overrides the declared charset %2</source>
            <translation>позначка порядку байтів (%1) має пріоритет над оголошеним кодуванням %2</translation>
        </message>
        <message>
            <source>unsupported encoding %1</source>
            <translation>непідтримуване кодування %1</translation>
        </message>
        <message>
            <source>declared %1 but the bytes are not %1</source>
            <translation>оголошено кодування %1, але байти не в %1</translation>
        </message>
        <message>
            <source>declared %1 but the bytes are valid UTF-8</source>
            <translation>оголошено кодування %1, але байти — коректний UTF-8</translation>
        </message>
        <message>
            <source>declared %1 but the bytes are not valid %1</source>
            <translation>оголошено кодування %1, але байти не є коректним %1</translation>
        </message>
        <message>
            <source>encoding guessed as %1</source>
            <translation>кодування визначено як %1</translation>
        </message>
    </context>
    <context>
        <name>ww::TimelineView</name>
        <message>
            <source>Story timeline</source>
            <translation>Хронологія сюжету</translation>
        </message>
        <message numerus="yes">
            <source>%1
%n publication(s); first: %2, %3</source>
            <translation>
                <numerusform>%1
%n публікація; перша: %2, %3</numerusform>
                <numerusform>%1
%n публікації; перша: %2, %3</numerusform>
                <numerusform>%1
%n публікацій; перша: %2, %3</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>First publisher</source>
            <translation>Перше видання</translation>
        </message>
        <message>
            <source>%1 after the first</source>
            <translation>через %1 після першої</translation>
        </message>
        <message>
            <source>min</source>
            <translation>хв</translation>
        </message>
        <message>
            <source>Produced by %1</source>
            <translation>Автор матеріалу: %1</translation>
        </message>
        <message>
            <source>No stories for this filter</source>
            <translation>Немає сюжетів для цього фільтра</translation>
        </message>
    </context>
    <context>
        <name>ww::WorldMapWidget</name>
        <message>
            <source>World map of coverage</source>
            <translation>Карта світу: висвітлення</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Статті</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>Немає даних</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>немає даних</translation>
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
            <translation>вкладеність документа глибша за %1 елементів (рядок %2)</translation>
        </message>
        <message>
            <source>document has more than %1 elements</source>
            <translation>документ містить понад %1 елементів</translation>
        </message>
        <message>
            <source>feed has more than %1 items</source>
            <translation>у стрічці понад %1 елементів</translation>
        </message>
        <message>
            <source>feed text exceeds the limit of %1 characters</source>
            <translation>текст стрічки перевищує межу в %1 символів</translation>
        </message>
        <message>
            <source>item %1 text exceeds the limit of %2 characters</source>
            <translation>текст елемента %1 перевищує межу в %2 символів</translation>
        </message>
        <message>
            <source>empty document: no XML element found</source>
            <translation>порожній документ: елементів XML не знайдено</translation>
        </message>
        <message>
            <source>feed truncated at line %1</source>
            <translation>стрічка обривається на рядку %1</translation>
        </message>
        <message>
            <source>missing close tag for the root element added</source>
            <translation>додано відсутній закривальний тег кореневого елемента</translation>
        </message>
        <message>
            <source>entity expansion limit exceeded at line %1: %2</source>
            <translation>перевищено межу розгортання сутностей на рядку %1: %2</translation>
        </message>
        <message>
            <source>malformed XML at line %1, column %2: %3</source>
            <translation>некоректний XML у рядку %1, стовпці %2: %3</translation>
        </message>
        <message>
            <source>undeclared namespace prefixes: %1</source>
            <translation>неоголошені префікси просторів імен: %1</translation>
        </message>
    </context>
    <context>
        <name>ww::cli</name>
        <message>
            <source>Parse one feed and print it as JSON (nothing is stored).</source>
            <translation>Розібрати одну стрічку і вивести її як JSON (нічого не зберігається).</translation>
        </message>
        <message>
            <source>Extract one article page and print it as JSON (nothing is stored).</source>
            <translation>Видобути одну сторінку статті і вивести її як JSON (нічого не зберігається).</translation>
        </message>
        <message>
            <source>List, subscribe to or remove feeds.</source>
            <translation>Показати стрічки, підписатися на них або вилучити їх.</translation>
        </message>
        <message>
            <source>Poll due feeds (or all), store new articles and extract their pages.</source>
            <translation>Опитати стрічки, яким час оновитися (або всі), зберегти нові статті та видобути їхні сторінки.</translation>
        </message>
        <message>
            <source>Full-text search with filters; prints matching articles as JSON.</source>
            <translation>Повнотекстовий пошук із фільтрами; виводить знайдені статті як JSON.</translation>
        </message>
        <message>
            <source>Print the archive's counts as JSON.</source>
            <translation>Вивести статистику архіву як JSON.</translation>
        </message>
        <message>
            <source>Subscribe to the feeds of an OPML file.</source>
            <translation>Підписатися на стрічки з файлу OPML.</translation>
        </message>
        <message>
            <source>Write the subscriptions as OPML (to stdout without FILE).</source>
            <translation>Записати підписки у форматі OPML (у stdout, якщо FILE не вказано).</translation>
        </message>
        <message>
            <source>Serve the built-in demo bundle on 127.0.0.1 until interrupted.</source>
            <translation>Роздавати вбудований демонстраційний пакет на 127.0.0.1 до переривання.</translation>
        </message>
        <message>
            <source>only http and https feeds can be subscribed: %1</source>
            <translation>підписатися можна лише на стрічки http і https: %1</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>не вдалося прочитати %1: %2</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>не вдалося записати %1: %2</translation>
        </message>
        <message>
            <source>Write a PDF, CSV or JSON report of the selected articles (atomically; no network).</source>
            <translation>Записати звіт PDF, CSV або JSON за вибраними статтями (атомарно; без мережі).</translation>
        </message>
        <message>
            <source>--from must be before --to</source>
            <translation>--from має бути раніше за --to</translation>
        </message>
        <message>
            <source>There is no backup of %1 in %2.</source>
            <translation>У %2 немає резервної копії %1.</translation>
        </message>
        <message>
            <source>Write a consistent copy of the database (VACUUM INTO or pg_dump): to a file, or into the backups folder keeping the newest N.</source>
            <translation>Записати узгоджену копію бази даних (VACUUM INTO або pg_dump): у файл або до теки резервних копій, зберігаючи N найновіших.</translation>
        </message>
        <message>
            <source>Replace the database with a verified backup (the replaced file is kept).</source>
            <translation>Замінити базу даних перевіреною резервною копією (замінений файл зберігається).</translation>
        </message>
        <message>
            <source>--saved-search takes the name or the id of a saved search</source>
            <translation>--saved-search приймає назву або ідентифікатор збереженого пошуку</translation>
        </message>
        <message>
            <source>--cluster takes a story cluster id, not '%1'</source>
            <translation>--cluster приймає ідентифікатор кластера сюжетів, а не «%1»</translation>
        </message>
    </context>
</TS>
