// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

class QAbstractButton;
class QApplication;
class QFont;
class QPushButton;
class QLabel;
class QWidget;

namespace HealthHub::Ui {

/** How the touch theme looks right now: the visitor may make text bigger or switch to high contrast. */
struct ThemeOptions
{
    double textScale = 1.0; ///< 1.0 to 2.0
    bool highContrast = false;
    QString language = QStringLiteral("en"); ///< picks the fonts for its script and the layout direction
};

/** The colours of one variant of the theme. Contrast ratios are checked by the theme test. */
struct Palette
{
    QColor background;
    QColor surface;
    QColor text;
    QColor secondaryText;
    QColor primary; ///< main action buttons
    QColor onPrimary;
    QColor accent; ///< links, secondary button borders
    QColor onAccent;
    QColor focus; ///< focus ring
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
    /**
     * Applies palette, font and style sheet to the whole application, and the layout direction of the
     * language: right to left for Urdu and Arabic, which mirrors every layout.
     */
    static void apply(QApplication &app, const ThemeOptions &options);

    /**
     * Font families for text in @p languageCode, best first: the Noto family made for its script (Debian's
     * fonts-noto-core and fonts-noto-cjk), then Noto Sans for the Latin words mixed in (NHS, GP, app).
     */
    static QStringList fontFamilies(const QString &languageCode);
    /** The body font for @p languageCode at @p pixelSize, with fontFamilies() as its fallback list. */
    static QFont font(const QString &languageCode, int pixelSize);

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
inline constexpr char Choice[] = "choice"; ///< one of several options; the chosen one is checked
} // namespace Kind

/** Marks @p widget with a style kind from Kind. */
void setKind(QWidget *widget, const char *kind);

/** Sets a button's text and the accessible name that reads it out; for retranslateUi(). */
void setButtonText(QAbstractButton *button, const QString &text);
/**
 * The same for a checkable button, after its state is set: a tick before the words while it is checked (seen
 * without colour, and while it has focus), and always the plain words as its name, so a screen reader says
 * "Black and white colours, checked" and never a second name.
 */
void setCheckableText(QAbstractButton *button, const QString &text);

/**
 * A big touch button with a kind, an objectName for tests and an accessible name. Its words continue on
 * more lines when the screen is too narrow for them on one.
 */
QPushButton *makeButton(const QString &text, const char *kind, const QString &objectName, QWidget *parent = nullptr);
/**
 * Fills @p screen with a vertical scroll area and returns the page inside it, laid out with a QVBoxLayout
 * and the standard margins. Text at 200 % then scrolls instead of being clipped.
 */
QWidget *makeScrollingPage(QWidget *screen);
/** A word-wrapped label with a kind and an objectName. */
QLabel *makeLabel(const QString &text, const char *kind, const QString &objectName, QWidget *parent = nullptr);

} // namespace HealthHub::Ui
