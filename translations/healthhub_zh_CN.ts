<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>HealthHub::Kiosk::BlockedPage</name>
    <message>
        <source>This page is not available here</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>这里无法打开这个网页</translation>
    </message>
    <message>
        <source>This page is not available here. Ask a volunteer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>这里无法打开这个网页。请找志愿者帮忙。</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>返回</translation>
    </message>
    <message>
        <source>Home</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>首页</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::BoothShell</name>
    <message>
        <source>Video appointment room</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>视频就诊室</translation>
    </message>
    <message>
        <source>Welcome to %1. This room is ready for your video appointment.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>欢迎来到%1。这个房间已为您的视频就诊准备好。</translation>
    </message>
    <message>
        <source>Check my camera and sound</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>检查我的摄像头和声音</translation>
    </message>
    <message>
        <source>Join my appointment</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>加入我的就诊</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::ConsoleShell</name>
    <message>
        <source>Volunteer console</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>志愿者控制台</translation>
    </message>
    <message>
        <source>The records of %1 are locked. Unlock them to record a session, see a visitor&apos;s journey, book the booth or make a report.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>%1 的记录已锁定。解锁后可以记录一次服务、查看访客的经历、预订视频室或生成报告。</translation>
    </message>
    <message>
        <source>Unlock the records</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>解锁记录</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>我还在</translation>
    </message>
    <message numerus="yes">
        <source>Touch the button to keep going. If you do not, your details will be removed in %n second(s).</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>
            <numerusform>请点按钮继续。否则，您的信息将在 %n 秒后删除。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>选择您的语言</translation>
    </message>
    <message>
        <source>Touch the language you want to use.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>点您想用的语言。</translation>
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
        <translation>演示 — 虚构数据</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::NavigationBar</name>
    <message>
        <source>Back</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>返回</translation>
    </message>
    <message>
        <source>Home</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>首页</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Finish</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>结束</translation>
    </message>
    <message>
        <source>Go back one screen</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>返回上一个画面</translation>
    </message>
    <message>
        <source>Go to the first screen</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>回到第一个画面</translation>
    </message>
    <message>
        <source>Ask a volunteer to come and help</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>请志愿者过来帮忙</translation>
    </message>
    <message>
        <source>Finish and remove your details from this computer</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>结束并从这台电脑上删除您的信息</translation>
    </message>
    <message>
        <source>Get a volunteer</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>找志愿者</translation>
    </message>
</context>
<context>
    <name>HealthHub::Ui::VisitorShell</name>
    <message>
        <source>Start</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>开始</translation>
    </message>
    <message>
        <source>Choose what you want to do</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>选择您想做的事</translation>
    </message>
    <message>
        <source>Change language</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>更改语言</translation>
    </message>
    <message>
        <source>Change text size and colours</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>更改文字大小和颜色</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>欢迎来到%1</translation>
    </message>
    <message>
        <source>We can help you use NHS services online. Touch Start to begin.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>我们可以帮助您在网上使用 NHS 服务。点“开始”即可开始。</translation>
    </message>
    <message>
        <source>Make text bigger</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Make text smaller</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>缩小文字</translation>
    </message>
    <message>
        <source>Black and white colours</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>黑白颜色</translation>
    </message>
    <message>
        <source>Text size and colours</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>文字大小和颜色</translation>
    </message>
    <message>
        <source>Make the words bigger, or use black and white to make them clearer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>把字放大，或者使用黑白颜色让字更清楚。</translation>
    </message>
    <message>
        <source>I am OK now</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>我现在没事了</translation>
    </message>
    <message>
        <source>A volunteer is coming</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>志愿者马上就来</translation>
    </message>
    <message>
        <source>Please stay here. A volunteer will come to help you soon.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>请留在这里。志愿者很快会来帮助您。</translation>
    </message>
    <message>
        <source>Start again</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Your details have been removed</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>您的信息已删除</translation>
    </message>
    <message>
        <source>Thank you for visiting. Nothing you did is left on this computer.</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>感谢您的到访。您做过的一切都没有留在这台电脑上。</translation>
    </message>
    <message>
        <source>Text size now: %1%</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>现在的文字大小：%1%</translation>
    </message>
    <message>
        <source>Normal colours</source>
        <translatorcomment>Not yet checked by a fluent speaker.</translatorcomment>
        <translation>普通颜色</translation>
    </message>
</context>
</TS>
