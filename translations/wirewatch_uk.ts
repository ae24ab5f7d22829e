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
        <source>Publisher</source>
        <translation>Видання</translation>
    </message>
    <message>
        <source>Producing agency</source>
        <translation>Агенція — автор матеріалу</translation>
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
        <source>Evidence: the feed&apos;s outlet</source>
        <translation>Підстава: видання, якому належить стрічка</translation>
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
        <source>Evidence:
%1</source>
        <translation>Підстави:
%1</translation>
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
        <source>Also ran in %n outlet(s)</source>
        <translation>
            <numerusform>Також вийшло в %n виданні</numerusform>
            <numerusform>Також вийшло в %n виданнях</numerusform>
            <numerusform>Також вийшло в %n виданнях</numerusform>
        </translation>
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
    <name>MainWindow</name>
    <message>
        <source>Wirewatch</source>
        <translation>Wirewatch</translation>
    </message>
    <message>
        <source>Search: words, &quot;phrases&quot;, country:KP agency:Reuters outlet:… tag:… lang:ru</source>
        <translation>Пошук: слова, &quot;фрази&quot;, country:KP agency:Reuters outlet:… tag:… lang:ru</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Пошук статей</translation>
    </message>
    <message>
        <source>Free text and field filters: country:KP agency:Reuters outlet:&quot;Global South World&quot; tag:sanctions lang:ru from:2026-10-01 to:2026-10-31</source>
        <translation>Довільний текст і фільтри за полями: country:KP agency:Reuters outlet:&quot;Global South World&quot; tag:sanctions lang:ru from:2026-10-01 to:2026-10-31</translation>
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
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>%1: needs a value</source>
        <translation>%1: потрібне значення</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code</source>
        <translation>&quot;%1&quot; — не дволітерний код країни</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code</source>
        <translation>&quot;%1&quot; — не код мови</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; — не дата (РРРР-ММ-ДД)</translation>
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
        <source>No outlet named &quot;%1&quot;</source>
        <translation>Немає видання з назвою &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No tag named &quot;%1&quot;</source>
        <translation>Немає тегу &quot;%1&quot;</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>тег</translation>
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
        <source>--header wants &quot;Name: value&quot;, got &apos;%1&apos;</source>
        <translation>--header очікує &quot;Name: value&quot;, отримано &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не вдалося прочитати %1: %2</translation>
    </message>
    <message>
        <source>--allow-host wants ADDRESS:PORT, got &apos;%1&apos;</source>
        <translation>--allow-host очікує АДРЕСА:ПОРТ, отримано &apos;%1&apos;</translation>
    </message>
    <message>
        <source>usage: wirewatch-cli parse PATH|URL [--header &quot;Name: value&quot;]... [--base URL]</source>
        <translation>використання: wirewatch-cli parse ШЛЯХ|URL [--header &quot;Name: value&quot;]... [--base URL]</translation>
    </message>
    <message>
        <source>usage: wirewatch-cli extract PATH|URL [--url ORIGINAL_URL] [--header &quot;Name: value&quot;]...</source>
        <translation>використання: wirewatch-cli extract ШЛЯХ|URL [--url ПОЧАТКОВИЙ_URL] [--header &quot;Name: value&quot;]...</translation>
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
        <source>unknown command &apos;%1&apos; (see wirewatch-cli --help)</source>
        <translation>невідома команда &apos;%1&apos; (див. wirewatch-cli --help)</translation>
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
        <source>The feed gave no usable date; sorted by the time it was fetched.</source>
        <translation>Стрічка не містить придатної дати; впорядковано за часом отримання.</translation>
    </message>
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
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
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
        <source>Cannot create the lock file %1.lock (check the folder&apos;s permissions).</source>
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
        <source>The database %1 is damaged or is not a Wirewatch database (%2). It was left unchanged; restore it from a backup or open another file.</source>
        <translation>База даних %1 пошкоджена або не є базою даних Wirewatch (%2). Її залишено без змін; відновіть її з резервної копії або відкрийте інший файл.</translation>
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
        <source>The feed address &quot;%1&quot; is not a valid URL.</source>
        <translation>Адреса стрічки &quot;%1&quot; не є допустимою URL-адресою.</translation>
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
        <source>The page could not be fetched (%1); the feed&apos;s content is shown instead.</source>
        <translation>Не вдалося завантажити сторінку (%1); натомість показано вміст стрічки.</translation>
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
        <source>A saved search named &quot;%1&quot; already exists.</source>
        <translation>Збережений пошук із назвою &quot;%1&quot; уже існує.</translation>
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
        <source>recursive entity &apos;%1&apos;</source>
        <translation>рекурсивна сутність &apos;%1&apos;</translation>
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
        <source>entity expansion limit exceeded: entity &apos;%1&apos; expands to more than %2 characters</source>
        <translation>перевищено межу розгортання сутностей: сутність &apos;%1&apos; розгортається понад %2 символів</translation>
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
        <source>Full-text indexing for this backend is not implemented yet.</source>
        <translation>Повнотекстове індексування для цього сховища ще не реалізовано.</translation>
    </message>
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
        <source>A tag named &quot;%1&quot; already exists.</source>
        <translation>Тег &quot;%1&quot; уже існує.</translation>
    </message>
    <message>
        <source>Creating the tag %1 failed</source>
        <translation>Не вдалося створити тег %1</translation>
    </message>
    <message>
        <source>A tag named &quot;%1&quot; already exists; merge the tags instead.</source>
        <translation>Тег &quot;%1&quot; уже існує; натомість об’єднайте теги.</translation>
    </message>
    <message>
        <source>Renaming the tag failed</source>
        <translation>Не вдалося перейменувати тег</translation>
    </message>
    <message>
        <source>Changing the tag&apos;s colour failed</source>
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
        <source>There is no tag named &quot;%1&quot;.</source>
        <translation>Тегу &quot;%1&quot; немає.</translation>
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
        <source>Print the archive&apos;s counts as JSON.</source>
        <translation>Вивести статистику архіву як JSON.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database (VACUUM INTO).</source>
        <translation>Записати узгоджену копію бази даних (VACUUM INTO).</translation>
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
</context>
</TS>
