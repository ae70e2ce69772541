<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>CommandRegistry</name>
        <message numerus="yes">
            <source>Added %n demo contact(s).</source>
            <translation>
                <numerusform>Added %n demo contact.</numerusform>
                <numerusform>Added %n demo contacts.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DemoWorkspace</name>
        <message numerus="yes">
            <source>Created %n demo contact(s).</source>
            <translation>
                <numerusform>Created %n demo contact.</numerusform>
                <numerusform>Created %n demo contacts.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::ContactsPane</name>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contact</numerusform>
                <numerusform>%n contacts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::MainWindow</name>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contact</numerusform>
                <numerusform>%n contacts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::SettingsDialog</name>
        <message numerus="yes">
            <source>%n message(s) per person per %1 days</source>
            <translation>
                <numerusform>%n message per person per %1 days</numerusform>
                <numerusform>%n messages per person per %1 days</numerusform>
            </translation>
        </message>
    </context>
</TS>
