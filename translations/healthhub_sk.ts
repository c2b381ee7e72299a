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
    <name>HealthHub::MediaCheck::CameraCheck</name>
    <message>
        <source>This room has no camera. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>V tejto miestnosti nie je kamera. Požiadajte dobrovoľníka.</translation>
    </message>
    <message>
        <source>The camera is not working. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Kamera nefunguje. Požiadajte dobrovoľníka.</translation>
    </message>
    <message>
        <source>The camera is not sending a picture. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Kamera neposiela obraz. Požiadajte dobrovoľníka.</translation>
    </message>
    <message>
        <source>The picture is dark. Check that nothing covers the camera, or ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Obraz je tmavý. Skontrolujte, či nič nezakrýva kameru, alebo požiadajte dobrovoľníka.</translation>
    </message>
    <message>
        <source>The camera picture is stuck. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Obraz z kamery zamrzol. Požiadajte dobrovoľníka.</translation>
    </message>
    <message>
        <source>The camera works. You can see yourself on the screen.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Kamera funguje. Na obrazovke sa vidíte.</translation>
    </message>
</context>
<context>
    <name>HealthHub::MediaCheck::MicrophoneCheck</name>
    <message>
        <source>The microphone is not sending any sound. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Mikrofón neposiela zvuk. Požiadajte dobrovoľníka.</translation>
    </message>
    <message>
        <source>Your voice is too loud for the microphone. Sit a little further back.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Váš hlas je na mikrofón príliš hlasný. Posaďte sa trochu ďalej.</translation>
    </message>
    <message>
        <source>The microphone works. We heard you clearly.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Mikrofón funguje. Počuli sme vás zreteľne.</translation>
    </message>
    <message>
        <source>We only just heard you. Please speak a little louder, or ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Počuli sme vás len slabo. Hovorte trochu hlasnejšie alebo požiadajte dobrovoľníka.</translation>
    </message>
    <message>
        <source>We could not hear you. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Nepočuli sme vás. Požiadajte dobrovoľníka.</translation>
    </message>
    <message>
        <source>This room has no microphone. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>V tejto miestnosti nie je mikrofón. Požiadajte dobrovoľníka.</translation>
    </message>
    <message>
        <source>The microphone is not working. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Mikrofón nefunguje. Požiadajte dobrovoľníka.</translation>
    </message>
</context>
<context>
    <name>HealthHub::MediaCheck::NetworkCheck</name>
    <message>
        <source>This room cannot reach the video service. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Miestnosť sa nevie spojiť s video službou. Požiadajte dobrovoľníka.</translation>
    </message>
    <message>
        <source>The internet is too slow for a video call. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Internet je na videohovor príliš pomalý. Požiadajte dobrovoľníka.</translation>
    </message>
    <message>
        <source>We could not test the internet speed. You can still try your call.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Rýchlosť internetu sa nepodarilo zmerať. Hovor však môžete skúsiť.</translation>
    </message>
    <message>
        <source>The internet is slow. Your picture may freeze. You can still try your call.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Internet je pomalý. Obraz môže zamŕzať. Hovor však môžete skúsiť.</translation>
    </message>
    <message>
        <source>The internet is slow to answer. There may be a delay when you talk.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Internet odpovedá pomaly. Pri rozhovore môže byť oneskorenie.</translation>
    </message>
    <message>
        <source>Some video services cannot be reached. If your call does not start, ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Niektoré video služby sú nedostupné. Ak sa hovor nezačne, požiadajte dobrovoľníka.</translation>
    </message>
    <message>
        <source>The internet connection is good enough for a video call.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Internet stačí na videohovor.</translation>
    </message>
</context>
<context>
    <name>HealthHub::MediaCheck::SpeakerCheck</name>
    <message>
        <source>This room has no speaker. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>V tejto miestnosti nie je reproduktor. Požiadajte dobrovoľníka.</translation>
    </message>
    <message>
        <source>The speaker works.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Reproduktor funguje.</translation>
    </message>
    <message>
        <source>You could not hear the sound. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Zvuk nebolo počuť. Požiadajte dobrovoľníka.</translation>
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
    <message>
        <source>Check the camera, microphone, speaker and internet before your call</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Pred hovorom skontrolujte kameru, mikrofón, reproduktor a internet</translation>
    </message>
    <message>
        <source>Type the link from your text message or email</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Napíšte odkaz zo SMS alebo e-mailu</translation>
    </message>
    <message>
        <source>Join your appointment</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Pripojte sa k návšteve</translation>
    </message>
    <message>
        <source>Type or paste the link from your text message or email.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Napíšte alebo vložte odkaz zo SMS alebo e-mailu.</translation>
    </message>
    <message>
        <source>The link for your appointment</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Odkaz na vašu návštevu</translation>
    </message>
    <message>
        <source>For example: https://…</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Napríklad: https://…</translation>
    </message>
    <message>
        <source>Join the call</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Pripojiť sa k hovoru</translation>
    </message>
    <message>
        <source>Need help</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Potrebujem pomoc</translation>
    </message>
    <message>
        <source>End call and clear</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Ukončiť a vymazať</translation>
    </message>
    <message>
        <source>Ask a volunteer to come and help. Your call carries on.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Zavolajte dobrovoľníka na pomoc. Hovor pokračuje.</translation>
    </message>
    <message>
        <source>End the call and remove everything about it from this computer</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Ukončiť hovor a vymazať z počítača všetko o ňom</translation>
    </message>
    <message>
        <source>I am OK now</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Už to zvládnem</translation>
    </message>
    <message>
        <source>This room is free</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Táto miestnosť je voľná</translation>
    </message>
    <message>
        <source>The last call has ended. Its page, camera and microphone have been cleared.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Posledný hovor skončil. Jeho stránka, kamera a mikrofón sú vymazané.</translation>
    </message>
    <message>
        <source>Start</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Začať</translation>
    </message>
    <message>
        <source>Start for the next person</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Pripraviť pre ďalšieho</translation>
    </message>
    <message>
        <source>It is time for your appointment.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Je čas na vašu návštevu.</translation>
    </message>
    <message>
        <source>It starts in 1 minute.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Začína o minútu.</translation>
    </message>
    <message>
        <source>The next appointment in this room is at %1.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Ďalšia návšteva v tejto miestnosti je o %1.</translation>
    </message>
    <message>
        <source>Are you still there? Touch the screen to carry on. This room resets in 1 second.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Ste tu ešte? Dotknite sa obrazovky a pokračujte. Miestnosť sa vymaže o sekundu.</translation>
    </message>
    <message numerus="yes">
        <source>Are you still there? Touch the screen to carry on. This room resets in %n seconds.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>
            <numerusform>Ste tu ešte? Dotknite sa obrazovky a pokračujte. Miestnosť sa vymaže o %n sekundu.</numerusform>
            <numerusform>Ste tu ešte? Dotknite sa obrazovky a pokračujte. Miestnosť sa vymaže o %n sekundy.</numerusform>
            <numerusform>Ste tu ešte? Dotknite sa obrazovky a pokračujte. Miestnosť sa vymaže o %n sekúnd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It starts in %n minutes.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>
            <numerusform>Začína o %n minútu.</numerusform>
            <numerusform>Začína o %n minúty.</numerusform>
            <numerusform>Začína o %n minút.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It starts in %n hours.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>
            <numerusform>Začína o %n hodinu.</numerusform>
            <numerusform>Začína o %n hodiny.</numerusform>
            <numerusform>Začína o %n hodín.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Your call carries on.</source>
        <translation>%1. Váš hovor pokračuje.</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::CallSession</name>
    <message>
        <source>Please type the link from your text message or email.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Prosím, napíšte odkaz zo SMS alebo e-mailu.</translation>
    </message>
    <message>
        <source>Please type the whole link from your text message or email.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Prosím, napíšte celý odkaz zo SMS alebo e-mailu.</translation>
    </message>
    <message>
        <source>This link is not for a video service this room can use. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Tento odkaz nevedie na video službu, ktorú môže táto miestnosť použiť. Požiadajte dobrovoľníka.</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::CheckScreen</name>
    <message>
        <source>Checking your camera and sound</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Kontrolujeme kameru a zvuk</translation>
    </message>
    <message>
        <source>Sound level</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Úroveň zvuku</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Áno</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Play again</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Prehrať znova</translation>
    </message>
    <message>
        <source>I heard the sound</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Zvuk som počul(a)</translation>
    </message>
    <message>
        <source>I did not hear the sound</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Zvuk som nepočul(a)</translation>
    </message>
    <message>
        <source>Camera</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Mikrofón</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Reproduktor</translation>
    </message>
    <message>
        <source>Internet</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Join my appointment</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Pripojiť sa k videohovoru</translation>
    </message>
    <message>
        <source>Check again</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Skontrolovať znova</translation>
    </message>
    <message>
        <source>Did you hear the chime?</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Počuli ste zvonček?</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Ešte neskontrolované.</translation>
    </message>
    <message>
        <source>Look at the screen. You should see yourself.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Pozrite sa na obrazovku. Mali by ste sa vidieť.</translation>
    </message>
    <message>
        <source>Please say hello, and keep talking for a moment.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Prosím, pozdravte a chvíľu hovorte.</translation>
    </message>
    <message>
        <source>Wait for the microphone. Then listen for a chime.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Počkajte na mikrofón. Potom počúvajte zvonček.</translation>
    </message>
    <message>
        <source>Checking the internet. This takes a few seconds.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Kontrolujeme internet. Potrvá to pár sekúnd.</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::ExitPinScreen</name>
    <message>
        <source>Leave kiosk mode</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Opustiť režim kiosku</translation>
    </message>
    <message>
        <source>PIN</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Späť</translation>
    </message>
    <message>
        <source>Kiosk mode can only be left by an administrator at the computer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Režim kiosku môže opustiť len správca pri počítači.</translation>
    </message>
    <message>
        <source>Hub lead: type the exit PIN, then touch OK.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Vedúci centra: napíšte PIN na odchod a dotknite sa OK.</translation>
    </message>
    <message>
        <source>Type 4 to 8 digits, then touch OK.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Napíšte 4 až 8 číslic a dotknite sa OK.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Tento PIN nie je správny. Skúste znova.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in 1 minute.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Priveľa nesprávnych PIN. Skúste znova o minútu.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minutes.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>
            <numerusform>Priveľa nesprávnych PIN. Skúste znova o %n minútu.</numerusform>
            <numerusform>Priveľa nesprávnych PIN. Skúste znova o %n minúty.</numerusform>
            <numerusform>Priveľa nesprávnych PIN. Skúste znova o %n minút.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::GuideScreen</name>
    <message>
        <source>Well done! You did this step. Touch Next step when you are ready.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Výborne! Tento krok máte hotový. Keď budete pripravení, dotknite sa „Ďalší krok“.</translation>
    </message>
    <message>
        <source>Practise this step</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Vyskúšať si tento krok</translation>
    </message>
    <message>
        <source>Try this step on a pretend NHS website. Nothing you do there is real.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Vyskúšajte si tento krok na cvičnej stránke NHS. Nič, čo tam urobíte, nie je naozaj.</translation>
    </message>
    <message>
        <source>Do it for real</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Urobiť to naozaj</translation>
    </message>
    <message>
        <source>Open the real NHS website for this step</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Otvoriť skutočnú stránku NHS pre tento krok</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Predchádzajúci krok</translation>
    </message>
    <message>
        <source>Next step</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Ďalší krok</translation>
    </message>
    <message>
        <source>Choose another task</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Vybrať inú úlohu</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Skôr než začnete</translation>
    </message>
    <message>
        <source>Have these with you:</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Majte pri sebe:</translation>
    </message>
    <message>
        <source>Start step 1</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Začať krok 1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Krok %1 z %2</translation>
    </message>
    <message>
        <source>I have done all the steps</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Všetky kroky mám hotové</translation>
    </message>
    <message>
        <source>You have finished</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Hotovo</translation>
    </message>
    <message>
        <source>Well done. You have finished this guide.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Výborne. Tohto sprievodcu máte za sebou.</translation>
    </message>
    <message>
        <source>You can choose another task, or touch Finish to remove your details.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Môžete si vybrať inú úlohu alebo sa dotknúť „Skončiť“ a vaše údaje sa vymažú.</translation>
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
    <message>
        <source>Touch the button to keep going. If you do not, your details will be removed in 1 second.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Dotknite sa tlačidla a pokračujte. Inak sa vaše údaje vymažú o sekundu.</translation>
    </message>
    <message numerus="yes">
        <source>Touch the button to keep going. If you do not, your details will be removed in %n seconds.</source>
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
    <name>HealthHub::Ui::PageStoppedNotice</name>
    <message>
        <source>This page has stopped working</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Táto stránka prestala fungovať</translation>
    </message>
    <message>
        <source>It is not your fault. Touch Try again to load it again, or Home to go back.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Nie je to vaša chyba. Dotknite sa „Skúsiť znova“, aby sa načítala znova, alebo „Domov“, aby ste sa vrátili.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Skúsiť znova</translation>
    </message>
    <message>
        <source>Home</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Domov</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::PinKeypad</name>
    <message>
        <source>Delete</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Zmazať</translation>
    </message>
    <message>
        <source>OK</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::SitePanel</name>
    <message>
        <source>Full screen</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Celá obrazovka</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Zavrieť</translation>
    </message>
    <message>
        <source>Close the website and go back to the steps</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Zavrieť stránku a vrátiť sa ku krokom</translation>
    </message>
    <message>
        <source>Website</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Webová stránka</translation>
    </message>
    <message>
        <source>Practice — not real</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Cvičenie — nie naozaj</translation>
    </message>
    <message>
        <source>The real NHS website</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Skutočná stránka NHS</translation>
    </message>
    <message>
        <source>Show the steps</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Ukázať kroky</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::TaskListScreen</name>
    <message>
        <source>What do you want to do?</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Čo chcete urobiť?</translation>
    </message>
    <message>
        <source>Touch a task. Or type a word to find one.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Dotknite sa úlohy. Alebo napíšte slovo a nájdite ju.</translation>
    </message>
    <message>
        <source>Type a word, like pills or doctor</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Napíšte slovo, napríklad lieky alebo lekár</translation>
    </message>
    <message>
        <source>Find a task</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Nájsť úlohu</translation>
    </message>
    <message>
        <source>Clear</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Vymazať</translation>
    </message>
    <message>
        <source>Empty the search box and show every task</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Vyprázdniť vyhľadávanie a ukázať všetky úlohy</translation>
    </message>
    <message>
        <source>No tasks match these words. Try another word, or touch Get a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Týmto slovám nezodpovedá žiadna úloha. Skúste iné slovo alebo sa dotknite „Zavolať dobrovoľníka“.</translation>
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
        <source>Read aloud</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Čítať nahlas</translation>
    </message>
    <message>
        <source>Read the words on the screen out loud</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Prečítať slová na obrazovke nahlas</translation>
    </message>
    <message>
        <source>Read aloud is not available in this language.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Čítanie nahlas v tomto jazyku nie je k dispozícii.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Prestať čítať</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>Choose another language</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Vyberte iný jazyk</translation>
    </message>
</context>
<context>
    <name>HelpProgress</name>
    <message>
        <source>Asking a volunteer</source>
        <translation>Voláme dobrovoľníka</translation>
    </message>
    <message>
        <source>Please wait here. We are telling the volunteers that you need help.</source>
        <translation>Počkajte tu, prosím. Dávame dobrovoľníkom vedieť, že potrebujete pomoc.</translation>
    </message>
    <message>
        <source>The volunteers know you need help</source>
        <translation>Dobrovoľníci vedia, že potrebujete pomoc</translation>
    </message>
    <message>
        <source>Please stay here. A volunteer will come to you soon.</source>
        <translation>Zostaňte tu, prosím. Dobrovoľník k vám čoskoro príde.</translation>
    </message>
    <message>
        <source>A volunteer is coming</source>
        <translation>Dobrovoľník už ide</translation>
    </message>
    <message>
        <source>Please stay here. They will be with you soon.</source>
        <translation>Zostaňte tu, prosím. Čoskoro bude pri vás.</translation>
    </message>
    <message>
        <source>%1 is coming</source>
        <translation>%1 už ide</translation>
    </message>
    <message>
        <source>Please stay here. %1 will be with you soon.</source>
        <translation>Zostaňte tu, prosím. %1 bude čoskoro pri vás.</translation>
    </message>
    <message>
        <source>Please ask at the desk</source>
        <translation>Opýtajte sa, prosím, pri pulte</translation>
    </message>
    <message>
        <source>We could not reach the volunteers from this screen. Please go to the desk and ask for help.</source>
        <translation>Z tejto obrazovky sme sa nedostali k dobrovoľníkom. Choďte, prosím, k pultu a požiadajte o pomoc.</translation>
    </message>
</context>
</TS>
