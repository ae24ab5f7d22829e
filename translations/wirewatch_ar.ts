<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>main</name>
        <message>
            <source>Follow how news stories travel across outlets and wire agencies.</source>
            <translation>تتبع انتشار الأخبار بين وسائل الإعلام ووكالات الأنباء.</translation>
        </message>
    </context>
</TS>
