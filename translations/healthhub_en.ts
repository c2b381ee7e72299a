<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</TS>
