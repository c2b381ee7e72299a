<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>HealthHub::Kiosk::BlockedPage</name>
    <message>
        <source>This page is not available here</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Ta strona nie jest tu dostępna</translation>
    </message>
    <message>
        <source>This page is not available here. Ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Ta strona nie jest tu dostępna. Poproś wolontariusza o pomoc.</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Home</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Początek</translation>
    </message>
</context>
<context>
    <name>HealthHub::MediaCheck::CameraCheck</name>
    <message>
        <source>This room has no camera. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>W tym pokoju nie ma kamery. Poproś wolontariusza.</translation>
    </message>
    <message>
        <source>The camera is not working. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Kamera nie działa. Poproś wolontariusza.</translation>
    </message>
    <message>
        <source>The camera is not sending a picture. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Kamera nie pokazuje obrazu. Poproś wolontariusza.</translation>
    </message>
    <message>
        <source>The picture is dark. Check that nothing covers the camera, or ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Obraz jest ciemny. Sprawdź, czy nic nie zasłania kamery, albo poproś wolontariusza.</translation>
    </message>
    <message>
        <source>The camera picture is stuck. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Obraz z kamery się zatrzymał. Poproś wolontariusza.</translation>
    </message>
    <message>
        <source>The camera works. You can see yourself on the screen.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Kamera działa. Widzisz siebie na ekranie.</translation>
    </message>
</context>
<context>
    <name>HealthHub::MediaCheck::MicrophoneCheck</name>
    <message>
        <source>The microphone is not sending any sound. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Mikrofon nie przesyła dźwięku. Poproś wolontariusza.</translation>
    </message>
    <message>
        <source>Your voice is too loud for the microphone. Sit a little further back.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Twój głos jest za głośny dla mikrofonu. Usiądź trochę dalej.</translation>
    </message>
    <message>
        <source>The microphone works. We heard you clearly.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Mikrofon działa. Słyszeliśmy Cię wyraźnie.</translation>
    </message>
    <message>
        <source>We only just heard you. Please speak a little louder, or ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Ledwo Cię słyszeliśmy. Mów trochę głośniej albo poproś wolontariusza.</translation>
    </message>
    <message>
        <source>We could not hear you. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Nie słyszeliśmy Cię. Poproś wolontariusza.</translation>
    </message>
    <message>
        <source>This room has no microphone. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>W tym pokoju nie ma mikrofonu. Poproś wolontariusza.</translation>
    </message>
    <message>
        <source>The microphone is not working. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Mikrofon nie działa. Poproś wolontariusza.</translation>
    </message>
</context>
<context>
    <name>HealthHub::MediaCheck::NetworkCheck</name>
    <message>
        <source>This room cannot reach the video service. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Ten pokój nie może połączyć się z usługą wideo. Poproś wolontariusza.</translation>
    </message>
    <message>
        <source>The internet is too slow for a video call. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Internet jest za wolny na rozmowę wideo. Poproś wolontariusza.</translation>
    </message>
    <message>
        <source>We could not test the internet speed. You can still try your call.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Nie udało się sprawdzić szybkości internetu. Możesz jednak spróbować rozmowy.</translation>
    </message>
    <message>
        <source>The internet is slow. Your picture may freeze. You can still try your call.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Internet jest wolny. Obraz może się zatrzymywać. Możesz jednak spróbować rozmowy.</translation>
    </message>
    <message>
        <source>The internet is slow to answer. There may be a delay when you talk.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Internet odpowiada wolno. Podczas rozmowy może być opóźnienie.</translation>
    </message>
    <message>
        <source>Some video services cannot be reached. If your call does not start, ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Niektóre usługi wideo są niedostępne. Jeśli rozmowa się nie zacznie, poproś wolontariusza.</translation>
    </message>
    <message>
        <source>The internet connection is good enough for a video call.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Internet wystarczy do rozmowy wideo.</translation>
    </message>
</context>
<context>
    <name>HealthHub::MediaCheck::SpeakerCheck</name>
    <message>
        <source>This room has no speaker. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>W tym pokoju nie ma głośnika. Poproś wolontariusza.</translation>
    </message>
    <message>
        <source>The speaker works.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Głośnik działa.</translation>
    </message>
    <message>
        <source>You could not hear the sound. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Nie słychać dźwięku. Poproś wolontariusza.</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::BoothShell</name>
    <message>
        <source>Video appointment room</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Pokój do wizyt wideo</translation>
    </message>
    <message>
        <source>Welcome to %1. This room is ready for your video appointment.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Witamy. To jest %1. Ten pokój jest gotowy na Twoją wizytę wideo.</translation>
    </message>
    <message>
        <source>Check my camera and sound</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Sprawdź kamerę i dźwięk</translation>
    </message>
    <message>
        <source>Join my appointment</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Dołącz do mojej wizyty</translation>
    </message>
    <message>
        <source>Check the camera, microphone, speaker and internet before your call</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Sprawdź kamerę, mikrofon, głośnik i internet przed rozmową</translation>
    </message>
    <message>
        <source>Type the link from your text message or email</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Wpisz link z SMS-a lub e-maila</translation>
    </message>
    <message>
        <source>Join your appointment</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Dołącz do wizyty</translation>
    </message>
    <message>
        <source>Type or paste the link from your text message or email.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Wpisz lub wklej link z SMS-a lub e-maila.</translation>
    </message>
    <message>
        <source>The link for your appointment</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Link do Twojej wizyty</translation>
    </message>
    <message>
        <source>For example: https://…</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Na przykład: https://…</translation>
    </message>
    <message>
        <source>Join the call</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Dołącz do rozmowy</translation>
    </message>
    <message>
        <source>Need help</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Potrzebuję pomocy</translation>
    </message>
    <message>
        <source>End call and clear</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Zakończ i wyczyść</translation>
    </message>
    <message>
        <source>Ask a volunteer to come and help. Your call carries on.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Poproś wolontariusza o pomoc. Rozmowa trwa dalej.</translation>
    </message>
    <message>
        <source>End the call and remove everything about it from this computer</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Zakończ rozmowę i usuń z tego komputera wszystko, co jej dotyczy</translation>
    </message>
    <message>
        <source>I am OK now</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Już wszystko w porządku</translation>
    </message>
    <message>
        <source>This room is free</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Ten pokój jest wolny</translation>
    </message>
    <message>
        <source>The last call has ended. Its page, camera and microphone have been cleared.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Poprzednia rozmowa się skończyła. Jej strona, kamera i mikrofon zostały wyczyszczone.</translation>
    </message>
    <message>
        <source>Start</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Zacznij</translation>
    </message>
    <message>
        <source>Start for the next person</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Przygotuj dla następnej osoby</translation>
    </message>
    <message>
        <source>It is time for your appointment.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Czas na Twoją wizytę.</translation>
    </message>
    <message>
        <source>It starts in 1 minute.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Zaczyna się za minutę.</translation>
    </message>
    <message>
        <source>The next appointment in this room is at %1.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Następna wizyta w tym pokoju jest o %1.</translation>
    </message>
    <message>
        <source>Are you still there? Touch the screen to carry on. This room resets in 1 second.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Czy nadal tu jesteś? Dotknij ekranu, aby kontynuować. Pokój wyczyści się za sekundę.</translation>
    </message>
    <message numerus="yes">
        <source>Are you still there? Touch the screen to carry on. This room resets in %n seconds.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>
            <numerusform>Czy nadal tu jesteś? Dotknij ekranu, aby kontynuować. Pokój wyczyści się za %n sekundę.</numerusform>
            <numerusform>Czy nadal tu jesteś? Dotknij ekranu, aby kontynuować. Pokój wyczyści się za %n sekundy.</numerusform>
            <numerusform>Czy nadal tu jesteś? Dotknij ekranu, aby kontynuować. Pokój wyczyści się za %n sekund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It starts in %n minutes.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>
            <numerusform>Zaczyna się za %n minutę.</numerusform>
            <numerusform>Zaczyna się za %n minuty.</numerusform>
            <numerusform>Zaczyna się za %n minut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It starts in %n hours.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>
            <numerusform>Zaczyna się za %n godzinę.</numerusform>
            <numerusform>Zaczyna się za %n godziny.</numerusform>
            <numerusform>Zaczyna się za %n godzin.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Your call carries on.</source>
        <translation>%1. Twoja rozmowa trwa dalej.</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::CallSession</name>
    <message>
        <source>Please type the link from your text message or email.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Wpisz link z SMS-a lub e-maila.</translation>
    </message>
    <message>
        <source>Please type the whole link from your text message or email.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Wpisz cały link z SMS-a lub e-maila.</translation>
    </message>
    <message>
        <source>This link is not for a video service this room can use. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Ten link nie prowadzi do usługi wideo, z której ten pokój może korzystać. Poproś wolontariusza.</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::CheckScreen</name>
    <message>
        <source>Checking your camera and sound</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Sprawdzanie kamery i dźwięku</translation>
    </message>
    <message>
        <source>Sound level</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Poziom dźwięku</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Play again</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Odtwórz jeszcze raz</translation>
    </message>
    <message>
        <source>I heard the sound</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Słyszę dźwięk</translation>
    </message>
    <message>
        <source>I did not hear the sound</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Nie słyszę dźwięku</translation>
    </message>
    <message>
        <source>Camera</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Głośnik</translation>
    </message>
    <message>
        <source>Internet</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Join my appointment</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Dołącz do mojej wizyty</translation>
    </message>
    <message>
        <source>Check again</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Sprawdź jeszcze raz</translation>
    </message>
    <message>
        <source>Did you hear the chime?</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Czy słyszysz dzwonek?</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Jeszcze nie sprawdzono.</translation>
    </message>
    <message>
        <source>Look at the screen. You should see yourself.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Spójrz na ekran. Powinieneś się zobaczyć.</translation>
    </message>
    <message>
        <source>Please say hello, and keep talking for a moment.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Powiedz „dzień dobry” i mów przez chwilę.</translation>
    </message>
    <message>
        <source>Wait for the microphone. Then listen for a chime.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Poczekaj na mikrofon. Potem posłuchaj dzwonka.</translation>
    </message>
    <message>
        <source>Checking the internet. This takes a few seconds.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Sprawdzam internet. To potrwa kilka sekund.</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::ExitPinScreen</name>
    <message>
        <source>Leave kiosk mode</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Wyjdź z trybu kiosku</translation>
    </message>
    <message>
        <source>PIN</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Kiosk mode can only be left by an administrator at the computer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Tryb kiosku może wyłączyć tylko administrator przy komputerze.</translation>
    </message>
    <message>
        <source>Hub lead: type the exit PIN, then touch OK.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Kierownik punktu: wpisz PIN wyjścia i dotknij OK.</translation>
    </message>
    <message>
        <source>Type 4 to 8 digits, then touch OK.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Wpisz od 4 do 8 cyfr i dotknij OK.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Ten PIN jest nieprawidłowy. Spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in 1 minute.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Za dużo błędnych PIN-ów. Spróbuj za minutę.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minutes.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>
            <numerusform>Za dużo błędnych PIN-ów. Spróbuj za %n minutę.</numerusform>
            <numerusform>Za dużo błędnych PIN-ów. Spróbuj za %n minuty.</numerusform>
            <numerusform>Za dużo błędnych PIN-ów. Spróbuj za %n minut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::GuideScreen</name>
    <message>
        <source>Well done! You did this step. Touch Next step when you are ready.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Brawo! Ten krok jest zrobiony. Dotknij „Następny krok”, kiedy zechcesz.</translation>
    </message>
    <message>
        <source>Practise this step</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Przećwicz ten krok</translation>
    </message>
    <message>
        <source>Try this step on a pretend NHS website. Nothing you do there is real.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Wypróbuj ten krok na udawanej stronie NHS. Nic, co tam zrobisz, nie jest prawdziwe.</translation>
    </message>
    <message>
        <source>Do it for real</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Zrób to naprawdę</translation>
    </message>
    <message>
        <source>Open the real NHS website for this step</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Otwórz prawdziwą stronę NHS dla tego kroku</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Poprzedni krok</translation>
    </message>
    <message>
        <source>Next step</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Następny krok</translation>
    </message>
    <message>
        <source>Choose another task</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Wybierz inne zadanie</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Zanim zaczniesz</translation>
    </message>
    <message>
        <source>Have these with you:</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Miej przy sobie:</translation>
    </message>
    <message>
        <source>Start step 1</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Zacznij krok 1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Krok %1 z %2</translation>
    </message>
    <message>
        <source>I have done all the steps</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Wszystkie kroki zrobione</translation>
    </message>
    <message>
        <source>You have finished</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Well done. You have finished this guide.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Brawo. Ten przewodnik jest skończony.</translation>
    </message>
    <message>
        <source>You can choose another task, or touch Finish to remove your details.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Możesz wybrać inne zadanie albo dotknąć „Zakończ”, aby usunąć swoje dane.</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Czy nadal tu jesteś?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Nadal tu jestem</translation>
    </message>
    <message>
        <source>Touch the button to keep going. If you do not, your details will be removed in 1 second.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Dotknij przycisku, aby kontynuować. Jeśli tego nie zrobisz, Twoje dane zostaną usunięte za sekundę.</translation>
    </message>
    <message numerus="yes">
        <source>Touch the button to keep going. If you do not, your details will be removed in %n seconds.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>
            <numerusform>Dotknij przycisku, aby kontynuować. Jeśli tego nie zrobisz, Twoje dane zostaną usunięte za %n sekundę.</numerusform>
            <numerusform>Dotknij przycisku, aby kontynuować. Jeśli tego nie zrobisz, Twoje dane zostaną usunięte za %n sekundy.</numerusform>
            <numerusform>Dotknij przycisku, aby kontynuować. Jeśli tego nie zrobisz, Twoje dane zostaną usunięte za %n sekund.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Wybierz swój język</translation>
    </message>
    <message>
        <source>Touch the language you want to use.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Dotknij języka, którego chcesz używać.</translation>
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
        <translation>Demo — zmyślone dane</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::NavigationBar</name>
    <message>
        <source>Back</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Home</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Pomoc</translation>
    </message>
    <message>
        <source>Finish</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Go back one screen</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Wróć do poprzedniego ekranu</translation>
    </message>
    <message>
        <source>Go to the first screen</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Przejdź do pierwszego ekranu</translation>
    </message>
    <message>
        <source>Ask a volunteer to come and help</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Poproś wolontariusza, aby przyszedł pomóc</translation>
    </message>
    <message>
        <source>Finish and remove your details from this computer</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Zakończ i usuń swoje dane z tego komputera</translation>
    </message>
    <message>
        <source>Get a volunteer</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Wezwij wolontariusza</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::PageStoppedNotice</name>
    <message>
        <source>This page has stopped working</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Ta strona przestała działać</translation>
    </message>
    <message>
        <source>It is not your fault. Touch Try again to load it again, or Home to go back.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>To nie Twoja wina. Dotknij „Spróbuj ponownie”, aby wczytać ją jeszcze raz, albo „Początek”, aby wrócić.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <source>Home</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Początek</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::PinKeypad</name>
    <message>
        <source>Delete</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Usuń</translation>
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
        <translation>Pełny ekran</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Close the website and go back to the steps</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Zamknij stronę i wróć do kroków</translation>
    </message>
    <message>
        <source>Website</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Strona internetowa</translation>
    </message>
    <message>
        <source>Practice — not real</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Ćwiczenie — nie naprawdę</translation>
    </message>
    <message>
        <source>The real NHS website</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Prawdziwa strona NHS</translation>
    </message>
    <message>
        <source>Show the steps</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Pokaż kroki</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::TaskListScreen</name>
    <message>
        <source>What do you want to do?</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Co chcesz zrobić?</translation>
    </message>
    <message>
        <source>Touch a task. Or type a word to find one.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Dotknij zadania. Albo wpisz słowo, aby je znaleźć.</translation>
    </message>
    <message>
        <source>Type a word, like pills or doctor</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Wpisz słowo, na przykład leki albo lekarz</translation>
    </message>
    <message>
        <source>Find a task</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Znajdź zadanie</translation>
    </message>
    <message>
        <source>Clear</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Empty the search box and show every task</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Wyczyść pole wyszukiwania i pokaż wszystkie zadania</translation>
    </message>
    <message>
        <source>No tasks match these words. Try another word, or touch Get a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Żadne zadanie nie pasuje do tych słów. Spróbuj innego słowa albo dotknij „Wezwij wolontariusza”.</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::VisitorShell</name>
    <message>
        <source>Start</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Zacznij</translation>
    </message>
    <message>
        <source>Choose what you want to do</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Wybierz, co chcesz zrobić</translation>
    </message>
    <message>
        <source>Change language</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Zmień język</translation>
    </message>
    <message>
        <source>Change text size and colours</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Zmień wielkość tekstu i kolory</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Witamy — %1</translation>
    </message>
    <message>
        <source>We can help you use NHS services online. Touch Start to begin.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Pomożemy Ci korzystać z usług NHS w internecie. Dotknij „Zacznij”, aby rozpocząć.</translation>
    </message>
    <message>
        <source>Make text bigger</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Większy tekst</translation>
    </message>
    <message>
        <source>Make text smaller</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Mniejszy tekst</translation>
    </message>
    <message>
        <source>Black and white colours</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Kolory czarno-białe</translation>
    </message>
    <message>
        <source>Text size and colours</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Wielkość tekstu i kolory</translation>
    </message>
    <message>
        <source>Make the words bigger, or use black and white to make them clearer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Powiększ słowa albo użyj czerni i bieli, aby były wyraźniejsze.</translation>
    </message>
    <message>
        <source>I am OK now</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Już wszystko w porządku</translation>
    </message>
    <message>
        <source>Start again</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Zacznij od nowa</translation>
    </message>
    <message>
        <source>Your details have been removed</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Twoje dane zostały usunięte</translation>
    </message>
    <message>
        <source>Thank you for visiting. Nothing you did is left on this computer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Dziękujemy za wizytę. Na tym komputerze nie zostało nic po Twojej wizycie.</translation>
    </message>
    <message>
        <source>Text size now: %1%</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Wielkość tekstu teraz: %1%</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Czytaj na głos</translation>
    </message>
    <message>
        <source>Read the words on the screen out loud</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Przeczytaj na głos słowa z ekranu</translation>
    </message>
    <message>
        <source>Read aloud is not available in this language.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Czytanie na głos nie jest dostępne w tym języku.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Przestań czytać</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Język</translation>
    </message>
    <message>
        <source>Choose another language</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>Wybierz inny język</translation>
    </message>
</context>
<context>
    <name>HelpProgress</name>
    <message>
        <source>Asking a volunteer</source>
        <translation>Prosimy wolontariusza</translation>
    </message>
    <message>
        <source>Please wait here. We are telling the volunteers that you need help.</source>
        <translation>Proszę tu zaczekać. Mówimy wolontariuszom, że potrzebujesz pomocy.</translation>
    </message>
    <message>
        <source>The volunteers know you need help</source>
        <translation>Wolontariusze wiedzą, że potrzebujesz pomocy</translation>
    </message>
    <message>
        <source>Please stay here. A volunteer will come to you soon.</source>
        <translation>Proszę tu zostać. Wolontariusz wkrótce do Ciebie przyjdzie.</translation>
    </message>
    <message>
        <source>A volunteer is coming</source>
        <translation>Wolontariusz już idzie</translation>
    </message>
    <message>
        <source>Please stay here. They will be with you soon.</source>
        <translation>Proszę tu zostać. Wkrótce będzie przy Tobie.</translation>
    </message>
    <message>
        <source>%1 is coming</source>
        <translation>%1 już idzie</translation>
    </message>
    <message>
        <source>Please stay here. %1 will be with you soon.</source>
        <translation>Proszę tu zostać. %1 wkrótce będzie przy Tobie.</translation>
    </message>
    <message>
        <source>Please ask at the desk</source>
        <translation>Proszę zapytać w punkcie obsługi</translation>
    </message>
    <message>
        <source>We could not reach the volunteers from this screen. Please go to the desk and ask for help.</source>
        <translation>Nie udało się połączyć z wolontariuszami z tego ekranu. Proszę podejść do punktu obsługi i poprosić o pomoc.</translation>
    </message>
</context>
</TS>
