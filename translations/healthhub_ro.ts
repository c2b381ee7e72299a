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
    <name>HealthHub::MediaCheck::CameraCheck</name>
    <message>
        <source>This room has no camera. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Camera aceasta nu are cameră video. Cereți ajutorul unui voluntar.</translation>
    </message>
    <message>
        <source>The camera is not working. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Camera nu funcționează. Cereți ajutorul unui voluntar.</translation>
    </message>
    <message>
        <source>The camera is not sending a picture. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Camera nu trimite imagine. Cereți ajutorul unui voluntar.</translation>
    </message>
    <message>
        <source>The picture is dark. Check that nothing covers the camera, or ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Imaginea este întunecată. Verificați că nimic nu acoperă camera sau cereți ajutorul unui voluntar.</translation>
    </message>
    <message>
        <source>The camera picture is stuck. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Imaginea camerei s-a blocat. Cereți ajutorul unui voluntar.</translation>
    </message>
    <message>
        <source>The camera works. You can see yourself on the screen.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Camera funcționează. Vă vedeți pe ecran.</translation>
    </message>
</context>
<context>
    <name>HealthHub::MediaCheck::MicrophoneCheck</name>
    <message>
        <source>The microphone is not sending any sound. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Microfonul nu trimite niciun sunet. Cereți ajutorul unui voluntar.</translation>
    </message>
    <message>
        <source>Your voice is too loud for the microphone. Sit a little further back.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Vocea dvs. este prea puternică pentru microfon. Stați puțin mai în spate.</translation>
    </message>
    <message>
        <source>The microphone works. We heard you clearly.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Microfonul funcționează. V-am auzit clar.</translation>
    </message>
    <message>
        <source>We only just heard you. Please speak a little louder, or ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>V-am auzit foarte slab. Vorbiți puțin mai tare sau cereți ajutorul unui voluntar.</translation>
    </message>
    <message>
        <source>We could not hear you. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Nu v-am auzit. Cereți ajutorul unui voluntar.</translation>
    </message>
    <message>
        <source>This room has no microphone. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Camera aceasta nu are microfon. Cereți ajutorul unui voluntar.</translation>
    </message>
    <message>
        <source>The microphone is not working. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Microfonul nu funcționează. Cereți ajutorul unui voluntar.</translation>
    </message>
</context>
<context>
    <name>HealthHub::MediaCheck::NetworkCheck</name>
    <message>
        <source>This room cannot reach the video service. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Camera nu poate accesa serviciul video. Cereți ajutorul unui voluntar.</translation>
    </message>
    <message>
        <source>The internet is too slow for a video call. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Internetul este prea lent pentru un apel video. Cereți ajutorul unui voluntar.</translation>
    </message>
    <message>
        <source>We could not test the internet speed. You can still try your call.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Nu am putut testa viteza internetului. Puteți încerca totuși apelul.</translation>
    </message>
    <message>
        <source>The internet is slow. Your picture may freeze. You can still try your call.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Internetul este lent. Imaginea se poate bloca. Puteți încerca totuși apelul.</translation>
    </message>
    <message>
        <source>The internet is slow to answer. There may be a delay when you talk.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Internetul răspunde greu. Poate fi o întârziere când vorbiți.</translation>
    </message>
    <message>
        <source>Some video services cannot be reached. If your call does not start, ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Unele servicii video nu pot fi accesate. Dacă apelul nu pornește, cereți ajutorul unui voluntar.</translation>
    </message>
    <message>
        <source>The internet connection is good enough for a video call.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Conexiunea la internet este destul de bună pentru un apel video.</translation>
    </message>
</context>
<context>
    <name>HealthHub::MediaCheck::SpeakerCheck</name>
    <message>
        <source>This room has no speaker. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Camera aceasta nu are difuzor. Cereți ajutorul unui voluntar.</translation>
    </message>
    <message>
        <source>The speaker works.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Difuzorul funcționează.</translation>
    </message>
    <message>
        <source>You could not hear the sound. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Nu ați auzit sunetul. Cereți ajutorul unui voluntar.</translation>
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
    <message>
        <source>Check the camera, microphone, speaker and internet before your call</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Verificați camera, microfonul, difuzorul și internetul înainte de apel</translation>
    </message>
    <message>
        <source>Type the link from your text message or email</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Scrieți linkul din SMS sau e-mail</translation>
    </message>
    <message>
        <source>Join your appointment</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Intrați în consultație</translation>
    </message>
    <message>
        <source>Type or paste the link from your text message or email.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Scrieți sau lipiți linkul din SMS sau e-mail.</translation>
    </message>
    <message>
        <source>The link for your appointment</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Linkul pentru consultația dvs.</translation>
    </message>
    <message>
        <source>For example: https://…</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>De exemplu: https://…</translation>
    </message>
    <message>
        <source>Join the call</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Intrați în apel</translation>
    </message>
    <message>
        <source>Need help</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Am nevoie de ajutor</translation>
    </message>
    <message>
        <source>End call and clear</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Închideți și ștergeți</translation>
    </message>
    <message>
        <source>Ask a volunteer to come and help. Your call carries on.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Chemați un voluntar să vă ajute. Apelul continuă.</translation>
    </message>
    <message>
        <source>End the call and remove everything about it from this computer</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Închideți apelul și ștergeți tot ce ține de el de pe acest calculator</translation>
    </message>
    <message>
        <source>I am OK now</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Acum mă descurc</translation>
    </message>
    <message>
        <source>This room is free</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Camera este liberă</translation>
    </message>
    <message>
        <source>The last call has ended. Its page, camera and microphone have been cleared.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Ultimul apel s-a încheiat. Pagina, camera și microfonul lui au fost golite.</translation>
    </message>
    <message>
        <source>Start</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Începeți</translation>
    </message>
    <message>
        <source>Start for the next person</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Pregătiți pentru următoarea persoană</translation>
    </message>
    <message>
        <source>It is time for your appointment.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Este ora consultației dvs.</translation>
    </message>
    <message>
        <source>It starts in 1 minute.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Începe într-un minut.</translation>
    </message>
    <message>
        <source>The next appointment in this room is at %1.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Următoarea consultație în această cameră este la %1.</translation>
    </message>
    <message>
        <source>Are you still there? Touch the screen to carry on. This room resets in 1 second.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Mai sunteți aici? Atingeți ecranul ca să continuați. Camera se golește într-o secundă.</translation>
    </message>
    <message numerus="yes">
        <source>Are you still there? Touch the screen to carry on. This room resets in %n seconds.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>
            <numerusform>Mai sunteți aici? Atingeți ecranul ca să continuați. Camera se golește în %n secundă.</numerusform>
            <numerusform>Mai sunteți aici? Atingeți ecranul ca să continuați. Camera se golește în %n secunde.</numerusform>
            <numerusform>Mai sunteți aici? Atingeți ecranul ca să continuați. Camera se golește în %n de secunde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It starts in %n minutes.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>
            <numerusform>Începe în %n minut.</numerusform>
            <numerusform>Începe în %n minute.</numerusform>
            <numerusform>Începe în %n de minute.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It starts in %n hours.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>
            <numerusform>Începe în %n oră.</numerusform>
            <numerusform>Începe în %n ore.</numerusform>
            <numerusform>Începe în %n de ore.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Your call carries on.</source>
        <translation>%1. Apelul continuă.</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::CallSession</name>
    <message>
        <source>Please type the link from your text message or email.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Vă rugăm să scrieți linkul din SMS sau e-mail.</translation>
    </message>
    <message>
        <source>Please type the whole link from your text message or email.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Vă rugăm să scrieți tot linkul din SMS sau e-mail.</translation>
    </message>
    <message>
        <source>This link is not for a video service this room can use. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Acest link nu este pentru un serviciu video pe care camera îl poate folosi. Cereți ajutorul unui voluntar.</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::CheckScreen</name>
    <message>
        <source>Checking your camera and sound</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Verificăm camera și sunetul</translation>
    </message>
    <message>
        <source>Sound level</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Nivelul sunetului</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Play again</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Redați din nou</translation>
    </message>
    <message>
        <source>I heard the sound</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Am auzit sunetul</translation>
    </message>
    <message>
        <source>I did not hear the sound</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Nu am auzit sunetul</translation>
    </message>
    <message>
        <source>Camera</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Microfon</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Difuzor</translation>
    </message>
    <message>
        <source>Internet</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Join my appointment</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Intrați în consultație</translation>
    </message>
    <message>
        <source>Check again</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Verificați din nou</translation>
    </message>
    <message>
        <source>Did you hear the chime?</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Ați auzit sunetul?</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Nu a fost verificat încă.</translation>
    </message>
    <message>
        <source>Look at the screen. You should see yourself.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Priviți ecranul. Ar trebui să vă vedeți.</translation>
    </message>
    <message>
        <source>Please say hello, and keep talking for a moment.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Spuneți „bună ziua” și vorbiți puțin.</translation>
    </message>
    <message>
        <source>Wait for the microphone. Then listen for a chime.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Așteptați microfonul. Apoi ascultați sunetul.</translation>
    </message>
    <message>
        <source>Checking the internet. This takes a few seconds.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Verificăm internetul. Durează câteva secunde.</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::ExitPinScreen</name>
    <message>
        <source>Leave kiosk mode</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Ieșiți din modul chioșc</translation>
    </message>
    <message>
        <source>PIN</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Înapoi</translation>
    </message>
    <message>
        <source>Kiosk mode can only be left by an administrator at the computer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Doar un administrator aflat la calculator poate ieși din modul chioșc.</translation>
    </message>
    <message>
        <source>Hub lead: type the exit PIN, then touch OK.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Responsabilul centrului: scrieți PIN-ul de ieșire, apoi atingeți OK.</translation>
    </message>
    <message>
        <source>Type 4 to 8 digits, then touch OK.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Scrieți între 4 și 8 cifre, apoi atingeți OK.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>PIN-ul nu este corect. Încercați din nou.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in 1 minute.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Prea multe PIN-uri greșite. Încercați din nou peste un minut.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minutes.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>
            <numerusform>Prea multe PIN-uri greșite. Încercați din nou peste %n minut.</numerusform>
            <numerusform>Prea multe PIN-uri greșite. Încercați din nou peste %n minute.</numerusform>
            <numerusform>Prea multe PIN-uri greșite. Încercați din nou peste %n de minute.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::GuideScreen</name>
    <message>
        <source>Well done! You did this step. Touch Next step when you are ready.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Bravo! Ați făcut acest pas. Atingeți „Pasul următor” când sunteți gata.</translation>
    </message>
    <message>
        <source>Practise this step</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Exersați acest pas</translation>
    </message>
    <message>
        <source>Try this step on a pretend NHS website. Nothing you do there is real.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Încercați acest pas pe un site NHS de probă. Nimic din ce faceți acolo nu este real.</translation>
    </message>
    <message>
        <source>Do it for real</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Faceți-o pe bune</translation>
    </message>
    <message>
        <source>Open the real NHS website for this step</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Deschideți site-ul NHS adevărat pentru acest pas</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Pasul anterior</translation>
    </message>
    <message>
        <source>Next step</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Pasul următor</translation>
    </message>
    <message>
        <source>Choose another task</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Alegeți altă activitate</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Înainte să începeți</translation>
    </message>
    <message>
        <source>Have these with you:</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Aveți la dvs.:</translation>
    </message>
    <message>
        <source>Start step 1</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Începeți pasul 1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Pasul %1 din %2</translation>
    </message>
    <message>
        <source>I have done all the steps</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Am făcut toți pașii</translation>
    </message>
    <message>
        <source>You have finished</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Ați terminat</translation>
    </message>
    <message>
        <source>Well done. You have finished this guide.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Bravo. Ați terminat acest ghid.</translation>
    </message>
    <message>
        <source>You can choose another task, or touch Finish to remove your details.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Puteți alege altă activitate sau atingeți „Terminați” ca să vă ștergeți datele.</translation>
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
    <message>
        <source>Touch the button to keep going. If you do not, your details will be removed in 1 second.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Atingeți butonul ca să continuați. Dacă nu, datele dvs. vor fi șterse într-o secundă.</translation>
    </message>
    <message numerus="yes">
        <source>Touch the button to keep going. If you do not, your details will be removed in %n seconds.</source>
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
    <name>HealthHub::Ui::PageStoppedNotice</name>
    <message>
        <source>This page has stopped working</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Această pagină nu mai funcționează</translation>
    </message>
    <message>
        <source>It is not your fault. Touch Try again to load it again, or Home to go back.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Nu este vina dumneavoastră. Atingeți „Încercați din nou” ca să o încărcați iar, sau „Acasă” ca să vă întoarceți.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Încercați din nou</translation>
    </message>
    <message>
        <source>Home</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Acasă</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::PinKeypad</name>
    <message>
        <source>Delete</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Ștergeți</translation>
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
        <translation>Ecran complet</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Închideți</translation>
    </message>
    <message>
        <source>Close the website and go back to the steps</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Închideți site-ul și reveniți la pași</translation>
    </message>
    <message>
        <source>Website</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Site</translation>
    </message>
    <message>
        <source>Practice — not real</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Exercițiu — nu este real</translation>
    </message>
    <message>
        <source>The real NHS website</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Site-ul NHS adevărat</translation>
    </message>
    <message>
        <source>Show the steps</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Arătați pașii</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::TaskListScreen</name>
    <message>
        <source>What do you want to do?</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Ce doriți să faceți?</translation>
    </message>
    <message>
        <source>Touch a task. Or type a word to find one.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Atingeți o activitate. Sau scrieți un cuvânt ca s-o găsiți.</translation>
    </message>
    <message>
        <source>Type a word, like pills or doctor</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Scrieți un cuvânt, de exemplu pastile sau doctor</translation>
    </message>
    <message>
        <source>Find a task</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Găsiți o activitate</translation>
    </message>
    <message>
        <source>Clear</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Ștergeți</translation>
    </message>
    <message>
        <source>Empty the search box and show every task</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Goliți căsuța de căutare și arătați toate activitățile</translation>
    </message>
    <message>
        <source>No tasks match these words. Try another word, or touch Get a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Nicio activitate nu se potrivește cu aceste cuvinte. Încercați alt cuvânt sau atingeți „Chemați un voluntar”.</translation>
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
        <source>Read aloud</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Citire cu voce tare</translation>
    </message>
    <message>
        <source>Read the words on the screen out loud</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Citește cu voce tare cuvintele de pe ecran</translation>
    </message>
    <message>
        <source>Read aloud is not available in this language.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Citirea cu voce tare nu este disponibilă în această limbă.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Opriți citirea</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Limba</translation>
    </message>
    <message>
        <source>Choose another language</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Alege altă limbă</translation>
    </message>
</context>
<context>
    <name>HelpProgress</name>
    <message>
        <source>Asking a volunteer</source>
        <translation>Chemăm un voluntar</translation>
    </message>
    <message>
        <source>Please wait here. We are telling the volunteers that you need help.</source>
        <translation>Vă rugăm să așteptați aici. Le spunem voluntarilor că aveți nevoie de ajutor.</translation>
    </message>
    <message>
        <source>The volunteers know you need help</source>
        <translation>Voluntarii știu că aveți nevoie de ajutor</translation>
    </message>
    <message>
        <source>Please stay here. A volunteer will come to you soon.</source>
        <translation>Vă rugăm să rămâneți aici. Un voluntar va veni la dumneavoastră în curând.</translation>
    </message>
    <message>
        <source>A volunteer is coming</source>
        <translation>Vine un voluntar</translation>
    </message>
    <message>
        <source>Please stay here. They will be with you soon.</source>
        <translation>Vă rugăm să rămâneți aici. Va fi lângă dumneavoastră în curând.</translation>
    </message>
    <message>
        <source>%1 is coming</source>
        <translation>%1 vine</translation>
    </message>
    <message>
        <source>Please stay here. %1 will be with you soon.</source>
        <translation>Vă rugăm să rămâneți aici. %1 va fi lângă dumneavoastră în curând.</translation>
    </message>
    <message>
        <source>Please ask at the desk</source>
        <translation>Vă rugăm să întrebați la birou</translation>
    </message>
    <message>
        <source>We could not reach the volunteers from this screen. Please go to the desk and ask for help.</source>
        <translation>Nu am putut contacta voluntarii de pe acest ecran. Vă rugăm să mergeți la birou și să cereți ajutor.</translation>
    </message>
</context>
</TS>
