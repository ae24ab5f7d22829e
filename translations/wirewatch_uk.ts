<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
    <context>
        <name>main</name>
        <message>
            <source>Follow how news stories travel across outlets and wire agencies.</source>
            <translation>Як новини поширюються між виданнями та інформагенціями.</translation>
        </message>
    </context>
</TS>
