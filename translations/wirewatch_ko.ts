<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
    <context>
        <name>main</name>
        <message>
            <source>Follow how news stories travel across outlets and wire agencies.</source>
            <translation>뉴스가 언론사와 통신사를 거쳐 퍼지는 과정을 추적합니다.</translation>
        </message>
    </context>
</TS>
