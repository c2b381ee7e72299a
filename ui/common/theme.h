// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

class QApplication;
class QPushButton;
class QLabel;
class QWidget;

namespace HealthHub::Ui {

/** How the touch theme looks right now: the visitor may make text bigger or switch to high contrast. */
struct ThemeOptions
{
    double textScale = 1.0; ///< 1.0 to 2.0
    bool highContrast = false;
};

/** The colours of one variant of the theme. Contrast ratios are checked by the theme test. */
struct Palette
{
    QColor background;
    QColor surface;
    QColor text;
    QColor secondaryText;
    QColor primary;       ///< main action buttons
    QColor onPrimary;
    QColor accent;        ///< links, secondary button borders
    QColor onAccent;
    QColor focus;         ///< focus ring
    QColor warning;
    QColor onWarning;
};

/**
 * The touch theme: large text (24 px body at 100 %), 72 px touch targets, calm NHS-style colours,
 * and a high-contrast variant. Widgets opt into roles with the "kind" property (see setKind()).
 */
class Theme final
{
public:
    static constexpr int kBodyPx = 24;
    static constexpr int kTouchTargetPx = 72;

    static Palette palette(bool highContrast);
    static QString styleSheet(const ThemeOptions &options);
    /** Applies palette, font and style sheet to the whole application. */
    static void apply(QApplication &app, const ThemeOptions &options);

    /** WCAG 2 contrast ratio between two colours (1 to 21). */
    static double contrastRatio(const QColor &a, const QColor &b);
};

/** Widget kinds the style sheet knows. */
namespace Kind {
inline constexpr char Title[] = "title";
inline constexpr char Lead[] = "lead";
inline constexpr char Body[] = "body";
inline constexpr char Primary[] = "primary";
inline constexpr char Secondary[] = "secondary";
inline constexpr char Bar[] = "bar";
inline constexpr char Banner[] = "banner";
} // namespace Kind

/** Marks @p widget with a style kind from Kind. */
void setKind(QWidget *widget, const char *kind);

/** A big touch button with a kind, an objectName for tests and an accessible name. */
QPushButton *makeButton(const QString &text, const char *kind, const QString &objectName, QWidget *parent = nullptr);
/**
 * Fills @p screen with a vertical scroll area and returns the page inside it, laid out with a QVBoxLayout
 * and the standard margins. Text at 200 % then scrolls instead of being clipped.
 */
QWidget *makeScrollingPage(QWidget *screen);
/** A word-wrapped label with a kind and an objectName. */
QLabel *makeLabel(const QString &text, const char *kind, const QString &objectName, QWidget *parent = nullptr);

} // namespace HealthHub::Ui
