<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>AgencyRegistry</name>
        <message>
            <source>Agency list: %1</source>
            <translation>Список агентств: %1</translation>
        </message>
        <message>
            <source>Agency list is larger than %1 bytes</source>
            <translation>Список агентств больше %1 байт</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Не удалось прочитать %1: %2</translation>
        </message>
        <message>
            <source>%1 is too large</source>
            <translation>%1 слишком большой</translation>
        </message>
    </context>
    <context>
        <name>AlertCenter</name>
        <message>
            <source>Wirewatch alert</source>
            <translation>Оповещение Wirewatch</translation>
        </message>
        <message>
            <source>More new matches in other saved searches: %1</source>
            <translation>Ещё новые совпадения в других сохранённых поисках: %1</translation>
        </message>
    </context>
    <context>
        <name>AlertHistoryDialog</name>
        <message>
            <source>&amp;Open article</source>
            <translation>&amp;Открыть статью</translation>
        </message>
        <message>
            <source>Alert history</source>
            <translation>История оповещений</translation>
        </message>
        <message>
            <source>&amp;Alerts by saved search, newest first:</source>
            <translation>&amp;Оповещения по сохранённым поискам, сначала новые:</translation>
        </message>
        <message>
            <source>Fired</source>
            <translation>Сработало</translation>
        </message>
        <message>
            <source>New matches</source>
            <translation>Новые совпадения</translation>
        </message>
        <message>
            <source>Newest match</source>
            <translation>Последнее совпадение</translation>
        </message>
        <message>
            <source>No alerts yet</source>
            <translation>Оповещений пока нет</translation>
        </message>
        <message>
            <source>Alerts are off for this search</source>
            <translation>Оповещения для этого поиска отключены</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(без названия)</translation>
        </message>
        <message>
            <source>(article no longer stored)</source>
            <translation>(статья больше не хранится)</translation>
        </message>
    </context>
    <context>
        <name>AnalystDesk</name>
        <message>
            <source>Tags and notes</source>
            <translation>Метки и заметки</translation>
        </message>
        <message>
            <source>&amp;Highlight selection…</source>
            <translation>&amp;Подсветить выделенное…</translation>
        </message>
        <message>
            <source>&amp;Save search…</source>
            <translation>&amp;Сохранить поиск…</translation>
        </message>
        <message>
            <source>Highlight the selected words of the article and add a note</source>
            <translation>Подсветить выделенные слова статьи и добавить заметку</translation>
        </message>
        <message>
            <source>Note on &amp;article…</source>
            <translation>Заметка к &amp;статье…</translation>
        </message>
        <message>
            <source>&amp;Tag article…</source>
            <translation>&amp;Пометить статью…</translation>
        </message>
        <message>
            <source>Tag &amp;selected articles…</source>
            <translation>Пометить &amp;выбранные статьи…</translation>
        </message>
        <message>
            <source>Select articles in the list first.</source>
            <translation>Сначала выберите статьи в списке.</translation>
        </message>
        <message>
            <source>Tag %1 selected articles</source>
            <translation>Пометить выбранные статьи (%1)</translation>
        </message>
        <message>
            <source>Tag the whole &amp;story…</source>
            <translation>Пометить весь &amp;сюжет…</translation>
        </message>
        <message>
            <source>Tag every copy of this story</source>
            <translation>Пометить все копии этого сюжета</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Заметки</translation>
        </message>
        <message>
            <source>New alert matches</source>
            <translation>Новые совпадения оповещений</translation>
        </message>
        <message>
            <source>Alerts: %1 new</source>
            <translation>Оповещения: новых — %1</translation>
        </message>
        <message>
            <source>Search saved as "%1".</source>
            <translation>Поиск сохранён как «%1».</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Метка:</translation>
        </message>
        <message>
            <source>Tagged %1 articles "%2".</source>
            <translation>Меткой «%2» помечено статей: %1.</translation>
        </message>
        <message>
            <source>Note on the whole st&amp;ory…</source>
            <translation>Заметка ко всему &amp;сюжету…</translation>
        </message>
        <message>
            <source>This article is not part of a story other outlets ran.</source>
            <translation>Эта статья не входит в сюжет, который публиковали другие издания.</translation>
        </message>
        <message>
            <source>&amp;Manage tags…</source>
            <translation>&amp;Управление метками…</translation>
        </message>
        <message>
            <source>&amp;All notes…</source>
            <translation>&amp;Все заметки…</translation>
        </message>
        <message>
            <source>Alert &amp;history…</source>
            <translation>&amp;История оповещений…</translation>
        </message>
        <message>
            <source>Show the alert history</source>
            <translation>Показать историю оповещений</translation>
        </message>
    </context>
    <context>
        <name>AnnotationListDialog</name>
        <message>
            <source>&amp;Open article</source>
            <translation>&amp;Открыть статью</translation>
        </message>
        <message>
            <source>All notes</source>
            <translation>Все заметки</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Поиск:</translation>
        </message>
        <message>
            <source>Words in the notes or the highlighted text</source>
            <translation>Слова в заметках или в выделенном тексте</translation>
        </message>
        <message>
            <source>Search notes</source>
            <translation>Поиск по заметкам</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n заметка</numerusform>
                <numerusform>%n заметки</numerusform>
                <numerusform>%n заметок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n note(s)</source>
            <translation>
                <numerusform>%1 из %n заметки</numerusform>
                <numerusform>%1 из %n заметок</numerusform>
                <numerusform>%1 из %n заметок</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AnnotationListModel</name>
        <message>
            <source>(untitled)</source>
            <translation>(без названия)</translation>
        </message>
        <message>
            <source>Story: %1</source>
            <translation>Сюжет: %1</translation>
        </message>
        <message>
            <source>(whole story)</source>
            <translation>(весь сюжет)</translation>
        </message>
        <message>
            <source>(whole article)</source>
            <translation>(вся статья)</translation>
        </message>
        <message>
            <source>"%1" (no longer in the article)</source>
            <translation>«%1» (больше нет в статье)</translation>
        </message>
        <message>
            <source>"%1"</source>
            <translation>«%1»</translation>
        </message>
        <message>
            <source>These words are no longer in the article's current text: %1</source>
            <translation>Этих слов больше нет в текущем тексте статьи: %1</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Статья</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Цитата</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Создано</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Обновлено</translation>
        </message>
    </context>
    <context>
        <name>AnnotationPanel</name>
        <message>
            <source>Add note</source>
            <translation>Добавить заметку</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Изменить заметку</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Удалить заметку</translation>
        </message>
        <message>
            <source>&amp;Highlight selection…</source>
            <translation>&amp;Подсветить выделенное…</translation>
        </message>
        <message>
            <source>Note on &amp;article…</source>
            <translation>Заметка к &amp;статье…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>Notes on this article</source>
            <translation>Заметки к этой статье</translation>
        </message>
        <message>
            <source>Select words in the article, then add a note to them</source>
            <translation>Выделите слова в статье, затем добавьте к ним заметку</translation>
        </message>
        <message>
            <source>Select the words to highlight first.</source>
            <translation>Сначала выделите слова для подсветки.</translation>
        </message>
        <message>
            <source>Article note: %1</source>
            <translation>Заметка к статье: %1</translation>
        </message>
        <message>
            <source>"%1" (no longer in the article)
%2</source>
            <translation>«%1» (больше нет в статье)
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
            <translation>Сохранено %1</translation>
        </message>
        <message>
            <source>Highlight</source>
            <translation>Подсветка</translation>
        </message>
        <message>
            <source>Note (optional):</source>
            <translation>Заметка (необязательно):</translation>
        </message>
        <message>
            <source>Note on article</source>
            <translation>Заметка к статье</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Заметка:</translation>
        </message>
    </context>
    <context>
        <name>ArticleBrowser</name>
        <message>
            <source>Article text</source>
            <translation>Текст статьи</translation>
        </message>
    </context>
    <context>
        <name>ArticleHeader</name>
        <message>
            <source>Article title</source>
            <translation>Заголовок статьи</translation>
        </message>
        <message>
            <source>Byline, dateline and times</source>
            <translation>Автор, место и время</translation>
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
            <translation>Страны</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(без заголовка)</translation>
        </message>
        <message>
            <source>Published by %1</source>
            <translation>Опубликовано: %1</translation>
        </message>
        <message>
            <source>— produced by %1</source>
            <translation>— автор материала: %1</translation>
        </message>
        <message>
            <source>— own reporting (%1)</source>
            <translation>— собственный материал (%1)</translation>
        </message>
        <message>
            <source>No evidence recorded</source>
            <translation>Основания не записаны</translation>
        </message>
        <message>
            <source>published %1</source>
            <translation>опубликовано %1</translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>дата неизвестна</translation>
        </message>
        <message>
            <source>updated %1</source>
            <translation>обновлено %1</translation>
        </message>
        <message>
            <source>language: %1</source>
            <translation>язык: %1</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… и ещё %n</numerusform>
                <numerusform>… и ещё %n</numerusform>
                <numerusform>… и ещё %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>Теги: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n mention(s)%2</source>
            <translation>
                <numerusform>%1: %n упоминание%2</numerusform>
                <numerusform>%1: %n упоминания%2</numerusform>
                <numerusform>%1: %n упоминаний%2</numerusform>
            </translation>
        </message>
        <message>
            <source>, in the title</source>
            <translation>, в том числе в заголовке</translation>
        </message>
        <message>
            <source>Publisher and producing agency</source>
            <translation>Издание и агентство-производитель</translation>
        </message>
        <message>
            <source>Publisher evidence: %1</source>
            <translation>Признаки издания: %1</translation>
        </message>
        <message>
            <source>the feed's outlet</source>
            <translation>издание ленты</translation>
        </message>
        <message>
            <source>Producer evidence:
%1</source>
            <translation>Признаки производителя:
%1</translation>
        </message>
        <message numerus="yes">
            <source>Also ran in %n other outlet(s)</source>
            <translation>
                <numerusform>Также опубликовано в %n другом издании</numerusform>
                <numerusform>Также опубликовано в %n других изданиях</numerusform>
                <numerusform>Также опубликовано в %n других изданиях</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Same story: %n other article(s) from this outlet</source>
            <translation>
                <numerusform>Тот же сюжет: ещё %n статья этого издания</numerusform>
                <numerusform>Тот же сюжет: ещё %n статьи этого издания</numerusform>
                <numerusform>Тот же сюжет: ещё %n статей этого издания</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ArticleTableView</name>
        <message>
            <source>Articles</source>
            <translation>Статьи</translation>
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
            <translation>агентство: %1</translation>
        </message>
        <message>
            <source>pool photo</source>
            <translation>пул-фото</translation>
        </message>
        <message>
            <source>distributed by %1</source>
            <translation>распространено: %1</translation>
        </message>
        <message>
            <source>file photo</source>
            <translation>архивное фото</translation>
        </message>
        <message>
            <source>handout</source>
            <translation>предоставлено пресс-службой</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Статья</translation>
        </message>
        <message>
            <source>Select an article to read it.</source>
            <translation>Выберите статью, чтобы прочитать её.</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Изображение</translation>
        </message>
        <message>
            <source>Credit: %1</source>
            <translation>Автор фото: %1</translation>
        </message>
        <message>
            <source>Open the original page</source>
            <translation>Открыть исходную страницу</translation>
        </message>
    </context>
    <context>
        <name>ClusterNotesPanel</name>
        <message>
            <source>Add story note</source>
            <translation>Добавить заметку к сюжету</translation>
        </message>
        <message>
            <source>Edit story note</source>
            <translation>Изменить заметку к сюжету</translation>
        </message>
        <message>
            <source>Delete story note</source>
            <translation>Удалить заметку к сюжету</translation>
        </message>
        <message>
            <source>Note on &amp;story…</source>
            <translation>Заметка к &amp;сюжету…</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>Notes on this story</source>
            <translation>Заметки к этому сюжету</translation>
        </message>
        <message>
            <source>Add a note shared by every outlet's copy of this story</source>
            <translation>Добавить заметку, общую для публикаций этого сюжета во всех изданиях</translation>
        </message>
        <message numerus="yes">
            <source>Notes on this &amp;story (%n copies)</source>
            <translation>
                <numerusform>Заметки к этому &amp;сюжету (%n публикация)</numerusform>
                <numerusform>Заметки к этому &amp;сюжету (%n публикации)</numerusform>
                <numerusform>Заметки к этому &amp;сюжету (%n публикаций)</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Сохранено %1</translation>
        </message>
        <message>
            <source>Note on story</source>
            <translation>Заметка к сюжету</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Заметка:</translation>
        </message>
    </context>
    <context>
        <name>CoverageController</name>
        <message>
            <source>Could not count the coverage: %1</source>
            <translation>Не удалось подсчитать освещение: %1</translation>
        </message>
        <message>
            <source>no connection for the dashboard</source>
            <translation>нет подключения для панели мониторинга</translation>
        </message>
    </context>
    <context>
        <name>DamagedDatabaseDialog</name>
        <message>
            <source>Nothing was restored.</source>
            <translation>Ничего не восстановлено.</translation>
        </message>
        <message>
            <source>Wirewatch</source>
            <translation>Wirewatch</translation>
        </message>
        <message>
            <source>The database %1 cannot be opened.</source>
            <translation>Не удаётся открыть базу данных %1.</translation>
        </message>
        <message>
            <source>The latest backup is %1 (%2). Restoring it keeps the damaged file next to it for inspection; changes made after the backup are not in it.</source>
            <translation>Последняя резервная копия — %1 (%2). При восстановлении повреждённый файл будет сохранён рядом для проверки; изменений, внесённых после создания резервной копии, в ней нет.</translation>
        </message>
        <message>
            <source>&amp;Restore from the latest backup</source>
            <translation>&amp;Восстановить из последней резервной копии</translation>
        </message>
        <message>
            <source>No backup of it was found in %1.</source>
            <translation>Резервная копия этой базы данных в %1 не найдена.</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Выйти</translation>
        </message>
    </context>
    <context>
        <name>FacetModel</name>
        <message>
            <source>Countries</source>
            <translation>Страны</translation>
        </message>
        <message>
            <source>Producing agencies</source>
            <translation>Агентства-производители</translation>
        </message>
        <message>
            <source>Outlets</source>
            <translation>Издания</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Языки</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n article(s); click to narrow the search</source>
            <translation>
                <numerusform>%1: %n статья; щёлкните, чтобы уточнить поиск</numerusform>
                <numerusform>%1: %n статьи; щёлкните, чтобы уточнить поиск</numerusform>
                <numerusform>%1: %n статей; щёлкните, чтобы уточнить поиск</numerusform>
            </translation>
        </message>
        <message>
            <source>Refine</source>
            <translation>Уточнить</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Статьи</translation>
        </message>
    </context>
    <context>
        <name>FacetView</name>
        <message>
            <source>Refine the search</source>
            <translation>Уточнить поиск</translation>
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
            <translation>Поиск: слова, "фразы", country:KP agency:Reuters outlet:… tag:… lang:ru</translation>
        </message>
        <message>
            <source>Search articles</source>
            <translation>Поиск статей</translation>
        </message>
        <message>
            <source>Free text and field filters: country:KP agency:Reuters outlet:"Global South World" tag:sanctions lang:ru from:2026-10-01 to:2026-10-31</source>
            <translation>Произвольный текст и фильтры по полям: country:KP agency:Reuters outlet:"Global South World" tag:sanctions lang:ru from:2026-10-01 to:2026-10-31</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>С&amp;татья</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Следующая</translation>
        </message>
        <message>
            <source>&amp;Previous</source>
            <translation>&amp;Предыдущая</translation>
        </message>
        <message>
            <source>&amp;Mark read/unread</source>
            <translation>Отметить как п&amp;рочитанную/непрочитанную</translation>
        </message>
        <message>
            <source>&amp;Star</source>
            <translation>Отметить &amp;звёздочкой</translation>
        </message>
        <message>
            <source>Open in &amp;browser</source>
            <translation>Открыть в &amp;браузере</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Поиск</translation>
        </message>
        <message>
            <source>&amp;Refresh sources</source>
            <translation>&amp;Обновить источники</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>&amp;About Wirewatch</source>
            <translation>&amp;О программе Wirewatch</translation>
        </message>
        <message>
            <source>About Wirewatch</source>
            <translation>О программе Wirewatch</translation>
        </message>
        <message>
            <source>Wirewatch %1
Follow how news stories travel across outlets and wire agencies.</source>
            <translation>Wirewatch %1
Как новости расходятся по изданиям и информагентствам.</translation>
        </message>
        <message>
            <source>Story timeline</source>
            <translation>Хронология сюжета</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Статьи</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Освещение</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Хронология</translation>
        </message>
        <message>
            <source>E&amp;xport report…</source>
            <translation>&amp;Экспорт отчёта…</translation>
        </message>
        <message>
            <source>Next &amp;unread</source>
            <translation>Следующая &amp;непрочитанная</translation>
        </message>
        <message>
            <source>Previous u&amp;nread</source>
            <translation>&amp;Предыдущая непрочитанная</translation>
        </message>
        <message>
            <source>&amp;Articles</source>
            <translation>&amp;Статьи</translation>
        </message>
        <message>
            <source>&amp;Coverage dashboard</source>
            <translation>Панель &amp;освещения</translation>
        </message>
        <message>
            <source>Story &amp;timeline</source>
            <translation>&amp;Хронология сюжета</translation>
        </message>
    </context>
    <context>
        <name>ReaderController</name>
        <message>
            <source>Could not load articles: %1</source>
            <translation>Не удалось загрузить статьи: %1</translation>
        </message>
        <message>
            <source>Could not load the feeds: %1</source>
            <translation>Не удалось загрузить ленты: %1</translation>
        </message>
        <message numerus="yes">
            <source>Showing the first %n match(es); scroll for more</source>
            <translation>
                <numerusform>Показаны первые %n совпадение; прокрутите, чтобы увидеть больше</numerusform>
                <numerusform>Показаны первые %n совпадения; прокрутите, чтобы увидеть больше</numerusform>
                <numerusform>Показаны первые %n совпадений; прокрутите, чтобы увидеть больше</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n совпадение</numerusform>
                <numerusform>%n совпадения</numerusform>
                <numerusform>%n совпадений</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not open the article: %1</source>
            <translation>Не удалось открыть статью: %1</translation>
        </message>
        <message>
            <source>Could not mark the article: %1</source>
            <translation>Не удалось отметить статью: %1</translation>
        </message>
        <message>
            <source>Could not star the article: %1</source>
            <translation>Не удалось отметить статью звёздочкой: %1</translation>
        </message>
        <message>
            <source>No more unread articles below</source>
            <translation>Ниже непрочитанных статей нет</translation>
        </message>
        <message>
            <source>No more unread articles above</source>
            <translation>Выше непрочитанных статей нет</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Export report</source>
            <translation>Экспорт отчёта</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Статьи</translation>
        </message>
        <message>
            <source>Current search</source>
            <translation>Текущий поиск</translation>
        </message>
        <message>
            <source>Current folder (%1)</source>
            <translation>Текущая папка (%1)</translation>
        </message>
        <message>
            <source>all feeds</source>
            <translation>все ленты</translation>
        </message>
        <message numerus="yes">
            <source>Selected articles (%n)</source>
            <translation>
                <numerusform>Выбранные статьи (%n)</numerusform>
                <numerusform>Выбранные статьи (%n)</numerusform>
                <numerusform>Выбранные статьи (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved search</source>
            <translation>Сохранённый поиск</translation>
        </message>
        <message>
            <source>Every article in a time range</source>
            <translation>Все статьи за период</translation>
        </message>
        <message>
            <source>&amp;Include:</source>
            <translation>&amp;Включить:</translation>
        </message>
        <message>
            <source>Sa&amp;ved search:</source>
            <translation>Со&amp;хранённый поиск:</translation>
        </message>
        <message>
            <source>&amp;Limit to dates</source>
            <translation>&amp;Ограничить датами</translation>
        </message>
        <message>
            <source>Dates (UTC):</source>
            <translation>Даты (UTC):</translation>
        </message>
        <message>
            <source>Cover</source>
            <translation>Титульный лист</translation>
        </message>
        <message>
            <source>Coverage report</source>
            <translation>Отчёт об освещении</translation>
        </message>
        <message>
            <source>A paragraph for the reader: what this report shows and why.</source>
            <translation>Абзац для читателя: что показывает этот отчёт и зачем.</translation>
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
            <translation>Разделы (PDF)</translation>
        </message>
        <message>
            <source>Table of contents</source>
            <translation>Содержание</translation>
        </message>
        <message>
            <source>Summary figures</source>
            <translation>Сводные показатели</translation>
        </message>
        <message>
            <source>Coverage charts</source>
            <translation>Диаграммы освещения</translation>
        </message>
        <message>
            <source>Country map</source>
            <translation>Карта стран</translation>
        </message>
        <message>
            <source>Stories</source>
            <translation>Сюжеты</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Вывод</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>Документ PDF</translation>
        </message>
        <message>
            <source>CSV table (one row per article)</source>
            <translation>Таблица CSV (строка на статью)</translation>
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
            <translation>&amp;Обзор…</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Формат:</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Бумага:</translation>
        </message>
        <message>
            <source>F&amp;ile:</source>
            <translation>Ф&amp;айл:</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Экспортировать</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>О&amp;тмена</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>За&amp;крыть</translation>
        </message>
        <message>
            <source>%1 files (*.%2)</source>
            <translation>Файлы %1 (*.%2)</translation>
        </message>
        <message>
            <source>Writing… %1 of %2</source>
            <translation>Запись… %1 из %2</translation>
        </message>
        <message>
            <source>Selecting articles…</source>
            <translation>Отбор статей…</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1: %n article(s), %2 pages.</source>
            <translation>
                <numerusform>Записано %1: %n статья, страниц: %2.</numerusform>
                <numerusform>Записано %1: %n статьи, страниц: %2.</numerusform>
                <numerusform>Записано %1: %n статей, страниц: %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1: %n article(s).</source>
            <translation>
                <numerusform>Записано %1: %n статья.</numerusform>
                <numerusform>Записано %1: %n статьи.</numerusform>
                <numerusform>Записано %1: %n статей.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelled; nothing was written.</source>
            <translation>Отменено; ничего не записано.</translation>
        </message>
        <message>
            <source>The report could not be written: %1</source>
            <translation>Не удалось записать отчёт: %1</translation>
        </message>
        <message numerus="yes">
            <source>Stories: the selected articles' stories (%n selected)</source>
            <translation>
                <numerusform>Сюжеты: сюжеты выбранных статей (выбрано: %n)</numerusform>
                <numerusform>Сюжеты: сюжеты выбранных статей (выбрано: %n)</numerusform>
                <numerusform>Сюжеты: сюжеты выбранных статей (выбрано: %n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Stories: pick from the list</source>
            <translation>Сюжеты: выбрать из списка</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %2, %3; %n outlet(s)</source>
            <translation>
                <numerusform>%1 — %2, %3; %n издание</numerusform>
                <numerusform>%1 — %2, %3; %n издания</numerusform>
                <numerusform>%1 — %2, %3; %n изданий</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n статья</numerusform>
                <numerusform>%n статьи</numerusform>
                <numerusform>%n статей</numerusform>
            </translation>
        </message>
        <message>
            <source>S&amp;tories:</source>
            <translation>&amp;Сюжеты:</translation>
        </message>
    </context>
    <context>
        <name>SaveSearchDialog</name>
        <message>
            <source>Notify me about new matches</source>
            <translation>Уведомлять о новых совпадениях</translation>
        </message>
        <message>
            <source>Save search</source>
            <translation>Сохранить поиск</translation>
        </message>
        <message>
            <source>e.g. North Korea missiles</source>
            <translation>например, ракеты КНДР</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Поиск:</translation>
        </message>
        <message>
            <source>(no tag)</source>
            <translation>(без метки)</translation>
        </message>
        <message>
            <source>&amp;Tag new matches:</source>
            <translation>&amp;Метка для новых совпадений:</translation>
        </message>
    </context>
    <context>
        <name>SearchQuery</name>
        <message>
            <source>%1: needs a value</source>
            <translation>%1: нужно значение</translation>
        </message>
        <message>
            <source>"%1" is not a two-letter country code</source>
            <translation>"%1" — не двухбуквенный код страны</translation>
        </message>
        <message>
            <source>"%1" is not a language code</source>
            <translation>"%1" — не код языка</translation>
        </message>
        <message>
            <source>"%1" is not a date (YYYY-MM-DD)</source>
            <translation>"%1" — не дата (ГГГГ-ММ-ДД)</translation>
        </message>
        <message>
            <source>Only the first %1 filter is applied (%2)</source>
            <translation>Применяется только первый фильтр «%1» (%2)</translation>
        </message>
        <message>
            <source>country</source>
            <translation>страна</translation>
        </message>
        <message>
            <source>agency</source>
            <translation>агентство</translation>
        </message>
        <message>
            <source>language</source>
            <translation>язык</translation>
        </message>
        <message>
            <source>No tag named "%1"</source>
            <translation>Нет тега "%1"</translation>
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
            <translation>Настройки</translation>
        </message>
        <message>
            <source> min</source>
            <translation> мин</translation>
        </message>
        <message>
            <source>Polling interval in minutes</source>
            <translation>Интервал опроса в минутах</translation>
        </message>
        <message>
            <source>System proxy</source>
            <translation>Системный прокси</translation>
        </message>
        <message>
            <source>No proxy</source>
            <translation>Без прокси</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Вручную</translation>
        </message>
        <message>
            <source>Proxy</source>
            <translation>Прокси</translation>
        </message>
        <message>
            <source>proxy.example.org</source>
            <translation>proxy.example.org</translation>
        </message>
        <message>
            <source>Proxy host</source>
            <translation>Хост прокси</translation>
        </message>
        <message>
            <source>Proxy port</source>
            <translation>Порт прокси</translation>
        </message>
        <message>
            <source>Load remote images in articles</source>
            <translation>Загружать удалённые изображения в статьях</translation>
        </message>
        <message>
            <source>Off by default: remote images reveal to the sites that you read the article.</source>
            <translation>По умолчанию выключено: удалённые изображения сообщают сайтам, что вы читаете статью.</translation>
        </message>
        <message>
            <source>Load remote images</source>
            <translation>Загружать удалённые изображения</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Язык системы</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>The new language takes effect after a restart.</source>
            <translation>Новый язык будет применён после перезапуска.</translation>
        </message>
        <message>
            <source>Default location</source>
            <translation>Расположение по умолчанию</translation>
        </message>
        <message>
            <source>Database file</source>
            <translation>Файл базы данных</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Обзор…</translation>
        </message>
        <message>
            <source>Choose the database file</source>
            <translation>Выберите файл базы данных</translation>
        </message>
        <message>
            <source>Wirewatch database (*.sqlite *.db)</source>
            <translation>База данных Wirewatch (*.sqlite *.db)</translation>
        </message>
        <message>
            <source>A different database is opened after a restart.</source>
            <translation>Другая база данных будет открыта после перезапуска.</translation>
        </message>
        <message>
            <source>Feeds</source>
            <translation>Ленты</translation>
        </message>
        <message>
            <source>&amp;Check feeds every:</source>
            <translation>&amp;Проверять ленты каждые:</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Сеть</translation>
        </message>
        <message>
            <source>&amp;Proxy:</source>
            <translation>Прокс&amp;и:</translation>
        </message>
        <message>
            <source>&amp;Host and port:</source>
            <translation>&amp;Хост и порт:</translation>
        </message>
        <message>
            <source>Interface</source>
            <translation>Интерфейс</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <source>Storage</source>
            <translation>Хранение</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;База данных:</translation>
        </message>
    </context>
    <context>
        <name>SourceTreeView</name>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
    </context>
    <context>
        <name>TagBar</name>
        <message>
            <source>Tags:</source>
            <translation>Метки:</translation>
        </message>
        <message>
            <source>Add a tag…</source>
            <translation>Добавить метку…</translation>
        </message>
        <message>
            <source>Add a tag</source>
            <translation>Добавить метку</translation>
        </message>
        <message>
            <source>Remove the tag "%1" from this article</source>
            <translation>Снять метку «%1» с этой статьи</translation>
        </message>
    </context>
    <context>
        <name>TagManagerDialog</name>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Переименовать</translation>
        </message>
        <message>
            <source>&amp;Merge into…</source>
            <translation>&amp;Объединить с…</translation>
        </message>
        <message>
            <source>&amp;Colour…</source>
            <translation>&amp;Цвет…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Удалить…</translation>
        </message>
        <message>
            <source>Manage tags</source>
            <translation>Управление метками</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Метка</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Статьи</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Метки</translation>
        </message>
        <message>
            <source>Rename the tag (F2)</source>
            <translation>Переименовать метку (F2)</translation>
        </message>
        <message>
            <source>Move this tag's articles and stories to another tag, then delete it</source>
            <translation>Перенести статьи и сюжеты с этой меткой на другую метку, а затем удалить её</translation>
        </message>
        <message>
            <source>Choose the tag's colour</source>
            <translation>Выбрать цвет метки</translation>
        </message>
        <message>
            <source>Remove the tag from every article and story</source>
            <translation>Снять метку со всех статей и сюжетов</translation>
        </message>
        <message>
            <source>No colour</source>
            <translation>Без цвета</translation>
        </message>
        <message>
            <source>Colour %1</source>
            <translation>Цвет %1</translation>
        </message>
        <message>
            <source>A tag needs a name.</source>
            <translation>У метки должно быть название.</translation>
        </message>
        <message>
            <source>Rename tag</source>
            <translation>Переименовать метку</translation>
        </message>
        <message>
            <source>Merge tag</source>
            <translation>Объединить метку</translation>
        </message>
        <message>
            <source>Merge "%1" into:</source>
            <translation>Объединить «%1» с:</translation>
        </message>
        <message>
            <source>Move every article and story tagged "%1" to "%2" and delete "%1"?</source>
            <translation>Перенести все статьи и сюжеты с меткой «%1» в «%2» и удалить «%1»?</translation>
        </message>
        <message>
            <source>Colour of "%1"</source>
            <translation>Цвет «%1»</translation>
        </message>
        <message>
            <source>Tag colour</source>
            <translation>Цвет метки</translation>
        </message>
        <message>
            <source>Delete tag</source>
            <translation>Удалить метку</translation>
        </message>
        <message numerus="yes">
            <source>Delete the tag "%1"? It is removed from %n article(s) and from every story.</source>
            <translation>
                <numerusform>Удалить метку «%1»? Она будет снята с %n статьи и со всех сюжетов.</numerusform>
                <numerusform>Удалить метку «%1»? Она будет снята с %n статей и со всех сюжетов.</numerusform>
                <numerusform>Удалить метку «%1»? Она будет снята с %n статей и со всех сюжетов.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TaskProgress</name>
        <message>
            <source>Progress</source>
            <translation>Ход выполнения</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Cancel the running task</source>
            <translation>Отменить выполняемую задачу</translation>
        </message>
    </context>
    <context>
        <name>WorldMap</name>
        <message>
            <source>Mentions</source>
            <translation>Упоминания</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>Нет данных</translation>
        </message>
    </context>
    <context>
        <name>WriteFailureBanner</name>
        <message>
            <source>Saving paused</source>
            <translation>Сохранение приостановлено</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <source>Try saving again (after freeing disk space)</source>
            <translation>Повторить попытку сохранения (после освобождения места на диске)</translation>
        </message>
        <message>
            <source>Read-only: a change could not be saved. Nothing was lost; free disk space, then retry.</source>
            <translation>Только чтение: не удалось сохранить изменение. Ничего не потеряно; освободите место на диске и повторите попытку.</translation>
        </message>
        <message>
            <source>Retry failed: %1</source>
            <translation>Повторная попытка не удалась: %1</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>option --%1 needs a value</source>
            <translation>параметру --%1 нужно значение</translation>
        </message>
        <message>
            <source>unknown option --%1</source>
            <translation>неизвестный параметр --%1</translation>
        </message>
        <message>
            <source>--header wants "Name: value", got '%1'</source>
            <translation>--header ожидает "Name: value", получено '%1'</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>не удалось прочитать %1: %2</translation>
        </message>
        <message>
            <source>--allow-host wants ADDRESS:PORT, got '%1'</source>
            <translation>--allow-host ожидает АДРЕС:ПОРТ, получено '%1'</translation>
        </message>
        <message>
            <source>usage: wirewatch-cli parse PATH|URL [--header "Name: value"]... [--base URL]</source>
            <translation>использование: wirewatch-cli parse ПУТЬ|URL [--header "Name: value"]... [--base URL]</translation>
        </message>
        <message>
            <source>usage: wirewatch-cli extract PATH|URL [--url ORIGINAL_URL] [--header "Name: value"]...</source>
            <translation>использование: wirewatch-cli extract ПУТЬ|URL [--url ИСХОДНЫЙ_URL] [--header "Name: value"]...</translation>
        </message>
        <message>
            <source>Usage: wirewatch-cli COMMAND [OPTIONS]

Commands:
</source>
            <translation>Использование: wirewatch-cli КОМАНДА [ПАРАМЕТРЫ]

Команды:
</translation>
        </message>
        <message>
            <source>
Global options: --db PATH (the database file), --help, --version
</source>
            <translation>
Общие параметры: --db ПУТЬ (файл базы данных), --help, --version
</translation>
        </message>
        <message>
            <source>unknown command '%1' (see wirewatch-cli --help)</source>
            <translation>неизвестная команда '%1' (см. wirewatch-cli --help)</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Follow how news stories travel across outlets and wire agencies.</source>
            <translation>Как новости расходятся по изданиям и информагентствам.</translation>
        </message>
        <message>
            <source>Open the database at PATH.</source>
            <translation>Открыть базу данных по пути PATH.</translation>
        </message>
        <message>
            <source>Open the built-in demo data (offline).</source>
            <translation>Открыть встроенные демонстрационные данные (без сети).</translation>
        </message>
        <message>
            <source>Render each main view to PNG files in DIR, then exit.</source>
            <translation>Сохранить каждое основное представление в PNG-файлы в каталоге DIR и выйти.</translation>
        </message>
        <message>
            <source>Use the interface language CODE (en, ru, uk, ko, ar).</source>
            <translation>Использовать язык интерфейса CODE (en, ru, uk, ko, ar).</translation>
        </message>
        <message>
            <source>Cannot open the database %1:
%2</source>
            <translation>Не удалось открыть базу данных %1:
%2</translation>
        </message>
        <message>
            <source>Wirewatch</source>
            <translation>Wirewatch</translation>
        </message>
        <message>
            <source>Loading the demo data: %1 of %2</source>
            <translation>Загрузка демонстрационных данных: %1 из %2</translation>
        </message>
        <message>
            <source>Loading the demo data</source>
            <translation>Загрузка демонстрационных данных</translation>
        </message>
        <message>
            <source>Checking feeds</source>
            <translation>Проверка лент</translation>
        </message>
        <message>
            <source>Checking feeds: %1 of %2</source>
            <translation>Проверка лент: %1 из %2</translation>
        </message>
        <message>
            <source>The backup %1 was restored. The damaged file was kept as %2.</source>
            <translation>Резервная копия %1 восстановлена. Повреждённый файл сохранён как %2.</translation>
        </message>
        <message>
            <source>Saving is possible again.</source>
            <translation>Сохранение снова возможно.</translation>
        </message>
        <message>
            <source>Backup failed: %1</source>
            <translation>Не удалось создать резервную копию: %1</translation>
        </message>
        <message>
            <source>The integrity check could not run: %1</source>
            <translation>Не удалось выполнить проверку целостности: %1</translation>
        </message>
    </context>
    <context>
        <name>ww</name>
        <message>
            <source>invalid %1 byte sequences were replaced by U+FFFD</source>
            <translation>недопустимые последовательности байтов %1 заменены на U+FFFD</translation>
        </message>
        <message>
            <source>Reading saved searches failed</source>
            <translation>Не удалось прочитать сохранённые поиски</translation>
        </message>
        <message>
            <source>unknown time</source>
            <translation>время неизвестно</translation>
        </message>
        <message>
            <source>The report was cancelled.</source>
            <translation>Создание отчёта отменено.</translation>
        </message>
        <message>
            <source>Unknown connection setting "%1".</source>
            <translation>Неизвестный параметр подключения «%1».</translation>
        </message>
        <message>
            <source>"%1" is not a port number.</source>
            <translation>«%1» не является номером порта.</translation>
        </message>
        <message>
            <source>The connection setting "%1" has a value that cannot be passed on.</source>
            <translation>Значение параметра подключения «%1» невозможно передать.</translation>
        </message>
        <message>
            <source>The integrity check could not read %1</source>
            <translation>Проверке целостности не удалось прочитать %1</translation>
        </message>
        <message>
            <source>no Wirewatch tables</source>
            <translation>нет таблиц Wirewatch</translation>
        </message>
    </context>
    <context>
        <name>ww::AddressPolicy</name>
        <message>
            <source>unusual IP address spelling “%1” refused (write addresses as a.b.c.d)</source>
            <translation>необычная запись IP-адреса «%1» отклонена (записывайте адреса как a.b.c.d)</translation>
        </message>
        <message>
            <source>not an absolute web address; only http and https are fetched</source>
            <translation>не абсолютный веб-адрес; загружаются только http и https</translation>
        </message>
        <message>
            <source>scheme “%1:” refused; only http and https are fetched</source>
            <translation>схема «%1:» отклонена; загружаются только http и https</translation>
        </message>
        <message>
            <source>the address has no valid host</source>
            <translation>в адресе нет допустимого хоста</translation>
        </message>
        <message>
            <source>private network address blocked: “%1” is this computer</source>
            <translation>адрес частной сети заблокирован: «%1» — это данный компьютер</translation>
        </message>
        <message>
            <source>unusual IP address spelling “%1” refused</source>
            <translation>необычная запись IP-адреса «%1» отклонена</translation>
        </message>
        <message>
            <source>private network address blocked: %1</source>
            <translation>адрес частной сети заблокирован: %1</translation>
        </message>
    </context>
    <context>
        <name>ww::AnnotationStore</name>
        <message>
            <source>An annotation belongs to an article or a story.</source>
            <translation>Примечание должно относиться к статье или сюжету.</translation>
        </message>
        <message>
            <source>Saving the annotation failed</source>
            <translation>Не удалось сохранить примечание</translation>
        </message>
        <message>
            <source>The annotation was changed meanwhile (by another window or a teammate); reload it and apply your edit again.</source>
            <translation>Примечание тем временем изменилось (в другом окне или коллегой); загрузите его заново и повторите правку.</translation>
        </message>
        <message>
            <source>Deleting the annotation failed</source>
            <translation>Не удалось удалить примечание</translation>
        </message>
        <message>
            <source>Annotation %1 does not exist.</source>
            <translation>Примечание %1 не существует.</translation>
        </message>
        <message>
            <source>Reading annotations failed</source>
            <translation>Не удалось прочитать примечания</translation>
        </message>
    </context>
    <context>
        <name>ww::ArticleListModel</name>
        <message>
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>Издание</translation>
        </message>
        <message>
            <source>Producer</source>
            <translation>Автор материала</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>Страны</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <source>%1
The feed gave no usable date; sorted by the time it was fetched.</source>
            <translation>%1
Лента не указала пригодную дату; сортировка по времени получения.</translation>
        </message>
    </context>
    <context>
        <name>ww::ArticleStore</name>
        <message>
            <source>Looking up an item failed</source>
            <translation>Не удалось найти элемент</translation>
        </message>
        <message>
            <source>Saving a new item failed</source>
            <translation>Не удалось сохранить новый элемент</translation>
        </message>
        <message>
            <source>Saving an article revision failed</source>
            <translation>Не удалось сохранить редакцию статьи</translation>
        </message>
        <message>
            <source>Updating a revised item failed</source>
            <translation>Не удалось обновить изменённый элемент</translation>
        </message>
        <message>
            <source>Saving the extracted article failed</source>
            <translation>Не удалось сохранить извлечённую статью</translation>
        </message>
        <message>
            <source>Article %1 does not exist.</source>
            <translation>Статья %1 не существует.</translation>
        </message>
        <message>
            <source>Listing articles failed</source>
            <translation>Не удалось получить список статей</translation>
        </message>
        <message>
            <source>Listing countries failed</source>
            <translation>Не удалось получить список стран</translation>
        </message>
        <message>
            <source>Listing tags failed</source>
            <translation>Не удалось получить список тегов</translation>
        </message>
        <message>
            <source>Counting articles failed</source>
            <translation>Не удалось подсчитать статьи</translation>
        </message>
        <message>
            <source>Reading the article failed</source>
            <translation>Не удалось прочитать статью</translation>
        </message>
        <message>
            <source>Reading revisions failed</source>
            <translation>Не удалось прочитать редакции</translation>
        </message>
        <message>
            <source>Updating articles failed</source>
            <translation>Не удалось обновить статьи</translation>
        </message>
        <message>
            <source>Reading articles failed</source>
            <translation>Не удалось прочитать статьи</translation>
        </message>
        <message>
            <source>Keyset paging by time needs the row's sort time.</source>
            <translation>Для постраничного вывода по времени нужно время сортировки строки.</translation>
        </message>
    </context>
    <context>
        <name>ww::BackupService</name>
        <message>
            <source>Cannot create the backup folder %1.</source>
            <translation>Не удаётся создать папку резервных копий %1.</translation>
        </message>
        <message>
            <source>The backup file %1 already exists; choose a new name.</source>
            <translation>Файл резервной копии %1 уже существует; выберите другое имя.</translation>
        </message>
        <message>
            <source>The backup of %1 failed its integrity check (%2); the database itself may be damaged.</source>
            <translation>Резервная копия %1 не прошла проверку целостности (%2); возможно, повреждена сама база данных.</translation>
        </message>
        <message>
            <source>Cannot run %1 (%2). Install the PostgreSQL client programs (Debian: postgresql-client).</source>
            <translation>Не удаётся запустить %1 (%2). Установите клиентские программы PostgreSQL (Debian: postgresql-client).</translation>
        </message>
        <message>
            <source>%1 did not finish in time.</source>
            <translation>%1 не завершил работу вовремя.</translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>Ошибка %1: %2</translation>
        </message>
        <message>
            <source>no message</source>
            <translation>нет сообщения</translation>
        </message>
        <message>
            <source>Cannot write the backup %1.</source>
            <translation>Не удаётся записать резервную копию %1.</translation>
        </message>
        <message>
            <source>The backup %1 does not exist.</source>
            <translation>Резервная копия %1 не существует.</translation>
        </message>
        <message>
            <source>The backup %1 is damaged or is not a Wirewatch database (%2); nothing was restored.</source>
            <translation>Резервная копия %1 повреждена или не является базой данных Wirewatch (%2); ничего не восстановлено.</translation>
        </message>
        <message>
            <source>The restored copy of %1 did not verify; the previous database was put back.</source>
            <translation>Восстановленная копия %1 не прошла проверку; возвращена прежняя база данных.</translation>
        </message>
        <message>
            <source>Cannot read %1.</source>
            <translation>Не удаётся прочитать %1.</translation>
        </message>
        <message>
            <source>%1 is neither a pg_dump archive nor a plain pg_dump script; nothing was restored.</source>
            <translation>%1 не является ни архивом pg_dump, ни обычным сценарием pg_dump; ничего не восстановлено.</translation>
        </message>
        <message>
            <source>Restoring %1 failed and was rolled back; the database is unchanged. %2</source>
            <translation>Не удалось восстановить %1, изменения отменены; база данных не изменилась. %2</translation>
        </message>
        <message>
            <source>The backup %1 cannot be read; nothing was restored. %2</source>
            <translation>Не удаётся прочитать резервную копию %1; ничего не восстановлено. %2</translation>
        </message>
    </context>
    <context>
        <name>ww::ChangeNotifier</name>
        <message>
            <source>Checking the change notification triggers failed</source>
            <translation>Не удалось проверить триггеры уведомлений об изменениях</translation>
        </message>
        <message>
            <source>Installing change notifications failed</source>
            <translation>Не удалось установить уведомления об изменениях</translation>
        </message>
        <message>
            <source>Change notifications need an open database connection.</source>
            <translation>Для уведомлений об изменениях нужно открытое подключение к базе данных.</translation>
        </message>
        <message>
            <source>Listening for changes by other clients failed</source>
            <translation>Не удалось отслеживать изменения других клиентов</translation>
        </message>
    </context>
    <context>
        <name>ww::ClusterStore</name>
        <message>
            <source>Saving the story signature failed</source>
            <translation>Не удалось сохранить сигнатуру сюжета</translation>
        </message>
        <message>
            <source>Article %1 does not exist.</source>
            <translation>Статьи %1 не существует.</translation>
        </message>
        <message>
            <source>Reading story signatures failed</source>
            <translation>Не удалось прочитать сигнатуры сюжетов</translation>
        </message>
        <message>
            <source>Saving the story cluster failed</source>
            <translation>Не удалось сохранить кластер сюжета</translation>
        </message>
        <message>
            <source>Reading the story cluster failed</source>
            <translation>Не удалось прочитать кластер сюжета</translation>
        </message>
        <message>
            <source>Story cluster %1 does not exist.</source>
            <translation>Кластера сюжета %1 не существует.</translation>
        </message>
        <message>
            <source>Reading story clusters failed</source>
            <translation>Не удалось прочитать кластеры сюжетов</translation>
        </message>
    </context>
    <context>
        <name>ww::CoverageDashboard</name>
        <message>
            <source>Coverage dashboard</source>
            <translation>Панель освещения</translation>
        </message>
        <message>
            <source>Mentions by country over time</source>
            <translation>Упоминания стран во времени</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Статьи</translation>
        </message>
        <message>
            <source>Top countries</source>
            <translation>Ведущие страны</translation>
        </message>
        <message>
            <source>Share by outlet</source>
            <translation>Доля по изданиям</translation>
        </message>
        <message>
            <source>Share by producing agency</source>
            <translation>Доля по агентствам — авторам материалов</translation>
        </message>
        <message>
            <source>%1: %2 articles (%3%)</source>
            <translation>%1: статей — %2 (%3%)</translation>
        </message>
        <message>
            <source>Coverage map</source>
            <translation>Карта освещения</translation>
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
            <translation>Прочие</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Статьи</translation>
        </message>
        <message>
            <source>Share (%)</source>
            <translation>Доля (%)</translation>
        </message>
    </context>
    <context>
        <name>ww::CoverageStore</name>
        <message>
            <source>Counting coverage by day failed</source>
            <translation>Не удалось подсчитать освещение по дням</translation>
        </message>
        <message>
            <source>Counting coverage failed</source>
            <translation>Не удалось подсчитать освещение</translation>
        </message>
        <message>
            <source>The coverage summary cannot answer this filter</source>
            <translation>Сводка охвата не может ответить на этот фильтр</translation>
        </message>
    </context>
    <context>
        <name>ww::CoverageTimeModel</name>
        <message>
            <source>Week</source>
            <translation>Неделя</translation>
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
            <translation>Не удалось записать CSV: %1</translation>
        </message>
        <message>
            <source>The report was cancelled.</source>
            <translation>Создание отчёта отменено.</translation>
        </message>
    </context>
    <context>
        <name>ww::Database</name>
        <message>
            <source>the disk is full (%1)</source>
            <translation>диск заполнен (%1)</translation>
        </message>
        <message>
            <source>Preparing a statement failed</source>
            <translation>Не удалось подготовить SQL-запрос</translation>
        </message>
        <message>
            <source>Setting PRAGMA %1 failed</source>
            <translation>Не удалось установить PRAGMA %1</translation>
        </message>
        <message>
            <source>The database %1 is already in use by %2 (process %3 on host %4). Close the other Wirewatch instance, or open a different database file.</source>
            <translation>База данных %1 уже используется: %2 (процесс %3 на хосте %4). Закройте другой экземпляр Wirewatch или откройте другой файл базы данных.</translation>
        </message>
        <message>
            <source>another program</source>
            <translation>другая программа</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>неизвестно</translation>
        </message>
        <message>
            <source>Cannot create the lock file %1.lock (check the folder's permissions).</source>
            <translation>Не удалось создать файл блокировки %1.lock (проверьте права доступа к папке).</translation>
        </message>
        <message>
            <source>No database path given.</source>
            <translation>Не указан путь к базе данных.</translation>
        </message>
        <message>
            <source>The database %1 does not exist.</source>
            <translation>База данных %1 не существует.</translation>
        </message>
        <message>
            <source>Cannot create the folder for %1.</source>
            <translation>Не удалось создать папку для %1.</translation>
        </message>
        <message>
            <source>Cannot open the database %1</source>
            <translation>Не удалось открыть базу данных %1</translation>
        </message>
        <message>
            <source>The database %1 was written by a newer version of Wirewatch (schema %2; this version knows up to %3). Update Wirewatch to open it; the file was left unchanged.</source>
            <translation>База данных %1 записана более новой версией Wirewatch (схема %2; эта версия знает схемы до %3). Обновите Wirewatch, чтобы открыть её; файл оставлен без изменений.</translation>
        </message>
        <message>
            <source>The database %1 uses an older schema (%2 &lt; %3); open it once read-write to upgrade.</source>
            <translation>База данных %1 использует старую схему (%2 &lt; %3); откройте её один раз для чтения и записи, чтобы обновить.</translation>
        </message>
        <message>
            <source>Switching to WAL mode failed</source>
            <translation>Не удалось переключиться в режим WAL</translation>
        </message>
        <message>
            <source>The database %1 cannot use WAL mode (got %2).</source>
            <translation>База данных %1 не может использовать режим WAL (получено %2).</translation>
        </message>
        <message>
            <source>The database is not open.</source>
            <translation>База данных не открыта.</translation>
        </message>
        <message>
            <source>Starting a transaction failed</source>
            <translation>Не удалось начать транзакцию</translation>
        </message>
        <message>
            <source>Committing a transaction failed</source>
            <translation>Не удалось зафиксировать транзакцию</translation>
        </message>
        <message>
            <source>The integrity check could not read the file</source>
            <translation>Проверке целостности не удалось прочитать файл</translation>
        </message>
        <message>
            <source>A backup cannot run inside a transaction.</source>
            <translation>Резервное копирование нельзя выполнить внутри транзакции.</translation>
        </message>
        <message>
            <source>The backup file %1 already exists; choose a new name.</source>
            <translation>Файл резервной копии %1 уже существует; выберите другое имя.</translation>
        </message>
        <message>
            <source>Writing the backup %1 failed</source>
            <translation>Не удалось записать резервную копию %1</translation>
        </message>
        <message>
            <source>The backup %1 does not exist.</source>
            <translation>Резервная копия %1 не существует.</translation>
        </message>
        <message>
            <source>The backup cannot be restored: %1</source>
            <translation>Не удалось восстановить резервную копию: %1</translation>
        </message>
        <message>
            <source>The database %1 is in use; close it before restoring.</source>
            <translation>База данных %1 используется; закройте её перед восстановлением.</translation>
        </message>
        <message>
            <source>Cannot move %1 aside before restoring.</source>
            <translation>Не удалось переместить %1 в сторону перед восстановлением.</translation>
        </message>
        <message>
            <source>Copying the backup to %1 failed.</source>
            <translation>Не удалось скопировать резервную копию в %1.</translation>
        </message>
        <message>
            <source>Reconnecting to %1 failed</source>
            <translation>Не удалось переподключиться к %1</translation>
        </message>
        <message>
            <source>The connection to %1 was lost while saving (%2). The change may or may not have been saved; check it and try again.</source>
            <translation>Подключение к %1 прервалось во время сохранения (%2). Изменение могло не сохраниться; проверьте его и повторите попытку.</translation>
        </message>
        <message>
            <source>The connection to %1 was lost during a write (%2). The server discarded the unfinished change, so nothing of it was saved; Wirewatch reconnects on the next attempt.</source>
            <translation>Подключение к %1 прервалось во время записи (%2). Сервер отбросил незавершённое изменение, поэтому ничего из него не сохранено; Wirewatch переподключится при следующей попытке.</translation>
        </message>
        <message>
            <source>another program kept the database busy longer than Wirewatch waits (%1); try again when it has finished</source>
            <translation>другая программа занимала базу данных дольше, чем ожидает Wirewatch (%1); повторите попытку, когда она завершит работу</translation>
        </message>
        <message>
            <source>Qt's PostgreSQL driver (QPSQL) is not installed; install the package libqt6sql6-psql to open %1.</source>
            <translation>Драйвер PostgreSQL для Qt (QPSQL) не установлен; установите пакет libqt6sql6-psql, чтобы открыть %1.</translation>
        </message>
        <message>
            <source>Cannot connect to %1</source>
            <translation>Не удаётся подключиться к %1</translation>
        </message>
        <message>
            <source>Setting up the session failed</source>
            <translation>Не удалось настроить сеанс</translation>
        </message>
        <message>
            <source>Waiting for another client's schema upgrade failed</source>
            <translation>Ошибка при ожидании обновления схемы другим клиентом</translation>
        </message>
        <message>
            <source>The database %1 is read-only for now because a write failed (%2). Nothing was changed; free disk space or check the drive, then retry.</source>
            <translation>База данных %1 временно доступна только для чтения: не удалось выполнить запись (%2). Ничего не изменено; освободите место на диске или проверьте накопитель, затем повторите попытку.</translation>
        </message>
        <message>
            <source>The database server does not answer</source>
            <translation>Сервер базы данных не отвечает</translation>
        </message>
        <message>
            <source>A PostgreSQL archive is backed up on the server (pg_dump), not by Wirewatch.</source>
            <translation>Резервная копия архива PostgreSQL создаётся на сервере (pg_dump), а не средствами Wirewatch.</translation>
        </message>
    </context>
    <context>
        <name>ww::DemoSession</name>
        <message>
            <source>The demo server could not listen on 127.0.0.1.</source>
            <translation>Демонстрационный сервер не смог начать прослушивание на 127.0.0.1.</translation>
        </message>
        <message>
            <source>No temporary folder for the demo bundle: %1</source>
            <translation>Нет временной папки для демонстрационного пакета: %1</translation>
        </message>
        <message>
            <source>Cannot read %1 from the demo bundle.</source>
            <translation>Не удалось прочитать %1 из демонстрационного пакета.</translation>
        </message>
        <message>
            <source>Cannot write the demo bundle to %1.</source>
            <translation>Не удалось записать демонстрационный пакет в %1.</translation>
        </message>
        <message>
            <source>The demo bundle is missing from this build.</source>
            <translation>В этой сборке нет демонстрационного пакета.</translation>
        </message>
    </context>
    <context>
        <name>ww::ExtractionRows</name>
        <message>
            <source>Replacing extraction rows failed</source>
            <translation>Не удалось заменить извлечённые данные</translation>
        </message>
        <message>
            <source>Saving an image failed</source>
            <translation>Не удалось сохранить изображение</translation>
        </message>
        <message>
            <source>Saving an attribution claim failed</source>
            <translation>Не удалось сохранить указание авторства</translation>
        </message>
        <message>
            <source>Saving a country mention failed</source>
            <translation>Не удалось сохранить упоминание страны</translation>
        </message>
        <message>
            <source>Saving a quote failed</source>
            <translation>Не удалось сохранить цитату</translation>
        </message>
        <message>
            <source>Reading images failed</source>
            <translation>Не удалось прочитать изображения</translation>
        </message>
        <message>
            <source>Reading attribution claims failed</source>
            <translation>Не удалось прочитать указания авторства</translation>
        </message>
        <message>
            <source>Reading country mentions failed</source>
            <translation>Не удалось прочитать упоминания стран</translation>
        </message>
        <message>
            <source>Reading quotes failed</source>
            <translation>Не удалось прочитать цитаты</translation>
        </message>
    </context>
    <context>
        <name>ww::FeedParser</name>
        <message>
            <source>not a feed (empty document, %1 bytes)</source>
            <translation>не лента (пустой документ, %1 байт)</translation>
        </message>
        <message>
            <source>feed larger than %1 KB</source>
            <translation>лента больше %1 КБ</translation>
        </message>
        <message>
            <source>not a feed (got HTML, %1 KB)</source>
            <translation>не лента (получен HTML, %1 КБ)</translation>
        </message>
        <message>
            <source>not a feed (root element &lt;%1&gt;)</source>
            <translation>не лента (корневой элемент &lt;%1&gt;)</translation>
        </message>
    </context>
    <context>
        <name>ww::FeedSchedule</name>
        <message numerus="yes">
            <source>%n failures in a row; last: %1</source>
            <translation>
                <numerusform>%n сбой подряд; последний: %1</numerusform>
                <numerusform>%n сбоя подряд; последний: %1</numerusform>
                <numerusform>%n сбоев подряд; последний: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ww::FeedStore</name>
        <message>
            <source>A source needs a name.</source>
            <translation>У источника должно быть название.</translation>
        </message>
        <message>
            <source>Adding the source %1 failed</source>
            <translation>Не удалось добавить источник %1</translation>
        </message>
        <message>
            <source>Updating the source %1 failed</source>
            <translation>Не удалось обновить источник %1</translation>
        </message>
        <message>
            <source>Source %1 does not exist.</source>
            <translation>Источник %1 не существует.</translation>
        </message>
        <message>
            <source>Reading a source failed</source>
            <translation>Не удалось прочитать источник</translation>
        </message>
        <message>
            <source>Reading sources failed</source>
            <translation>Не удалось прочитать источники</translation>
        </message>
        <message>
            <source>Removing a source failed</source>
            <translation>Не удалось удалить источник</translation>
        </message>
        <message>
            <source>The feed address "%1" is not a valid URL.</source>
            <translation>Адрес ленты "%1" не является допустимым URL.</translation>
        </message>
        <message>
            <source>Already subscribed to %1.</source>
            <translation>Подписка на %1 уже оформлена.</translation>
        </message>
        <message>
            <source>Adding the feed %1 failed</source>
            <translation>Не удалось добавить ленту %1</translation>
        </message>
        <message>
            <source>Updating the feed %1 failed</source>
            <translation>Не удалось обновить ленту %1</translation>
        </message>
        <message>
            <source>Feed %1 does not exist.</source>
            <translation>Лента %1 не существует.</translation>
        </message>
        <message>
            <source>Reading feeds failed</source>
            <translation>Не удалось прочитать ленты</translation>
        </message>
        <message>
            <source>Not subscribed to %1.</source>
            <translation>Нет подписки на %1.</translation>
        </message>
        <message>
            <source>Reading folders failed</source>
            <translation>Не удалось прочитать папки</translation>
        </message>
        <message>
            <source>Removing the feed failed</source>
            <translation>Не удалось удалить ленту</translation>
        </message>
        <message>
            <source>Saving the poll state failed</source>
            <translation>Не удалось сохранить состояние опроса</translation>
        </message>
    </context>
    <context>
        <name>ww::HttpFetcher</name>
        <message>
            <source>cancelled</source>
            <translation>отменено</translation>
        </message>
        <message>
            <source>no complete response within %1 s (overall deadline)</source>
            <translation>полный ответ не получен за %1 с (общий срок)</translation>
        </message>
        <message>
            <source>could not resolve host “%1”: %2</source>
            <translation>не удалось разрешить имя хоста «%1»: %2</translation>
        </message>
        <message>
            <source>no address</source>
            <translation>нет адреса</translation>
        </message>
        <message>
            <source>%1 (host “%2”)</source>
            <translation>%1 (хост «%2»)</translation>
        </message>
        <message>
            <source>response too large: %1 MiB declared, the limit is %2 MiB</source>
            <translation>ответ слишком большой: заявлено %1 МиБ, предел — %2 МиБ</translation>
        </message>
        <message>
            <source>response too large or over-compressed: more than %1 MiB after decompression</source>
            <translation>ответ слишком большой или чрезмерно сжат: более %1 МиБ после распаковки</translation>
        </message>
        <message>
            <source>response too large: more than %1 MiB</source>
            <translation>ответ слишком большой: более %1 МиБ</translation>
        </message>
        <message>
            <source>response too large or over-compressed (%1)</source>
            <translation>ответ слишком большой или чрезмерно сжат (%1)</translation>
        </message>
        <message>
            <source>TLS certificate refused: %1</source>
            <translation>сертификат TLS отклонён: %1</translation>
        </message>
        <message>
            <source>the connection timed out</source>
            <translation>время ожидания соединения истекло</translation>
        </message>
        <message>
            <source>connection refused by %1</source>
            <translation>%1 отклонил соединение</translation>
        </message>
        <message>
            <source>host not found: %1</source>
            <translation>хост не найден: %1</translation>
        </message>
        <message>
            <source>the connection broke before the response was complete (%1 bytes received): %2</source>
            <translation>соединение прервалось до получения полного ответа (получено байт: %1): %2</translation>
        </message>
        <message>
            <source>network error: %1</source>
            <translation>ошибка сети: %1</translation>
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
            <translation>перенаправление на %1 отклонено: %2</translation>
        </message>
        <message>
            <source>redirect from https to plain http refused: %1</source>
            <translation>перенаправление с https на незащищённый http отклонено: %1</translation>
        </message>
        <message>
            <source>redirect loop: %1 leads back to %2</source>
            <translation>петля перенаправлений: %1 ведёт обратно на %2</translation>
        </message>
        <message>
            <source>too many redirects: more than %1 hops</source>
            <translation>слишком много перенаправлений: более %1</translation>
        </message>
    </context>
    <context>
        <name>ww::IngestService</name>
        <message>
            <source>The page could not be fetched (%1); the feed's content is shown instead.</source>
            <translation>Не удалось загрузить страницу (%1); вместо неё показано содержимое ленты.</translation>
        </message>
    </context>
    <context>
        <name>ww::IngestWriter</name>
        <message>
            <source>writes on a worker thread need a writable SQLite file</source>
            <translation>для записи в фоновом потоке нужен доступный для записи файл SQLite</translation>
        </message>
    </context>
    <context>
        <name>ww::IntegrityCheck</name>
        <message>
            <source>The database %1 is damaged or is not a Wirewatch database (%2). It was left unchanged; restore it from a backup or open another file.</source>
            <translation>База данных %1 повреждена или не является базой Wirewatch (%2). Она оставлена без изменений; восстановите её из резервной копии или откройте другой файл.</translation>
        </message>
        <message>
            <source>Cannot read the database %1.</source>
            <translation>Не удаётся прочитать базу данных %1.</translation>
        </message>
        <message>
            <source>the file is shorter than an SQLite header</source>
            <translation>файл короче заголовка SQLite</translation>
        </message>
        <message>
            <source>the file does not start with an SQLite header</source>
            <translation>файл не начинается с заголовка SQLite</translation>
        </message>
        <message>
            <source>the header gives an invalid page size</source>
            <translation>в заголовке указан недопустимый размер страницы</translation>
        </message>
        <message>
            <source>the header's payload fractions are invalid</source>
            <translation>доли полезной нагрузки в заголовке недопустимы</translation>
        </message>
        <message>
            <source>the file is truncated: %1 of %2 bytes</source>
            <translation>файл обрезан: %1 из %2 байт</translation>
        </message>
    </context>
    <context>
        <name>ww::JsonFeedParser</name>
        <message>
            <source>malformed JSON at offset %1: %2</source>
            <translation>некорректный JSON по смещению %1: %2</translation>
        </message>
        <message>
            <source>not a feed (JSON without a JSON Feed version)</source>
            <translation>не лента (JSON без версии JSON Feed)</translation>
        </message>
        <message>
            <source>feed has more than %1 items</source>
            <translation>в ленте более %1 элементов</translation>
        </message>
        <message>
            <source>item %1 text exceeds the limit of %2 characters</source>
            <translation>текст элемента %1 превышает предел в %2 символов</translation>
        </message>
        <message>
            <source>feed text exceeds the limit of %1 characters</source>
            <translation>текст ленты превышает предел в %1 символов</translation>
        </message>
        <message>
            <source>JSON Feed version "%1" is not a jsonfeed.org version URL</source>
            <translation>Версия JSON Feed «%1» не является URL версии jsonfeed.org</translation>
        </message>
    </context>
    <context>
        <name>ww::JsonReportWriter</name>
        <message>
            <source>Writing the JSON failed: %1</source>
            <translation>Не удалось записать JSON: %1</translation>
        </message>
        <message>
            <source>The report was cancelled.</source>
            <translation>Создание отчёта отменено.</translation>
        </message>
    </context>
    <context>
        <name>ww::Migrations</name>
        <message>
            <source>Reading the schema version failed</source>
            <translation>Не удалось прочитать версию схемы</translation>
        </message>
        <message>
            <source>Reading the schema failed</source>
            <translation>Не удалось прочитать схему</translation>
        </message>
        <message>
            <source>%1 is an SQLite database but not a Wirewatch one; it was left unchanged.</source>
            <translation>%1 — база данных SQLite, но не Wirewatch; она оставлена без изменений.</translation>
        </message>
        <message>
            <source>The database schema %1 is newer than this version knows (%2).</source>
            <translation>Схема базы данных %1 новее известной этой версии (%2).</translation>
        </message>
        <message>
            <source>Migration %1 (%2) failed</source>
            <translation>Миграция %1 (%2) не удалась</translation>
        </message>
        <message>
            <source>Recording schema version %1 failed</source>
            <translation>Не удалось записать версию схемы %1</translation>
        </message>
        <message>
            <source>%1 holds tables but is not a Wirewatch database; it was left unchanged. Use an empty database.</source>
            <translation>%1 содержит таблицы, но не является базой данных Wirewatch; она оставлена без изменений. Используйте пустую базу данных.</translation>
        </message>
    </context>
    <context>
        <name>ww::Opml</name>
        <message>
            <source>the OPML file is larger than %1 MiB</source>
            <translation>файл OPML больше %1 МиБ</translation>
        </message>
        <message>
            <source>the OPML file declares a DTD or entities; refused</source>
            <translation>файл OPML объявляет DTD или сущности; отклонён</translation>
        </message>
        <message>
            <source>not an OPML file (root element &lt;%1&gt;)</source>
            <translation>не файл OPML (корневой элемент &lt;%1&gt;)</translation>
        </message>
        <message>
            <source>nested deeper than %1 levels</source>
            <translation>вложенность глубже %1 уровней</translation>
        </message>
        <message>
            <source>address longer than %1 characters</source>
            <translation>адрес длиннее %1 символов</translation>
        </message>
        <message>
            <source>title longer than %1 characters</source>
            <translation>заголовок длиннее %1 символов</translation>
        </message>
        <message>
            <source>more than %1 feeds in one file</source>
            <translation>более %1 лент в одном файле</translation>
        </message>
        <message>
            <source>only http and https feeds can be subscribed</source>
            <translation>подписаться можно только на ленты http и https</translation>
        </message>
        <message>
            <source>the OPML file is not well-formed (line %1: %2)</source>
            <translation>файл OPML некорректен (строка %1: %2)</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>файл пуст</translation>
        </message>
    </context>
    <context>
        <name>ww::PdfPageFlow</name>
        <message>
            <source>Page %1 of %2</source>
            <translation>Страница %1 из %2</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>Страница %1</translation>
        </message>
    </context>
    <context>
        <name>ww::PdfReportWriter</name>
        <message>
            <source>Cannot start the PDF: %1</source>
            <translation>Не удаётся начать создание PDF: %1</translation>
        </message>
        <message>
            <source>Wirewatch report</source>
            <translation>Отчёт Wirewatch</translation>
        </message>
        <message>
            <source>Coverage report</source>
            <translation>Отчёт об освещении</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>Дата создания</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Выборка</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Статьи</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Резюме</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Содержание</translation>
        </message>
        <message>
            <source>Summary figures</source>
            <translation>Сводные показатели</translation>
        </message>
        <message>
            <source>Coverage charts</source>
            <translation>Диаграммы освещения</translation>
        </message>
        <message>
            <source>Coverage map</source>
            <translation>Карта освещения</translation>
        </message>
        <message>
            <source>Stories</source>
            <translation>Сюжеты</translation>
        </message>
        <message>
            <source>Outlets</source>
            <translation>Издания</translation>
        </message>
        <message>
            <source>Producer identified</source>
            <translation>Производитель определён</translation>
        </message>
        <message>
            <source>Producing agencies</source>
            <translation>Агентства-производители</translation>
        </message>
        <message>
            <source>Countries mentioned</source>
            <translation>Упомянутые страны</translation>
        </message>
        <message>
            <source>None identified.</source>
            <translation>Не определено.</translation>
        </message>
        <message>
            <source>Share by producer (wire agency)</source>
            <translation>Доля по производителям (информагентствам)</translation>
        </message>
        <message>
            <source>Share by outlet (publisher)</source>
            <translation>Доля по изданиям</translation>
        </message>
        <message>
            <source>Articles mentioning each country, over time</source>
            <translation>Статьи с упоминанием каждой страны, в динамике</translation>
        </message>
        <message>
            <source>No country is mentioned in this selection.</source>
            <translation>В этой выборке не упоминается ни одна страна.</translation>
        </message>
        <message>
            <source>Top countries</source>
            <translation>Страны-лидеры</translation>
        </message>
        <message>
            <source>Articles mentioning each country. Hatched: not mentioned.</source>
            <translation>Статьи с упоминанием каждой страны. Штриховка: не упоминается.</translation>
        </message>
        <message>
            <source>Not mentioned</source>
            <translation>Не упоминается</translation>
        </message>
        <message>
            <source>The report was cancelled.</source>
            <translation>Создание отчёта отменено.</translation>
        </message>
        <message>
            <source>Published by</source>
            <translation>Издание</translation>
        </message>
        <message>
            <source>Produced by</source>
            <translation>Производитель</translation>
        </message>
        <message>
            <source>not identified</source>
            <translation>не определено</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>Страны</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Метки</translation>
        </message>
        <message>
            <source>(no caption)</source>
            <translation>(без подписи)</translation>
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
            <translation>(цитируемого текста больше нет в статье)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Story: %1</source>
            <translation>Сюжет: %1</translation>
        </message>
        <message>
            <source>First published by</source>
            <translation>Первая публикация</translation>
        </message>
        <message>
            <source>and %1 more</source>
            <translation>и ещё %1</translation>
        </message>
        <message>
            <source>Story tags</source>
            <translation>Метки сюжета</translation>
        </message>
        <message>
            <source>Story note</source>
            <translation>Заметка к сюжету</translation>
        </message>
    </context>
    <context>
        <name>ww::PgConnection</name>
        <message>
            <source>"%1" is not a PostgreSQL connection string.</source>
            <translation>«%1» не является строкой подключения PostgreSQL.</translation>
        </message>
        <message>
            <source>The connection string is not a valid URL: %1</source>
            <translation>Строка подключения не является допустимым URL: %1</translation>
        </message>
        <message>
            <source>The database name cannot contain "/".</source>
            <translation>Имя базы данных не может содержать «/».</translation>
        </message>
        <message>
            <source>Expected keyword=value in the connection string, got "%1".</source>
            <translation>В строке подключения ожидалось ключ=значение, получено «%1».</translation>
        </message>
        <message>
            <source>The connection string names no database.</source>
            <translation>В строке подключения не указана база данных.</translation>
        </message>
    </context>
    <context>
        <name>ww::ReportExporter</name>
        <message>
            <source>No output file given.</source>
            <translation>Не указан выходной файл.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Не удаётся записать %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ww::ReportSource</name>
        <message numerus="yes">
            <source>%n selected article(s)</source>
            <translation>
                <numerusform>%n выбранная статья</numerusform>
                <numerusform>%n выбранные статьи</numerusform>
                <numerusform>%n выбранных статей</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved search: %1</source>
            <translation>Сохранённый поиск: %1</translation>
        </message>
        <message>
            <source>Search: %1</source>
            <translation>Поиск: %1</translation>
        </message>
        <message>
            <source>Folder: %1</source>
            <translation>Папка: %1</translation>
        </message>
        <message>
            <source>All articles</source>
            <translation>Все статьи</translation>
        </message>
        <message numerus="yes">
            <source>The stories of %n selected article(s)</source>
            <translation>
                <numerusform>Сюжеты %n выбранной статьи</numerusform>
                <numerusform>Сюжеты %n выбранных статей</numerusform>
                <numerusform>Сюжеты %n выбранных статей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n story cluster(s)</source>
            <translation>
                <numerusform>%n кластер сюжетов</numerusform>
                <numerusform>%n кластера сюжетов</numerusform>
                <numerusform>%n кластеров сюжетов</numerusform>
            </translation>
        </message>
        <message>
            <source>There is no saved search named or numbered “%1”.</source>
            <translation>Нет сохранённого поиска с именем или номером «%1».</translation>
        </message>
    </context>
    <context>
        <name>ww::ReportSpec</name>
        <message>
            <source>unknown report format '%1' (pdf, csv or json)</source>
            <translation>неизвестный формат отчёта '%1' (pdf, csv или json)</translation>
        </message>
        <message>
            <source>unknown page size '%1' (a4 or letter)</source>
            <translation>неизвестный размер страницы '%1' (a4 или letter)</translation>
        </message>
        <message>
            <source>cannot read '%1' as a date (YYYY-MM-DD or ISO 8601)</source>
            <translation>не удаётся распознать '%1' как дату (YYYY-MM-DD или ISO 8601)</translation>
        </message>
    </context>
    <context>
        <name>ww::SavedSearchRunner</name>
        <message>
            <source>New matches for "%1": %2</source>
            <translation>Новые совпадения для «%1»: %2</translation>
        </message>
    </context>
    <context>
        <name>ww::SavedSearchStore</name>
        <message>
            <source>The saved search does not exist.</source>
            <translation>Сохранённый поиск не существует.</translation>
        </message>
        <message>
            <source>A saved search needs a name.</source>
            <translation>У сохранённого поиска должно быть название.</translation>
        </message>
        <message>
            <source>Saving the search failed</source>
            <translation>Не удалось сохранить поиск</translation>
        </message>
        <message>
            <source>A saved search named "%1" already exists.</source>
            <translation>Сохранённый поиск с названием "%1" уже существует.</translation>
        </message>
        <message>
            <source>Deleting the search failed</source>
            <translation>Не удалось удалить поиск</translation>
        </message>
        <message>
            <source>Recording the alert failed</source>
            <translation>Не удалось записать оповещение</translation>
        </message>
        <message>
            <source>Reading alerts failed</source>
            <translation>Не удалось прочитать оповещения</translation>
        </message>
    </context>
    <context>
        <name>ww::Scanner</name>
        <message>
            <source>recursive entity '%1'</source>
            <translation>рекурсивная сущность '%1'</translation>
        </message>
        <message>
            <source>entity expansion limit exceeded: entities nested too deeply</source>
            <translation>превышен предел раскрытия сущностей: слишком глубокая вложенность</translation>
        </message>
        <message>
            <source>entity expansion limit exceeded: too many entity declarations</source>
            <translation>превышен предел раскрытия сущностей: слишком много объявлений сущностей</translation>
        </message>
        <message>
            <source>entity expansion limit exceeded: entity '%1' expands to more than %2 characters</source>
            <translation>превышен предел раскрытия сущностей: сущность '%1' раскрывается более чем в %2 символов</translation>
        </message>
        <message>
            <source>entity expansion limit exceeded: references expand to more than %1 characters</source>
            <translation>превышен предел раскрытия сущностей: ссылки раскрываются более чем в %1 символов</translation>
        </message>
        <message>
            <source>text before the XML declaration removed</source>
            <translation>текст перед объявлением XML удалён</translation>
        </message>
    </context>
    <context>
        <name>ww::SearchIndex</name>
        <message>
            <source>Reading an article for indexing failed</source>
            <translation>Не удалось прочитать статью для индексирования</translation>
        </message>
        <message>
            <source>Article %1 does not exist.</source>
            <translation>Статья %1 не существует.</translation>
        </message>
        <message>
            <source>Reading captions for indexing failed</source>
            <translation>Не удалось прочитать подписи к фото для индексирования</translation>
        </message>
        <message>
            <source>Updating the search index failed</source>
            <translation>Не удалось обновить поисковый индекс</translation>
        </message>
    </context>
    <context>
        <name>ww::SearchWindow</name>
        <message>
            <source>Searching articles failed</source>
            <translation>Не удалось выполнить поиск статей</translation>
        </message>
    </context>
    <context>
        <name>ww::SourceTreeModel</name>
        <message>
            <source>All articles</source>
            <translation>Все статьи</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>Отмеченные звёздочкой</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <source>not scheduled</source>
            <translation>не запланировано</translation>
        </message>
        <message>
            <source>Paused: %1</source>
            <translation>Приостановлено: %1</translation>
        </message>
        <message>
            <source>by the analyst</source>
            <translation>аналитиком</translation>
        </message>
        <message numerus="yes">
            <source>Failing (%n attempt(s)): %1</source>
            <translation>
                <numerusform>Сбой (%n попытка): %1</numerusform>
                <numerusform>Сбой (%n попытки): %1</numerusform>
                <numerusform>Сбой (%n попыток): %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Next retry: %1</source>
            <translation>Следующая попытка: %1</translation>
        </message>
        <message>
            <source>Last updated: %1</source>
            <translation>Последнее обновление: %1</translation>
        </message>
        <message>
            <source>Next update: %1</source>
            <translation>Следующее обновление: %1</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Непрочитанные</translation>
        </message>
        <message>
            <source>Saved searches</source>
            <translation>Сохранённые поиски</translation>
        </message>
        <message numerus="yes">
            <source>%n matching article(s)</source>
            <translation>
                <numerusform>%n подходящая статья</numerusform>
                <numerusform>%n подходящие статьи</numerusform>
                <numerusform>%n подходящих статей</numerusform>
            </translation>
        </message>
        <message>
            <source>Alerts on new matches</source>
            <translation>Оповещения о новых совпадениях</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n article(s)</source>
            <translation>
                <numerusform>%1: %n статья</numerusform>
                <numerusform>%1: %n статьи</numerusform>
                <numerusform>%1: %n статей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n статья</numerusform>
                <numerusform>%n статьи</numerusform>
                <numerusform>%n статей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%n непрочитанная</numerusform>
                <numerusform>%n непрочитанные</numerusform>
                <numerusform>%n непрочитанных</numerusform>
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
            <translation>Не удалось прочитать статистику</translation>
        </message>
    </context>
    <context>
        <name>ww::TagStore</name>
        <message>
            <source>Reading tags failed</source>
            <translation>Не удалось прочитать теги</translation>
        </message>
        <message>
            <source>The tag does not exist.</source>
            <translation>Тег не существует.</translation>
        </message>
        <message>
            <source>A tag needs a name.</source>
            <translation>У тега должно быть название.</translation>
        </message>
        <message>
            <source>A tag named "%1" already exists.</source>
            <translation>Тег "%1" уже существует.</translation>
        </message>
        <message>
            <source>Creating the tag %1 failed</source>
            <translation>Не удалось создать тег %1</translation>
        </message>
        <message>
            <source>A tag named "%1" already exists; merge the tags instead.</source>
            <translation>Тег "%1" уже существует; вместо этого объедините теги.</translation>
        </message>
        <message>
            <source>Renaming the tag failed</source>
            <translation>Не удалось переименовать тег</translation>
        </message>
        <message>
            <source>Changing the tag's colour failed</source>
            <translation>Не удалось изменить цвет тега</translation>
        </message>
        <message>
            <source>Merging tags failed</source>
            <translation>Не удалось объединить теги</translation>
        </message>
        <message>
            <source>Deleting the tag failed</source>
            <translation>Не удалось удалить тег</translation>
        </message>
        <message>
            <source>There is no tag named "%1".</source>
            <translation>Тега "%1" нет.</translation>
        </message>
        <message>
            <source>Tagging articles failed</source>
            <translation>Не удалось назначить тег статьям</translation>
        </message>
        <message>
            <source>Removing a tag failed</source>
            <translation>Не удалось снять тег</translation>
        </message>
        <message>
            <source>Tagging the story failed</source>
            <translation>Не удалось назначить тег сюжету</translation>
        </message>
    </context>
    <context>
        <name>ww::TextDecoder</name>
        <message>
            <source>the byte order mark (%1) overrides the declared charset %2</source>
            <translation>метка порядка байтов (%1) имеет приоритет над объявленной кодировкой %2</translation>
        </message>
        <message>
            <source>unsupported encoding %1</source>
            <translation>неподдерживаемая кодировка %1</translation>
        </message>
        <message>
            <source>declared %1 but the bytes are not %1</source>
            <translation>объявлена кодировка %1, но байты не в %1</translation>
        </message>
        <message>
            <source>declared %1 but the bytes are valid UTF-8</source>
            <translation>объявлена кодировка %1, но байты — корректный UTF-8</translation>
        </message>
        <message>
            <source>declared %1 but the bytes are not valid %1</source>
            <translation>объявлена кодировка %1, но байты не являются корректным %1</translation>
        </message>
        <message>
            <source>encoding guessed as %1</source>
            <translation>кодировка определена как %1</translation>
        </message>
    </context>
    <context>
        <name>ww::TimelineView</name>
        <message>
            <source>Story timeline</source>
            <translation>Хронология сюжета</translation>
        </message>
        <message numerus="yes">
            <source>%1
%n publication(s); first: %2, %3</source>
            <translation>
                <numerusform>%1
%n публикация; первая: %2, %3</numerusform>
                <numerusform>%1
%n публикации; первая: %2, %3</numerusform>
                <numerusform>%1
%n публикаций; первая: %2, %3</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>First publisher</source>
            <translation>Первое издание</translation>
        </message>
        <message>
            <source>%1 after the first</source>
            <translation>через %1 после первой</translation>
        </message>
        <message>
            <source>min</source>
            <translation>мин</translation>
        </message>
        <message>
            <source>Produced by %1</source>
            <translation>Автор материала: %1</translation>
        </message>
        <message>
            <source>No stories for this filter</source>
            <translation>Нет сюжетов для этого фильтра</translation>
        </message>
    </context>
    <context>
        <name>ww::WorldMapWidget</name>
        <message>
            <source>World map of coverage</source>
            <translation>Карта мира: освещение</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Статьи</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>Нет данных</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>нет данных</translation>
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
            <translation>вложенность документа глубже %1 элементов (строка %2)</translation>
        </message>
        <message>
            <source>document has more than %1 elements</source>
            <translation>в документе более %1 элементов</translation>
        </message>
        <message>
            <source>feed has more than %1 items</source>
            <translation>в ленте более %1 элементов</translation>
        </message>
        <message>
            <source>feed text exceeds the limit of %1 characters</source>
            <translation>текст ленты превышает предел в %1 символов</translation>
        </message>
        <message>
            <source>item %1 text exceeds the limit of %2 characters</source>
            <translation>текст элемента %1 превышает предел в %2 символов</translation>
        </message>
        <message>
            <source>empty document: no XML element found</source>
            <translation>пустой документ: элементы XML не найдены</translation>
        </message>
        <message>
            <source>feed truncated at line %1</source>
            <translation>лента обрывается на строке %1</translation>
        </message>
        <message>
            <source>missing close tag for the root element added</source>
            <translation>добавлен недостающий закрывающий тег корневого элемента</translation>
        </message>
        <message>
            <source>entity expansion limit exceeded at line %1: %2</source>
            <translation>превышен предел раскрытия сущностей на строке %1: %2</translation>
        </message>
        <message>
            <source>malformed XML at line %1, column %2: %3</source>
            <translation>некорректный XML в строке %1, столбце %2: %3</translation>
        </message>
        <message>
            <source>undeclared namespace prefixes: %1</source>
            <translation>необъявленные префиксы пространств имён: %1</translation>
        </message>
    </context>
    <context>
        <name>ww::cli</name>
        <message>
            <source>Parse one feed and print it as JSON (nothing is stored).</source>
            <translation>Разобрать одну ленту и вывести её в JSON (ничего не сохраняется).</translation>
        </message>
        <message>
            <source>Extract one article page and print it as JSON (nothing is stored).</source>
            <translation>Извлечь одну страницу статьи и вывести её в JSON (ничего не сохраняется).</translation>
        </message>
        <message>
            <source>List, subscribe to or remove feeds.</source>
            <translation>Показать ленты, подписаться на них или удалить их.</translation>
        </message>
        <message>
            <source>Poll due feeds (or all), store new articles and extract their pages.</source>
            <translation>Опросить ленты, которым пора обновиться (или все), сохранить новые статьи и извлечь их страницы.</translation>
        </message>
        <message>
            <source>Full-text search with filters; prints matching articles as JSON.</source>
            <translation>Полнотекстовый поиск с фильтрами; выводит найденные статьи в JSON.</translation>
        </message>
        <message>
            <source>Print the archive's counts as JSON.</source>
            <translation>Вывести статистику архива в JSON.</translation>
        </message>
        <message>
            <source>Subscribe to the feeds of an OPML file.</source>
            <translation>Подписаться на ленты из файла OPML.</translation>
        </message>
        <message>
            <source>Write the subscriptions as OPML (to stdout without FILE).</source>
            <translation>Записать подписки в формате OPML (в stdout, если FILE не указан).</translation>
        </message>
        <message>
            <source>Serve the built-in demo bundle on 127.0.0.1 until interrupted.</source>
            <translation>Раздавать встроенный демонстрационный пакет на 127.0.0.1 до прерывания.</translation>
        </message>
        <message>
            <source>only http and https feeds can be subscribed: %1</source>
            <translation>подписаться можно только на ленты http и https: %1</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>не удалось прочитать %1: %2</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>не удалось записать %1: %2</translation>
        </message>
        <message>
            <source>Write a PDF, CSV or JSON report of the selected articles (atomically; no network).</source>
            <translation>Записать отчёт PDF, CSV или JSON по выбранным статьям (атомарно; без сети).</translation>
        </message>
        <message>
            <source>--from must be before --to</source>
            <translation>--from должно быть раньше --to</translation>
        </message>
        <message>
            <source>There is no backup of %1 in %2.</source>
            <translation>В %2 нет резервной копии %1.</translation>
        </message>
        <message>
            <source>Write a consistent copy of the database (VACUUM INTO or pg_dump): to a file, or into the backups folder keeping the newest N.</source>
            <translation>Записать согласованную копию базы данных (VACUUM INTO или pg_dump): в файл или в папку резервных копий, сохраняя N самых новых.</translation>
        </message>
        <message>
            <source>Replace the database with a verified backup (the replaced file is kept).</source>
            <translation>Заменить базу данных проверенной резервной копией (заменённый файл сохраняется).</translation>
        </message>
        <message>
            <source>--saved-search takes the name or the id of a saved search</source>
            <translation>--saved-search принимает имя или идентификатор сохранённого поиска</translation>
        </message>
        <message>
            <source>--cluster takes a story cluster id, not '%1'</source>
            <translation>--cluster принимает идентификатор кластера сюжетов, а не «%1»</translation>
        </message>
    </context>
</TS>
