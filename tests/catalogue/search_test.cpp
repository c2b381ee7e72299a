// SPDX-License-Identifier: GPL-3.0-or-later
// Search finds the task a visitor means: typos, half-typed words, everyday words, other languages.

#include "core/catalogue/catalogue.h"
#include "core/catalogue/plaintext.h"
#include "core/catalogue/searchindex.h"
#include "core/catalogue/searchresultsmodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace HealthHub::Catalogue;

class SearchTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void editDistance_data();
    void editDistance();
    void normalise();
    void firstResult_data();
    void firstResult();
    void nothingForNonsense();
    void otherLanguage();
    void translatedGuides_data();
    void translatedGuides();
    void model();

private:
    Catalogue m_catalogue;
    std::unique_ptr<SearchIndex> m_index; // of m_catalogue, built once
};

void SearchTest::initTestCase()
{
    m_catalogue = Catalogue::load({Catalogue::builtIn()});
    QVERIFY(m_catalogue.problems().isEmpty());
    m_index = std::make_unique<SearchIndex>(m_catalogue);
}

void SearchTest::editDistance_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("distance");
    QTest::newRow("same") << "pharmacy"
                          << "pharmacy" << 2 << 0;
    QTest::newRow("swap") << "perscription"
                          << "prescription" << 2 << 1;
    QTest::newRow("missing letter") << "apointment"
                                    << "appointment" << 2 << 1;
    QTest::newRow("extra letter") << "reppeat"
                                  << "repeat" << 1 << 1;
    QTest::newRow("two slips") << "farmacy"
                               << "pharmacy" << 2 << 2;
    QTest::newRow("over the limit") << "doctor"
                                    << "pharmacy" << 2 << 3;
    QTest::newRow("empty") << ""
                           << "gp" << 2 << 2;
    QTest::newRow("length gap") << "a"
                                << "appointment" << 2 << 3;
}

void SearchTest::editDistance()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, limit);
    QFETCH(int, distance);
    QCOMPARE(PlainText::editDistance(a, b, limit), distance);
    QCOMPARE(PlainText::editDistance(b, a, limit), distance);
}

void SearchTest::normalise()
{
    QCOMPARE(PlainText::normalise(QStringLiteral("  Doctor's  APPOINTMENT! ")), QStringLiteral("doctors appointment"));
    QCOMPARE(PlainText::normalise(QStringLiteral("Café — Zażółć")), QStringLiteral("cafe zazołc"));
    QCOMPARE(PlainText::words(QStringLiteral("NHS 111, online")),
             QStringList({QStringLiteral("nhs"), QStringLiteral("111"), QStringLiteral("online")}));
}

void SearchTest::firstResult_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    const QList<std::pair<const char *, const char *>> rows{
        // everyday words
        {"pills", "repeat-prescription"},
        {"tablets", "repeat-prescription"},
        {"more tablets", "repeat-prescription"},
        {"inhaler", "repeat-prescription"},
        {"doctor", "book-appointment"},
        {"see a doctor", "book-appointment"},
        {"blood test", "test-results"},
        {"bloods", "test-results"},
        {"chemist near me", "find-service"},
        {"my mum", "proxy-access"},
        {"carer", "proxy-access"},
        {"moved house", "register-gp"},
        {"medical records", "gp-record"},
        {"letters from hospital", "gp-record"},
        {"urgent help", "nhs-111"},
        {"opening times", "find-service"},
        // the task's own words
        {"repeat", "repeat-prescription"},
        {"test results", "test-results"},
        {"cancel", "change-appointment"},
        {"nominate pharmacy", "choose-pharmacy"},
        {"111", "nhs-111"},
        {"nhs app", "get-nhs-app"},
        {"download the app", "get-nhs-app"},
        {"log in", "nhs-login"},
        {"linkage key", "nhs-login"},
        {"video call", "video-appointment"},
        {"register with a doctor", "register-gp"},
        {"proxy", "proxy-access"},
        {"dentist", "find-service"},
        {"GP record", "gp-record"},
        // typos and half-typed words
        {"perscription", "repeat-prescription"},
        {"prescr", "repeat-prescription"},
        {"medicin", "repeat-prescription"},
        {"tset results", "test-results"},
        {"cancle appointment", "change-appointment"},
        {"appointmnet", "book-appointment"},
        {"pasport", "nhs-login"},
        {"instal", "get-nhs-app"},
        {"farmacy", "choose-pharmacy"},
        {"vidoe", "video-appointment"},
        {"regster", "register-gp"},
    };
    for (const auto &[query, expected] : rows) {
        QTest::newRow(query) << QString::fromUtf8(query) << QString::fromUtf8(expected);
    }
}

void SearchTest::firstResult()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    const QList<SearchIndex::Hit> hits = m_index->search(query, QStringLiteral("en"));
    QVERIFY2(!hits.isEmpty(), "no result at all");
    QStringList top;
    for (qsizetype i = 0; i < std::min<qsizetype>(3, hits.size()); ++i) {
        top.append(QStringLiteral("%1 (%2)").arg(hits.at(i).taskId).arg(hits.at(i).score, 0, 'f', 2));
    }
    QVERIFY2(hits.constFirst().taskId == expected, qPrintable(top.join(QStringLiteral(", "))));
}

void SearchTest::nothingForNonsense()
{
    const SearchIndex index(m_catalogue);
    QVERIFY(index.search(QStringLiteral("xylophone zebra"), QStringLiteral("en")).isEmpty());
    QVERIFY(index.search(QStringLiteral("   "), QStringLiteral("en")).isEmpty());
    QVERIFY(index.search(QStringLiteral("the"), QStringLiteral("en")).isEmpty());
}

void SearchTest::otherLanguage()
{
    // A hub folder with a Polish translation of one task and Polish everyday words.
    QTemporaryDir hub;
    const QString folder = hub.filePath(QStringLiteral("repeat-prescription"));
    QVERIFY(QDir().mkpath(folder));
    const QString builtIn = QStringLiteral(":/guides/repeat-prescription/");
    for (const QString &name : QDir(builtIn).entryList(QDir::Files)) {
        QVERIFY(QFile::copy(builtIn + name, folder + QLatin1Char('/') + name));
    }
    QFile polish(folder + QStringLiteral("/pl.json"));
    QVERIFY(!polish.exists() || polish.remove()); // the built-in translation, copied read-only
    QVERIFY(polish.open(QIODevice::WriteOnly));
    polish.write(R"({"format": 1, "language": "pl", "title": "Zamów leki na receptę",
        "summary": "Poproś przychodnię o więcej leków.", "searchWords": ["recepta", "tabletki", "leki"],
        "bring": ["Telefon"], "steps": [
        {"id": "sign-in", "text": "Zaloguj się."}, {"id": "prescriptions", "text": "Dotknij Recepty."},
        {"id": "choose-medicine", "text": "Wybierz leki."}, {"id": "check-pharmacy", "text": "Sprawdź aptekę."},
        {"id": "send", "text": "Dotknij Zamów."}]})");
    polish.close();
    QFile words(hub.filePath(QStringLiteral("words.pl.json")));
    QVERIFY(words.open(QIODevice::WriteOnly));
    words.write(R"({"format": 1, "language": "pl", "ignore": ["moje"], "means": {"pigułki": ["leki"]}})");
    words.close();

    const Catalogue catalogue = Catalogue::load({Catalogue::builtIn(), {hub.path(), QStringLiteral("hub")}});
    QVERIFY(catalogue.problems().isEmpty());
    QVERIFY(catalogue.languages().contains(QStringLiteral("pl")));
    QCOMPARE(catalogue.task(QStringLiteral("repeat-prescription"))->text(QStringLiteral("pl")).title,
             QStringLiteral("Zamów leki na receptę"));
    const SearchIndex index(catalogue);
    const QString pl = QStringLiteral("pl");
    for (const QString &query : {QStringLiteral("tabletki"), QStringLiteral("tabletky"), QStringLiteral("recepta"),
                                 QStringLiteral("moje pigulki"), QStringLiteral("Zamów"), QStringLiteral("pills")}) {
        const QList<SearchIndex::Hit> hits = index.search(query, pl);
        QVERIFY2(!hits.isEmpty() && hits.constFirst().taskId == QLatin1String("repeat-prescription"),
                 qPrintable(query));
    }
    // Polish words mean nothing in the English index.
    QVERIFY(index.search(QStringLiteral("zamów"), QStringLiteral("en")).isEmpty());
}

void SearchTest::translatedGuides_data()
{
    // What a visitor would type in their own language finds the built-in translated guide first.
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    const QList<std::tuple<const char *, const char *, const char *>> rows{
        {"pl", "recepta", "repeat-prescription"},
        {"pl", "pigułki", "repeat-prescription"},
        {"pl", "umówić wizytę u lekarza", "book-appointment"},
        {"pl", "hasło", "nhs-login"},
        {"pl", "zainstaluj aplikację", "get-nhs-app"},
        {"ro", "rețetă", "repeat-prescription"},
        {"ro", "programare la doctor", "book-appointment"},
        {"ro", "pasaport", "nhs-login"},
        {"sk", "recept", "repeat-prescription"},
        {"sk", "objednať sa k lekárovi", "book-appointment"},
        {"sk", "stiahnuť aplikáciu", "get-nhs-app"},
        {"ar", "وصفة", "repeat-prescription"},
        {"ar", "حجز موعد", "book-appointment"},
        {"ar", "كلمة السر", "nhs-login"},
        {"ur", "دوائی", "repeat-prescription"},
        {"ur", "اپائنٹمنٹ", "book-appointment"},
        {"ur", "پاسپورٹ", "nhs-login"},
        {"bn", "ওষুধ", "repeat-prescription"},
        {"bn", "ডাক্তার দেখানো", "book-appointment"},
        {"bn", "পাসওয়ার্ড", "nhs-login"},
        {"zh_CN", "处方", "repeat-prescription"},
        {"zh_CN", "挂号", "book-appointment"},
        {"zh_CN", "下载", "get-nhs-app"},
        {"zh_CN", "护照", "nhs-login"},
        {"pl", "wyniki badań", "test-results"},
        {"pl", "odwołać wizytę", "change-appointment"},
        {"pl", "dentysta", "find-service"},
        {"pl", "zmienić aptekę", "choose-pharmacy"},
        {"ro", "analize de sânge", "test-results"},
        {"ro", "m-am mutat", "register-gp"},
        {"sk", "zrušiť termín", "change-appointment"},
        {"sk", "opatrovateľ", "proxy-access"},
        {"ar", "نتائج التحليل", "test-results"},
        {"ar", "طوارئ", "nhs-111"},
        {"ur", "ٹیسٹ کے نتائج", "test-results"},
        {"ur", "ویڈیو کال", "video-appointment"},
        {"bn", "রক্ত পরীক্ষা", "test-results"},
        {"bn", "দাঁতের ডাক্তার", "find-service"},
        {"zh_CN", "验血", "test-results"},
        {"zh_CN", "取消预约", "change-appointment"},
        {"zh_CN", "病历", "gp-record"},
        // Chinese typed as a whole phrase, without spaces
        {"zh_CN", "我想开药", "repeat-prescription"},
        {"zh_CN", "怎么预约医生", "book-appointment"},
        {"zh_CN", "我要看验血结果", "test-results"},
    };
    for (const auto &[language, query, expected] : rows) {
        QTest::addRow("%s %s", language, query)
            << QString::fromUtf8(language) << QString::fromUtf8(query) << QString::fromUtf8(expected);
    }
}

void SearchTest::translatedGuides()
{
    QFETCH(QString, language);
    QFETCH(QString, query);
    QFETCH(QString, expected);
    QVERIFY2(m_catalogue.task(expected)->hasLanguage(language), "the guide is not translated");
    const QList<SearchIndex::Hit> hits = m_index->search(query, language);
    QVERIFY2(!hits.isEmpty(), "no result at all");
    QStringList top;
    for (qsizetype i = 0; i < std::min<qsizetype>(3, hits.size()); ++i) {
        top.append(QStringLiteral("%1 (%2)").arg(hits.at(i).taskId).arg(hits.at(i).score, 0, 'f', 2));
    }
    QVERIFY2(hits.constFirst().taskId == expected, qPrintable(top.join(QStringLiteral(", "))));
}

void SearchTest::model()
{
    const SearchIndex index(m_catalogue);
    SearchResultsModel model(&m_catalogue, &index);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Empty: every task in list order.
    QCOMPARE(model.rowCount(), int(m_catalogue.tasks().size()));
    QCOMPARE(model.taskId(0), m_catalogue.tasks().constFirst().id);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setQuery(QStringLiteral("pils"));
    QCOMPARE(reset.size(), 1);
    QVERIFY(model.rowCount() >= 1);
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data(SearchResultsModel::TaskIdRole).toString(), QStringLiteral("repeat-prescription"));
    QCOMPARE(first.data().toString(), QStringLiteral("Order a repeat prescription"));
    QVERIFY(first.data(SearchResultsModel::SummaryRole).toString().startsWith(QStringLiteral("Ask your GP")));
    QVERIFY(first.data(SearchResultsModel::IconRole).toString().endsWith(QStringLiteral("icon.svg")));
    model.setQuery(QStringLiteral("pils"));
    QCOMPARE(reset.size(), 1); // same query: nothing to do
    model.setQuery(QStringLiteral("qqqqqq"));
    QCOMPARE(model.rowCount(), 0);
    model.setQuery(QString());
    QCOMPARE(model.rowCount(), int(m_catalogue.tasks().size()));
    QCOMPARE(model.taskId(999), QString());
}

QTEST_GUILESS_MAIN(SearchTest)
#include "search_test.moc"
