<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>main</name>
        <message>
            <source>Follow how news stories travel across outlets and wire agencies.</source>
            <translation>Как новости расходятся по изданиям и информагентствам.</translation>
        </message>
    </context>
</TS>
