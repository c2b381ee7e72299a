// SPDX-License-Identifier: GPL-3.0-or-later
// Every character of every built-in task guide translation has a glyph in its language's fonts, and the
// guides' everyday-words files name only known languages.

#include "core/catalogue/catalogue.h"
#include "core/config/languages.h"
#include "ui/common/theme.h"

#include <QGuiApplication>
#include <QHash>
#include <QRawFont>
#include <QTest>

using namespace HealthHub;

namespace {

/** Characters of @p text that no font of @p families can draw (spaces and invisible marks excepted). */
QString missingGlyphs(const QString &text, const QList<QRawFont> &fonts)
{
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
        const QString character = QString::fromUcs4(reinterpret_cast<const char32_t *>(&codePoint), 1);
        if (!drawn && !missing.contains(character)) {
            missing += character;
        }
    }
    return missing;
}

} // namespace

class GuideGlyphsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyGuideCharacterHasAGlyph_data();
    void everyGuideCharacterHasAGlyph();
};

void GuideGlyphsTest::everyGuideCharacterHasAGlyph_data()
{
    QTest::addColumn<QString>("code");
    for (const Config::Language &language : Config::knownLanguages()) {
        QTest::newRow(qPrintable(language.code)) << language.code;
    }
}

void GuideGlyphsTest::everyGuideCharacterHasAGlyph()
{
    QFETCH(QString, code);
    QList<QRawFont> fonts;
    for (const QString &family : Ui::Theme::fontFamilies(code)) {
        QFont font(family);
        font.setPixelSize(24);
        fonts.append(QRawFont::fromFont(font));
    }
    // The language's own font is there and draws its script (Arabic alef, Bengali ka, Chinese "medicine").
    const QHash<QString, QChar> sample{{QStringLiteral("ur"), QChar(0x0627)},
                                       {QStringLiteral("ar"), QChar(0x0627)},
                                       {QStringLiteral("bn"), QChar(0x0995)},
                                       {QStringLiteral("zh_CN"), QChar(0x836F)}};
    QVERIFY(!fonts.isEmpty() && fonts.constFirst().isValid());
    QVERIFY(fonts.constFirst().supportsCharacter(sample.value(code, QChar(u'N'))));

    const Catalogue::Catalogue catalogue = Catalogue::Catalogue::load({Catalogue::Catalogue::builtIn()});
    int texts = 0;
    for (const Catalogue::Task &task : catalogue.tasks()) {
        if (!task.hasLanguage(code)) {
            continue;
        }
        const Catalogue::TaskText &text = task.text(code);
        QStringList all{text.title, text.summary};
        all += text.searchWords + text.bring + text.steps + text.volunteerTips;
        for (const QString &line : std::as_const(all)) {
            const QString missing = missingGlyphs(line, fonts);
            QVERIFY2(missing.isEmpty(),
                     qPrintable(
                         QStringLiteral("%1/%2.json: cannot draw \"%3\" in \"%4\"").arg(task.id, code, missing, line)));
            ++texts;
        }
    }
    qInfo("%s: %d guide texts checked", qPrintable(code), texts);
}

QTEST_MAIN(GuideGlyphsTest)
#include "guideglyphs_test.moc"
