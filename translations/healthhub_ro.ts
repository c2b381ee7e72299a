<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro">
<context>
    <name>HealthHub::Kiosk::BlockedPage</name>
    <message>
        <source>This page is not available here</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Această pagină nu este disponibilă aici</translation>
    </message>
    <message>
        <source>This page is not available here. Ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Această pagină nu este disponibilă aici. Cereți ajutorul unui voluntar.</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Înapoi</translation>
    </message>
    <message>
        <source>Home</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Acasă</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::BoothShell</name>
    <message>
        <source>Video appointment room</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Camera pentru consultații video</translation>
    </message>
    <message>
        <source>Welcome to %1. This room is ready for your video appointment.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Bine ați venit la %1. Camera este pregătită pentru consultația dvs. video.</translation>
    </message>
    <message>
        <source>Check my camera and sound</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Verificați camera și sunetul</translation>
    </message>
    <message>
        <source>Join my appointment</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Intrați în consultație</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::ConsoleShell</name>
    <message>
        <source>Volunteer console</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Consola voluntarului</translation>
    </message>
    <message>
        <source>The records of %1 are locked. Unlock them to record a session, see a visitor&apos;s journey, book the booth or make a report.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Datele de la %1 sunt blocate. Deblocați-le ca să înregistrați o sesiune, să vedeți parcursul unui vizitator, să rezervați camera video sau să faceți un raport.</translation>
    </message>
    <message>
        <source>Unlock the records</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Deblocați datele</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Mai sunteți aici?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Sunt încă aici</translation>
    </message>
    <message numerus="yes">
        <source>Touch the button to keep going. If you do not, your details will be removed in %n second(s).</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>
            <numerusform>Atingeți butonul ca să continuați. Dacă nu, datele dvs. vor fi șterse în %n secundă.</numerusform>
            <numerusform>Atingeți butonul ca să continuați. Dacă nu, datele dvs. vor fi șterse în %n secunde.</numerusform>
            <numerusform>Atingeți butonul ca să continuați. Dacă nu, datele dvs. vor fi șterse în %n de secunde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Alegeți limba</translation>
    </message>
    <message>
        <source>Touch the language you want to use.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Atingeți limba pe care doriți s-o folosiți.</translation>
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
        <translation>Demo — date inventate</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::NavigationBar</name>
    <message>
        <source>Back</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Înapoi</translation>
    </message>
    <message>
        <source>Home</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Acasă</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Ajutor</translation>
    </message>
    <message>
        <source>Finish</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Terminați</translation>
    </message>
    <message>
        <source>Go back one screen</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Înapoi la ecranul anterior</translation>
    </message>
    <message>
        <source>Go to the first screen</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Mergeți la primul ecran</translation>
    </message>
    <message>
        <source>Ask a volunteer to come and help</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Chemați un voluntar să vă ajute</translation>
    </message>
    <message>
        <source>Finish and remove your details from this computer</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Terminați și ștergeți datele dvs. de pe acest calculator</translation>
    </message>
    <message>
        <source>Get a volunteer</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Chemați un voluntar</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::VisitorShell</name>
    <message>
        <source>Start</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Începeți</translation>
    </message>
    <message>
        <source>Choose what you want to do</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Alegeți ce doriți să faceți</translation>
    </message>
    <message>
        <source>Change language</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Schimbați limba</translation>
    </message>
    <message>
        <source>Change text size and colours</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Schimbați mărimea textului și culorile</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Bine ați venit la %1</translation>
    </message>
    <message>
        <source>We can help you use NHS services online. Touch Start to begin.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Vă putem ajuta să folosiți serviciile NHS online. Atingeți „Începeți” ca să porniți.</translation>
    </message>
    <message>
        <source>Make text bigger</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Text mai mare</translation>
    </message>
    <message>
        <source>Make text smaller</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Text mai mic</translation>
    </message>
    <message>
        <source>Black and white colours</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Culori alb-negru</translation>
    </message>
    <message>
        <source>Text size and colours</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Mărimea textului și culorile</translation>
    </message>
    <message>
        <source>Make the words bigger, or use black and white to make them clearer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Măriți cuvintele sau folosiți alb-negru ca să fie mai clare.</translation>
    </message>
    <message>
        <source>I am OK now</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Acum mă descurc</translation>
    </message>
    <message>
        <source>A volunteer is coming</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Vine un voluntar</translation>
    </message>
    <message>
        <source>Please stay here. A volunteer will come to help you soon.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Vă rugăm să rămâneți aici. Un voluntar vine curând să vă ajute.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Începeți din nou</translation>
    </message>
    <message>
        <source>Your details have been removed</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Datele dvs. au fost șterse</translation>
    </message>
    <message>
        <source>Thank you for visiting. Nothing you did is left on this computer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Vă mulțumim pentru vizită. Nimic din ce ați făcut nu a rămas pe acest calculator.</translation>
    </message>
    <message>
        <source>Text size now: %1%</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Mărimea textului acum: %1%</translation>
    </message>
    <message>
        <source>Normal colours</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Culori obișnuite</translation>
    </message>
</context>
</TS>
