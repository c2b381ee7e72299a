// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped translations are complete and in step with the code, and the language switches while running.

#include "core/config/languagemanager.h"
#include "core/config/languages.h"
#include "core/config/visitorpreferences.h"
#include "tsfile.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QDirIterator>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace HealthHub::Config;

namespace {
const QString kUncheckedNote = QStringLiteral("Not yet checked by a fluent speaker.");

QString tsPath(const QString &code)
{
    return qEnvironmentVariable("HEALTHHUB_SOURCE_DIR") + QStringLiteral("/translations/healthhub_") + code +
           QStringLiteral(".ts");
}

/** %1…%99, %L1 and %n in @p text, sorted, so source and translation can be compared. */
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(L?[0-9]{1,2}|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        found.append(it.next().captured(0));
    }
    found.sort();
    return found;
}

QString translate(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}
} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLanguageIsBuiltIn();
    void translationIsComplete_data();
    void translationIsComplete();
    void translationsCoverEveryStringInTheCode();
    void englishHoldsOnlyPluralForms();
    void switchesWhileRunning();
    void pluralsFollowTheLanguage_data();
    void pluralsFollowTheLanguage();
    void unknownLanguageChangesNothing();
    void followsTheVisitorAndResetsAtFinish();

private:
    void languages();
};

void TranslationsTest::everyLanguageIsBuiltIn()
{
    QStringList known;
    for (const Language &language : knownLanguages()) {
        known.append(language.code);
    }
    QCOMPARE(LanguageManager::shippedTranslations(), known);
    QVERIFY(known.size() >= 8);
}

void TranslationsTest::languages()
{
    QTest::addColumn<QString>("code");
    for (const Language &language : knownLanguages()) {
        if (language.code != QLatin1String("en")) {
            QTest::newRow(qPrintable(language.code)) << language.code;
        }
    }
}

void TranslationsTest::translationIsComplete_data()
{
    languages();
}

void TranslationsTest::translationIsComplete()
{
    QFETCH(QString, code);
    QString error;
    const QList<TsMessage> messages = readTsFile(tsPath(code), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QCOMPARE(tsLanguage(tsPath(code)), code);
    int unchecked = 0;
    for (const TsMessage &message : messages) {
        const QString where = message.context + QStringLiteral(": \"") + message.source + QLatin1Char('"');
        QVERIFY2(message.type.isEmpty(), qPrintable(where + QStringLiteral(" is ") + message.type));
        QVERIFY2(!message.translations.isEmpty(), qPrintable(where + QStringLiteral(" has no translation")));
        for (const QString &translation : message.translations) {
            QVERIFY2(!translation.trimmed().isEmpty(), qPrintable(where + QStringLiteral(" has an empty translation")));
            QStringList expected = placeholders(message.source);
            // A plural form may say "one" in words instead of %n.
            if (message.numerus && !translation.contains(QLatin1String("%n"))) {
                expected.removeAll(QStringLiteral("%n"));
            }
            QVERIFY2(placeholders(translation) == expected,
                     qPrintable(where + QStringLiteral(" has other placeholders: ") + translation));
        }
        if (message.translatorComment == kUncheckedNote) {
            ++unchecked;
        }
    }
    qInfo("%s: %lld messages, %d not yet checked by a fluent speaker", qPrintable(code),
          static_cast<long long>(messages.size()), unchecked);
}

void TranslationsTest::translationsCoverEveryStringInTheCode()
{
    // Run Qt's own lupdate over the program's sources now, so a tr() added without updating the .ts fails here.
    const QString lupdate = qEnvironmentVariable("HEALTHHUB_LUPDATE");
    QVERIFY2(QFile::exists(lupdate), "HEALTHHUB_LUPDATE must name Qt's lupdate");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString source = qEnvironmentVariable("HEALTHHUB_SOURCE_DIR");
    const QString fresh = dir.filePath(QStringLiteral("fresh_pl.ts"));
    // Every folder of visitor-facing code; the staff-only volunteer console (ui/console) is English only.
    QStringList arguments{QStringLiteral("-silent"),
                          QStringLiteral("-locations"),
                          QStringLiteral("none"),
                          QStringLiteral("-I"),
                          source,
                          source + QStringLiteral("/app"),
                          source + QStringLiteral("/kiosk")};
    const QStringList uiFolders = QDir(source + QStringLiteral("/ui")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY(uiFolders.contains(QStringLiteral("visitor")));
    for (const QString &folder : uiFolders) {
        if (folder != QLatin1String("console")) {
            arguments << source + QStringLiteral("/ui/") + folder;
        }
    }
    arguments << QStringLiteral("-ts") << fresh;
    QProcess process;
    process.start(lupdate, arguments);
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QString error;
    const QList<TsMessage> used = readTsFile(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(used.size() > 20);

    for (const Language &language : knownLanguages()) {
        if (language.code == QLatin1String("en")) {
            continue;
        }
        QSet<QString> shipped;
        const QList<TsMessage> messages = readTsFile(tsPath(language.code), &error);
        for (const TsMessage &message : messages) {
            shipped.insert(message.context + QLatin1Char('\n') + message.source);
        }
        for (const TsMessage &message : used) {
            QVERIFY2(shipped.contains(message.context + QLatin1Char('\n') + message.source),
                     qPrintable(QStringLiteral("healthhub_%1.ts lacks %2: \"%3\" (run the update_translations target)")
                                    .arg(language.code, message.context, message.source)));
        }
    }
}

void TranslationsTest::englishHoldsOnlyPluralForms()
{
    QString error;
    const QList<TsMessage> messages = readTsFile(tsPath(QStringLiteral("en")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const TsMessage &message : messages) {
        QVERIFY2(message.numerus, qPrintable(message.source));
        QVERIFY2(message.type.isEmpty(), qPrintable(message.source));
        QCOMPARE(message.translations.size(), 2); // "1 step", "3 steps"
    }
}

void TranslationsTest::switchesWhileRunning()
{
    LanguageManager manager;
    QSignalSpy changed(&manager, &LanguageManager::languageChanged);
    QVERIFY(manager.setLanguage(QStringLiteral("pl")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(translate("HealthHub::Ui::NavigationBar", "Back"), QStringLiteral("Wstecz"));
    QCOMPARE(QLocale().language(), QLocale::Polish);
    QVERIFY(!manager.isRightToLeft());

    QVERIFY(manager.setLanguage(QStringLiteral("ar")));
    QCOMPARE(translate("HealthHub::Ui::NavigationBar", "Back"), QStringLiteral("رجوع"));
    QVERIFY(manager.isRightToLeft());
    // Qt's own strings come along where Debian ships them (qtbase_ar.qm).
    QCOMPARE(translate("QPlatformTheme", "Cancel") == QLatin1String("Cancel"), false);

    QVERIFY(manager.setLanguage(QStringLiteral("zh_CN")));
    QCOMPARE(translate("HealthHub::Ui::NavigationBar", "Back"), QStringLiteral("返回"));
    QCOMPARE(changed.count(), 3);

    QVERIFY(manager.setLanguage(QStringLiteral("en")));
    QCOMPARE(translate("HealthHub::Ui::NavigationBar", "Back"), QStringLiteral("Back"));
    QCOMPARE(translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    // English means British English: day before month.
    QCOMPARE(QLocale().territory(), QLocale::UnitedKingdom);
    QCOMPARE(QLocale().toString(QDate(2026, 11, 21), QLocale::ShortFormat), QStringLiteral("21/11/2026"));
}

void TranslationsTest::pluralsFollowTheLanguage_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    const QString idle = QStringLiteral("HealthHub::Ui::IdleOverlay");
    const QString removed =
        QStringLiteral("Touch the button to keep going. If you do not, your details will be removed in %n seconds.");
    QTest::newRow("en 1") << idle << removed << "en" << 1 << "removed in 1 second.";
    QTest::newRow("en 20") << idle << removed << "en" << 20 << "removed in 20 seconds.";
    QTest::newRow("pl 1") << idle << removed << "pl" << 1 << "za 1 sekundę.";
    QTest::newRow("pl 3") << idle << removed << "pl" << 3 << "za 3 sekundy.";
    QTest::newRow("pl 25") << idle << removed << "pl" << 25 << "za 25 sekund.";
    QTest::newRow("sk 4") << idle << removed << "sk" << 4 << "o 4 sekundy.";
    QTest::newRow("sk 5") << idle << removed << "sk" << 5 << "o 5 sekúnd.";
    QTest::newRow("ro 20") << idle << removed << "ro" << 20 << "în 20 de secunde.";
    QTest::newRow("ar 2") << idle << removed << "ar" << 2 << "خلال ثانيتين.";
    QTest::newRow("ar 5") << idle << removed << "ar" << 5 << "خلال 5 ثوانٍ.";
    // The booth's countdown to the next appointment and its idle warning.
    const QString booth = QStringLiteral("HealthHub::Ui::BoothShell");
    const QString hours = QStringLiteral("It starts in %n hours.");
    const QString minutes = QStringLiteral("It starts in %n minutes.");
    const QString resets =
        QStringLiteral("Are you still there? Touch the screen to carry on. This room resets in %n seconds.");
    QTest::newRow("booth en 2 hours") << booth << hours << "en" << 2 << "It starts in 2 hours.";
    QTest::newRow("booth pl 2 hours") << booth << hours << "pl" << 2 << "za 2 godziny.";
    QTest::newRow("booth pl 5 hours") << booth << hours << "pl" << 5 << "za 5 godzin.";
    QTest::newRow("booth pl 22 minutes") << booth << minutes << "pl" << 22 << "za 22 minuty.";
    QTest::newRow("booth pl 25 minutes") << booth << minutes << "pl" << 25 << "za 25 minut.";
    QTest::newRow("booth sk 3 hours") << booth << hours << "sk" << 3 << "o 3 hodiny.";
    QTest::newRow("booth ro 20 minutes") << booth << minutes << "ro" << 20 << "în 20 de minute.";
    QTest::newRow("booth ar 2 hours") << booth << hours << "ar" << 2 << "بعد ساعتين.";
    QTest::newRow("booth sk 2 seconds") << booth << resets << "sk" << 2 << "o 2 sekundy.";
}

void TranslationsTest::pluralsFollowTheLanguage()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, code);
    QFETCH(int, count);
    QFETCH(QString, expected);
    LanguageManager manager;
    QVERIFY(manager.setLanguage(code));
    const QString text =
        QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData(), nullptr, count);
    QVERIFY2(text.endsWith(expected), qPrintable(text));
}

void TranslationsTest::unknownLanguageChangesNothing()
{
    LanguageManager manager;
    QVERIFY(manager.setLanguage(QStringLiteral("sk")));
    QSignalSpy changed(&manager, &LanguageManager::languageChanged);
    QVERIFY(!manager.setLanguage(QStringLiteral("xx")));
    QVERIFY(!manager.setLanguage(QStringLiteral("de")));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(manager.language(), QStringLiteral("sk"));
    QCOMPARE(translate("HealthHub::Ui::NavigationBar", "Back"), QStringLiteral("Späť"));
}

void TranslationsTest::followsTheVisitorAndResetsAtFinish()
{
    VisitorPreferences preferences(QStringLiteral("ro"));
    LanguageManager manager;
    manager.follow(&preferences);
    QCOMPARE(manager.language(), QStringLiteral("ro"));
    QCOMPARE(translate("HealthHub::Ui::NavigationBar", "Finish"), QStringLiteral("Terminați"));

    preferences.setLanguage(QStringLiteral("bn"));
    QCOMPARE(manager.language(), QStringLiteral("bn"));
    QCOMPARE(translate("HealthHub::Ui::NavigationBar", "Finish"), QStringLiteral("শেষ করুন"));

    // Finish puts back the terminal's default language for the next visitor.
    preferences.reset();
    QCOMPARE(manager.language(), QStringLiteral("ro"));
    QCOMPARE(translate("HealthHub::Ui::NavigationBar", "Finish"), QStringLiteral("Terminați"));
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "translations_test.moc"
