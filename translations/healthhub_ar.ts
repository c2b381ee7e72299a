<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>HealthHub::Kiosk::BlockedPage</name>
    <message>
        <source>This page is not available here</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>هذه الصفحة غير متاحة هنا</translation>
    </message>
    <message>
        <source>This page is not available here. Ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>هذه الصفحة غير متاحة هنا. اطلب المساعدة من متطوع.</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Home</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>الرئيسية</translation>
    </message>
</context>
<context>
    <name>HealthHub::MediaCheck::CameraCheck</name>
    <message>
        <source>This room has no camera. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>لا توجد كاميرا في هذه الغرفة. من فضلك اطلب المساعدة من متطوع.</translation>
    </message>
    <message>
        <source>The camera is not working. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>الكاميرا لا تعمل. من فضلك اطلب المساعدة من متطوع.</translation>
    </message>
    <message>
        <source>The camera is not sending a picture. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>الكاميرا لا ترسل صورة. من فضلك اطلب المساعدة من متطوع.</translation>
    </message>
    <message>
        <source>The picture is dark. Check that nothing covers the camera, or ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>الصورة مظلمة. تأكد أن لا شيء يغطي الكاميرا، أو اطلب المساعدة من متطوع.</translation>
    </message>
    <message>
        <source>The camera picture is stuck. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>صورة الكاميرا متوقفة. من فضلك اطلب المساعدة من متطوع.</translation>
    </message>
    <message>
        <source>The camera works. You can see yourself on the screen.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>الكاميرا تعمل. يمكنك رؤية نفسك على الشاشة.</translation>
    </message>
</context>
<context>
    <name>HealthHub::MediaCheck::MicrophoneCheck</name>
    <message>
        <source>The microphone is not sending any sound. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>الميكروفون لا يرسل أي صوت. من فضلك اطلب المساعدة من متطوع.</translation>
    </message>
    <message>
        <source>Your voice is too loud for the microphone. Sit a little further back.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>صوتك عالٍ جدًا على الميكروفون. اجلس أبعد قليلًا.</translation>
    </message>
    <message>
        <source>The microphone works. We heard you clearly.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>الميكروفون يعمل. سمعناك بوضوح.</translation>
    </message>
    <message>
        <source>We only just heard you. Please speak a little louder, or ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>سمعناك بصعوبة. تكلم بصوت أعلى قليلًا، أو اطلب المساعدة من متطوع.</translation>
    </message>
    <message>
        <source>We could not hear you. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>لم نستطع سماعك. من فضلك اطلب المساعدة من متطوع.</translation>
    </message>
    <message>
        <source>This room has no microphone. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>لا يوجد ميكروفون في هذه الغرفة. من فضلك اطلب المساعدة من متطوع.</translation>
    </message>
    <message>
        <source>The microphone is not working. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>الميكروفون لا يعمل. من فضلك اطلب المساعدة من متطوع.</translation>
    </message>
</context>
<context>
    <name>HealthHub::MediaCheck::NetworkCheck</name>
    <message>
        <source>This room cannot reach the video service. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>لا تستطيع هذه الغرفة الوصول إلى خدمة الفيديو. من فضلك اطلب المساعدة من متطوع.</translation>
    </message>
    <message>
        <source>The internet is too slow for a video call. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>الإنترنت بطيء جدًا لمكالمة فيديو. من فضلك اطلب المساعدة من متطوع.</translation>
    </message>
    <message>
        <source>We could not test the internet speed. You can still try your call.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>لم نتمكن من فحص سرعة الإنترنت. لا يزال بإمكانك تجربة مكالمتك.</translation>
    </message>
    <message>
        <source>The internet is slow. Your picture may freeze. You can still try your call.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>الإنترنت بطيء. قد تتجمد صورتك. لا يزال بإمكانك تجربة مكالمتك.</translation>
    </message>
    <message>
        <source>The internet is slow to answer. There may be a delay when you talk.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>الإنترنت بطيء في الاستجابة. قد يحدث تأخير عندما تتكلم.</translation>
    </message>
    <message>
        <source>Some video services cannot be reached. If your call does not start, ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>تعذّر الوصول إلى بعض خدمات الفيديو. إذا لم تبدأ مكالمتك، اطلب المساعدة من متطوع.</translation>
    </message>
    <message>
        <source>The internet connection is good enough for a video call.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>اتصال الإنترنت جيد بما يكفي لمكالمة فيديو.</translation>
    </message>
</context>
<context>
    <name>HealthHub::MediaCheck::SpeakerCheck</name>
    <message>
        <source>This room has no speaker. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>لا توجد سماعة في هذه الغرفة. من فضلك اطلب المساعدة من متطوع.</translation>
    </message>
    <message>
        <source>The speaker works.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>السماعة تعمل.</translation>
    </message>
    <message>
        <source>You could not hear the sound. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>لم تسمع الصوت. من فضلك اطلب المساعدة من متطوع.</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::BoothShell</name>
    <message>
        <source>Video appointment room</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>غرفة المواعيد بالفيديو</translation>
    </message>
    <message>
        <source>Welcome to %1. This room is ready for your video appointment.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>مرحبًا بك في %1. هذه الغرفة جاهزة لموعدك بالفيديو.</translation>
    </message>
    <message>
        <source>Check my camera and sound</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>افحص الكاميرا والصوت</translation>
    </message>
    <message>
        <source>Join my appointment</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>انضم إلى موعدي</translation>
    </message>
    <message>
        <source>Check the camera, microphone, speaker and internet before your call</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>افحص الكاميرا والميكروفون والسماعة والإنترنت قبل مكالمتك</translation>
    </message>
    <message>
        <source>Type the link from your text message or email</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>اكتب الرابط من رسالتك النصية أو بريدك الإلكتروني</translation>
    </message>
    <message>
        <source>Join your appointment</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>انضم إلى موعدك</translation>
    </message>
    <message>
        <source>Type or paste the link from your text message or email.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>اكتب أو الصق الرابط من رسالتك النصية أو بريدك الإلكتروني.</translation>
    </message>
    <message>
        <source>The link for your appointment</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>رابط موعدك</translation>
    </message>
    <message>
        <source>For example: https://…</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>مثلًا: https://…</translation>
    </message>
    <message>
        <source>Join the call</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>انضم إلى المكالمة</translation>
    </message>
    <message>
        <source>Need help</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>أحتاج مساعدة</translation>
    </message>
    <message>
        <source>End call and clear</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>إنهاء المكالمة والمسح</translation>
    </message>
    <message>
        <source>Ask a volunteer to come and help. Your call carries on.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>اطلب من متطوع أن يأتي ليساعدك. تستمر مكالمتك.</translation>
    </message>
    <message>
        <source>End the call and remove everything about it from this computer</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>أنهِ المكالمة واحذف كل ما يخصها من هذا الحاسوب</translation>
    </message>
    <message>
        <source>I am OK now</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>أنا بخير الآن</translation>
    </message>
    <message>
        <source>This room is free</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>هذه الغرفة متاحة</translation>
    </message>
    <message>
        <source>The last call has ended. Its page, camera and microphone have been cleared.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>انتهت المكالمة الأخيرة. تم مسح صفحتها والكاميرا والميكروفون.</translation>
    </message>
    <message>
        <source>Start</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Start for the next person</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ابدأ للشخص التالي</translation>
    </message>
    <message>
        <source>It is time for your appointment.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>حان وقت موعدك.</translation>
    </message>
    <message>
        <source>It starts in 1 minute.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>يبدأ بعد دقيقة واحدة.</translation>
    </message>
    <message>
        <source>The next appointment in this room is at %1.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>الموعد التالي في هذه الغرفة الساعة %1.</translation>
    </message>
    <message>
        <source>Are you still there? Touch the screen to carry on. This room resets in 1 second.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>هل ما زلت هنا؟ المس الشاشة للمتابعة. ستُمسح هذه الغرفة خلال ثانية واحدة.</translation>
    </message>
    <message numerus="yes">
        <source>Are you still there? Touch the screen to carry on. This room resets in %n seconds.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>
            <numerusform>هل ما زلت هنا؟ المس الشاشة للمتابعة. ستُمسح هذه الغرفة خلال %n ثانية.</numerusform>
            <numerusform>هل ما زلت هنا؟ المس الشاشة للمتابعة. ستُمسح هذه الغرفة خلال ثانية واحدة.</numerusform>
            <numerusform>هل ما زلت هنا؟ المس الشاشة للمتابعة. ستُمسح هذه الغرفة خلال ثانيتين.</numerusform>
            <numerusform>هل ما زلت هنا؟ المس الشاشة للمتابعة. ستُمسح هذه الغرفة خلال %n ثوانٍ.</numerusform>
            <numerusform>هل ما زلت هنا؟ المس الشاشة للمتابعة. ستُمسح هذه الغرفة خلال %n ثانية.</numerusform>
            <numerusform>هل ما زلت هنا؟ المس الشاشة للمتابعة. ستُمسح هذه الغرفة خلال %n ثانية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It starts in %n minutes.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>
            <numerusform>يبدأ بعد %n دقيقة.</numerusform>
            <numerusform>يبدأ بعد دقيقة واحدة.</numerusform>
            <numerusform>يبدأ بعد دقيقتين.</numerusform>
            <numerusform>يبدأ بعد %n دقائق.</numerusform>
            <numerusform>يبدأ بعد %n دقيقة.</numerusform>
            <numerusform>يبدأ بعد %n دقيقة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It starts in %n hours.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>
            <numerusform>يبدأ بعد %n ساعة.</numerusform>
            <numerusform>يبدأ بعد ساعة واحدة.</numerusform>
            <numerusform>يبدأ بعد ساعتين.</numerusform>
            <numerusform>يبدأ بعد %n ساعات.</numerusform>
            <numerusform>يبدأ بعد %n ساعة.</numerusform>
            <numerusform>يبدأ بعد %n ساعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Your call carries on.</source>
        <translation>%1. مكالمتك مستمرة.</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::CallSession</name>
    <message>
        <source>Please type the link from your text message or email.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>من فضلك اكتب الرابط من رسالتك النصية أو بريدك الإلكتروني.</translation>
    </message>
    <message>
        <source>Please type the whole link from your text message or email.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>من فضلك اكتب الرابط كاملًا من رسالتك النصية أو بريدك الإلكتروني.</translation>
    </message>
    <message>
        <source>This link is not for a video service this room can use. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>هذا الرابط ليس لخدمة فيديو تستطيع هذه الغرفة استخدامها. من فضلك اطلب المساعدة من متطوع.</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::CheckScreen</name>
    <message>
        <source>Checking your camera and sound</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>نفحص الكاميرا والصوت</translation>
    </message>
    <message>
        <source>Sound level</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>مستوى الصوت</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>لا</translation>
    </message>
    <message>
        <source>Play again</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>شغّل مرة أخرى</translation>
    </message>
    <message>
        <source>I heard the sound</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>سمعت الصوت</translation>
    </message>
    <message>
        <source>I did not hear the sound</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>لم أسمع الصوت</translation>
    </message>
    <message>
        <source>Camera</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>الميكروفون</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>السماعة</translation>
    </message>
    <message>
        <source>Internet</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>الإنترنت</translation>
    </message>
    <message>
        <source>Join my appointment</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>انضم إلى موعدي</translation>
    </message>
    <message>
        <source>Check again</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>افحص مرة أخرى</translation>
    </message>
    <message>
        <source>Did you hear the chime?</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>هل سمعت صوت الجرس؟</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>لم يُفحص بعد.</translation>
    </message>
    <message>
        <source>Look at the screen. You should see yourself.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>انظر إلى الشاشة. يجب أن ترى نفسك.</translation>
    </message>
    <message>
        <source>Please say hello, and keep talking for a moment.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>من فضلك قل مرحبًا، واستمر في الكلام لحظة.</translation>
    </message>
    <message>
        <source>Wait for the microphone. Then listen for a chime.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>انتظر الميكروفون. ثم استمع إلى صوت الجرس.</translation>
    </message>
    <message>
        <source>Checking the internet. This takes a few seconds.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>نفحص الإنترنت. يستغرق ذلك بضع ثوانٍ.</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::ExitPinScreen</name>
    <message>
        <source>Leave kiosk mode</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>الخروج من وضع الكشك</translation>
    </message>
    <message>
        <source>PIN</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Kiosk mode can only be left by an administrator at the computer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>لا يمكن الخروج من وضع الكشك إلا بواسطة مسؤول عند الحاسوب.</translation>
    </message>
    <message>
        <source>Hub lead: type the exit PIN, then touch OK.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>مسؤول المركز: اكتب رمز PIN للخروج، ثم المس OK.</translation>
    </message>
    <message>
        <source>Type 4 to 8 digits, then touch OK.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>اكتب من 4 إلى 8 أرقام، ثم المس OK.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>رمز PIN غير صحيح. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in 1 minute.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>محاولات خاطئة كثيرة. حاول مرة أخرى بعد دقيقة واحدة.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minutes.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد %n دقيقة.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد دقيقة واحدة.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد دقيقتين.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد %n دقائق.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد %n دقيقة.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد %n دقيقة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::GuideScreen</name>
    <message>
        <source>Well done! You did this step. Touch Next step when you are ready.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>أحسنت! أنهيت هذه الخطوة. المس «الخطوة التالية» عندما تكون جاهزًا.</translation>
    </message>
    <message>
        <source>Practise this step</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>تدرّب على هذه الخطوة</translation>
    </message>
    <message>
        <source>Try this step on a pretend NHS website. Nothing you do there is real.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>جرّب هذه الخطوة على موقع NHS تجريبي. لا شيء تفعله هناك حقيقي.</translation>
    </message>
    <message>
        <source>Do it for real</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>نفّذها فعليًا</translation>
    </message>
    <message>
        <source>Open the real NHS website for this step</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>افتح موقع NHS الحقيقي لهذه الخطوة</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>الخطوة السابقة</translation>
    </message>
    <message>
        <source>Next step</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <source>Choose another task</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>اختر مهمة أخرى</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>قبل أن تبدأ</translation>
    </message>
    <message>
        <source>Have these with you:</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>احرص على أن يكون معك:</translation>
    </message>
    <message>
        <source>Start step 1</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ابدأ الخطوة 1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>الخطوة %1 من %2</translation>
    </message>
    <message>
        <source>I have done all the steps</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>أنهيت كل الخطوات</translation>
    </message>
    <message>
        <source>You have finished</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>لقد انتهيت</translation>
    </message>
    <message>
        <source>Well done. You have finished this guide.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>أحسنت. أنهيت هذا الدليل.</translation>
    </message>
    <message>
        <source>You can choose another task, or touch Finish to remove your details.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>يمكنك اختيار مهمة أخرى، أو لمس «إنهاء» لحذف بياناتك.</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ما زلت هنا</translation>
    </message>
    <message>
        <source>Touch the button to keep going. If you do not, your details will be removed in 1 second.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>المس الزر للمتابعة. إن لم تفعل، ستُحذف بياناتك خلال ثانية واحدة.</translation>
    </message>
    <message numerus="yes">
        <source>Touch the button to keep going. If you do not, your details will be removed in %n seconds.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>
            <numerusform>المس الزر للمتابعة. إن لم تفعل، ستُحذف بياناتك خلال %n ثانية.</numerusform>
            <numerusform>المس الزر للمتابعة. إن لم تفعل، ستُحذف بياناتك خلال ثانية واحدة.</numerusform>
            <numerusform>المس الزر للمتابعة. إن لم تفعل، ستُحذف بياناتك خلال ثانيتين.</numerusform>
            <numerusform>المس الزر للمتابعة. إن لم تفعل، ستُحذف بياناتك خلال %n ثوانٍ.</numerusform>
            <numerusform>المس الزر للمتابعة. إن لم تفعل، ستُحذف بياناتك خلال %n ثانية.</numerusform>
            <numerusform>المس الزر للمتابعة. إن لم تفعل، ستُحذف بياناتك خلال %n ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>اختر لغتك</translation>
    </message>
    <message>
        <source>Touch the language you want to use.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>المس اللغة التي تريد استخدامها.</translation>
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
        <translation>عرض تجريبي — بيانات وهمية</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::NavigationBar</name>
    <message>
        <source>Back</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Home</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Finish</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Go back one screen</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ارجع شاشة واحدة</translation>
    </message>
    <message>
        <source>Go to the first screen</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>اذهب إلى الشاشة الأولى</translation>
    </message>
    <message>
        <source>Ask a volunteer to come and help</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>اطلب من متطوع أن يأتي ليساعدك</translation>
    </message>
    <message>
        <source>Finish and remove your details from this computer</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>أنهِ واحذف بياناتك من هذا الحاسوب</translation>
    </message>
    <message>
        <source>Get a volunteer</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>اطلب متطوعًا</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::PageStoppedNotice</name>
    <message>
        <source>This page has stopped working</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>توقفت هذه الصفحة عن العمل</translation>
    </message>
    <message>
        <source>It is not your fault. Touch Try again to load it again, or Home to go back.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>هذا ليس خطأك. المس «حاول مرة أخرى» لتحميلها من جديد، أو «الرئيسية» للعودة.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <source>Home</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>الرئيسية</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::PinKeypad</name>
    <message>
        <source>Delete</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>حذف</translation>
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
        <translation>ملء الشاشة</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close the website and go back to the steps</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>أغلق الموقع وارجع إلى الخطوات</translation>
    </message>
    <message>
        <source>Website</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Practice — not real</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>تدريب — ليس حقيقيًا</translation>
    </message>
    <message>
        <source>The real NHS website</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>موقع NHS الحقيقي</translation>
    </message>
    <message>
        <source>Show the steps</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>اعرض الخطوات</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::TaskListScreen</name>
    <message>
        <source>What do you want to do?</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ماذا تريد أن تفعل؟</translation>
    </message>
    <message>
        <source>Touch a task. Or type a word to find one.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>المس مهمة. أو اكتب كلمة للبحث عنها.</translation>
    </message>
    <message>
        <source>Type a word, like pills or doctor</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>اكتب كلمة، مثل دواء أو طبيب</translation>
    </message>
    <message>
        <source>Find a task</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ابحث عن مهمة</translation>
    </message>
    <message>
        <source>Clear</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Empty the search box and show every task</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>أفرغ مربع البحث واعرض كل المهام</translation>
    </message>
    <message>
        <source>No tasks match these words. Try another word, or touch Get a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>لا توجد مهام تطابق هذه الكلمات. جرّب كلمة أخرى، أو المس «اطلب متطوعًا».</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::VisitorShell</name>
    <message>
        <source>Start</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Choose what you want to do</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>اختر ما تريد أن تفعله</translation>
    </message>
    <message>
        <source>Change language</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>تغيير اللغة</translation>
    </message>
    <message>
        <source>Change text size and colours</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>تغيير حجم النص والألوان</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>مرحبًا بك في %1</translation>
    </message>
    <message>
        <source>We can help you use NHS services online. Touch Start to begin.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>يمكننا مساعدتك في استخدام خدمات NHS على الإنترنت. المس «ابدأ» للبدء.</translation>
    </message>
    <message>
        <source>Make text bigger</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>تكبير النص</translation>
    </message>
    <message>
        <source>Make text smaller</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>تصغير النص</translation>
    </message>
    <message>
        <source>Black and white colours</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ألوان أبيض وأسود</translation>
    </message>
    <message>
        <source>Text size and colours</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>حجم النص والألوان</translation>
    </message>
    <message>
        <source>Make the words bigger, or use black and white to make them clearer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>كبّر الكلمات، أو استخدم الأبيض والأسود لتصبح أوضح.</translation>
    </message>
    <message>
        <source>I am OK now</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>أنا بخير الآن</translation>
    </message>
    <message>
        <source>Start again</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ابدأ من جديد</translation>
    </message>
    <message>
        <source>Your details have been removed</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>تم حذف بياناتك</translation>
    </message>
    <message>
        <source>Thank you for visiting. Nothing you did is left on this computer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>شكرًا لزيارتك. لم يبقَ شيء مما فعلته على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Text size now: %1%</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>حجم النص الآن: %1%</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Read the words on the screen out loud</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>اقرأ كلمات الشاشة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Read aloud is not available in this language.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>القراءة بصوت عالٍ غير متاحة بهذه اللغة.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>أوقف القراءة</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Choose another language</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>اختر لغة أخرى</translation>
    </message>
</context>
<context>
    <name>HelpProgress</name>
    <message>
        <source>Asking a volunteer</source>
        <translation>نطلب متطوعًا</translation>
    </message>
    <message>
        <source>Please wait here. We are telling the volunteers that you need help.</source>
        <translation>من فضلك انتظر هنا. نحن نخبر المتطوعين أنك تحتاج إلى مساعدة.</translation>
    </message>
    <message>
        <source>The volunteers know you need help</source>
        <translation>المتطوعون يعرفون أنك تحتاج إلى مساعدة</translation>
    </message>
    <message>
        <source>Please stay here. A volunteer will come to you soon.</source>
        <translation>من فضلك ابقَ هنا. سيأتي إليك متطوع قريبًا.</translation>
    </message>
    <message>
        <source>A volunteer is coming</source>
        <translation>متطوع في الطريق إليك</translation>
    </message>
    <message>
        <source>Please stay here. They will be with you soon.</source>
        <translation>من فضلك ابقَ هنا. سيكون معك قريبًا.</translation>
    </message>
    <message>
        <source>%1 is coming</source>
        <translation>%1 في الطريق إليك</translation>
    </message>
    <message>
        <source>Please stay here. %1 will be with you soon.</source>
        <translation>من فضلك ابقَ هنا. سيكون %1 معك قريبًا.</translation>
    </message>
    <message>
        <source>Please ask at the desk</source>
        <translation>من فضلك اسأل في المكتب</translation>
    </message>
    <message>
        <source>We could not reach the volunteers from this screen. Please go to the desk and ask for help.</source>
        <translation>لم نتمكن من الوصول إلى المتطوعين من هذه الشاشة. من فضلك اذهب إلى المكتب واطلب المساعدة.</translation>
    </message>
</context>
</TS>
