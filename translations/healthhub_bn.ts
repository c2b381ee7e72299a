<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn">
<context>
    <name>HealthHub::Kiosk::BlockedPage</name>
    <message>
        <source>This page is not available here</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>এই পাতাটি এখানে পাওয়া যায় না</translation>
    </message>
    <message>
        <source>This page is not available here. Ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>এই পাতাটি এখানে পাওয়া যায় না। একজন স্বেচ্ছাসেবককে জিজ্ঞেস করুন।</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>পিছনে</translation>
    </message>
    <message>
        <source>Home</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>হোম</translation>
    </message>
</context>
<context>
    <name>HealthHub::MediaCheck::CameraCheck</name>
    <message>
        <source>This room has no camera. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>এই ঘরে কোনো ক্যামেরা নেই। দয়া করে একজন স্বেচ্ছাসেবককে জিজ্ঞেস করুন।</translation>
    </message>
    <message>
        <source>The camera is not working. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ক্যামেরা কাজ করছে না। দয়া করে একজন স্বেচ্ছাসেবককে জিজ্ঞেস করুন।</translation>
    </message>
    <message>
        <source>The camera is not sending a picture. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ক্যামেরা কোনো ছবি পাঠাচ্ছে না। দয়া করে একজন স্বেচ্ছাসেবককে জিজ্ঞেস করুন।</translation>
    </message>
    <message>
        <source>The picture is dark. Check that nothing covers the camera, or ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ছবিটি অন্ধকার। দেখুন ক্যামেরা কিছু দিয়ে ঢাকা কি না, অথবা একজন স্বেচ্ছাসেবককে জিজ্ঞেস করুন।</translation>
    </message>
    <message>
        <source>The camera picture is stuck. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ক্যামেরার ছবি আটকে গেছে। দয়া করে একজন স্বেচ্ছাসেবককে জিজ্ঞেস করুন।</translation>
    </message>
    <message>
        <source>The camera works. You can see yourself on the screen.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ক্যামেরা কাজ করছে। আপনি স্ক্রিনে নিজেকে দেখতে পাচ্ছেন।</translation>
    </message>
</context>
<context>
    <name>HealthHub::MediaCheck::MicrophoneCheck</name>
    <message>
        <source>The microphone is not sending any sound. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>মাইক্রোফোন কোনো শব্দ পাঠাচ্ছে না। দয়া করে একজন স্বেচ্ছাসেবককে জিজ্ঞেস করুন।</translation>
    </message>
    <message>
        <source>Your voice is too loud for the microphone. Sit a little further back.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>মাইক্রোফোনের জন্য আপনার গলা খুব জোরে। একটু পিছিয়ে বসুন।</translation>
    </message>
    <message>
        <source>The microphone works. We heard you clearly.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>মাইক্রোফোন কাজ করছে। আমরা আপনাকে পরিষ্কার শুনেছি।</translation>
    </message>
    <message>
        <source>We only just heard you. Please speak a little louder, or ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আমরা আপনাকে খুব কম শুনেছি। একটু জোরে কথা বলুন, অথবা একজন স্বেচ্ছাসেবককে জিজ্ঞেস করুন।</translation>
    </message>
    <message>
        <source>We could not hear you. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আমরা আপনাকে শুনতে পাইনি। দয়া করে একজন স্বেচ্ছাসেবককে জিজ্ঞেস করুন।</translation>
    </message>
    <message>
        <source>This room has no microphone. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>এই ঘরে কোনো মাইক্রোফোন নেই। দয়া করে একজন স্বেচ্ছাসেবককে জিজ্ঞেস করুন।</translation>
    </message>
    <message>
        <source>The microphone is not working. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>মাইক্রোফোন কাজ করছে না। দয়া করে একজন স্বেচ্ছাসেবককে জিজ্ঞেস করুন।</translation>
    </message>
</context>
<context>
    <name>HealthHub::MediaCheck::NetworkCheck</name>
    <message>
        <source>This room cannot reach the video service. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>এই ঘর ভিডিও সেবায় পৌঁছাতে পারছে না। দয়া করে একজন স্বেচ্ছাসেবককে জিজ্ঞেস করুন।</translation>
    </message>
    <message>
        <source>The internet is too slow for a video call. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ভিডিও কলের জন্য ইন্টারনেট খুব ধীর। দয়া করে একজন স্বেচ্ছাসেবককে জিজ্ঞেস করুন।</translation>
    </message>
    <message>
        <source>We could not test the internet speed. You can still try your call.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আমরা ইন্টারনেটের গতি পরীক্ষা করতে পারিনি। তবুও আপনি কল করে দেখতে পারেন।</translation>
    </message>
    <message>
        <source>The internet is slow. Your picture may freeze. You can still try your call.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ইন্টারনেট ধীর। আপনার ছবি আটকে যেতে পারে। তবুও আপনি কল করে দেখতে পারেন।</translation>
    </message>
    <message>
        <source>The internet is slow to answer. There may be a delay when you talk.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ইন্টারনেট ধীরে সাড়া দিচ্ছে। কথা বলার সময় দেরি হতে পারে।</translation>
    </message>
    <message>
        <source>Some video services cannot be reached. If your call does not start, ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>কিছু ভিডিও সেবায় পৌঁছানো যাচ্ছে না। কল শুরু না হলে একজন স্বেচ্ছাসেবককে জিজ্ঞেস করুন।</translation>
    </message>
    <message>
        <source>The internet connection is good enough for a video call.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ভিডিও কলের জন্য ইন্টারনেট সংযোগ যথেষ্ট ভালো।</translation>
    </message>
</context>
<context>
    <name>HealthHub::MediaCheck::SpeakerCheck</name>
    <message>
        <source>This room has no speaker. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>এই ঘরে কোনো স্পিকার নেই। দয়া করে একজন স্বেচ্ছাসেবককে জিজ্ঞেস করুন।</translation>
    </message>
    <message>
        <source>The speaker works.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>স্পিকার কাজ করছে।</translation>
    </message>
    <message>
        <source>You could not hear the sound. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আপনি শব্দ শুনতে পাননি। দয়া করে একজন স্বেচ্ছাসেবককে জিজ্ঞেস করুন।</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::BoothShell</name>
    <message>
        <source>Video appointment room</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ভিডিও অ্যাপয়েন্টমেন্টের ঘর</translation>
    </message>
    <message>
        <source>Welcome to %1. This room is ready for your video appointment.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>%1-এ স্বাগতম। এই ঘরটি আপনার ভিডিও অ্যাপয়েন্টমেন্টের জন্য তৈরি।</translation>
    </message>
    <message>
        <source>Check my camera and sound</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আমার ক্যামেরা আর শব্দ পরীক্ষা করুন</translation>
    </message>
    <message>
        <source>Join my appointment</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আমার অ্যাপয়েন্টমেন্টে যোগ দিন</translation>
    </message>
    <message>
        <source>Check the camera, microphone, speaker and internet before your call</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>কলের আগে ক্যামেরা, মাইক্রোফোন, স্পিকার আর ইন্টারনেট পরীক্ষা করুন</translation>
    </message>
    <message>
        <source>Type the link from your text message or email</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আপনার টেক্সট মেসেজ বা ইমেইল থেকে লিংকটি লিখুন</translation>
    </message>
    <message>
        <source>Join your appointment</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আপনার অ্যাপয়েন্টমেন্টে যোগ দিন</translation>
    </message>
    <message>
        <source>Type or paste the link from your text message or email.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আপনার টেক্সট মেসেজ বা ইমেইল থেকে লিংকটি লিখুন বা পেস্ট করুন।</translation>
    </message>
    <message>
        <source>The link for your appointment</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আপনার অ্যাপয়েন্টমেন্টের লিংক</translation>
    </message>
    <message>
        <source>For example: https://…</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>যেমন: https://…</translation>
    </message>
    <message>
        <source>Join the call</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>কলে যোগ দিন</translation>
    </message>
    <message>
        <source>Need help</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>সাহায্য দরকার</translation>
    </message>
    <message>
        <source>End call and clear</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>কল শেষ করে মুছুন</translation>
    </message>
    <message>
        <source>Ask a volunteer to come and help. Your call carries on.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>একজন স্বেচ্ছাসেবককে সাহায্যের জন্য ডাকুন। আপনার কল চলতে থাকবে।</translation>
    </message>
    <message>
        <source>End the call and remove everything about it from this computer</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>কল শেষ করুন এবং এই কম্পিউটার থেকে এর সব তথ্য মুছে ফেলুন</translation>
    </message>
    <message>
        <source>I am OK now</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আমি এখন ঠিক আছি</translation>
    </message>
    <message>
        <source>This room is free</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>এই ঘরটি খালি</translation>
    </message>
    <message>
        <source>The last call has ended. Its page, camera and microphone have been cleared.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আগের কল শেষ হয়েছে। তার পাতা, ক্যামেরা আর মাইক্রোফোন মুছে ফেলা হয়েছে।</translation>
    </message>
    <message>
        <source>Start</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>শুরু করুন</translation>
    </message>
    <message>
        <source>Start for the next person</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>পরের জনের জন্য শুরু করুন</translation>
    </message>
    <message>
        <source>It is time for your appointment.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আপনার অ্যাপয়েন্টমেন্টের সময় হয়েছে।</translation>
    </message>
    <message>
        <source>It starts in 1 minute.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>এটি ১ মিনিট পরে শুরু হবে।</translation>
    </message>
    <message>
        <source>The next appointment in this room is at %1.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>এই ঘরে পরের অ্যাপয়েন্টমেন্ট %1-এ।</translation>
    </message>
    <message>
        <source>Are you still there? Touch the screen to carry on. This room resets in 1 second.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আপনি কি এখনও আছেন? চালিয়ে যেতে স্ক্রিন চাপুন। ১ সেকেন্ডে এই ঘর নতুন করে শুরু হবে।</translation>
    </message>
    <message numerus="yes">
        <source>Are you still there? Touch the screen to carry on. This room resets in %n seconds.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>
            <numerusform>আপনি কি এখনও আছেন? চালিয়ে যেতে স্ক্রিন চাপুন। %n সেকেন্ডে এই ঘর নতুন করে শুরু হবে।</numerusform>
            <numerusform>আপনি কি এখনও আছেন? চালিয়ে যেতে স্ক্রিন চাপুন। %n সেকেন্ডে এই ঘর নতুন করে শুরু হবে।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It starts in %n minutes.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>
            <numerusform>এটি %n মিনিট পরে শুরু হবে।</numerusform>
            <numerusform>এটি %n মিনিট পরে শুরু হবে।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It starts in %n hours.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>
            <numerusform>এটি %n ঘণ্টা পরে শুরু হবে।</numerusform>
            <numerusform>এটি %n ঘণ্টা পরে শুরু হবে।</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Your call carries on.</source>
        <translation>%1। আপনার কল চলছে।</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::CallSession</name>
    <message>
        <source>Please type the link from your text message or email.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>দয়া করে আপনার টেক্সট মেসেজ বা ইমেইল থেকে লিংকটি লিখুন।</translation>
    </message>
    <message>
        <source>Please type the whole link from your text message or email.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>দয়া করে আপনার টেক্সট মেসেজ বা ইমেইল থেকে পুরো লিংকটি লিখুন।</translation>
    </message>
    <message>
        <source>This link is not for a video service this room can use. Please ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>এই লিংকটি এমন কোনো ভিডিও সেবার নয় যা এই ঘর ব্যবহার করতে পারে। দয়া করে একজন স্বেচ্ছাসেবককে জিজ্ঞেস করুন।</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::CheckScreen</name>
    <message>
        <source>Checking your camera and sound</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আপনার ক্যামেরা আর শব্দ পরীক্ষা করা হচ্ছে</translation>
    </message>
    <message>
        <source>Sound level</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>শব্দের মাত্রা</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>হ্যাঁ</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>না</translation>
    </message>
    <message>
        <source>Play again</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আবার বাজান</translation>
    </message>
    <message>
        <source>I heard the sound</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আমি শব্দ শুনেছি</translation>
    </message>
    <message>
        <source>I did not hear the sound</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আমি শব্দ শুনিনি</translation>
    </message>
    <message>
        <source>Camera</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ক্যামেরা</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>মাইক্রোফোন</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>স্পিকার</translation>
    </message>
    <message>
        <source>Internet</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ইন্টারনেট</translation>
    </message>
    <message>
        <source>Join my appointment</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আমার অ্যাপয়েন্টমেন্টে যোগ দিন</translation>
    </message>
    <message>
        <source>Check again</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আবার পরীক্ষা করুন</translation>
    </message>
    <message>
        <source>Did you hear the chime?</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আপনি কি ঘণ্টার শব্দ শুনেছেন?</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>এখনও পরীক্ষা হয়নি।</translation>
    </message>
    <message>
        <source>Look at the screen. You should see yourself.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>স্ক্রিনের দিকে তাকান। আপনি নিজেকে দেখতে পাবেন।</translation>
    </message>
    <message>
        <source>Please say hello, and keep talking for a moment.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>দয়া করে হ্যালো বলুন, আর কিছুক্ষণ কথা বলতে থাকুন।</translation>
    </message>
    <message>
        <source>Wait for the microphone. Then listen for a chime.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>মাইক্রোফোনের জন্য অপেক্ষা করুন। তারপর ঘণ্টার শব্দ শুনুন।</translation>
    </message>
    <message>
        <source>Checking the internet. This takes a few seconds.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ইন্টারনেট পরীক্ষা করা হচ্ছে। এতে কয়েক সেকেন্ড লাগে।</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::ExitPinScreen</name>
    <message>
        <source>Leave kiosk mode</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>কিয়স্ক মোড থেকে বের হন</translation>
    </message>
    <message>
        <source>PIN</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>পিছনে</translation>
    </message>
    <message>
        <source>Kiosk mode can only be left by an administrator at the computer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>শুধু কম্পিউটারের কাছে থাকা একজন অ্যাডমিনিস্ট্রেটরই কিয়স্ক মোড থেকে বের হতে পারেন।</translation>
    </message>
    <message>
        <source>Hub lead: type the exit PIN, then touch OK.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>হাব লিড: এক্সিট PIN লিখুন, তারপর OK চাপুন।</translation>
    </message>
    <message>
        <source>Type 4 to 8 digits, then touch OK.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>4 থেকে 8টি সংখ্যা লিখুন, তারপর OK চাপুন।</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>এই PIN ঠিক নয়। আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in 1 minute.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>অনেকবার ভুল PIN দেওয়া হয়েছে। 1 মিনিট পরে আবার চেষ্টা করুন।</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minutes.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>
            <numerusform>অনেকবার ভুল PIN দেওয়া হয়েছে। %n মিনিট পরে আবার চেষ্টা করুন।</numerusform>
            <numerusform>অনেকবার ভুল PIN দেওয়া হয়েছে। %n মিনিট পরে আবার চেষ্টা করুন।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::GuideScreen</name>
    <message>
        <source>Well done! You did this step. Touch Next step when you are ready.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>খুব ভালো! আপনি এই ধাপটি করেছেন। তৈরি হলে “পরের ধাপ” চাপুন।</translation>
    </message>
    <message>
        <source>Practise this step</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>এই ধাপটি অনুশীলন করুন</translation>
    </message>
    <message>
        <source>Try this step on a pretend NHS website. Nothing you do there is real.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>একটি নকল NHS ওয়েবসাইটে এই ধাপটি চেষ্টা করুন। সেখানে আপনি যা করবেন, তা আসল নয়।</translation>
    </message>
    <message>
        <source>Do it for real</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আসলে করুন</translation>
    </message>
    <message>
        <source>Open the real NHS website for this step</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>এই ধাপের জন্য আসল NHS ওয়েবসাইট খুলুন</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আগের ধাপ</translation>
    </message>
    <message>
        <source>Next step</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>পরের ধাপ</translation>
    </message>
    <message>
        <source>Choose another task</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>অন্য একটি কাজ বেছে নিন</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>শুরু করার আগে</translation>
    </message>
    <message>
        <source>Have these with you:</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>এগুলো সঙ্গে রাখুন:</translation>
    </message>
    <message>
        <source>Start step 1</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ধাপ 1 শুরু করুন</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>%2টির মধ্যে ধাপ %1</translation>
    </message>
    <message>
        <source>I have done all the steps</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আমি সব ধাপ করেছি</translation>
    </message>
    <message>
        <source>You have finished</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আপনি শেষ করেছেন</translation>
    </message>
    <message>
        <source>Well done. You have finished this guide.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>খুব ভালো। আপনি এই নির্দেশিকা শেষ করেছেন।</translation>
    </message>
    <message>
        <source>You can choose another task, or touch Finish to remove your details.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আপনি অন্য একটি কাজ বেছে নিতে পারেন, অথবা আপনার তথ্য মুছতে “শেষ করুন” চাপুন।</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আপনি কি এখনও আছেন?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আমি এখনও আছি</translation>
    </message>
    <message>
        <source>Touch the button to keep going. If you do not, your details will be removed in 1 second.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>চালিয়ে যেতে বোতামটি চাপুন। না চাপলে 1 সেকেন্ডের মধ্যে আপনার তথ্য মুছে ফেলা হবে।</translation>
    </message>
    <message numerus="yes">
        <source>Touch the button to keep going. If you do not, your details will be removed in %n seconds.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>
            <numerusform>চালিয়ে যেতে বোতামটি চাপুন। না চাপলে %n সেকেন্ডের মধ্যে আপনার তথ্য মুছে ফেলা হবে।</numerusform>
            <numerusform>চালিয়ে যেতে বোতামটি চাপুন। না চাপলে %n সেকেন্ডের মধ্যে আপনার তথ্য মুছে ফেলা হবে।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আপনার ভাষা বেছে নিন</translation>
    </message>
    <message>
        <source>Touch the language you want to use.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>যে ভাষা ব্যবহার করতে চান সেটি চাপুন।</translation>
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
        <translation>ডেমো — বানানো তথ্য</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::NavigationBar</name>
    <message>
        <source>Back</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>পিছনে</translation>
    </message>
    <message>
        <source>Home</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>হোম</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>সাহায্য</translation>
    </message>
    <message>
        <source>Finish</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>শেষ করুন</translation>
    </message>
    <message>
        <source>Go back one screen</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>এক স্ক্রিন পিছনে যান</translation>
    </message>
    <message>
        <source>Go to the first screen</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>প্রথম স্ক্রিনে যান</translation>
    </message>
    <message>
        <source>Ask a volunteer to come and help</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>একজন স্বেচ্ছাসেবককে সাহায্যের জন্য ডাকুন</translation>
    </message>
    <message>
        <source>Finish and remove your details from this computer</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>শেষ করুন এবং এই কম্পিউটার থেকে আপনার তথ্য মুছে ফেলুন</translation>
    </message>
    <message>
        <source>Get a volunteer</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>স্বেচ্ছাসেবক ডাকুন</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::PageStoppedNotice</name>
    <message>
        <source>This page has stopped working</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>এই পাতাটি কাজ করা বন্ধ করে দিয়েছে</translation>
    </message>
    <message>
        <source>It is not your fault. Touch Try again to load it again, or Home to go back.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>এটা আপনার দোষ নয়। আবার লোড করতে «আবার চেষ্টা করুন» ছুঁয়ে দিন, অথবা ফিরে যেতে «হোম» ছুঁয়ে দিন।</translation>
    </message>
    <message>
        <source>Try again</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আবার চেষ্টা করুন</translation>
    </message>
    <message>
        <source>Home</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>হোম</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::PinKeypad</name>
    <message>
        <source>Delete</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>মুছুন</translation>
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
        <translation>পুরো স্ক্রিন</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <source>Close the website and go back to the steps</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ওয়েবসাইট বন্ধ করে ধাপগুলোতে ফিরে যান</translation>
    </message>
    <message>
        <source>Website</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ওয়েবসাইট</translation>
    </message>
    <message>
        <source>Practice — not real</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>অনুশীলন — আসল নয়</translation>
    </message>
    <message>
        <source>The real NHS website</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আসল NHS ওয়েবসাইট</translation>
    </message>
    <message>
        <source>Show the steps</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ধাপগুলো দেখান</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::TaskListScreen</name>
    <message>
        <source>What do you want to do?</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আপনি কী করতে চান?</translation>
    </message>
    <message>
        <source>Touch a task. Or type a word to find one.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>একটি কাজ চাপুন। অথবা খুঁজতে একটি শব্দ লিখুন।</translation>
    </message>
    <message>
        <source>Type a word, like pills or doctor</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>একটি শব্দ লিখুন, যেমন ওষুধ বা ডাক্তার</translation>
    </message>
    <message>
        <source>Find a task</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>কাজ খুঁজুন</translation>
    </message>
    <message>
        <source>Clear</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>মুছুন</translation>
    </message>
    <message>
        <source>Empty the search box and show every task</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>খোঁজার ঘর খালি করে সব কাজ দেখান</translation>
    </message>
    <message>
        <source>No tasks match these words. Try another word, or touch Get a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>এই শব্দগুলোর সাথে কোনো কাজ মেলেনি। অন্য একটি শব্দ চেষ্টা করুন, অথবা “স্বেচ্ছাসেবক ডাকুন” চাপুন।</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::VisitorShell</name>
    <message>
        <source>Start</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>শুরু করুন</translation>
    </message>
    <message>
        <source>Choose what you want to do</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আপনি কী করতে চান তা বেছে নিন</translation>
    </message>
    <message>
        <source>Change language</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ভাষা বদলান</translation>
    </message>
    <message>
        <source>Change text size and colours</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>লেখার আকার ও রং বদলান</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>%1-এ স্বাগতম</translation>
    </message>
    <message>
        <source>We can help you use NHS services online. Touch Start to begin.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আমরা আপনাকে অনলাইনে NHS-এর সেবা ব্যবহার করতে সাহায্য করতে পারি। শুরু করতে “শুরু করুন” চাপুন।</translation>
    </message>
    <message>
        <source>Make text bigger</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>লেখা বড় করুন</translation>
    </message>
    <message>
        <source>Make text smaller</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>লেখা ছোট করুন</translation>
    </message>
    <message>
        <source>Black and white colours</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>সাদা-কালো রং</translation>
    </message>
    <message>
        <source>Text size and colours</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>লেখার আকার ও রং</translation>
    </message>
    <message>
        <source>Make the words bigger, or use black and white to make them clearer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>শব্দগুলো বড় করুন, অথবা আরও পরিষ্কার দেখতে সাদা-কালো ব্যবহার করুন।</translation>
    </message>
    <message>
        <source>I am OK now</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আমি এখন ঠিক আছি</translation>
    </message>
    <message>
        <source>Start again</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আবার শুরু করুন</translation>
    </message>
    <message>
        <source>Your details have been removed</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আপনার তথ্য মুছে ফেলা হয়েছে</translation>
    </message>
    <message>
        <source>Thank you for visiting. Nothing you did is left on this computer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>আসার জন্য ধন্যবাদ। আপনি যা করেছেন তার কিছুই এই কম্পিউটারে রাখা হয়নি।</translation>
    </message>
    <message>
        <source>Text size now: %1%</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>লেখার আকার এখন: %1%</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>জোরে পড়ুন</translation>
    </message>
    <message>
        <source>Read the words on the screen out loud</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>স্ক্রিনের লেখা জোরে পড়ে শোনান</translation>
    </message>
    <message>
        <source>Read aloud is not available in this language.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>এই ভাষায় জোরে পড়ে শোনানোর সুবিধা নেই।</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>পড়া থামান</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>ভাষা</translation>
    </message>
    <message>
        <source>Choose another language</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>অন্য ভাষা বেছে নিন</translation>
    </message>
</context>
<context>
    <name>HelpProgress</name>
    <message>
        <source>Asking a volunteer</source>
        <translation>একজন স্বেচ্ছাসেবককে ডাকা হচ্ছে</translation>
    </message>
    <message>
        <source>Please wait here. We are telling the volunteers that you need help.</source>
        <translation>অনুগ্রহ করে এখানে অপেক্ষা করুন। আমরা স্বেচ্ছাসেবকদের জানাচ্ছি যে আপনার সাহায্য দরকার।</translation>
    </message>
    <message>
        <source>The volunteers know you need help</source>
        <translation>স্বেচ্ছাসেবকরা জানেন যে আপনার সাহায্য দরকার</translation>
    </message>
    <message>
        <source>Please stay here. A volunteer will come to you soon.</source>
        <translation>অনুগ্রহ করে এখানে থাকুন। একজন স্বেচ্ছাসেবক শীঘ্রই আপনার কাছে আসবেন।</translation>
    </message>
    <message>
        <source>A volunteer is coming</source>
        <translation>একজন স্বেচ্ছাসেবক আসছেন</translation>
    </message>
    <message>
        <source>Please stay here. They will be with you soon.</source>
        <translation>অনুগ্রহ করে এখানে থাকুন। তিনি শীঘ্রই আপনার কাছে আসবেন।</translation>
    </message>
    <message>
        <source>%1 is coming</source>
        <translation>%1 আসছেন</translation>
    </message>
    <message>
        <source>Please stay here. %1 will be with you soon.</source>
        <translation>অনুগ্রহ করে এখানে থাকুন। %1 শীঘ্রই আপনার কাছে আসবেন।</translation>
    </message>
    <message>
        <source>Please ask at the desk</source>
        <translation>অনুগ্রহ করে ডেস্কে জিজ্ঞাসা করুন</translation>
    </message>
    <message>
        <source>We could not reach the volunteers from this screen. Please go to the desk and ask for help.</source>
        <translation>আমরা এই স্ক্রিন থেকে স্বেচ্ছাসেবকদের সাথে যোগাযোগ করতে পারিনি। অনুগ্রহ করে ডেস্কে গিয়ে সাহায্য চান।</translation>
    </message>
</context>
</TS>
