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
</context>
<context>
    <name>HealthHub::Ui::ConsoleShell</name>
    <message>
        <source>Volunteer console</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>স্বেচ্ছাসেবকের কনসোল</translation>
    </message>
    <message>
        <source>The records of %1 are locked. Unlock them to record a session, see a visitor&apos;s journey, book the booth or make a report.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>%1-এর রেকর্ড লক করা আছে। সেশন লিখতে, কোনো দর্শনার্থীর যাত্রা দেখতে, ভিডিও ঘর বুক করতে বা রিপোর্ট বানাতে আনলক করুন।</translation>
    </message>
    <message>
        <source>Unlock the records</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>রেকর্ড আনলক করুন</translation>
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
    <message numerus="yes">
        <source>Touch the button to keep going. If you do not, your details will be removed in %n second(s).</source>
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
        <source>A volunteer is coming</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>একজন স্বেচ্ছাসেবক আসছেন</translation>
    </message>
    <message>
        <source>Please stay here. A volunteer will come to help you soon.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>দয়া করে এখানে থাকুন। একজন স্বেচ্ছাসেবক শিগগির আপনাকে সাহায্য করতে আসবেন।</translation>
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
        <source>Normal colours</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>সাধারণ রং</translation>
    </message>
</context>
</TS>
