// SPDX-License-Identifier: GPL-3.0-or-later
// The URL policy: which addresses a visitor may reach, table-driven.

#include "kiosk/urlpolicy.h"

#include <QTest>

using HealthHub::Kiosk::UrlPolicy;

class UrlPolicyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void navigation_data();
    void navigation();
    void subresource_data();
    void subresource();
    void emptyPolicyAllowsOnlyInternalPages();
    void internalPagesOnlyFromTheApplication_data();
    void internalPagesOnlyFromTheApplication();
};

namespace {
UrlPolicy nhsPolicy(bool loopback = false)
{
    return UrlPolicy({QStringLiteral("nhs.uk"), QStringLiteral("*.nhs.uk"), QStringLiteral("systmonline.tpp-uk.com"),
                      QStringLiteral("127.0.0.1")},
                     loopback);
}
} // namespace

void UrlPolicyTest::navigation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("loopback");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("exact host") << "https://nhs.uk/" << false << true;
    QTest::newRow("subdomain by wildcard") << "https://www.nhs.uk/conditions/" << false << true;
    QTest::newRow("deep subdomain") << "https://access.login.nhs.uk/" << false << true;
    QTest::newRow("listed supplier") << "https://systmonline.tpp-uk.com/2/Login" << false << true;
    QTest::newRow("upper-case host") << "https://WWW.NHS.UK/" << false << true;
    QTest::newRow("port on allowed host") << "https://www.nhs.uk:8443/" << false << true;
    QTest::newRow("plain http") << "http://www.nhs.uk/" << false << false;
    QTest::newRow("look-alike suffix") << "https://evilnhs.uk/" << false << false;
    QTest::newRow("allowed name as a subdomain") << "https://nhs.uk.evil.example/" << false << false;
    QTest::newRow("unlisted supplier subdomain") << "https://evil.tpp-uk.com/" << false << false;
    QTest::newRow("other site") << "https://www.example.com/" << false << false;
    QTest::newRow("user info") << "https://someone@www.nhs.uk/" << false << false;
    QTest::newRow("practice scheme") << "practice://site/index.html" << false << true;
    QTest::newRow("internal scheme") << "healthhub://app/blocked" << false << true;
    QTest::newRow("file") << "file:///etc/passwd" << false << false;
    QTest::newRow("data") << "data:text/html,<h1>hi</h1>" << false << false;
    QTest::newRow("blob") << "blob:https://www.nhs.uk/1234" << false << false;
    QTest::newRow("javascript") << "javascript:alert(1)" << false << false;
    QTest::newRow("view-source") << "view-source:https://www.nhs.uk/" << false << false;
    QTest::newRow("chrome") << "chrome://settings" << false << false;
    QTest::newRow("devtools") << "devtools://devtools/bundled/inspector.html" << false << false;
    QTest::newRow("qrc") << "qrc:/practice/index.html" << false << false;
    QTest::newRow("about") << "about:blank" << false << false;
    QTest::newRow("mailto") << "mailto:someone@nhs.net" << false << false;
    QTest::newRow("tel") << "tel:111" << false << false;
    QTest::newRow("sms") << "sms:111" << false << false;
    QTest::newRow("ftp") << "ftp://www.nhs.uk/" << false << false;
    QTest::newRow("intent") << "intent://www.nhs.uk/#Intent;end" << false << false;
    QTest::newRow("loopback refused by default") << "http://127.0.0.1:8080/" << false << false;
    QTest::newRow("loopback https refused by default") << "https://127.0.0.1/" << false << false;
    QTest::newRow("listed loopback in a test set-up") << "http://127.0.0.1:8080/" << true << true;
    QTest::newRow("unlisted loopback in a test set-up") << "http://localhost:8080/" << true << false;
    QTest::newRow("http to a real host in a test set-up") << "http://www.nhs.uk/" << true << false;
}

void UrlPolicyTest::navigation()
{
    QFETCH(QString, url);
    QFETCH(bool, loopback);
    QFETCH(bool, allowed);
    QCOMPARE(nhsPolicy(loopback).allows(QUrl(url)), allowed);
}

void UrlPolicyTest::subresource_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("image on allowed host") << "https://assets.nhs.uk/logo.png" << true;
    QTest::newRow("script elsewhere") << "https://tracker.example.com/t.js" << false;
    QTest::newRow("data image") << "data:image/png;base64,AAAA" << true;
    QTest::newRow("blob of allowed origin") << "blob:https://www.nhs.uk/0b5c" << true;
    QTest::newRow("blob of other origin") << "blob:https://evil.example/0b5c" << false;
    QTest::newRow("secure websocket") << "wss://www.nhs.uk/socket" << true;
    QTest::newRow("plain websocket") << "ws://www.nhs.uk/socket" << false;
    QTest::newRow("websocket elsewhere") << "wss://evil.example/socket" << false;
    QTest::newRow("file part") << "file:///etc/hosts" << false;
    QTest::newRow("qrc part") << "qrc:/healthhub/probe.js" << false;
}

void UrlPolicyTest::subresource()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(nhsPolicy().allowsSubresource(QUrl(url)), allowed);
}

void UrlPolicyTest::emptyPolicyAllowsOnlyInternalPages()
{
    const UrlPolicy empty;
    QVERIFY(!empty.allows(QUrl(QStringLiteral("https://www.nhs.uk/"))));
    QVERIFY(empty.allows(QUrl(QStringLiteral("practice://site/"))));
    const UrlPolicy wildcardOnly({QStringLiteral("*"), QStringLiteral("*.")}, false);
    QVERIFY(!wildcardOnly.allows(QUrl(QStringLiteral("https://www.example.com/"))));
}

void UrlPolicyTest::internalPagesOnlyFromTheApplication_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("initiator");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("practice, asked by the application") << "practice://site/index.html"
                                                        << "" << true;
    QTest::newRow("probe, asked by the application") << "healthhub://app/probe"
                                                     << "" << true;
    QTest::newRow("practice from a practice page") << "practice://site/style.css"
                                                   << "practice://site" << true;
    QTest::newRow("blocked page's Home from itself") << "healthhub://app/home"
                                                     << "healthhub://app" << true;
    QTest::newRow("practice from an https site") << "practice://site/index.html"
                                                 << "https://www.nhs.uk" << false;
    QTest::newRow("probe from an https site") << "healthhub://app/probe"
                                              << "https://www.nhs.uk" << false;
    QTest::newRow("practice from an http site") << "practice://site/index.html"
                                                << "http://127.0.0.1:8080" << false;
    QTest::newRow("probe from an opaque origin") << "healthhub://app/probe"
                                                 << "null" << false;
    QTest::newRow("a website from a website") << "https://www.nhs.uk/x"
                                              << "https://www.nhs.uk" << true;
}

void UrlPolicyTest::internalPagesOnlyFromTheApplication()
{
    QFETCH(QString, url);
    QFETCH(QString, initiator);
    QFETCH(bool, allowed);
    QCOMPARE(UrlPolicy::allowsInitiator(QUrl(url), initiator.isEmpty() ? QUrl() : QUrl(initiator)), allowed);
}

QTEST_GUILESS_MAIN(UrlPolicyTest)
#include "urlpolicy_test.moc"
