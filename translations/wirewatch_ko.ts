<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
    <context>
        <name>AgencyRegistry</name>
        <message>
            <source>Agency list: %1</source>
            <translation>통신사 목록: %1</translation>
        </message>
        <message>
            <source>Agency list is larger than %1 bytes</source>
            <translation>통신사 목록이 %1바이트보다 큽니다</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1을(를) 읽을 수 없습니다: %2</translation>
        </message>
        <message>
            <source>%1 is too large</source>
            <translation>%1이(가) 너무 큽니다</translation>
        </message>
    </context>
    <context>
        <name>AlertCenter</name>
        <message>
            <source>Wirewatch alert</source>
            <translation>Wirewatch 알림</translation>
        </message>
        <message>
            <source>More new matches in other saved searches: %1</source>
            <translation>다른 저장된 검색에도 새 일치 항목이 있음: %1</translation>
        </message>
    </context>
    <context>
        <name>AlertHistoryDialog</name>
        <message>
            <source>&amp;Open article</source>
            <translation>기사 열기(&amp;O)</translation>
        </message>
        <message>
            <source>Alert history</source>
            <translation>알림 기록</translation>
        </message>
        <message>
            <source>&amp;Alerts by saved search, newest first:</source>
            <translation>저장된 검색별 알림, 최신순(&amp;A):</translation>
        </message>
        <message>
            <source>Fired</source>
            <translation>발생 시각</translation>
        </message>
        <message>
            <source>New matches</source>
            <translation>새 일치 항목</translation>
        </message>
        <message>
            <source>Newest match</source>
            <translation>최신 일치 항목</translation>
        </message>
        <message>
            <source>No alerts yet</source>
            <translation>아직 알림이 없습니다</translation>
        </message>
        <message>
            <source>Alerts are off for this search</source>
            <translation>이 검색의 알림이 꺼져 있습니다</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(제목 없음)</translation>
        </message>
        <message>
            <source>(article no longer stored)</source>
            <translation>(더 이상 저장되어 있지 않은 기사)</translation>
        </message>
    </context>
    <context>
        <name>AnalystDesk</name>
        <message>
            <source>Tags and notes</source>
            <translation>태그 및 메모</translation>
        </message>
        <message>
            <source>&amp;Highlight selection…</source>
            <translation>선택 영역 강조 표시(&amp;H)…</translation>
        </message>
        <message>
            <source>&amp;Save search…</source>
            <translation>검색 저장(&amp;S)…</translation>
        </message>
        <message>
            <source>Highlight the selected words of the article and add a note</source>
            <translation>기사에서 선택한 단어를 강조 표시하고 메모 추가</translation>
        </message>
        <message>
            <source>Note on &amp;article…</source>
            <translation>기사 메모(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Tag article…</source>
            <translation>기사에 태그 지정(&amp;T)…</translation>
        </message>
        <message>
            <source>Tag &amp;selected articles…</source>
            <translation>선택한 기사에 태그 지정(&amp;S)…</translation>
        </message>
        <message>
            <source>Select articles in the list first.</source>
            <translation>먼저 목록에서 기사를 선택하십시오.</translation>
        </message>
        <message>
            <source>Tag %1 selected articles</source>
            <translation>선택한 기사 %1개에 태그 지정</translation>
        </message>
        <message>
            <source>Tag the whole &amp;story…</source>
            <translation>스토리 전체에 태그 지정(&amp;S)…</translation>
        </message>
        <message>
            <source>Tag every copy of this story</source>
            <translation>이 스토리의 모든 사본에 태그 지정</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>실행 취소(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>다시 실행(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>메모(&amp;N)</translation>
        </message>
        <message>
            <source>New alert matches</source>
            <translation>새 알림 일치 항목</translation>
        </message>
        <message>
            <source>Alerts: %1 new</source>
            <translation>알림: 새 항목 %1개</translation>
        </message>
        <message>
            <source>Search saved as "%1".</source>
            <translation>검색이 "%1"(으)로 저장되었습니다.</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>태그:</translation>
        </message>
        <message>
            <source>Tagged %1 articles "%2".</source>
            <translation>기사 %1개에 "%2" 태그를 지정했습니다.</translation>
        </message>
        <message>
            <source>Note on the whole st&amp;ory…</source>
            <translation>스토리 전체에 메모(&amp;O)…</translation>
        </message>
        <message>
            <source>This article is not part of a story other outlets ran.</source>
            <translation>이 기사는 다른 매체가 보도한 스토리에 속하지 않습니다.</translation>
        </message>
        <message>
            <source>&amp;Manage tags…</source>
            <translation>태그 관리(&amp;M)…</translation>
        </message>
        <message>
            <source>&amp;All notes…</source>
            <translation>모든 메모(&amp;A)…</translation>
        </message>
        <message>
            <source>Alert &amp;history…</source>
            <translation>알림 기록(&amp;H)…</translation>
        </message>
        <message>
            <source>Show the alert history</source>
            <translation>알림 기록 표시</translation>
        </message>
    </context>
    <context>
        <name>AnnotationListDialog</name>
        <message>
            <source>&amp;Open article</source>
            <translation>기사 열기(&amp;O)</translation>
        </message>
        <message>
            <source>All notes</source>
            <translation>모든 메모</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>검색(&amp;S):</translation>
        </message>
        <message>
            <source>Words in the notes or the highlighted text</source>
            <translation>메모 또는 강조 표시된 텍스트의 단어</translation>
        </message>
        <message>
            <source>Search notes</source>
            <translation>메모 검색</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>메모</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>메모 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n note(s)</source>
            <translation>
                <numerusform>메모 %n개 중 %1개</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AnnotationListModel</name>
        <message>
            <source>(untitled)</source>
            <translation>(제목 없음)</translation>
        </message>
        <message>
            <source>Story: %1</source>
            <translation>스토리: %1</translation>
        </message>
        <message>
            <source>(whole story)</source>
            <translation>(스토리 전체)</translation>
        </message>
        <message>
            <source>(whole article)</source>
            <translation>(기사 전체)</translation>
        </message>
        <message>
            <source>"%1" (no longer in the article)</source>
            <translation>"%1" (더 이상 기사에 없음)</translation>
        </message>
        <message>
            <source>"%1"</source>
            <translation>"%1"</translation>
        </message>
        <message>
            <source>These words are no longer in the article's current text: %1</source>
            <translation>다음 단어는 더 이상 기사의 현재 본문에 없습니다: %1</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>기사</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>인용문</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>메모</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>작성일</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>수정일</translation>
        </message>
    </context>
    <context>
        <name>AnnotationPanel</name>
        <message>
            <source>Add note</source>
            <translation>메모 추가</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>메모 편집</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>메모 삭제</translation>
        </message>
        <message>
            <source>&amp;Highlight selection…</source>
            <translation>선택 영역 강조 표시(&amp;H)…</translation>
        </message>
        <message>
            <source>Note on &amp;article…</source>
            <translation>기사 메모(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>편집(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>삭제(&amp;D)</translation>
        </message>
        <message>
            <source>Notes on this article</source>
            <translation>이 기사의 메모</translation>
        </message>
        <message>
            <source>Select words in the article, then add a note to them</source>
            <translation>기사에서 단어를 선택한 후 메모를 추가하십시오</translation>
        </message>
        <message>
            <source>Select the words to highlight first.</source>
            <translation>먼저 강조 표시할 단어를 선택하십시오.</translation>
        </message>
        <message>
            <source>Article note: %1</source>
            <translation>기사 메모: %1</translation>
        </message>
        <message>
            <source>"%1" (no longer in the article)
%2</source>
            <translation>"%1" (더 이상 기사에 없음)
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
            <translation>%1에 저장됨</translation>
        </message>
        <message>
            <source>Highlight</source>
            <translation>강조 표시</translation>
        </message>
        <message>
            <source>Note (optional):</source>
            <translation>메모(선택 사항):</translation>
        </message>
        <message>
            <source>Note on article</source>
            <translation>기사 메모</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>메모:</translation>
        </message>
    </context>
    <context>
        <name>ArticleBrowser</name>
        <message>
            <source>Article text</source>
            <translation>기사 본문</translation>
        </message>
    </context>
    <context>
        <name>ArticleHeader</name>
        <message>
            <source>Article title</source>
            <translation>기사 제목</translation>
        </message>
        <message>
            <source>Byline, dateline and times</source>
            <translation>바이라인, 데이트라인 및 시각</translation>
        </message>
        <message>
            <source>Story cluster</source>
            <translation>기사 묶음</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>태그</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>국가</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(제목 없음)</translation>
        </message>
        <message>
            <source>Published by %1</source>
            <translation>발행: %1</translation>
        </message>
        <message>
            <source>— produced by %1</source>
            <translation>— 제공: %1</translation>
        </message>
        <message>
            <source>— own reporting (%1)</source>
            <translation>— 자체 취재 (%1)</translation>
        </message>
        <message>
            <source>No evidence recorded</source>
            <translation>기록된 근거 없음</translation>
        </message>
        <message>
            <source>published %1</source>
            <translation>발행 %1</translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>날짜 알 수 없음</translation>
        </message>
        <message>
            <source>updated %1</source>
            <translation>수정 %1</translation>
        </message>
        <message>
            <source>language: %1</source>
            <translation>언어: %1</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… 외 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>태그: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n mention(s)%2</source>
            <translation>
                <numerusform>%1: %n회 언급%2</numerusform>
            </translation>
        </message>
        <message>
            <source>, in the title</source>
            <translation>, 제목 포함</translation>
        </message>
        <message>
            <source>Publisher and producing agency</source>
            <translation>매체 및 제작 통신사</translation>
        </message>
        <message>
            <source>Publisher evidence: %1</source>
            <translation>매체 판단 근거: %1</translation>
        </message>
        <message>
            <source>the feed's outlet</source>
            <translation>피드의 매체</translation>
        </message>
        <message>
            <source>Producer evidence:
%1</source>
            <translation>제작 통신사 판단 근거:
%1</translation>
        </message>
        <message numerus="yes">
            <source>Also ran in %n other outlet(s)</source>
            <translation>
                <numerusform>다른 매체 %n곳에도 게재됨</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Same story: %n other article(s) from this outlet</source>
            <translation>
                <numerusform>같은 스토리: 이 매체의 다른 기사 %n건</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ArticleTableView</name>
        <message>
            <source>Articles</source>
            <translation>기사</translation>
        </message>
    </context>
    <context>
        <name>ArticleView</name>
        <message>
            <source>photographer: %1</source>
            <translation>사진기자: %1</translation>
        </message>
        <message>
            <source>agency: %1</source>
            <translation>통신사: %1</translation>
        </message>
        <message>
            <source>pool photo</source>
            <translation>공동취재단 사진</translation>
        </message>
        <message>
            <source>distributed by %1</source>
            <translation>배포: %1</translation>
        </message>
        <message>
            <source>file photo</source>
            <translation>자료 사진</translation>
        </message>
        <message>
            <source>handout</source>
            <translation>배포 사진</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>기사</translation>
        </message>
        <message>
            <source>Select an article to read it.</source>
            <translation>읽을 기사를 선택하십시오.</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>이미지</translation>
        </message>
        <message>
            <source>Credit: %1</source>
            <translation>사진 출처: %1</translation>
        </message>
        <message>
            <source>Open the original page</source>
            <translation>원본 페이지 열기</translation>
        </message>
    </context>
    <context>
        <name>ClusterNotesPanel</name>
        <message>
            <source>Add story note</source>
            <translation>스토리 메모 추가</translation>
        </message>
        <message>
            <source>Edit story note</source>
            <translation>스토리 메모 편집</translation>
        </message>
        <message>
            <source>Delete story note</source>
            <translation>스토리 메모 삭제</translation>
        </message>
        <message>
            <source>Note on &amp;story…</source>
            <translation>스토리에 메모(&amp;S)…</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation>편집(&amp;I)…</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>삭제(&amp;L)</translation>
        </message>
        <message>
            <source>Notes on this story</source>
            <translation>이 스토리의 메모</translation>
        </message>
        <message>
            <source>Add a note shared by every outlet's copy of this story</source>
            <translation>이 스토리를 보도한 모든 매체의 기사에 공유되는 메모 추가</translation>
        </message>
        <message numerus="yes">
            <source>Notes on this &amp;story (%n copies)</source>
            <translation>
                <numerusform>이 스토리의 메모 (사본 %n개)(&amp;S)</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1에 저장됨</translation>
        </message>
        <message>
            <source>Note on story</source>
            <translation>스토리 메모</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>메모:</translation>
        </message>
    </context>
    <context>
        <name>CoverageController</name>
        <message>
            <source>Could not count the coverage: %1</source>
            <translation>보도 현황을 집계할 수 없습니다: %1</translation>
        </message>
        <message>
            <source>no connection for the dashboard</source>
            <translation>대시보드용 연결이 없습니다</translation>
        </message>
    </context>
    <context>
        <name>DamagedDatabaseDialog</name>
        <message>
            <source>Nothing was restored.</source>
            <translation>아무것도 복원되지 않았습니다.</translation>
        </message>
        <message>
            <source>Wirewatch</source>
            <translation>Wirewatch</translation>
        </message>
        <message>
            <source>The database %1 cannot be opened.</source>
            <translation>데이터베이스 %1을(를) 열 수 없습니다.</translation>
        </message>
        <message>
            <source>The latest backup is %1 (%2). Restoring it keeps the damaged file next to it for inspection; changes made after the backup are not in it.</source>
            <translation>최신 백업은 %1(%2)입니다. 복원하면 손상된 파일은 검사를 위해 그 옆에 보관됩니다. 백업 이후의 변경 사항은 포함되지 않습니다.</translation>
        </message>
        <message>
            <source>&amp;Restore from the latest backup</source>
            <translation>최신 백업에서 복원(&amp;R)</translation>
        </message>
        <message>
            <source>No backup of it was found in %1.</source>
            <translation>%1에서 해당 백업을 찾을 수 없습니다.</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>종료(&amp;Q)</translation>
        </message>
    </context>
    <context>
        <name>FacetModel</name>
        <message>
            <source>Countries</source>
            <translation>국가</translation>
        </message>
        <message>
            <source>Producing agencies</source>
            <translation>제작 통신사</translation>
        </message>
        <message>
            <source>Outlets</source>
            <translation>매체</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>언어</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n article(s); click to narrow the search</source>
            <translation>
                <numerusform>%1: 기사 %n건, 클릭하여 검색 범위 좁히기</numerusform>
            </translation>
        </message>
        <message>
            <source>Refine</source>
            <translation>세분화</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>기사</translation>
        </message>
    </context>
    <context>
        <name>FacetView</name>
        <message>
            <source>Refine the search</source>
            <translation>검색 세분화</translation>
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
            <translation>검색: 단어, "구문", country:KP agency:Reuters outlet:… tag:… lang:ru</translation>
        </message>
        <message>
            <source>Search articles</source>
            <translation>기사 검색</translation>
        </message>
        <message>
            <source>Free text and field filters: country:KP agency:Reuters outlet:"Global South World" tag:sanctions lang:ru from:2026-10-01 to:2026-10-31</source>
            <translation>자유 텍스트 및 필드 필터: country:KP agency:Reuters outlet:"Global South World" tag:sanctions lang:ru from:2026-10-01 to:2026-10-31</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>설정(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>종료(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>기사(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>다음(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Previous</source>
            <translation>이전(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Mark read/unread</source>
            <translation>읽음/읽지 않음 표시(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Star</source>
            <translation>별표(&amp;S)</translation>
        </message>
        <message>
            <source>Open in &amp;browser</source>
            <translation>브라우저에서 열기(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>검색(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Refresh sources</source>
            <translation>소스 새로 고침(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About Wirewatch</source>
            <translation>Wirewatch 정보(&amp;A)</translation>
        </message>
        <message>
            <source>About Wirewatch</source>
            <translation>Wirewatch 정보</translation>
        </message>
        <message>
            <source>Wirewatch %1
Follow how news stories travel across outlets and wire agencies.</source>
            <translation>Wirewatch %1
뉴스가 언론사와 통신사 사이에서 어떻게 퍼지는지 추적합니다.</translation>
        </message>
        <message>
            <source>Story timeline</source>
            <translation>스토리 타임라인</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>기사</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>보도 현황</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>타임라인</translation>
        </message>
        <message>
            <source>E&amp;xport report…</source>
            <translation>보고서 내보내기(&amp;X)…</translation>
        </message>
        <message>
            <source>Next &amp;unread</source>
            <translation>다음 읽지 않은 기사(&amp;U)</translation>
        </message>
        <message>
            <source>Previous u&amp;nread</source>
            <translation>이전 읽지 않은 기사(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Articles</source>
            <translation>기사(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Coverage dashboard</source>
            <translation>보도 현황 대시보드(&amp;C)</translation>
        </message>
        <message>
            <source>Story &amp;timeline</source>
            <translation>스토리 타임라인(&amp;T)</translation>
        </message>
    </context>
    <context>
        <name>ReaderController</name>
        <message>
            <source>Could not load articles: %1</source>
            <translation>기사를 불러올 수 없습니다: %1</translation>
        </message>
        <message>
            <source>Could not load the feeds: %1</source>
            <translation>피드를 불러올 수 없습니다: %1</translation>
        </message>
        <message numerus="yes">
            <source>Showing the first %n match(es); scroll for more</source>
            <translation>
                <numerusform>처음 %n개 결과를 표시합니다. 더 보려면 스크롤하십시오</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>결과 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not open the article: %1</source>
            <translation>기사를 열 수 없습니다: %1</translation>
        </message>
        <message>
            <source>Could not mark the article: %1</source>
            <translation>기사를 표시할 수 없습니다: %1</translation>
        </message>
        <message>
            <source>Could not star the article: %1</source>
            <translation>기사에 별표를 표시할 수 없습니다: %1</translation>
        </message>
        <message>
            <source>No more unread articles below</source>
            <translation>아래에 읽지 않은 기사가 더 이상 없습니다</translation>
        </message>
        <message>
            <source>No more unread articles above</source>
            <translation>위에 읽지 않은 기사가 더 이상 없습니다</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Export report</source>
            <translation>보고서 내보내기</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>기사</translation>
        </message>
        <message>
            <source>Current search</source>
            <translation>현재 검색</translation>
        </message>
        <message>
            <source>Current folder (%1)</source>
            <translation>현재 폴더(%1)</translation>
        </message>
        <message>
            <source>all feeds</source>
            <translation>모든 피드</translation>
        </message>
        <message numerus="yes">
            <source>Selected articles (%n)</source>
            <translation>
                <numerusform>선택한 기사(%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved search</source>
            <translation>저장된 검색</translation>
        </message>
        <message>
            <source>Every article in a time range</source>
            <translation>기간 내 모든 기사</translation>
        </message>
        <message>
            <source>&amp;Include:</source>
            <translation>포함(&amp;I):</translation>
        </message>
        <message>
            <source>Sa&amp;ved search:</source>
            <translation>저장된 검색(&amp;V):</translation>
        </message>
        <message>
            <source>&amp;Limit to dates</source>
            <translation>날짜로 제한(&amp;L)</translation>
        </message>
        <message>
            <source>Dates (UTC):</source>
            <translation>날짜(UTC):</translation>
        </message>
        <message>
            <source>Cover</source>
            <translation>표지</translation>
        </message>
        <message>
            <source>Coverage report</source>
            <translation>보도 현황 보고서</translation>
        </message>
        <message>
            <source>A paragraph for the reader: what this report shows and why.</source>
            <translation>독자를 위한 단락: 이 보고서가 무엇을 왜 보여 주는지 설명합니다.</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>제목(&amp;T):</translation>
        </message>
        <message>
            <source>&amp;Author:</source>
            <translation>작성자(&amp;A):</translation>
        </message>
        <message>
            <source>S&amp;ummary:</source>
            <translation>요약(&amp;U):</translation>
        </message>
        <message>
            <source>Sections (PDF)</source>
            <translation>섹션(PDF)</translation>
        </message>
        <message>
            <source>Table of contents</source>
            <translation>목차</translation>
        </message>
        <message>
            <source>Summary figures</source>
            <translation>요약 수치</translation>
        </message>
        <message>
            <source>Coverage charts</source>
            <translation>보도 현황 차트</translation>
        </message>
        <message>
            <source>Country map</source>
            <translation>국가 지도</translation>
        </message>
        <message>
            <source>Stories</source>
            <translation>스토리</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>출력</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>PDF 문서</translation>
        </message>
        <message>
            <source>CSV table (one row per article)</source>
            <translation>CSV 표(기사당 한 행)</translation>
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
            <translation>찾아보기(&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>형식(&amp;F):</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>용지(&amp;P):</translation>
        </message>
        <message>
            <source>F&amp;ile:</source>
            <translation>파일(&amp;I):</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>내보내기(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>취소(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>닫기(&amp;C)</translation>
        </message>
        <message>
            <source>%1 files (*.%2)</source>
            <translation>%1 파일 (*.%2)</translation>
        </message>
        <message>
            <source>Writing… %1 of %2</source>
            <translation>쓰는 중… %1/%2</translation>
        </message>
        <message>
            <source>Selecting articles…</source>
            <translation>기사 선택 중…</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1: %n article(s), %2 pages.</source>
            <translation>
                <numerusform>%1 작성 완료: 기사 %n건, %2페이지.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1: %n article(s).</source>
            <translation>
                <numerusform>%1 작성 완료: 기사 %n건.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelled; nothing was written.</source>
            <translation>취소되었습니다. 아무것도 쓰지 않았습니다.</translation>
        </message>
        <message>
            <source>The report could not be written: %1</source>
            <translation>보고서를 쓸 수 없습니다: %1</translation>
        </message>
        <message numerus="yes">
            <source>Stories: the selected articles' stories (%n selected)</source>
            <translation>
                <numerusform>스토리: 선택한 기사의 스토리 (%n개 선택됨)</numerusform>
            </translation>
        </message>
        <message>
            <source>Stories: pick from the list</source>
            <translation>스토리: 목록에서 선택</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %2, %3; %n outlet(s)</source>
            <translation>
                <numerusform>%1 — %2, %3; 매체 %n곳</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>기사 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>S&amp;tories:</source>
            <translation>스토리(&amp;T):</translation>
        </message>
    </context>
    <context>
        <name>SaveSearchDialog</name>
        <message>
            <source>Notify me about new matches</source>
            <translation>새 일치 항목 알림 받기</translation>
        </message>
        <message>
            <source>Save search</source>
            <translation>검색 저장</translation>
        </message>
        <message>
            <source>e.g. North Korea missiles</source>
            <translation>예: 북한 미사일</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>이름(&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>검색(&amp;S):</translation>
        </message>
        <message>
            <source>(no tag)</source>
            <translation>(태그 없음)</translation>
        </message>
        <message>
            <source>&amp;Tag new matches:</source>
            <translation>새 일치 항목에 태그 지정(&amp;T):</translation>
        </message>
    </context>
    <context>
        <name>SearchQuery</name>
        <message>
            <source>%1: needs a value</source>
            <translation>%1: 값이 필요합니다</translation>
        </message>
        <message>
            <source>"%1" is not a two-letter country code</source>
            <translation>"%1"은(는) 두 글자 국가 코드가 아닙니다</translation>
        </message>
        <message>
            <source>"%1" is not a language code</source>
            <translation>"%1"은(는) 언어 코드가 아닙니다</translation>
        </message>
        <message>
            <source>"%1" is not a date (YYYY-MM-DD)</source>
            <translation>"%1"은(는) 날짜(YYYY-MM-DD)가 아닙니다</translation>
        </message>
        <message>
            <source>Only the first %1 filter is applied (%2)</source>
            <translation>첫 번째 %1 필터만 적용됩니다(%2)</translation>
        </message>
        <message>
            <source>country</source>
            <translation>국가</translation>
        </message>
        <message>
            <source>agency</source>
            <translation>통신사</translation>
        </message>
        <message>
            <source>language</source>
            <translation>언어</translation>
        </message>
        <message>
            <source>No tag named "%1"</source>
            <translation>"%1" 태그가 없습니다</translation>
        </message>
        <message>
            <source>tag</source>
            <translation>태그</translation>
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
            <translation>설정</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 분</translation>
        </message>
        <message>
            <source>Polling interval in minutes</source>
            <translation>폴링 간격(분)</translation>
        </message>
        <message>
            <source>System proxy</source>
            <translation>시스템 프록시</translation>
        </message>
        <message>
            <source>No proxy</source>
            <translation>프록시 없음</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>수동</translation>
        </message>
        <message>
            <source>Proxy</source>
            <translation>프록시</translation>
        </message>
        <message>
            <source>proxy.example.org</source>
            <translation>proxy.example.org</translation>
        </message>
        <message>
            <source>Proxy host</source>
            <translation>프록시 호스트</translation>
        </message>
        <message>
            <source>Proxy port</source>
            <translation>프록시 포트</translation>
        </message>
        <message>
            <source>Load remote images in articles</source>
            <translation>기사의 원격 이미지 불러오기</translation>
        </message>
        <message>
            <source>Off by default: remote images reveal to the sites that you read the article.</source>
            <translation>기본적으로 꺼져 있습니다. 원격 이미지를 불러오면 사이트가 기사를 읽었다는 사실을 알 수 있습니다.</translation>
        </message>
        <message>
            <source>Load remote images</source>
            <translation>원격 이미지 불러오기</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>시스템 언어</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <source>The new language takes effect after a restart.</source>
            <translation>새 언어는 다시 시작한 후에 적용됩니다.</translation>
        </message>
        <message>
            <source>Default location</source>
            <translation>기본 위치</translation>
        </message>
        <message>
            <source>Database file</source>
            <translation>데이터베이스 파일</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>찾아보기…</translation>
        </message>
        <message>
            <source>Choose the database file</source>
            <translation>데이터베이스 파일 선택</translation>
        </message>
        <message>
            <source>Wirewatch database (*.sqlite *.db)</source>
            <translation>Wirewatch 데이터베이스 (*.sqlite *.db)</translation>
        </message>
        <message>
            <source>A different database is opened after a restart.</source>
            <translation>다른 데이터베이스는 다시 시작한 후에 열립니다.</translation>
        </message>
        <message>
            <source>Feeds</source>
            <translation>피드</translation>
        </message>
        <message>
            <source>&amp;Check feeds every:</source>
            <translation>피드 확인 간격(&amp;C):</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>네트워크</translation>
        </message>
        <message>
            <source>&amp;Proxy:</source>
            <translation>프록시(&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Host and port:</source>
            <translation>호스트 및 포트(&amp;H):</translation>
        </message>
        <message>
            <source>Interface</source>
            <translation>인터페이스</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>언어(&amp;L):</translation>
        </message>
        <message>
            <source>Storage</source>
            <translation>저장소</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>데이터베이스(&amp;D):</translation>
        </message>
    </context>
    <context>
        <name>SourceTreeView</name>
        <message>
            <source>Sources</source>
            <translation>소스</translation>
        </message>
    </context>
    <context>
        <name>TagBar</name>
        <message>
            <source>Tags:</source>
            <translation>태그:</translation>
        </message>
        <message>
            <source>Add a tag…</source>
            <translation>태그 추가…</translation>
        </message>
        <message>
            <source>Add a tag</source>
            <translation>태그 추가</translation>
        </message>
        <message>
            <source>Remove the tag "%1" from this article</source>
            <translation>이 기사에서 "%1" 태그 제거</translation>
        </message>
    </context>
    <context>
        <name>TagManagerDialog</name>
        <message>
            <source>&amp;Rename</source>
            <translation>이름 바꾸기(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Merge into…</source>
            <translation>다른 태그로 병합(&amp;M)…</translation>
        </message>
        <message>
            <source>&amp;Colour…</source>
            <translation>색상(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>삭제(&amp;D)…</translation>
        </message>
        <message>
            <source>Manage tags</source>
            <translation>태그 관리</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>태그</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>기사</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>태그</translation>
        </message>
        <message>
            <source>Rename the tag (F2)</source>
            <translation>태그 이름 바꾸기 (F2)</translation>
        </message>
        <message>
            <source>Move this tag's articles and stories to another tag, then delete it</source>
            <translation>이 태그의 기사와 스토리를 다른 태그로 옮긴 후 이 태그를 삭제합니다</translation>
        </message>
        <message>
            <source>Choose the tag's colour</source>
            <translation>태그 색상 선택</translation>
        </message>
        <message>
            <source>Remove the tag from every article and story</source>
            <translation>모든 기사와 스토리에서 태그 제거</translation>
        </message>
        <message>
            <source>No colour</source>
            <translation>색상 없음</translation>
        </message>
        <message>
            <source>Colour %1</source>
            <translation>색상 %1</translation>
        </message>
        <message>
            <source>A tag needs a name.</source>
            <translation>태그에는 이름이 있어야 합니다.</translation>
        </message>
        <message>
            <source>Rename tag</source>
            <translation>태그 이름 바꾸기</translation>
        </message>
        <message>
            <source>Merge tag</source>
            <translation>태그 병합</translation>
        </message>
        <message>
            <source>Merge "%1" into:</source>
            <translation>"%1"을(를) 병합할 대상:</translation>
        </message>
        <message>
            <source>Move every article and story tagged "%1" to "%2" and delete "%1"?</source>
            <translation>"%1" 태그가 지정된 모든 기사와 스토리를 "%2"(으)로 옮기고 "%1"을(를) 삭제하시겠습니까?</translation>
        </message>
        <message>
            <source>Colour of "%1"</source>
            <translation>"%1"의 색상</translation>
        </message>
        <message>
            <source>Tag colour</source>
            <translation>태그 색상</translation>
        </message>
        <message>
            <source>Delete tag</source>
            <translation>태그 삭제</translation>
        </message>
        <message numerus="yes">
            <source>Delete the tag "%1"? It is removed from %n article(s) and from every story.</source>
            <translation>
                <numerusform>태그 "%1"을(를) 삭제하시겠습니까? 기사 %n개와 모든 스토리에서 제거됩니다.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TaskProgress</name>
        <message>
            <source>Progress</source>
            <translation>진행률</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Cancel the running task</source>
            <translation>실행 중인 작업 취소</translation>
        </message>
    </context>
    <context>
        <name>WorldMap</name>
        <message>
            <source>Mentions</source>
            <translation>언급</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>데이터 없음</translation>
        </message>
    </context>
    <context>
        <name>WriteFailureBanner</name>
        <message>
            <source>Saving paused</source>
            <translation>저장 일시 중지됨</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>다시 시도(&amp;R)</translation>
        </message>
        <message>
            <source>Try saving again (after freeing disk space)</source>
            <translation>다시 저장 시도 (디스크 공간 확보 후)</translation>
        </message>
        <message>
            <source>Read-only: a change could not be saved. Nothing was lost; free disk space, then retry.</source>
            <translation>읽기 전용: 변경 사항을 저장할 수 없었습니다. 손실된 내용은 없습니다. 디스크 공간을 확보한 후 다시 시도하세요.</translation>
        </message>
        <message>
            <source>Retry failed: %1</source>
            <translation>다시 시도 실패: %1</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>option --%1 needs a value</source>
            <translation>--%1 옵션에 값이 필요합니다</translation>
        </message>
        <message>
            <source>unknown option --%1</source>
            <translation>알 수 없는 옵션 --%1</translation>
        </message>
        <message>
            <source>--header wants "Name: value", got '%1'</source>
            <translation>--header에는 "Name: value" 형식이 필요하지만 '%1'이(가) 주어졌습니다</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>%1을(를) 읽을 수 없습니다: %2</translation>
        </message>
        <message>
            <source>--allow-host wants ADDRESS:PORT, got '%1'</source>
            <translation>--allow-host에는 ADDRESS:PORT 형식이 필요하지만 '%1'이(가) 주어졌습니다</translation>
        </message>
        <message>
            <source>usage: wirewatch-cli parse PATH|URL [--header "Name: value"]... [--base URL]</source>
            <translation>사용법: wirewatch-cli parse PATH|URL [--header "Name: value"]... [--base URL]</translation>
        </message>
        <message>
            <source>usage: wirewatch-cli extract PATH|URL [--url ORIGINAL_URL] [--header "Name: value"]...</source>
            <translation>사용법: wirewatch-cli extract PATH|URL [--url ORIGINAL_URL] [--header "Name: value"]...</translation>
        </message>
        <message>
            <source>Usage: wirewatch-cli COMMAND [OPTIONS]

Commands:
</source>
            <translation>사용법: wirewatch-cli COMMAND [OPTIONS]

명령:
</translation>
        </message>
        <message>
            <source>
Global options: --db PATH (the database file), --help, --version
</source>
            <translation>
전역 옵션: --db PATH (데이터베이스 파일), --help, --version
</translation>
        </message>
        <message>
            <source>unknown command '%1' (see wirewatch-cli --help)</source>
            <translation>알 수 없는 명령 '%1' (wirewatch-cli --help 참조)</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Follow how news stories travel across outlets and wire agencies.</source>
            <translation>뉴스가 언론사와 통신사를 거쳐 퍼지는 과정을 추적합니다.</translation>
        </message>
        <message>
            <source>Open the database at PATH.</source>
            <translation>PATH의 데이터베이스를 엽니다.</translation>
        </message>
        <message>
            <source>Open the built-in demo data (offline).</source>
            <translation>내장된 데모 데이터를 엽니다(오프라인).</translation>
        </message>
        <message>
            <source>Render each main view to PNG files in DIR, then exit.</source>
            <translation>각 주요 화면을 DIR의 PNG 파일로 렌더링한 후 종료합니다.</translation>
        </message>
        <message>
            <source>Use the interface language CODE (en, ru, uk, ko, ar).</source>
            <translation>인터페이스 언어 CODE를 사용합니다(en, ru, uk, ko, ar).</translation>
        </message>
        <message>
            <source>Cannot open the database %1:
%2</source>
            <translation>데이터베이스 %1을(를) 열 수 없습니다:
%2</translation>
        </message>
        <message>
            <source>Wirewatch</source>
            <translation>Wirewatch</translation>
        </message>
        <message>
            <source>Loading the demo data: %1 of %2</source>
            <translation>데모 데이터 불러오는 중: %1/%2</translation>
        </message>
        <message>
            <source>Loading the demo data</source>
            <translation>데모 데이터 불러오는 중</translation>
        </message>
        <message>
            <source>Checking feeds</source>
            <translation>피드 확인 중</translation>
        </message>
        <message>
            <source>Checking feeds: %1 of %2</source>
            <translation>피드 확인 중: %1/%2</translation>
        </message>
        <message>
            <source>The backup %1 was restored. The damaged file was kept as %2.</source>
            <translation>백업 %1을(를) 복원했습니다. 손상된 파일은 %2(으)로 보관했습니다.</translation>
        </message>
        <message>
            <source>Saving is possible again.</source>
            <translation>다시 저장할 수 있습니다.</translation>
        </message>
        <message>
            <source>Backup failed: %1</source>
            <translation>백업 실패: %1</translation>
        </message>
        <message>
            <source>The integrity check could not run: %1</source>
            <translation>무결성 검사를 실행할 수 없습니다: %1</translation>
        </message>
    </context>
    <context>
        <name>ww</name>
        <message>
            <source>invalid %1 byte sequences were replaced by U+FFFD</source>
            <translation>잘못된 %1 바이트 시퀀스를 U+FFFD로 바꾸었습니다</translation>
        </message>
        <message>
            <source>Reading saved searches failed</source>
            <translation>저장된 검색을 읽지 못했습니다</translation>
        </message>
        <message>
            <source>unknown time</source>
            <translation>알 수 없는 시간</translation>
        </message>
        <message>
            <source>The report was cancelled.</source>
            <translation>보고서 작성이 취소되었습니다.</translation>
        </message>
        <message>
            <source>Unknown connection setting "%1".</source>
            <translation>알 수 없는 연결 설정 "%1"입니다.</translation>
        </message>
        <message>
            <source>"%1" is not a port number.</source>
            <translation>"%1"은(는) 포트 번호가 아닙니다.</translation>
        </message>
        <message>
            <source>The connection setting "%1" has a value that cannot be passed on.</source>
            <translation>연결 설정 "%1"의 값을 전달할 수 없습니다.</translation>
        </message>
        <message>
            <source>The integrity check could not read %1</source>
            <translation>무결성 검사에서 %1을(를) 읽을 수 없습니다</translation>
        </message>
        <message>
            <source>no Wirewatch tables</source>
            <translation>Wirewatch 테이블이 없음</translation>
        </message>
    </context>
    <context>
        <name>ww::AddressPolicy</name>
        <message>
            <source>unusual IP address spelling “%1” refused (write addresses as a.b.c.d)</source>
            <translation>비정상적인 IP 주소 표기 “%1”을(를) 거부했습니다(주소는 a.b.c.d 형식으로 쓰십시오)</translation>
        </message>
        <message>
            <source>not an absolute web address; only http and https are fetched</source>
            <translation>절대 웹 주소가 아닙니다. http와 https만 가져옵니다</translation>
        </message>
        <message>
            <source>scheme “%1:” refused; only http and https are fetched</source>
            <translation>“%1:” 스킴을 거부했습니다. http와 https만 가져옵니다</translation>
        </message>
        <message>
            <source>the address has no valid host</source>
            <translation>주소에 유효한 호스트가 없습니다</translation>
        </message>
        <message>
            <source>private network address blocked: “%1” is this computer</source>
            <translation>사설 네트워크 주소 차단됨: “%1”은(는) 이 컴퓨터입니다</translation>
        </message>
        <message>
            <source>unusual IP address spelling “%1” refused</source>
            <translation>비정상적인 IP 주소 표기 “%1”을(를) 거부했습니다</translation>
        </message>
        <message>
            <source>private network address blocked: %1</source>
            <translation>사설 네트워크 주소 차단됨: %1</translation>
        </message>
    </context>
    <context>
        <name>ww::AnnotationStore</name>
        <message>
            <source>An annotation belongs to an article or a story.</source>
            <translation>주석은 기사나 스토리에 속해야 합니다.</translation>
        </message>
        <message>
            <source>Saving the annotation failed</source>
            <translation>주석을 저장하지 못했습니다</translation>
        </message>
        <message>
            <source>The annotation was changed meanwhile (by another window or a teammate); reload it and apply your edit again.</source>
            <translation>그 사이에 다른 창이나 팀원이 주석을 변경했습니다. 다시 불러온 후 편집을 다시 적용하십시오.</translation>
        </message>
        <message>
            <source>Deleting the annotation failed</source>
            <translation>주석을 삭제하지 못했습니다</translation>
        </message>
        <message>
            <source>Annotation %1 does not exist.</source>
            <translation>주석 %1이(가) 없습니다.</translation>
        </message>
        <message>
            <source>Reading annotations failed</source>
            <translation>주석을 읽지 못했습니다</translation>
        </message>
    </context>
    <context>
        <name>ww::ArticleListModel</name>
        <message>
            <source>Time</source>
            <translation>시각</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>언론사</translation>
        </message>
        <message>
            <source>Producer</source>
            <translation>제공</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>국가</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>태그</translation>
        </message>
        <message>
            <source>%1
The feed gave no usable date; sorted by the time it was fetched.</source>
            <translation>%1
피드에 사용할 수 있는 날짜가 없어 가져온 시각으로 정렬했습니다.</translation>
        </message>
    </context>
    <context>
        <name>ww::ArticleStore</name>
        <message>
            <source>Looking up an item failed</source>
            <translation>항목을 조회하지 못했습니다</translation>
        </message>
        <message>
            <source>Saving a new item failed</source>
            <translation>새 항목을 저장하지 못했습니다</translation>
        </message>
        <message>
            <source>Saving an article revision failed</source>
            <translation>기사 수정본을 저장하지 못했습니다</translation>
        </message>
        <message>
            <source>Updating a revised item failed</source>
            <translation>수정된 항목을 업데이트하지 못했습니다</translation>
        </message>
        <message>
            <source>Saving the extracted article failed</source>
            <translation>추출한 기사를 저장하지 못했습니다</translation>
        </message>
        <message>
            <source>Article %1 does not exist.</source>
            <translation>기사 %1이(가) 없습니다.</translation>
        </message>
        <message>
            <source>Listing articles failed</source>
            <translation>기사 목록을 가져오지 못했습니다</translation>
        </message>
        <message>
            <source>Listing countries failed</source>
            <translation>국가 목록을 가져오지 못했습니다</translation>
        </message>
        <message>
            <source>Listing tags failed</source>
            <translation>태그 목록을 가져오지 못했습니다</translation>
        </message>
        <message>
            <source>Counting articles failed</source>
            <translation>기사 수를 세지 못했습니다</translation>
        </message>
        <message>
            <source>Reading the article failed</source>
            <translation>기사를 읽지 못했습니다</translation>
        </message>
        <message>
            <source>Reading revisions failed</source>
            <translation>수정본을 읽지 못했습니다</translation>
        </message>
        <message>
            <source>Updating articles failed</source>
            <translation>기사를 업데이트하지 못했습니다</translation>
        </message>
        <message>
            <source>Reading articles failed</source>
            <translation>기사를 읽지 못했습니다</translation>
        </message>
        <message>
            <source>Keyset paging by time needs the row's sort time.</source>
            <translation>시간순 페이지 나누기에는 행의 정렬 시간이 필요합니다.</translation>
        </message>
    </context>
    <context>
        <name>ww::BackupService</name>
        <message>
            <source>Cannot create the backup folder %1.</source>
            <translation>백업 폴더 %1을(를) 만들 수 없습니다.</translation>
        </message>
        <message>
            <source>The backup file %1 already exists; choose a new name.</source>
            <translation>백업 파일 %1이(가) 이미 있습니다. 새 이름을 선택하세요.</translation>
        </message>
        <message>
            <source>The backup of %1 failed its integrity check (%2); the database itself may be damaged.</source>
            <translation>%1의 백업이 무결성 검사를 통과하지 못했습니다(%2). 데이터베이스 자체가 손상되었을 수 있습니다.</translation>
        </message>
        <message>
            <source>Cannot run %1 (%2). Install the PostgreSQL client programs (Debian: postgresql-client).</source>
            <translation>%1을(를) 실행할 수 없습니다(%2). PostgreSQL 클라이언트 프로그램을 설치하세요(Debian: postgresql-client).</translation>
        </message>
        <message>
            <source>%1 did not finish in time.</source>
            <translation>%1이(가) 제한 시간 내에 완료되지 않았습니다.</translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>%1 실패: %2</translation>
        </message>
        <message>
            <source>no message</source>
            <translation>메시지 없음</translation>
        </message>
        <message>
            <source>Cannot write the backup %1.</source>
            <translation>백업 %1을(를) 쓸 수 없습니다.</translation>
        </message>
        <message>
            <source>The backup %1 does not exist.</source>
            <translation>백업 %1이(가) 없습니다.</translation>
        </message>
        <message>
            <source>The backup %1 is damaged or is not a Wirewatch database (%2); nothing was restored.</source>
            <translation>백업 %1이(가) 손상되었거나 Wirewatch 데이터베이스가 아닙니다(%2). 아무것도 복원되지 않았습니다.</translation>
        </message>
        <message>
            <source>The restored copy of %1 did not verify; the previous database was put back.</source>
            <translation>복원된 %1 사본을 검증하지 못해 이전 데이터베이스를 되돌렸습니다.</translation>
        </message>
        <message>
            <source>Cannot read %1.</source>
            <translation>%1을(를) 읽을 수 없습니다.</translation>
        </message>
        <message>
            <source>%1 is neither a pg_dump archive nor a plain pg_dump script; nothing was restored.</source>
            <translation>%1은(는) pg_dump 아카이브도 일반 pg_dump 스크립트도 아닙니다. 아무것도 복원되지 않았습니다.</translation>
        </message>
        <message>
            <source>Restoring %1 failed and was rolled back; the database is unchanged. %2</source>
            <translation>%1 복원에 실패하여 롤백했습니다. 데이터베이스는 변경되지 않았습니다. %2</translation>
        </message>
        <message>
            <source>The backup %1 cannot be read; nothing was restored. %2</source>
            <translation>백업 %1을(를) 읽을 수 없어 아무것도 복원되지 않았습니다. %2</translation>
        </message>
    </context>
    <context>
        <name>ww::ChangeNotifier</name>
        <message>
            <source>Checking the change notification triggers failed</source>
            <translation>변경 알림 트리거를 확인하지 못했습니다</translation>
        </message>
        <message>
            <source>Installing change notifications failed</source>
            <translation>변경 알림을 설치하지 못했습니다</translation>
        </message>
        <message>
            <source>Change notifications need an open database connection.</source>
            <translation>변경 알림을 사용하려면 데이터베이스 연결이 열려 있어야 합니다.</translation>
        </message>
        <message>
            <source>Listening for changes by other clients failed</source>
            <translation>다른 클라이언트의 변경 사항을 수신하지 못했습니다</translation>
        </message>
    </context>
    <context>
        <name>ww::ClusterStore</name>
        <message>
            <source>Saving the story signature failed</source>
            <translation>스토리 시그니처를 저장하지 못했습니다</translation>
        </message>
        <message>
            <source>Article %1 does not exist.</source>
            <translation>기사 %1이(가) 없습니다.</translation>
        </message>
        <message>
            <source>Reading story signatures failed</source>
            <translation>스토리 시그니처를 읽지 못했습니다</translation>
        </message>
        <message>
            <source>Saving the story cluster failed</source>
            <translation>스토리 클러스터를 저장하지 못했습니다</translation>
        </message>
        <message>
            <source>Reading the story cluster failed</source>
            <translation>스토리 클러스터를 읽지 못했습니다</translation>
        </message>
        <message>
            <source>Story cluster %1 does not exist.</source>
            <translation>스토리 클러스터 %1이(가) 없습니다.</translation>
        </message>
        <message>
            <source>Reading story clusters failed</source>
            <translation>스토리 클러스터 목록을 읽지 못했습니다</translation>
        </message>
    </context>
    <context>
        <name>ww::CoverageDashboard</name>
        <message>
            <source>Coverage dashboard</source>
            <translation>보도 현황판</translation>
        </message>
        <message>
            <source>Mentions by country over time</source>
            <translation>시간별 국가 언급</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>기사</translation>
        </message>
        <message>
            <source>Top countries</source>
            <translation>상위 국가</translation>
        </message>
        <message>
            <source>Share by outlet</source>
            <translation>언론사별 비중</translation>
        </message>
        <message>
            <source>Share by producing agency</source>
            <translation>제공 통신사별 비중</translation>
        </message>
        <message>
            <source>%1: %2 articles (%3%)</source>
            <translation>%1: 기사 %2건 (%3%)</translation>
        </message>
        <message>
            <source>Coverage map</source>
            <translation>보도 지도</translation>
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
            <translation>기타</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>기사</translation>
        </message>
        <message>
            <source>Share (%)</source>
            <translation>비중 (%)</translation>
        </message>
    </context>
    <context>
        <name>ww::CoverageStore</name>
        <message>
            <source>Counting coverage by day failed</source>
            <translation>일별 보도 현황을 집계하지 못했습니다</translation>
        </message>
        <message>
            <source>Counting coverage failed</source>
            <translation>보도 현황을 집계하지 못했습니다</translation>
        </message>
        <message>
            <source>The coverage summary cannot answer this filter</source>
            <translation>보도 요약으로는 이 필터에 답할 수 없습니다</translation>
        </message>
    </context>
    <context>
        <name>ww::CoverageTimeModel</name>
        <message>
            <source>Week</source>
            <translation>주</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>일</translation>
        </message>
    </context>
    <context>
        <name>ww::CsvReportWriter</name>
        <message>
            <source>Writing the CSV failed: %1</source>
            <translation>CSV를 쓰지 못했습니다: %1</translation>
        </message>
        <message>
            <source>The report was cancelled.</source>
            <translation>보고서 작성이 취소되었습니다.</translation>
        </message>
    </context>
    <context>
        <name>ww::Database</name>
        <message>
            <source>the disk is full (%1)</source>
            <translation>디스크가 가득 찼습니다(%1)</translation>
        </message>
        <message>
            <source>Preparing a statement failed</source>
            <translation>SQL 문을 준비하지 못했습니다</translation>
        </message>
        <message>
            <source>Setting PRAGMA %1 failed</source>
            <translation>PRAGMA %1을(를) 설정하지 못했습니다</translation>
        </message>
        <message>
            <source>The database %1 is already in use by %2 (process %3 on host %4). Close the other Wirewatch instance, or open a different database file.</source>
            <translation>데이터베이스 %1을(를) 이미 %2이(가) 사용 중입니다(호스트 %4의 프로세스 %3). 다른 Wirewatch 인스턴스를 닫거나 다른 데이터베이스 파일을 여십시오.</translation>
        </message>
        <message>
            <source>another program</source>
            <translation>다른 프로그램</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>알 수 없음</translation>
        </message>
        <message>
            <source>Cannot create the lock file %1.lock (check the folder's permissions).</source>
            <translation>잠금 파일 %1.lock을(를) 만들 수 없습니다(폴더 권한을 확인하십시오).</translation>
        </message>
        <message>
            <source>No database path given.</source>
            <translation>데이터베이스 경로가 지정되지 않았습니다.</translation>
        </message>
        <message>
            <source>The database %1 does not exist.</source>
            <translation>데이터베이스 %1이(가) 없습니다.</translation>
        </message>
        <message>
            <source>Cannot create the folder for %1.</source>
            <translation>%1의 폴더를 만들 수 없습니다.</translation>
        </message>
        <message>
            <source>Cannot open the database %1</source>
            <translation>데이터베이스 %1을(를) 열 수 없습니다</translation>
        </message>
        <message>
            <source>The database %1 was written by a newer version of Wirewatch (schema %2; this version knows up to %3). Update Wirewatch to open it; the file was left unchanged.</source>
            <translation>데이터베이스 %1은(는) 더 새로운 버전의 Wirewatch로 작성되었습니다(스키마 %2, 이 버전은 %3까지 지원). 열려면 Wirewatch를 업데이트하십시오. 파일은 변경되지 않았습니다.</translation>
        </message>
        <message>
            <source>The database %1 uses an older schema (%2 &lt; %3); open it once read-write to upgrade.</source>
            <translation>데이터베이스 %1은(는) 이전 스키마(%2 &lt; %3)를 사용합니다. 업그레이드하려면 읽기/쓰기 모드로 한 번 여십시오.</translation>
        </message>
        <message>
            <source>Switching to WAL mode failed</source>
            <translation>WAL 모드로 전환하지 못했습니다</translation>
        </message>
        <message>
            <source>The database %1 cannot use WAL mode (got %2).</source>
            <translation>데이터베이스 %1은(는) WAL 모드를 사용할 수 없습니다(결과: %2).</translation>
        </message>
        <message>
            <source>The database is not open.</source>
            <translation>데이터베이스가 열려 있지 않습니다.</translation>
        </message>
        <message>
            <source>Starting a transaction failed</source>
            <translation>트랜잭션을 시작하지 못했습니다</translation>
        </message>
        <message>
            <source>Committing a transaction failed</source>
            <translation>트랜잭션을 커밋하지 못했습니다</translation>
        </message>
        <message>
            <source>The integrity check could not read the file</source>
            <translation>무결성 검사에서 파일을 읽을 수 없습니다</translation>
        </message>
        <message>
            <source>A backup cannot run inside a transaction.</source>
            <translation>트랜잭션 안에서는 백업을 실행할 수 없습니다.</translation>
        </message>
        <message>
            <source>The backup file %1 already exists; choose a new name.</source>
            <translation>백업 파일 %1이(가) 이미 있습니다. 새 이름을 선택하십시오.</translation>
        </message>
        <message>
            <source>Writing the backup %1 failed</source>
            <translation>백업 %1을(를) 쓰지 못했습니다</translation>
        </message>
        <message>
            <source>The backup %1 does not exist.</source>
            <translation>백업 %1이(가) 없습니다.</translation>
        </message>
        <message>
            <source>The backup cannot be restored: %1</source>
            <translation>백업을 복원할 수 없습니다: %1</translation>
        </message>
        <message>
            <source>The database %1 is in use; close it before restoring.</source>
            <translation>데이터베이스 %1이(가) 사용 중입니다. 복원하기 전에 닫으십시오.</translation>
        </message>
        <message>
            <source>Cannot move %1 aside before restoring.</source>
            <translation>복원하기 전에 %1을(를) 옮겨 둘 수 없습니다.</translation>
        </message>
        <message>
            <source>Copying the backup to %1 failed.</source>
            <translation>백업을 %1(으)로 복사하지 못했습니다.</translation>
        </message>
        <message>
            <source>Reconnecting to %1 failed</source>
            <translation>%1에 다시 연결하지 못했습니다</translation>
        </message>
        <message>
            <source>The connection to %1 was lost while saving (%2). The change may or may not have been saved; check it and try again.</source>
            <translation>저장하는 동안 %1 연결이 끊어졌습니다(%2). 변경 사항이 저장되었는지 알 수 없으니 확인한 후 다시 시도하십시오.</translation>
        </message>
        <message>
            <source>The connection to %1 was lost during a write (%2). The server discarded the unfinished change, so nothing of it was saved; Wirewatch reconnects on the next attempt.</source>
            <translation>쓰기 중에 %1 연결이 끊어졌습니다(%2). 서버가 완료되지 않은 변경 사항을 폐기했으므로 아무것도 저장되지 않았습니다. Wirewatch는 다음 시도 때 다시 연결합니다.</translation>
        </message>
        <message>
            <source>another program kept the database busy longer than Wirewatch waits (%1); try again when it has finished</source>
            <translation>다른 프로그램이 Wirewatch의 대기 시간(%1)보다 오래 데이터베이스를 사용 중입니다. 작업이 끝나면 다시 시도하십시오</translation>
        </message>
        <message>
            <source>Qt's PostgreSQL driver (QPSQL) is not installed; install the package libqt6sql6-psql to open %1.</source>
            <translation>Qt의 PostgreSQL 드라이버(QPSQL)가 설치되어 있지 않습니다. %1을(를) 열려면 libqt6sql6-psql 패키지를 설치하십시오.</translation>
        </message>
        <message>
            <source>Cannot connect to %1</source>
            <translation>%1에 연결할 수 없습니다</translation>
        </message>
        <message>
            <source>Setting up the session failed</source>
            <translation>세션을 설정하지 못했습니다</translation>
        </message>
        <message>
            <source>Waiting for another client's schema upgrade failed</source>
            <translation>다른 클라이언트의 스키마 업그레이드 대기에 실패했습니다</translation>
        </message>
        <message>
            <source>The database %1 is read-only for now because a write failed (%2). Nothing was changed; free disk space or check the drive, then retry.</source>
            <translation>쓰기에 실패하여(%2) 데이터베이스 %1이(가) 현재 읽기 전용입니다. 변경된 내용은 없습니다. 디스크 공간을 확보하거나 드라이브를 확인한 후 다시 시도하십시오.</translation>
        </message>
        <message>
            <source>The database server does not answer</source>
            <translation>데이터베이스 서버가 응답하지 않습니다</translation>
        </message>
        <message>
            <source>A PostgreSQL archive is backed up on the server (pg_dump), not by Wirewatch.</source>
            <translation>PostgreSQL 아카이브는 Wirewatch가 아니라 서버에서(pg_dump) 백업합니다.</translation>
        </message>
    </context>
    <context>
        <name>ww::DemoSession</name>
        <message>
            <source>The demo server could not listen on 127.0.0.1.</source>
            <translation>데모 서버가 127.0.0.1에서 수신 대기할 수 없습니다.</translation>
        </message>
        <message>
            <source>No temporary folder for the demo bundle: %1</source>
            <translation>데모 번들용 임시 폴더가 없습니다: %1</translation>
        </message>
        <message>
            <source>Cannot read %1 from the demo bundle.</source>
            <translation>데모 번들에서 %1을(를) 읽을 수 없습니다.</translation>
        </message>
        <message>
            <source>Cannot write the demo bundle to %1.</source>
            <translation>데모 번들을 %1에 쓸 수 없습니다.</translation>
        </message>
        <message>
            <source>The demo bundle is missing from this build.</source>
            <translation>이 빌드에는 데모 번들이 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>ww::ExtractionRows</name>
        <message>
            <source>Replacing extraction rows failed</source>
            <translation>추출 행을 교체하지 못했습니다</translation>
        </message>
        <message>
            <source>Saving an image failed</source>
            <translation>이미지를 저장하지 못했습니다</translation>
        </message>
        <message>
            <source>Saving an attribution claim failed</source>
            <translation>출처 표시를 저장하지 못했습니다</translation>
        </message>
        <message>
            <source>Saving a country mention failed</source>
            <translation>국가 언급을 저장하지 못했습니다</translation>
        </message>
        <message>
            <source>Saving a quote failed</source>
            <translation>인용문을 저장하지 못했습니다</translation>
        </message>
        <message>
            <source>Reading images failed</source>
            <translation>이미지를 읽지 못했습니다</translation>
        </message>
        <message>
            <source>Reading attribution claims failed</source>
            <translation>출처 표시를 읽지 못했습니다</translation>
        </message>
        <message>
            <source>Reading country mentions failed</source>
            <translation>국가 언급을 읽지 못했습니다</translation>
        </message>
        <message>
            <source>Reading quotes failed</source>
            <translation>인용문을 읽지 못했습니다</translation>
        </message>
    </context>
    <context>
        <name>ww::FeedParser</name>
        <message>
            <source>not a feed (empty document, %1 bytes)</source>
            <translation>피드가 아닙니다(빈 문서, %1바이트)</translation>
        </message>
        <message>
            <source>feed larger than %1 KB</source>
            <translation>피드가 %1KB보다 큽니다</translation>
        </message>
        <message>
            <source>not a feed (got HTML, %1 KB)</source>
            <translation>피드가 아닙니다(HTML 수신, %1KB)</translation>
        </message>
        <message>
            <source>not a feed (root element &lt;%1&gt;)</source>
            <translation>피드가 아닙니다(루트 요소 &lt;%1&gt;)</translation>
        </message>
    </context>
    <context>
        <name>ww::FeedSchedule</name>
        <message numerus="yes">
            <source>%n failures in a row; last: %1</source>
            <translation>
                <numerusform>연속 %n회 실패, 마지막 오류: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ww::FeedStore</name>
        <message>
            <source>A source needs a name.</source>
            <translation>소스에는 이름이 필요합니다.</translation>
        </message>
        <message>
            <source>Adding the source %1 failed</source>
            <translation>소스 %1을(를) 추가하지 못했습니다</translation>
        </message>
        <message>
            <source>Updating the source %1 failed</source>
            <translation>소스 %1을(를) 업데이트하지 못했습니다</translation>
        </message>
        <message>
            <source>Source %1 does not exist.</source>
            <translation>소스 %1이(가) 없습니다.</translation>
        </message>
        <message>
            <source>Reading a source failed</source>
            <translation>소스를 읽지 못했습니다</translation>
        </message>
        <message>
            <source>Reading sources failed</source>
            <translation>소스를 읽지 못했습니다</translation>
        </message>
        <message>
            <source>Removing a source failed</source>
            <translation>소스를 제거하지 못했습니다</translation>
        </message>
        <message>
            <source>The feed address "%1" is not a valid URL.</source>
            <translation>피드 주소 "%1"은(는) 올바른 URL이 아닙니다.</translation>
        </message>
        <message>
            <source>Already subscribed to %1.</source>
            <translation>이미 %1을(를) 구독하고 있습니다.</translation>
        </message>
        <message>
            <source>Adding the feed %1 failed</source>
            <translation>피드 %1을(를) 추가하지 못했습니다</translation>
        </message>
        <message>
            <source>Updating the feed %1 failed</source>
            <translation>피드 %1을(를) 업데이트하지 못했습니다</translation>
        </message>
        <message>
            <source>Feed %1 does not exist.</source>
            <translation>피드 %1이(가) 없습니다.</translation>
        </message>
        <message>
            <source>Reading feeds failed</source>
            <translation>피드를 읽지 못했습니다</translation>
        </message>
        <message>
            <source>Not subscribed to %1.</source>
            <translation>%1을(를) 구독하고 있지 않습니다.</translation>
        </message>
        <message>
            <source>Reading folders failed</source>
            <translation>폴더를 읽지 못했습니다</translation>
        </message>
        <message>
            <source>Removing the feed failed</source>
            <translation>피드를 제거하지 못했습니다</translation>
        </message>
        <message>
            <source>Saving the poll state failed</source>
            <translation>폴링 상태를 저장하지 못했습니다</translation>
        </message>
    </context>
    <context>
        <name>ww::HttpFetcher</name>
        <message>
            <source>cancelled</source>
            <translation>취소됨</translation>
        </message>
        <message>
            <source>no complete response within %1 s (overall deadline)</source>
            <translation>%1초 안에 완전한 응답이 없습니다(전체 제한 시간)</translation>
        </message>
        <message>
            <source>could not resolve host “%1”: %2</source>
            <translation>호스트 “%1”의 이름을 확인할 수 없습니다: %2</translation>
        </message>
        <message>
            <source>no address</source>
            <translation>주소 없음</translation>
        </message>
        <message>
            <source>%1 (host “%2”)</source>
            <translation>%1 (호스트 “%2”)</translation>
        </message>
        <message>
            <source>response too large: %1 MiB declared, the limit is %2 MiB</source>
            <translation>응답이 너무 큽니다: %1MiB로 선언됨, 제한은 %2MiB</translation>
        </message>
        <message>
            <source>response too large or over-compressed: more than %1 MiB after decompression</source>
            <translation>응답이 너무 크거나 과도하게 압축되었습니다: 압축 해제 후 %1MiB 초과</translation>
        </message>
        <message>
            <source>response too large: more than %1 MiB</source>
            <translation>응답이 너무 큽니다: %1MiB 초과</translation>
        </message>
        <message>
            <source>response too large or over-compressed (%1)</source>
            <translation>응답이 너무 크거나 과도하게 압축되었습니다(%1)</translation>
        </message>
        <message>
            <source>TLS certificate refused: %1</source>
            <translation>TLS 인증서 거부됨: %1</translation>
        </message>
        <message>
            <source>the connection timed out</source>
            <translation>연결 시간이 초과되었습니다</translation>
        </message>
        <message>
            <source>connection refused by %1</source>
            <translation>%1에서 연결을 거부했습니다</translation>
        </message>
        <message>
            <source>host not found: %1</source>
            <translation>호스트를 찾을 수 없음: %1</translation>
        </message>
        <message>
            <source>the connection broke before the response was complete (%1 bytes received): %2</source>
            <translation>응답이 완료되기 전에 연결이 끊어졌습니다(%1바이트 수신): %2</translation>
        </message>
        <message>
            <source>network error: %1</source>
            <translation>네트워크 오류: %1</translation>
        </message>
        <message>
            <source>HTTP %1 %2</source>
            <translation>HTTP %1 %2</translation>
        </message>
        <message>
            <source> (retry after %1 s)</source>
            <translation> (%1초 후 재시도)</translation>
        </message>
        <message>
            <source>redirect to %1 refused: %2</source>
            <translation>%1(으)로의 리디렉션 거부됨: %2</translation>
        </message>
        <message>
            <source>redirect from https to plain http refused: %1</source>
            <translation>https에서 일반 http로의 리디렉션 거부됨: %1</translation>
        </message>
        <message>
            <source>redirect loop: %1 leads back to %2</source>
            <translation>리디렉션 루프: %1이(가) 다시 %2(으)로 연결됩니다</translation>
        </message>
        <message>
            <source>too many redirects: more than %1 hops</source>
            <translation>리디렉션이 너무 많습니다: %1회 초과</translation>
        </message>
    </context>
    <context>
        <name>ww::IngestService</name>
        <message>
            <source>The page could not be fetched (%1); the feed's content is shown instead.</source>
            <translation>페이지를 가져올 수 없어(%1) 대신 피드 내용을 표시합니다.</translation>
        </message>
    </context>
    <context>
        <name>ww::IngestWriter</name>
        <message>
            <source>writes on a worker thread need a writable SQLite file</source>
            <translation>작업 스레드에서 쓰려면 쓰기 가능한 SQLite 파일이 필요합니다</translation>
        </message>
    </context>
    <context>
        <name>ww::IntegrityCheck</name>
        <message>
            <source>The database %1 is damaged or is not a Wirewatch database (%2). It was left unchanged; restore it from a backup or open another file.</source>
            <translation>데이터베이스 %1이(가) 손상되었거나 Wirewatch 데이터베이스가 아닙니다(%2). 변경하지 않고 그대로 두었습니다. 백업에서 복원하거나 다른 파일을 여십시오.</translation>
        </message>
        <message>
            <source>Cannot read the database %1.</source>
            <translation>데이터베이스 %1을(를) 읽을 수 없습니다.</translation>
        </message>
        <message>
            <source>the file is shorter than an SQLite header</source>
            <translation>파일이 SQLite 헤더보다 짧습니다</translation>
        </message>
        <message>
            <source>the file does not start with an SQLite header</source>
            <translation>파일이 SQLite 헤더로 시작하지 않습니다</translation>
        </message>
        <message>
            <source>the header gives an invalid page size</source>
            <translation>헤더의 페이지 크기가 올바르지 않습니다</translation>
        </message>
        <message>
            <source>the header's payload fractions are invalid</source>
            <translation>헤더의 페이로드 비율이 올바르지 않습니다</translation>
        </message>
        <message>
            <source>the file is truncated: %1 of %2 bytes</source>
            <translation>파일이 잘렸습니다: %2바이트 중 %1바이트</translation>
        </message>
    </context>
    <context>
        <name>ww::JsonFeedParser</name>
        <message>
            <source>malformed JSON at offset %1: %2</source>
            <translation>오프셋 %1의 JSON 형식이 잘못되었습니다: %2</translation>
        </message>
        <message>
            <source>not a feed (JSON without a JSON Feed version)</source>
            <translation>피드가 아닙니다(JSON Feed 버전이 없는 JSON)</translation>
        </message>
        <message>
            <source>feed has more than %1 items</source>
            <translation>피드 항목이 %1개를 넘습니다</translation>
        </message>
        <message>
            <source>item %1 text exceeds the limit of %2 characters</source>
            <translation>항목 %1의 텍스트가 %2자 제한을 넘습니다</translation>
        </message>
        <message>
            <source>feed text exceeds the limit of %1 characters</source>
            <translation>피드 텍스트가 %1자 제한을 넘습니다</translation>
        </message>
        <message>
            <source>JSON Feed version "%1" is not a jsonfeed.org version URL</source>
            <translation>JSON Feed 버전 "%1"은(는) jsonfeed.org 버전 URL이 아닙니다</translation>
        </message>
    </context>
    <context>
        <name>ww::JsonReportWriter</name>
        <message>
            <source>Writing the JSON failed: %1</source>
            <translation>JSON을 쓰지 못했습니다: %1</translation>
        </message>
        <message>
            <source>The report was cancelled.</source>
            <translation>보고서 작성이 취소되었습니다.</translation>
        </message>
    </context>
    <context>
        <name>ww::Migrations</name>
        <message>
            <source>Reading the schema version failed</source>
            <translation>스키마 버전을 읽지 못했습니다</translation>
        </message>
        <message>
            <source>Reading the schema failed</source>
            <translation>스키마를 읽지 못했습니다</translation>
        </message>
        <message>
            <source>%1 is an SQLite database but not a Wirewatch one; it was left unchanged.</source>
            <translation>%1은(는) SQLite 데이터베이스이지만 Wirewatch 데이터베이스가 아닙니다. 변경하지 않았습니다.</translation>
        </message>
        <message>
            <source>The database schema %1 is newer than this version knows (%2).</source>
            <translation>데이터베이스 스키마 %1은(는) 이 버전이 아는 것(%2)보다 새롭습니다.</translation>
        </message>
        <message>
            <source>Migration %1 (%2) failed</source>
            <translation>마이그레이션 %1(%2) 실패</translation>
        </message>
        <message>
            <source>Recording schema version %1 failed</source>
            <translation>스키마 버전 %1을(를) 기록하지 못했습니다</translation>
        </message>
        <message>
            <source>%1 holds tables but is not a Wirewatch database; it was left unchanged. Use an empty database.</source>
            <translation>%1에 테이블이 있지만 Wirewatch 데이터베이스가 아니므로 변경하지 않았습니다. 빈 데이터베이스를 사용하십시오.</translation>
        </message>
    </context>
    <context>
        <name>ww::Opml</name>
        <message>
            <source>the OPML file is larger than %1 MiB</source>
            <translation>OPML 파일이 %1MiB보다 큽니다</translation>
        </message>
        <message>
            <source>the OPML file declares a DTD or entities; refused</source>
            <translation>OPML 파일이 DTD나 엔터티를 선언하므로 거부했습니다</translation>
        </message>
        <message>
            <source>not an OPML file (root element &lt;%1&gt;)</source>
            <translation>OPML 파일이 아닙니다(루트 요소 &lt;%1&gt;)</translation>
        </message>
        <message>
            <source>nested deeper than %1 levels</source>
            <translation>%1단계보다 깊게 중첩되었습니다</translation>
        </message>
        <message>
            <source>address longer than %1 characters</source>
            <translation>주소가 %1자보다 깁니다</translation>
        </message>
        <message>
            <source>title longer than %1 characters</source>
            <translation>제목이 %1자보다 깁니다</translation>
        </message>
        <message>
            <source>more than %1 feeds in one file</source>
            <translation>한 파일에 피드가 %1개를 넘습니다</translation>
        </message>
        <message>
            <source>only http and https feeds can be subscribed</source>
            <translation>http 및 https 피드만 구독할 수 있습니다</translation>
        </message>
        <message>
            <source>the OPML file is not well-formed (line %1: %2)</source>
            <translation>OPML 파일 형식이 올바르지 않습니다(%1행: %2)</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>파일이 비어 있습니다</translation>
        </message>
    </context>
    <context>
        <name>ww::PdfPageFlow</name>
        <message>
            <source>Page %1 of %2</source>
            <translation>%2페이지 중 %1페이지</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>%1페이지</translation>
        </message>
    </context>
    <context>
        <name>ww::PdfReportWriter</name>
        <message>
            <source>Cannot start the PDF: %1</source>
            <translation>PDF를 생성할 수 없습니다: %1</translation>
        </message>
        <message>
            <source>Wirewatch report</source>
            <translation>Wirewatch 보고서</translation>
        </message>
        <message>
            <source>Coverage report</source>
            <translation>보도 현황 보고서</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>작성자</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>생성 일시</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>선택 범위</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>기간</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>기사</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>요약</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>목차</translation>
        </message>
        <message>
            <source>Summary figures</source>
            <translation>요약 수치</translation>
        </message>
        <message>
            <source>Coverage charts</source>
            <translation>보도 현황 차트</translation>
        </message>
        <message>
            <source>Coverage map</source>
            <translation>보도 현황 지도</translation>
        </message>
        <message>
            <source>Stories</source>
            <translation>스토리</translation>
        </message>
        <message>
            <source>Outlets</source>
            <translation>매체</translation>
        </message>
        <message>
            <source>Producer identified</source>
            <translation>제작 통신사 확인됨</translation>
        </message>
        <message>
            <source>Producing agencies</source>
            <translation>제작 통신사</translation>
        </message>
        <message>
            <source>Countries mentioned</source>
            <translation>언급된 국가</translation>
        </message>
        <message>
            <source>None identified.</source>
            <translation>확인된 항목이 없습니다.</translation>
        </message>
        <message>
            <source>Share by producer (wire agency)</source>
            <translation>제작 통신사별 점유율</translation>
        </message>
        <message>
            <source>Share by outlet (publisher)</source>
            <translation>매체별 점유율</translation>
        </message>
        <message>
            <source>Articles mentioning each country, over time</source>
            <translation>국가별 언급 기사 수 추이</translation>
        </message>
        <message>
            <source>No country is mentioned in this selection.</source>
            <translation>이 선택 범위에서 언급된 국가가 없습니다.</translation>
        </message>
        <message>
            <source>Top countries</source>
            <translation>상위 국가</translation>
        </message>
        <message>
            <source>Articles mentioning each country. Hatched: not mentioned.</source>
            <translation>국가별 언급 기사 수. 빗금: 언급 없음.</translation>
        </message>
        <message>
            <source>Not mentioned</source>
            <translation>언급 없음</translation>
        </message>
        <message>
            <source>The report was cancelled.</source>
            <translation>보고서 작성이 취소되었습니다.</translation>
        </message>
        <message>
            <source>Published by</source>
            <translation>게재 매체</translation>
        </message>
        <message>
            <source>Produced by</source>
            <translation>제작 통신사</translation>
        </message>
        <message>
            <source>not identified</source>
            <translation>확인되지 않음</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>시간</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>국가</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>태그</translation>
        </message>
        <message>
            <source>(no caption)</source>
            <translation>(캡션 없음)</translation>
        </message>
        <message>
            <source>Credit: %1</source>
            <translation>제공: %1</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>사진</translation>
        </message>
        <message>
            <source>(the quoted text is no longer in the article)</source>
            <translation>(인용한 텍스트가 더 이상 기사에 없음)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>메모</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>출처</translation>
        </message>
        <message>
            <source>Story: %1</source>
            <translation>스토리: %1</translation>
        </message>
        <message>
            <source>First published by</source>
            <translation>최초 보도 매체</translation>
        </message>
        <message>
            <source>and %1 more</source>
            <translation>외 %1곳</translation>
        </message>
        <message>
            <source>Story tags</source>
            <translation>스토리 태그</translation>
        </message>
        <message>
            <source>Story note</source>
            <translation>스토리 메모</translation>
        </message>
    </context>
    <context>
        <name>ww::PgConnection</name>
        <message>
            <source>"%1" is not a PostgreSQL connection string.</source>
            <translation>"%1"은(는) PostgreSQL 연결 문자열이 아닙니다.</translation>
        </message>
        <message>
            <source>The connection string is not a valid URL: %1</source>
            <translation>연결 문자열이 유효한 URL이 아닙니다: %1</translation>
        </message>
        <message>
            <source>The database name cannot contain "/".</source>
            <translation>데이터베이스 이름에는 "/"를 사용할 수 없습니다.</translation>
        </message>
        <message>
            <source>Expected keyword=value in the connection string, got "%1".</source>
            <translation>연결 문자열에 keyword=value 형식이 필요하지만 "%1"이(가) 있습니다.</translation>
        </message>
        <message>
            <source>The connection string names no database.</source>
            <translation>연결 문자열에 데이터베이스 이름이 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>ww::ReportExporter</name>
        <message>
            <source>No output file given.</source>
            <translation>출력 파일이 지정되지 않았습니다.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1을(를) 쓸 수 없습니다: %2</translation>
        </message>
    </context>
    <context>
        <name>ww::ReportSource</name>
        <message numerus="yes">
            <source>%n selected article(s)</source>
            <translation>
                <numerusform>선택한 기사 %n건</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved search: %1</source>
            <translation>저장된 검색: %1</translation>
        </message>
        <message>
            <source>Search: %1</source>
            <translation>검색: %1</translation>
        </message>
        <message>
            <source>Folder: %1</source>
            <translation>폴더: %1</translation>
        </message>
        <message>
            <source>All articles</source>
            <translation>모든 기사</translation>
        </message>
        <message numerus="yes">
            <source>The stories of %n selected article(s)</source>
            <translation>
                <numerusform>선택한 기사 %n개의 스토리</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n story cluster(s)</source>
            <translation>
                <numerusform>스토리 클러스터 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>There is no saved search named or numbered “%1”.</source>
            <translation>이름이나 번호가 “%1”인 저장된 검색이 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>ww::ReportSpec</name>
        <message>
            <source>unknown report format '%1' (pdf, csv or json)</source>
            <translation>알 수 없는 보고서 형식 '%1'(pdf, csv 또는 json)</translation>
        </message>
        <message>
            <source>unknown page size '%1' (a4 or letter)</source>
            <translation>알 수 없는 용지 크기 '%1'(a4 또는 letter)</translation>
        </message>
        <message>
            <source>cannot read '%1' as a date (YYYY-MM-DD or ISO 8601)</source>
            <translation>'%1'을(를) 날짜로 읽을 수 없음(YYYY-MM-DD 또는 ISO 8601)</translation>
        </message>
    </context>
    <context>
        <name>ww::SavedSearchRunner</name>
        <message>
            <source>New matches for "%1": %2</source>
            <translation>"%1"의 새 일치 항목: %2</translation>
        </message>
    </context>
    <context>
        <name>ww::SavedSearchStore</name>
        <message>
            <source>The saved search does not exist.</source>
            <translation>저장된 검색이 없습니다.</translation>
        </message>
        <message>
            <source>A saved search needs a name.</source>
            <translation>저장된 검색에는 이름이 필요합니다.</translation>
        </message>
        <message>
            <source>Saving the search failed</source>
            <translation>검색을 저장하지 못했습니다</translation>
        </message>
        <message>
            <source>A saved search named "%1" already exists.</source>
            <translation>"%1"(이)라는 저장된 검색이 이미 있습니다.</translation>
        </message>
        <message>
            <source>Deleting the search failed</source>
            <translation>검색을 삭제하지 못했습니다</translation>
        </message>
        <message>
            <source>Recording the alert failed</source>
            <translation>알림을 기록하지 못했습니다</translation>
        </message>
        <message>
            <source>Reading alerts failed</source>
            <translation>알림을 읽지 못했습니다</translation>
        </message>
    </context>
    <context>
        <name>ww::Scanner</name>
        <message>
            <source>recursive entity '%1'</source>
            <translation>재귀 엔터티 '%1'</translation>
        </message>
        <message>
            <source>entity expansion limit exceeded: entities nested too deeply</source>
            <translation>엔터티 확장 제한 초과: 엔터티가 너무 깊이 중첩되었습니다</translation>
        </message>
        <message>
            <source>entity expansion limit exceeded: too many entity declarations</source>
            <translation>엔터티 확장 제한 초과: 엔터티 선언이 너무 많습니다</translation>
        </message>
        <message>
            <source>entity expansion limit exceeded: entity '%1' expands to more than %2 characters</source>
            <translation>엔터티 확장 제한 초과: 엔터티 '%1'이(가) %2자 넘게 확장됩니다</translation>
        </message>
        <message>
            <source>entity expansion limit exceeded: references expand to more than %1 characters</source>
            <translation>엔터티 확장 제한 초과: 참조가 %1자 넘게 확장됩니다</translation>
        </message>
        <message>
            <source>text before the XML declaration removed</source>
            <translation>XML 선언 앞의 텍스트를 제거했습니다</translation>
        </message>
    </context>
    <context>
        <name>ww::SearchIndex</name>
        <message>
            <source>Reading an article for indexing failed</source>
            <translation>색인할 기사를 읽지 못했습니다</translation>
        </message>
        <message>
            <source>Article %1 does not exist.</source>
            <translation>기사 %1이(가) 없습니다.</translation>
        </message>
        <message>
            <source>Reading captions for indexing failed</source>
            <translation>색인할 사진 캡션을 읽지 못했습니다</translation>
        </message>
        <message>
            <source>Updating the search index failed</source>
            <translation>검색 색인을 업데이트하지 못했습니다</translation>
        </message>
    </context>
    <context>
        <name>ww::SearchWindow</name>
        <message>
            <source>Searching articles failed</source>
            <translation>기사 검색에 실패했습니다</translation>
        </message>
    </context>
    <context>
        <name>ww::SourceTreeModel</name>
        <message>
            <source>All articles</source>
            <translation>모든 기사</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>별표 표시됨</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>태그</translation>
        </message>
        <message>
            <source>not scheduled</source>
            <translation>예약되지 않음</translation>
        </message>
        <message>
            <source>Paused: %1</source>
            <translation>일시 중지됨: %1</translation>
        </message>
        <message>
            <source>by the analyst</source>
            <translation>분석가가 중지함</translation>
        </message>
        <message numerus="yes">
            <source>Failing (%n attempt(s)): %1</source>
            <translation>
                <numerusform>실패 중(%n회 시도): %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Next retry: %1</source>
            <translation>다음 재시도: %1</translation>
        </message>
        <message>
            <source>Last updated: %1</source>
            <translation>마지막 업데이트: %1</translation>
        </message>
        <message>
            <source>Next update: %1</source>
            <translation>다음 업데이트: %1</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>소스</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>읽지 않음</translation>
        </message>
        <message>
            <source>Saved searches</source>
            <translation>저장된 검색</translation>
        </message>
        <message numerus="yes">
            <source>%n matching article(s)</source>
            <translation>
                <numerusform>일치하는 기사 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>Alerts on new matches</source>
            <translation>새 일치 항목 알림</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n article(s)</source>
            <translation>
                <numerusform>%1: 기사 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>기사 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%n개 읽지 않음</numerusform>
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
            <translation>통계를 읽지 못했습니다</translation>
        </message>
    </context>
    <context>
        <name>ww::TagStore</name>
        <message>
            <source>Reading tags failed</source>
            <translation>태그를 읽지 못했습니다</translation>
        </message>
        <message>
            <source>The tag does not exist.</source>
            <translation>태그가 없습니다.</translation>
        </message>
        <message>
            <source>A tag needs a name.</source>
            <translation>태그에는 이름이 필요합니다.</translation>
        </message>
        <message>
            <source>A tag named "%1" already exists.</source>
            <translation>"%1" 태그가 이미 있습니다.</translation>
        </message>
        <message>
            <source>Creating the tag %1 failed</source>
            <translation>태그 %1을(를) 만들지 못했습니다</translation>
        </message>
        <message>
            <source>A tag named "%1" already exists; merge the tags instead.</source>
            <translation>"%1" 태그가 이미 있습니다. 대신 태그를 병합하십시오.</translation>
        </message>
        <message>
            <source>Renaming the tag failed</source>
            <translation>태그 이름을 바꾸지 못했습니다</translation>
        </message>
        <message>
            <source>Changing the tag's colour failed</source>
            <translation>태그 색상을 바꾸지 못했습니다</translation>
        </message>
        <message>
            <source>Merging tags failed</source>
            <translation>태그를 병합하지 못했습니다</translation>
        </message>
        <message>
            <source>Deleting the tag failed</source>
            <translation>태그를 삭제하지 못했습니다</translation>
        </message>
        <message>
            <source>There is no tag named "%1".</source>
            <translation>"%1" 태그가 없습니다.</translation>
        </message>
        <message>
            <source>Tagging articles failed</source>
            <translation>기사에 태그를 지정하지 못했습니다</translation>
        </message>
        <message>
            <source>Removing a tag failed</source>
            <translation>태그를 제거하지 못했습니다</translation>
        </message>
        <message>
            <source>Tagging the story failed</source>
            <translation>스토리에 태그를 지정하지 못했습니다</translation>
        </message>
    </context>
    <context>
        <name>ww::TextDecoder</name>
        <message>
            <source>the byte order mark (%1) overrides the declared charset %2</source>
            <translation>바이트 순서 표시(%1)가 선언된 문자 집합 %2보다 우선합니다</translation>
        </message>
        <message>
            <source>unsupported encoding %1</source>
            <translation>지원하지 않는 인코딩 %1</translation>
        </message>
        <message>
            <source>declared %1 but the bytes are not %1</source>
            <translation>%1(으)로 선언되었지만 바이트가 %1이(가) 아닙니다</translation>
        </message>
        <message>
            <source>declared %1 but the bytes are valid UTF-8</source>
            <translation>%1(으)로 선언되었지만 바이트는 유효한 UTF-8입니다</translation>
        </message>
        <message>
            <source>declared %1 but the bytes are not valid %1</source>
            <translation>%1(으)로 선언되었지만 바이트가 유효한 %1이(가) 아닙니다</translation>
        </message>
        <message>
            <source>encoding guessed as %1</source>
            <translation>인코딩을 %1(으)로 추정했습니다</translation>
        </message>
    </context>
    <context>
        <name>ww::TimelineView</name>
        <message>
            <source>Story timeline</source>
            <translation>스토리 타임라인</translation>
        </message>
        <message numerus="yes">
            <source>%1
%n publication(s); first: %2, %3</source>
            <translation>
                <numerusform>%1
게재 %n건, 최초: %2, %3</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>First publisher</source>
            <translation>최초 게재 언론사</translation>
        </message>
        <message>
            <source>%1 after the first</source>
            <translation>최초 게재 %1 후</translation>
        </message>
        <message>
            <source>min</source>
            <translation>분</translation>
        </message>
        <message>
            <source>Produced by %1</source>
            <translation>제공: %1</translation>
        </message>
        <message>
            <source>No stories for this filter</source>
            <translation>이 필터에 해당하는 스토리가 없습니다</translation>
        </message>
    </context>
    <context>
        <name>ww::WorldMapWidget</name>
        <message>
            <source>World map of coverage</source>
            <translation>보도 세계 지도</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>기사</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>데이터 없음</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>데이터 없음</translation>
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
            <translation>문서가 %1개 요소보다 깊게 중첩되었습니다(%2행)</translation>
        </message>
        <message>
            <source>document has more than %1 elements</source>
            <translation>문서의 요소가 %1개를 넘습니다</translation>
        </message>
        <message>
            <source>feed has more than %1 items</source>
            <translation>피드 항목이 %1개를 넘습니다</translation>
        </message>
        <message>
            <source>feed text exceeds the limit of %1 characters</source>
            <translation>피드 텍스트가 %1자 제한을 넘습니다</translation>
        </message>
        <message>
            <source>item %1 text exceeds the limit of %2 characters</source>
            <translation>항목 %1의 텍스트가 %2자 제한을 넘습니다</translation>
        </message>
        <message>
            <source>empty document: no XML element found</source>
            <translation>빈 문서: XML 요소가 없습니다</translation>
        </message>
        <message>
            <source>feed truncated at line %1</source>
            <translation>피드가 %1행에서 잘렸습니다</translation>
        </message>
        <message>
            <source>missing close tag for the root element added</source>
            <translation>누락된 루트 요소의 닫는 태그를 추가했습니다</translation>
        </message>
        <message>
            <source>entity expansion limit exceeded at line %1: %2</source>
            <translation>%1행에서 엔터티 확장 제한 초과: %2</translation>
        </message>
        <message>
            <source>malformed XML at line %1, column %2: %3</source>
            <translation>%1행 %2열의 XML 형식이 잘못되었습니다: %3</translation>
        </message>
        <message>
            <source>undeclared namespace prefixes: %1</source>
            <translation>선언되지 않은 네임스페이스 접두사: %1</translation>
        </message>
    </context>
    <context>
        <name>ww::cli</name>
        <message>
            <source>Parse one feed and print it as JSON (nothing is stored).</source>
            <translation>피드 하나를 구문 분석하여 JSON으로 출력합니다(저장하지 않음).</translation>
        </message>
        <message>
            <source>Extract one article page and print it as JSON (nothing is stored).</source>
            <translation>기사 페이지 하나를 추출하여 JSON으로 출력합니다(저장하지 않음).</translation>
        </message>
        <message>
            <source>List, subscribe to or remove feeds.</source>
            <translation>피드를 나열하거나 구독하거나 제거합니다.</translation>
        </message>
        <message>
            <source>Poll due feeds (or all), store new articles and extract their pages.</source>
            <translation>갱신할 차례인 피드(또는 전체)를 폴링하고 새 기사를 저장한 뒤 페이지를 추출합니다.</translation>
        </message>
        <message>
            <source>Full-text search with filters; prints matching articles as JSON.</source>
            <translation>필터를 사용한 전문 검색. 일치하는 기사를 JSON으로 출력합니다.</translation>
        </message>
        <message>
            <source>Print the archive's counts as JSON.</source>
            <translation>아카이브의 개수 통계를 JSON으로 출력합니다.</translation>
        </message>
        <message>
            <source>Subscribe to the feeds of an OPML file.</source>
            <translation>OPML 파일의 피드를 구독합니다.</translation>
        </message>
        <message>
            <source>Write the subscriptions as OPML (to stdout without FILE).</source>
            <translation>구독 목록을 OPML로 씁니다(FILE이 없으면 stdout으로).</translation>
        </message>
        <message>
            <source>Serve the built-in demo bundle on 127.0.0.1 until interrupted.</source>
            <translation>중단될 때까지 127.0.0.1에서 내장 데모 번들을 제공합니다.</translation>
        </message>
        <message>
            <source>only http and https feeds can be subscribed: %1</source>
            <translation>http 및 https 피드만 구독할 수 있습니다: %1</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>%1을(를) 읽을 수 없습니다: %2</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>%1에 쓸 수 없습니다: %2</translation>
        </message>
        <message>
            <source>Write a PDF, CSV or JSON report of the selected articles (atomically; no network).</source>
            <translation>선택한 기사의 PDF, CSV 또는 JSON 보고서를 작성합니다(원자적 쓰기, 네트워크 사용 안 함).</translation>
        </message>
        <message>
            <source>--from must be before --to</source>
            <translation>--from은 --to보다 앞서야 합니다</translation>
        </message>
        <message>
            <source>There is no backup of %1 in %2.</source>
            <translation>%2에 %1의 백업이 없습니다.</translation>
        </message>
        <message>
            <source>Write a consistent copy of the database (VACUUM INTO or pg_dump): to a file, or into the backups folder keeping the newest N.</source>
            <translation>데이터베이스의 일관된 사본을 기록합니다(VACUUM INTO 또는 pg_dump). 파일에 쓰거나, 최신 N개를 유지하며 백업 폴더에 씁니다.</translation>
        </message>
        <message>
            <source>Replace the database with a verified backup (the replaced file is kept).</source>
            <translation>데이터베이스를 검증된 백업으로 교체합니다(교체된 파일은 보관됨).</translation>
        </message>
        <message>
            <source>--saved-search takes the name or the id of a saved search</source>
            <translation>--saved-search에는 저장된 검색의 이름 또는 ID를 지정해야 합니다</translation>
        </message>
        <message>
            <source>--cluster takes a story cluster id, not '%1'</source>
            <translation>--cluster에는 '%1'이(가) 아닌 스토리 클러스터 ID를 지정해야 합니다</translation>
        </message>
    </context>
</TS>
