<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>HealthHub::Ui::IdleOverlay</name>
    <message numerus="yes">
        <source>Touch the button to keep going. If you do not, your details will be removed in %n second(s).</source>
        <translation>
            <numerusform>Touch the button to keep going. If you do not, your details will be removed in %n second.</numerusform>
            <numerusform>Touch the button to keep going. If you do not, your details will be removed in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
