// SPDX-License-Identifier: GPL-3.0-or-later
// The touch theme keeps its promises: contrast ratios, text sizes and touch targets.

#include "ui/common/theme.h"

#include <QApplication>
#include <QPushButton>
#include <QTest>

using namespace HealthHub::Ui;

class ThemeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrastRatioMatchesWcag();
    void contrast_data();
    void contrast();
    void buttonsAreTouchTargets_data();
    void buttonsAreTouchTargets();
};

void ThemeTest::contrastRatioMatchesWcag()
{
    QCOMPARE(qRound(Theme::contrastRatio(Qt::black, Qt::white) * 10), 210);
    QCOMPARE(qRound(Theme::contrastRatio(Qt::white, Qt::white) * 10), 10);
    // #767676 on white is the well-known 4.54:1 boundary.
    QCOMPARE(qRound(Theme::contrastRatio(QColor(QRgb(0x767676)), Qt::white) * 100), 454);
}

void ThemeTest::contrast_data()
{
    QTest::addColumn<bool>("highContrast");
    QTest::addColumn<double>("minimum");
    QTest::newRow("normal") << false << 4.5;
    QTest::newRow("high contrast") << true << 7.0;
}

void ThemeTest::contrast()
{
    QFETCH(bool, highContrast);
    QFETCH(double, minimum);
    const Palette p = Theme::palette(highContrast);
    const QList<std::pair<QColor, QColor>> pairs{{p.text, p.background},   {p.text, p.surface},
                                                  {p.secondaryText, p.background}, {p.onPrimary, p.primary},
                                                  {p.onAccent, p.accent},  {p.accent, p.surface},
                                                  {p.text, p.focus},       {p.onWarning, p.warning}};
    for (const auto &[foreground, background] : pairs) {
        const double ratio = Theme::contrastRatio(foreground, background);
        QVERIFY2(ratio >= minimum, qPrintable(QStringLiteral("%1 on %2 is %3:1")
                                                  .arg(foreground.name(), background.name())
                                                  .arg(ratio, 0, 'f', 2)));
    }
}

void ThemeTest::buttonsAreTouchTargets_data()
{
    QTest::addColumn<double>("scale");
    QTest::newRow("100%") << 1.0;
    QTest::newRow("150%") << 1.5;
    QTest::newRow("200%") << 2.0;
}

void ThemeTest::buttonsAreTouchTargets()
{
    QFETCH(double, scale);
    Theme::apply(*qApp, {scale, false});
    QPushButton button(QStringLiteral("OK"));
    button.setProperty("kind", QLatin1String(Kind::Primary));
    button.ensurePolished();
    const QSize hint = button.sizeHint();
    QVERIFY2(hint.height() >= Theme::kTouchTargetPx, qPrintable(QString::number(hint.height())));
    QVERIFY2(hint.width() >= Theme::kTouchTargetPx, qPrintable(QString::number(hint.width())));
    // Text grows with the visitor's choice.
    QVERIFY(button.font().pixelSize() >= qRound(28 * scale) - 1);
}

QTEST_MAIN(ThemeTest)
#include "theme_test.moc"
