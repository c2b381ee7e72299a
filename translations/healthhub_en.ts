<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>HealthHub::Ui::BoothShell</name>
    <message numerus="yes">
        <source>Are you still there? Touch the screen to carry on. This room resets in %n seconds.</source>
        <translation>
            <numerusform>Are you still there? Touch the screen to carry on. This room resets in %n second.</numerusform>
            <numerusform>Are you still there? Touch the screen to carry on. This room resets in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It starts in %n minutes.</source>
        <translation>
            <numerusform>It starts in %n minute.</numerusform>
            <numerusform>It starts in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It starts in %n hours.</source>
        <translation>
            <numerusform>It starts in %n hour.</numerusform>
            <numerusform>It starts in %n hours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::ConsoleShell</name>
    <message numerus="yes">
        <source>The console will lock soon. Seconds left: %n. Touch the screen to stay signed in.</source>
        <translation>
            <numerusform>The console will lock soon. Seconds left: %n. Touch the screen to stay signed in.</numerusform>
            <numerusform>The console will lock soon. Seconds left: %n. Touch the screen to stay signed in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::ExitPinScreen</name>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minutes.</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n minute.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::IdleOverlay</name>
    <message numerus="yes">
        <source>Touch the button to keep going. If you do not, your details will be removed in %n seconds.</source>
        <translation>
            <numerusform>Touch the button to keep going. If you do not, your details will be removed in %n second.</numerusform>
            <numerusform>Touch the button to keep going. If you do not, your details will be removed in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::MenuScreen</name>
    <message numerus="yes">
        <source>Follow-ups: %n due</source>
        <translation>
            <numerusform>Follow-ups: %n due</numerusform>
            <numerusform>Follow-ups: %n due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::SignInScreen</name>
    <message numerus="yes">
        <source>That PIN is not right. Tries left before it locks: %n.</source>
        <translation>
            <numerusform>That PIN is not right. Tries left before it locks: %n.</numerusform>
            <numerusform>That PIN is not right. Tries left before it locks: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::TerminalsModel</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::TouchKeypad</name>
    <message numerus="yes">
        <source>Digits typed: %n</source>
        <translation>
            <numerusform>Digits typed: %n</numerusform>
            <numerusform>Digits typed: %n</numerusform>
        </translation>
    </message>
</context>
</TS>
