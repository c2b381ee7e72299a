// SPDX-License-Identifier: GPL-3.0-or-later
// Every script renders with a real font, the picker names each language in itself, screens retranslate
// while running, and Urdu and Arabic mirror the layout without scrambling English words.

#include "core/config/languagemanager.h"
#include "core/config/languages.h"
#include "core/config/terminalconfig.h"
#include "core/config/visitorpreferences.h"
#include "core/store/store.h"
#include "tsfile.h"
#include "ui/common/mainwindow.h"
#include "ui/common/navigationbar.h"
#include "ui/common/theme.h"
#include "ui/console/consolecontext.h"
#include "ui/console/consoleshell.h"
#include "ui/visitor/languagepicker.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QLabel>
#include <QPushButton>
#include <QRawFont>
#include <QTest>
#include <QTextLayout>

using namespace HealthHub;

namespace {
QString tsPath(const QString &code)
{
    return qEnvironmentVariable("HEALTHHUB_SOURCE_DIR") + QStringLiteral("/translations/healthhub_") + code +
           QStringLiteral(".ts");
}

/** Characters of @p text that no font of @p families can draw (spaces and invisible marks excepted). */
QString missingGlyphs(const QString &text, const QStringList &families)
{
    QList<QRawFont> fonts;
    for (const QString &family : families) {
        QFont font(family);
        font.setPixelSize(24);
        fonts.append(QRawFont::fromFont(font));
    }
    QString missing;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint codePoint : codePoints) {
        const QChar::Category category = QChar::category(char32_t(codePoint));
        if (QChar::isSpace(char32_t(codePoint)) || category == QChar::Other_Format ||
            category == QChar::Other_Control) {
            continue;
        }
        const bool drawn = std::any_of(fonts.cbegin(), fonts.cend(),
                                       [codePoint](const QRawFont &font) { return font.supportsCharacter(codePoint); });
        if (!drawn && !missing.contains(QString::fromUcs4(reinterpret_cast<const char32_t *>(&codePoint), 1))) {
            missing += QString::fromUcs4(reinterpret_cast<const char32_t *>(&codePoint), 1);
        }
    }
    return missing;
}

void settle()
{
    // Installing a translator posts LanguageChange; widgets handle it on the next pass of the event loop.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}
} // namespace

class LanguagesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void scriptFontIsInstalled_data();
    void scriptFontIsInstalled();
    void everyTranslatedCharacterHasAGlyph_data();
    void everyTranslatedCharacterHasAGlyph();
    void pickerNamesEachLanguageInItself();
    void pickerMarksAndSwitchesTheLanguage();
    void screensRetranslateWhileRunning();
    void rightToLeftMirrorsTheLayout_data();
    void rightToLeftMirrorsTheLayout();
    void englishWordsKeepTheirOrderInArabicAndUrdu_data();
    void englishWordsKeepTheirOrderInArabicAndUrdu();

private:
    void languageRows();
};

void LanguagesTest::init()
{
    Ui::Theme::apply(*qApp, {});
}

void LanguagesTest::languageRows()
{
    QTest::addColumn<QString>("code");
    for (const Config::Language &language : Config::knownLanguages()) {
        QTest::newRow(qPrintable(language.code)) << language.code;
    }
}

void LanguagesTest::scriptFontIsInstalled_data()
{
    languageRows();
}

void LanguagesTest::scriptFontIsInstalled()
{
    QFETCH(QString, code);
    const QStringList families = Ui::Theme::fontFamilies(code);
    QVERIFY(!families.isEmpty());
    for (const QString &family : families) {
        QVERIFY2(QFontDatabase::hasFamily(family),
                 qPrintable(family + QStringLiteral(" is not installed (fonts-noto-core, fonts-noto-cjk)")));
    }
    // The font the widgets get really is the script's own, not a substitute.
    QCOMPARE(QFontInfo(Ui::Theme::font(code, 24)).family(), families.first());
}

void LanguagesTest::everyTranslatedCharacterHasAGlyph_data()
{
    languageRows();
}

void LanguagesTest::everyTranslatedCharacterHasAGlyph()
{
    QFETCH(QString, code);
    const QStringList families = Ui::Theme::fontFamilies(code);
    const std::optional<Config::Language> language = Config::languageByCode(code);
    QVERIFY(language);
    // The native name is drawn in its own font on the picker, whatever the kiosk's language.
    QCOMPARE(missingGlyphs(language->nativeName, families), QString());
    if (code == QLatin1String("en")) {
        return;
    }
    QString error;
    const QList<TsMessage> messages = readTsFile(tsPath(code), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const TsMessage &message : messages) {
        for (const QString &translation : message.translations) {
            const QString missing = missingGlyphs(translation, families);
            QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 cannot draw \"%2\" in \"%3\"")
                                                       .arg(families.join(QLatin1Char('/')), missing, translation)));
        }
    }
}

void LanguagesTest::pickerNamesEachLanguageInItself()
{
    QStringList codes;
    for (const Config::Language &language : Config::knownLanguages()) {
        codes.append(language.code);
    }
    Config::VisitorPreferences preferences(QStringLiteral("en"));
    Ui::LanguagePicker picker(codes, &preferences);
    picker.resize(1280, 700);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    for (const Config::Language &language : Config::knownLanguages()) {
        QPushButton *button = picker.button(language.code);
        QVERIFY2(button, qPrintable(language.code));
        // The chosen language (English here) has a tick before its name; the name a screen reader says has none.
        const QString tick = language.code == QLatin1String("en") ? QStringLiteral("\u2714 ") : QString();
        QCOMPARE(button->text(), tick + language.nativeName);
        QCOMPARE(button->accessibleName(), language.nativeName);
        QCOMPARE(button->accessibleDescription(), language.englishName);
        QCOMPARE(button->font().families(), Ui::Theme::fontFamilies(language.code));
        QCOMPARE(button->layoutDirection(), language.rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
        QVERIFY2(button->height() >= Ui::Theme::kTouchTargetPx, qPrintable(language.code));
        QVERIFY(button->icon().isNull()); // no flags: a flag is a country, not a language
    }
    // Only the languages the terminal offers.
    Ui::LanguagePicker some({QStringLiteral("en"), QStringLiteral("ur")}, &preferences);
    QVERIFY(some.button(QStringLiteral("ur")));
    QVERIFY(!some.button(QStringLiteral("pl")));
}

void LanguagesTest::pickerMarksAndSwitchesTheLanguage()
{
    Config::VisitorPreferences preferences(QStringLiteral("en"));
    Config::LanguageManager manager;
    manager.follow(&preferences);
    Ui::LanguagePicker picker({QStringLiteral("en"), QStringLiteral("pl"), QStringLiteral("bn")}, &preferences);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QVERIFY(picker.button(QStringLiteral("en"))->isChecked());
    QVERIFY(!picker.button(QStringLiteral("pl"))->isChecked());
    auto *title = picker.findChild<QLabel *>(QStringLiteral("languagePickerTitle"));
    QCOMPARE(title->text(), QStringLiteral("Choose your language"));

    QTest::mouseClick(picker.button(QStringLiteral("pl")), Qt::LeftButton);
    settle();
    QCOMPARE(preferences.language(), QStringLiteral("pl"));
    QCOMPARE(manager.language(), QStringLiteral("pl"));
    QVERIFY(picker.button(QStringLiteral("pl"))->isChecked());
    QVERIFY(!picker.button(QStringLiteral("en"))->isChecked());
    QCOMPARE(title->text(), QStringLiteral("Wybierz swój język"));
    // The language names never change with the language.
    QCOMPARE(picker.button(QStringLiteral("bn"))->text(), QStringLiteral("বাংলা"));

    preferences.reset();
    settle();
    QVERIFY(picker.button(QStringLiteral("en"))->isChecked());
    QCOMPARE(title->text(), QStringLiteral("Choose your language"));
}

void LanguagesTest::screensRetranslateWhileRunning()
{
    Config::TerminalConfig config = Config::TerminalConfig::defaults();
    config.hubName = QStringLiteral("Leeds Central Library");
    config.demo = true;
    Ui::MainWindow window(config);
    Store::Store store(Ui::ConsoleContext::storeOptionsFor(config));
    Ui::ConsoleContext context(config, &store);
    auto *console = new Ui::ConsoleShell(&context);
    window.setShell(console);
    Ui::NavigationBar bar;
    window.show();
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *demo = window.findChild<QLabel *>(QStringLiteral("demoBadge"));
    auto *unlock = console->findChild<QPushButton *>(QStringLiteral("unlockButton"));
    auto *sentence = console->findChild<QLabel *>(QStringLiteral("consoleHomeSentence"));
    QCOMPARE(bar.backButton()->text(), QStringLiteral("Back"));

    Config::LanguageManager manager;
    QVERIFY(manager.setLanguage(QStringLiteral("sk")));
    settle();
    QCOMPARE(bar.backButton()->text(), QStringLiteral("Späť"));
    QCOMPARE(bar.backButton()->accessibleName(), QStringLiteral("Späť"));
    QCOMPARE(bar.finishButton()->accessibleDescription(),
             QStringLiteral("Skončiť a vymazať vaše údaje z tohto počítača"));
    QCOMPARE(demo->text(), QStringLiteral("Ukážka — vymyslené údaje"));
    // The volunteer console is staff-facing and English only (docs/languages.md).
    QCOMPARE(unlock->text(), QStringLiteral("Unlock the records"));
    QVERIFY2(sentence->text().contains(QStringLiteral("Leeds Central Library")), qPrintable(sentence->text()));
    QVERIFY2(!sentence->text().contains(QStringLiteral("zamknuté")), qPrintable(sentence->text()));

    bar.setHelpCallsVolunteer(true);
    QCOMPARE(bar.helpButton()->text(), QStringLiteral("Zavolať dobrovoľníka"));

    QVERIFY(manager.setLanguage(QStringLiteral("en")));
    settle();
    QCOMPARE(bar.helpButton()->text(), QStringLiteral("Get a volunteer"));
    QCOMPARE(unlock->accessibleName(), QStringLiteral("Unlock the records"));
    QCOMPARE(demo->text(), QStringLiteral("Demo — made-up data"));
}

void LanguagesTest::rightToLeftMirrorsTheLayout_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("rightToLeft");
    QTest::newRow("en") << QStringLiteral("en") << false;
    QTest::newRow("pl") << QStringLiteral("pl") << false;
    QTest::newRow("ur") << QStringLiteral("ur") << true;
    QTest::newRow("ar") << QStringLiteral("ar") << true;
}

void LanguagesTest::rightToLeftMirrorsTheLayout()
{
    QFETCH(QString, code);
    QFETCH(bool, rightToLeft);
    Config::LanguageManager manager;
    QVERIFY(manager.setLanguage(code));
    Ui::Theme::apply(*qApp, {1.0, false, code});
    QCOMPARE(QGuiApplication::layoutDirection(), rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);

    Ui::NavigationBar bar;
    bar.resize(1280, 100);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QCoreApplication::processEvents();
    const int back = bar.backButton()->geometry().center().x();
    const int home = bar.homeButton()->geometry().center().x();
    const int finish = bar.finishButton()->geometry().center().x();
    // Back is where reading starts: on the left in English, on the right in Urdu and Arabic; Finish at the end.
    QCOMPARE(back > finish, rightToLeft);
    QCOMPARE(back > home, rightToLeft);
    QCOMPARE(bar.backButton()->text().isRightToLeft(), rightToLeft);
    Ui::Theme::apply(*qApp, {});
}

void LanguagesTest::englishWordsKeepTheirOrderInArabicAndUrdu_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("ur") << QStringLiteral("ur");
    QTest::newRow("ar") << QStringLiteral("ar");
}

void LanguagesTest::englishWordsKeepTheirOrderInArabicAndUrdu()
{
    QFETCH(QString, code);
    Config::LanguageManager manager;
    QVERIFY(manager.setLanguage(code));
    const QString sentence = QCoreApplication::translate(
        "HealthHub::Ui::VisitorShell", "We can help you use NHS services online. Touch Start to begin.");
    QVERIFY(sentence.isRightToLeft());
    const int n = static_cast<int>(sentence.indexOf(QLatin1String("NHS")));
    QVERIFY2(n >= 0, qPrintable(sentence));

    // Lay the sentence out right to left as a label would, and find where each letter of "NHS" is drawn.
    QTextLayout layout(sentence, Ui::Theme::font(code, 24));
    QTextOption option;
    option.setTextDirection(Qt::RightToLeft);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(4000);
    layout.endLayout();
    // The cursor between N and H, and between H and S, is inside the English word, so its place is not
    // ambiguous: in a right-to-left sentence the word still reads left to right.
    const qreal afterN = line.cursorToX(n + 1);
    const qreal afterH = line.cursorToX(n + 2);
    QVERIFY2(afterN < afterH, qPrintable(QStringLiteral("N|H at %1, H|S at %2").arg(afterN).arg(afterH)));
    // And the sentence starts at the right: its first letter is right of "NHS".
    QVERIFY(line.cursorToX(0) > afterH);
}

QTEST_MAIN(LanguagesTest)
#include "languages_test.moc"
