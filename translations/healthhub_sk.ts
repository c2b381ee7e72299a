<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sk">
<context>
    <name>HealthHub::Kiosk::BlockedPage</name>
    <message>
        <source>This page is not available here</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Táto stránka tu nie je dostupná</translation>
    </message>
    <message>
        <source>This page is not available here. Ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Táto stránka tu nie je dostupná. Požiadajte dobrovoľníka.</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Späť</translation>
    </message>
    <message>
        <source>Home</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Domov</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::BoothShell</name>
    <message>
        <source>Video appointment room</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Miestnosť na videohovor s lekárom</translation>
    </message>
    <message>
        <source>Welcome to %1. This room is ready for your video appointment.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Vitajte. Toto je %1. Táto miestnosť je pripravená na váš videohovor s lekárom.</translation>
    </message>
    <message>
        <source>Check my camera and sound</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Skontrolovať kameru a zvuk</translation>
    </message>
    <message>
        <source>Join my appointment</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Pripojiť sa k videohovoru</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::ConsoleShell</name>
    <message>
        <source>Volunteer console</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Konzola dobrovoľníka</translation>
    </message>
    <message>
        <source>The records of %1 are locked. Unlock them to record a session, see a visitor&apos;s journey, book the booth or make a report.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Záznamy miesta %1 sú zamknuté. Odomknite ich, ak chcete zapísať návštevu, pozrieť cestu návštevníka, rezervovať miestnosť na videohovor alebo urobiť správu.</translation>
    </message>
    <message>
        <source>Unlock the records</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Odomknúť záznamy</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Ste tu ešte?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Stále som tu</translation>
    </message>
    <message numerus="yes">
        <source>Touch the button to keep going. If you do not, your details will be removed in %n second(s).</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>
            <numerusform>Dotknite sa tlačidla a pokračujte. Inak sa vaše údaje vymažú o %n sekundu.</numerusform>
            <numerusform>Dotknite sa tlačidla a pokračujte. Inak sa vaše údaje vymažú o %n sekundy.</numerusform>
            <numerusform>Dotknite sa tlačidla a pokračujte. Inak sa vaše údaje vymažú o %n sekúnd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Vyberte si jazyk</translation>
    </message>
    <message>
        <source>Touch the language you want to use.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Dotknite sa jazyka, ktorý chcete používať.</translation>
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
        <translation>Ukážka — vymyslené údaje</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::NavigationBar</name>
    <message>
        <source>Back</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Späť</translation>
    </message>
    <message>
        <source>Home</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Domov</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Pomoc</translation>
    </message>
    <message>
        <source>Finish</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Skončiť</translation>
    </message>
    <message>
        <source>Go back one screen</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Späť o jednu obrazovku</translation>
    </message>
    <message>
        <source>Go to the first screen</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Prejsť na prvú obrazovku</translation>
    </message>
    <message>
        <source>Ask a volunteer to come and help</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Zavolať dobrovoľníka na pomoc</translation>
    </message>
    <message>
        <source>Finish and remove your details from this computer</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Skončiť a vymazať vaše údaje z tohto počítača</translation>
    </message>
    <message>
        <source>Get a volunteer</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Zavolať dobrovoľníka</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::VisitorShell</name>
    <message>
        <source>Start</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Začať</translation>
    </message>
    <message>
        <source>Choose what you want to do</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Vyberte, čo chcete urobiť</translation>
    </message>
    <message>
        <source>Change language</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Zmeniť jazyk</translation>
    </message>
    <message>
        <source>Change text size and colours</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Zmeniť veľkosť písma a farby</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Vitajte — %1</translation>
    </message>
    <message>
        <source>We can help you use NHS services online. Touch Start to begin.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Pomôžeme vám používať služby NHS na internete. Začnite dotykom na „Začať“.</translation>
    </message>
    <message>
        <source>Make text bigger</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Väčšie písmo</translation>
    </message>
    <message>
        <source>Make text smaller</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Menšie písmo</translation>
    </message>
    <message>
        <source>Black and white colours</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Čiernobiele farby</translation>
    </message>
    <message>
        <source>Text size and colours</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Veľkosť písma a farby</translation>
    </message>
    <message>
        <source>Make the words bigger, or use black and white to make them clearer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Zväčšite slová alebo použite čiernu a bielu, aby boli zreteľnejšie.</translation>
    </message>
    <message>
        <source>I am OK now</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Už to zvládnem</translation>
    </message>
    <message>
        <source>A volunteer is coming</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Dobrovoľník už ide</translation>
    </message>
    <message>
        <source>Please stay here. A volunteer will come to help you soon.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Prosím, zostaňte tu. Dobrovoľník vám čoskoro príde pomôcť.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Začať znova</translation>
    </message>
    <message>
        <source>Your details have been removed</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Vaše údaje boli vymazané</translation>
    </message>
    <message>
        <source>Thank you for visiting. Nothing you did is left on this computer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Ďakujeme za návštevu. Nič z toho, čo ste robili, na tomto počítači nezostalo.</translation>
    </message>
    <message>
        <source>Text size now: %1%</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Veľkosť písma teraz: %1 %</translation>
    </message>
    <message>
        <source>Normal colours</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Bežné farby</translation>
    </message>
</context>
</TS>
