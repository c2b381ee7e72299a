<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>HealthHub::Kiosk::BlockedPage</name>
    <message>
        <source>This page is not available here</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>یہ صفحہ یہاں دستیاب نہیں ہے</translation>
    </message>
    <message>
        <source>This page is not available here. Ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>یہ صفحہ یہاں دستیاب نہیں ہے۔ کسی رضاکار سے پوچھیں۔</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>واپس</translation>
    </message>
    <message>
        <source>Home</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ہوم</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::BoothShell</name>
    <message>
        <source>Video appointment room</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ویڈیو ملاقات کا کمرہ</translation>
    </message>
    <message>
        <source>Welcome to %1. This room is ready for your video appointment.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>%1 میں خوش آمدید۔ یہ کمرہ آپ کی ویڈیو ملاقات کے لیے تیار ہے۔</translation>
    </message>
    <message>
        <source>Check my camera and sound</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>میرا کیمرا اور آواز چیک کریں</translation>
    </message>
    <message>
        <source>Join my appointment</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>اپنی ملاقات میں شامل ہوں</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::ConsoleShell</name>
    <message>
        <source>Volunteer console</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>رضاکار کنسول</translation>
    </message>
    <message>
        <source>The records of %1 are locked. Unlock them to record a session, see a visitor&apos;s journey, book the booth or make a report.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>%1 کے ریکارڈ بند ہیں۔ سیشن لکھنے، کسی آنے والے کا سفر دیکھنے، ویڈیو کمرہ بک کرنے یا رپورٹ بنانے کے لیے انہیں کھولیں۔</translation>
    </message>
    <message>
        <source>Unlock the records</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ریکارڈ کھولیں</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>کیا آپ ابھی یہاں ہیں؟</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>میں ابھی یہیں ہوں</translation>
    </message>
    <message numerus="yes">
        <source>Touch the button to keep going. If you do not, your details will be removed in %n second(s).</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>
            <numerusform>جاری رکھنے کے لیے بٹن کو چھوئیں۔ ورنہ آپ کی معلومات %n سیکنڈ میں مٹا دی جائیں گی۔</numerusform>
            <numerusform>جاری رکھنے کے لیے بٹن کو چھوئیں۔ ورنہ آپ کی معلومات %n سیکنڈ میں مٹا دی جائیں گی۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>اپنی زبان چنیں</translation>
    </message>
    <message>
        <source>Touch the language you want to use.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>جو زبان آپ استعمال کرنا چاہتے ہیں، اسے چھوئیں۔</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::MainWindow</name>
    <message>
        <source>Health Hub — %1</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Health Hub — %1</translation>
    </message>
    <message>
        <source>Demo — made-up data</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ڈیمو — فرضی معلومات</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::NavigationBar</name>
    <message>
        <source>Back</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>واپس</translation>
    </message>
    <message>
        <source>Home</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ہوم</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>مدد</translation>
    </message>
    <message>
        <source>Finish</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ختم کریں</translation>
    </message>
    <message>
        <source>Go back one screen</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ایک اسکرین پیچھے جائیں</translation>
    </message>
    <message>
        <source>Go to the first screen</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>پہلی اسکرین پر جائیں</translation>
    </message>
    <message>
        <source>Ask a volunteer to come and help</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>کسی رضاکار کو مدد کے لیے بلائیں</translation>
    </message>
    <message>
        <source>Finish and remove your details from this computer</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ختم کریں اور اپنی معلومات اس کمپیوٹر سے مٹا دیں</translation>
    </message>
    <message>
        <source>Get a volunteer</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>رضاکار بلائیں</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::VisitorShell</name>
    <message>
        <source>Start</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>شروع کریں</translation>
    </message>
    <message>
        <source>Choose what you want to do</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>چنیں کہ آپ کیا کرنا چاہتے ہیں</translation>
    </message>
    <message>
        <source>Change language</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>زبان بدلیں</translation>
    </message>
    <message>
        <source>Change text size and colours</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>لکھائی کا سائز اور رنگ بدلیں</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>%1 میں خوش آمدید</translation>
    </message>
    <message>
        <source>We can help you use NHS services online. Touch Start to begin.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ہم NHS کی آن لائن سہولتیں استعمال کرنے میں آپ کی مدد کر سکتے ہیں۔ شروع کرنے کے لیے «شروع کریں» کو چھوئیں۔</translation>
    </message>
    <message>
        <source>Make text bigger</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>لکھائی بڑی کریں</translation>
    </message>
    <message>
        <source>Make text smaller</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>لکھائی چھوٹی کریں</translation>
    </message>
    <message>
        <source>Black and white colours</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>سیاہ اور سفید رنگ</translation>
    </message>
    <message>
        <source>Text size and colours</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>لکھائی کا سائز اور رنگ</translation>
    </message>
    <message>
        <source>Make the words bigger, or use black and white to make them clearer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>الفاظ بڑے کریں، یا انہیں زیادہ صاف دکھانے کے لیے سیاہ اور سفید استعمال کریں۔</translation>
    </message>
    <message>
        <source>I am OK now</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>اب میں ٹھیک ہوں</translation>
    </message>
    <message>
        <source>A volunteer is coming</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>رضاکار آ رہا ہے</translation>
    </message>
    <message>
        <source>Please stay here. A volunteer will come to help you soon.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>براہ کرم یہیں رہیں۔ ایک رضاکار جلد آپ کی مدد کے لیے آئے گا۔</translation>
    </message>
    <message>
        <source>Start again</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>دوبارہ شروع کریں</translation>
    </message>
    <message>
        <source>Your details have been removed</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>آپ کی معلومات مٹا دی گئی ہیں</translation>
    </message>
    <message>
        <source>Thank you for visiting. Nothing you did is left on this computer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>آنے کا شکریہ۔ آپ نے جو کچھ کیا، اس میں سے کچھ بھی اس کمپیوٹر پر باقی نہیں ہے۔</translation>
    </message>
    <message>
        <source>Text size now: %1%</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>لکھائی کا سائز اب: %1%</translation>
    </message>
    <message>
        <source>Normal colours</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>عام رنگ</translation>
    </message>
</context>
</TS>
