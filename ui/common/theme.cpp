// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/theme.h"

#include "core/config/languages.h"
#include "ui/common/accessiblebutton.h"
#include "ui/common/focusscroller.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStylePainter>
#include <QVBoxLayout>

#include <cmath>

namespace HealthHub::Ui {

namespace {
double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &colour)
{
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

QString px(double value)
{
    return QString::number(qRound(value)) + QStringLiteral("px");
}

constexpr double kBarScaleShare = 0.4;
// The focus ring (and a chosen option's ring), thicker than any border.
constexpr int kRingPx = 5;

/** The text scale @p s applied at @p share of its strength: 2.0 at share 0.5 is 1.5. */
double scaled(double s, double share)
{
    return 1.0 + (s - 1.0) * share;
}

/** Text fields, scroll bars and the two fixed bars' frames; see Theme::styleSheet(). */
QString fieldAndFrameRules(const Palette &p, double s, int borderPx)
{
    const QString border = px(borderPx);
    const int shrink = kRingPx - borderPx;
    QString css;
    // A field is a touch target too: its min-height is inside the border and padding, so those come off 72 px.
    constexpr int kFieldPaddingPx = 4;
    const double fieldPx = Theme::kTouchTargetPx * std::max(1.0, s * 0.85) - 2 * (borderPx + kFieldPaddingPx);
    css +=
        QStringLiteral("QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QSpinBox, QDateEdit { min-height: %1;"
                       " font-size: %2; background: %3; border: %4 solid %5; border-radius: 6px; padding: %6 12px; }\n")
            .arg(px(fieldPx), px(Theme::kBodyPx * s), p.surface.name(), border, p.secondaryText.name(),
                 px(kFieldPaddingPx));
    // Focus on a field is a ring as thick and dark as a button's, taken from its padding so the words stay put.
    css +=
        QStringLiteral("QLineEdit:focus, QTextEdit:focus, QPlainTextEdit:focus, QComboBox:focus { border: %1 solid %2;"
                       " padding: %3 %4; }\n")
            .arg(px(kRingPx), p.text.name(), px(kFieldPaddingPx - shrink), px(12 - shrink));
    css += QStringLiteral("QScrollBar:vertical { width: %1; background: %2; }\n").arg(px(24), p.background.name());
    css += QStringLiteral("QScrollBar::handle:vertical { min-height: %1; background: %2; border-radius: 8px; }\n")
               .arg(px(72), p.secondaryText.name());
    css += QStringLiteral("QFrame#topBar, QFrame#navigationBar { background: %1; }\n").arg(p.surface.name());
    // The hub's name and the demo marker say where the visitor is, not what to do: they grow a little only, and
    // leave the room to the page.
    css += QStringLiteral("QFrame#topBar QLabel[kind=\"body\"] { font-size: %1; }\n")
               .arg(px(Theme::kBodyPx * scaled(s, 0.25)));
    css += QStringLiteral("QFrame#topBar QLabel[kind=\"banner\"] { font-size: %1; padding: 4px 16px; }\n")
               .arg(px(28 * scaled(s, 0.25)));
    css += QStringLiteral(
               "QFrame#topBar QLabel[kind=\"body\"], QFrame#navigationBar QLabel[kind=\"body\"] { background: %1; }\n")
               .arg(p.surface.name());
    return css;
}
} // namespace

Palette Theme::palette(bool highContrast)
{
    if (highContrast) {
        // Black and white with a strong yellow focus ring; every pair is at least 7:1.
        return {QColor(QRgb(0xffffff)), QColor(QRgb(0xffffff)), QColor(QRgb(0x000000)), QColor(QRgb(0x000000)),
                QColor(QRgb(0x000000)), QColor(QRgb(0xffffff)), QColor(QRgb(0x002060)), QColor(QRgb(0xffffff)),
                QColor(QRgb(0xffdd00)), QColor(QRgb(0x000000)), QColor(QRgb(0xffdd00))};
    }
    // Calm NHS-style colours (not NHS marks): dark text on a pale grey, green for "go", blue for the rest.
    return {QColor(QRgb(0xf0f4f5)), QColor(QRgb(0xffffff)), QColor(QRgb(0x212b32)), QColor(QRgb(0x4c6272)),
            QColor(QRgb(0x007f3b)), QColor(QRgb(0xffffff)), QColor(QRgb(0x005eb8)), QColor(QRgb(0xffffff)),
            QColor(QRgb(0xffeb3b)), QColor(QRgb(0x8a1538)), QColor(QRgb(0xffffff))};
}

double Theme::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString Theme::styleSheet(const ThemeOptions &options)
{
    const Palette p = palette(options.highContrast);
    const double s = options.textScale;
    // A button keeps its size when it gains focus or is chosen: the thicker ring takes its width from the
    // padding, so the text never moves and never gets cut off.
    const int borderPx = options.highContrast ? 4 : 3;
    const int shrink = kRingPx - borderPx;
    const QString border = px(borderPx);
    QString css;
    css += QStringLiteral("QWidget { color: %1; background: %2; font-size: %3; }\n")
               .arg(p.text.name(), p.background.name(), px(kBodyPx * s));
    // Headings grow less than the words under them: at 200 % a title that doubled would wrap and push the screen's
    // main choice below the fold (a 44 px title becomes 66 px, not 88 px; lead text 54 px, not 60 px).
    css +=
        QStringLiteral("QLabel[kind=\"title\"] { font-size: %1; font-weight: bold; }\n").arg(px(44 * scaled(s, 0.5)));
    css += QStringLiteral("QLabel[kind=\"lead\"] { font-size: %1; }\n").arg(px(30 * scaled(s, 0.8)));
    css += QStringLiteral("QLabel[kind=\"body\"] { font-size: %1; }\n").arg(px(kBodyPx * s));
    css += QStringLiteral("QLabel[kind=\"banner\"] { font-size: %1; font-weight: bold; color: %2; background: %3;"
                          " padding: 8px 16px; }\n")
               .arg(px(28 * s), p.onAccent.name(), p.accent.name());
    css +=
        QStringLiteral("QPushButton { min-height: %1; min-width: %1; font-size: %2; font-weight: bold;"
                       " border-radius: 8px; padding: 8px 24px; border: %3 solid %4; color: %4;"
                       " background: %5; }\n")
            .arg(px(kTouchTargetPx * std::max(1.0, s * 0.85)), px(28 * s), border, p.accent.name(), p.surface.name());
    css += QStringLiteral("QPushButton[kind=\"primary\"] { color: %1; background: %2; border-color: %2; }\n")
               .arg(p.onPrimary.name(), p.primary.name());
    // The chosen option of several (the visitor's language): filled, so it is seen without colour vision too.
    css += QStringLiteral("QPushButton[kind=\"choice\"]:checked { color: %1; background: %2; border: %3 solid %4;"
                          " padding: %5 %6; }\n")
               .arg(p.onAccent.name(), p.accent.name(), px(kRingPx), p.text.name(), px(8 - shrink), px(24 - shrink));
    css += QStringLiteral("QPushButton[kind=\"bar\"] { font-size: %1; padding: 4px 16px; }\n").arg(px(24 * s));
    // The bar's buttons keep the 72 px minimum, not the bigger one of a page's buttons, and their words grow at
    // 40 % strength (34 px at 200 %, Finish 39 px): the bar then stays one row in English at 200 %, and the page
    // above it keeps the room for its main choice. The words are the same on every screen, so they are learnt.
    css += QStringLiteral("QFrame#navigationBar QPushButton { min-height: %1; font-size: %2; padding: 4px 10px; }\n")
               .arg(px(kTouchTargetPx), px(kBodyPx * scaled(s, kBarScaleShare)));
    css += QStringLiteral("QFrame#navigationBar QPushButton[kind=\"primary\"] { font-size: %1; }\n")
               .arg(px(28 * scaled(s, kBarScaleShare)));
    css += QStringLiteral("QPushButton:focus { outline: none; border: %1 solid %2; padding: %3 %4; }\n")
               .arg(px(kRingPx), p.text.name(), px(8 - shrink), px(24 - shrink));
    css +=
        QStringLiteral("QPushButton[kind=\"bar\"]:focus, QFrame#navigationBar QPushButton:focus { padding: %1 %2; }\n")
            .arg(px(4 - shrink), px(10 - shrink));
    css += QStringLiteral("QPushButton:focus { background: %1; color: %2; }\n").arg(p.focus.name(), p.text.name());
    // The chosen option keeps its own look until it has focus; then it looks focused like any button (its tick,
    // see LanguagePicker, still says it is chosen). Without this rule focus on it would not show at all.
    css += QStringLiteral("QPushButton[kind=\"choice\"]:checked:focus { background: %1; color: %2; }\n")
               .arg(p.focus.name(), p.text.name());
    css += QStringLiteral("QPushButton:disabled { color: %1; border-color: %1; background: %2; }\n")
               .arg(p.secondaryText.name(), p.background.name());
    css += fieldAndFrameRules(p, s, borderPx);
    return css;
}

QStringList Theme::fontFamilies(const QString &languageCode)
{
    const QString latin = QStringLiteral("Noto Sans");
    if (languageCode == QLatin1String("ar")) {
        return {QStringLiteral("Noto Naskh Arabic"), QStringLiteral("Noto Sans Arabic"), latin};
    }
    if (languageCode == QLatin1String("ur")) {
        // Urdu readers expect Nastaliq; Naskh is the fallback that every Arabic-script reader can read.
        return {QStringLiteral("Noto Nastaliq Urdu"), QStringLiteral("Noto Naskh Arabic"), latin};
    }
    if (languageCode == QLatin1String("bn")) {
        return {QStringLiteral("Noto Sans Bengali"), QStringLiteral("Noto Serif Bengali"), latin};
    }
    if (languageCode == QLatin1String("zh_CN")) {
        // Latin first would draw Chinese punctuation with Latin shapes; the CJK font has good Latin letters too.
        return {QStringLiteral("Noto Sans CJK SC"), latin};
    }
    return {latin};
}

QFont Theme::font(const QString &languageCode, int pixelSize)
{
    QFont font;
    font.setFamilies(fontFamilies(languageCode));
    font.setPixelSize(pixelSize);
    return font;
}

void Theme::apply(QApplication &app, const ThemeOptions &options)
{
    // Every role applies its theme before it makes its first button: the buttons' accessibility goes in with it.
    AccessibleButton::install();
    QApplication::setFont(font(options.language, qRound(kBodyPx * options.textScale)));
    const std::optional<Config::Language> language = Config::languageByCode(options.language);
    QGuiApplication::setLayoutDirection(language && language->rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    app.setStyleSheet(styleSheet(options));
}

void setButtonText(QAbstractButton *button, const QString &text)
{
    button->setText(text);
    button->setAccessibleName(text);
}

void setCheckableText(QAbstractButton *button, const QString &text)
{
    // Right to left, a right-to-left mark before the tick keeps it at the start (the right) of the words.
    const QString tick = button->layoutDirection() == Qt::RightToLeft ? QStringLiteral("\u200F\u2714 ")
                                                                      : QStringLiteral("\u2714 ");
    button->setText(button->isChecked() ? tick + text : text);
    button->setAccessibleName(text);
}

void setKind(QWidget *widget, const char *kind)
{
    widget->setProperty("kind", QLatin1String(kind));
    // Re-polish so the style sheet's [kind=...] selectors see the new value.
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

namespace {
/**
 * A push button whose words continue on a second line when the screen is too narrow for them (a long
 * translation at a big text size), instead of being cut off. With room to spare it is a plain QPushButton.
 */
class WrappingButton final : public QPushButton
{
public:
    explicit WrappingButton(const QString &text, QWidget *parent)
        : QPushButton(text, parent)
    {
        // Taller when the words take two lines: the layout asks heightForWidth() (a Fixed height would not).
        QSizePolicy policy(QSizePolicy::Minimum, QSizePolicy::Minimum);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
    }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return hintFor(wrapped(width)).height(); }
    QSize minimumSizeHint() const override
    {
        // As narrow as the longest word; the height of the words on one line.
        QString longest;
        const QStringList words = text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words) {
            if (fontMetrics().horizontalAdvance(word) > fontMetrics().horizontalAdvance(longest)) {
                longest = word;
            }
        }
        return {hintFor(longest).width(), sizeHint().height()};
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        if (width() >= sizeHint().width()) {
            QPushButton::paintEvent(event);
            return;
        }
        QStylePainter painter(this);
        QStyleOptionButton option;
        initStyleOption(&option);
        option.text = wrapped(width());
        painter.drawControl(QStyle::CE_PushButton, option);
    }

private:
    /** What QPushButton::sizeHint() would be with @p words as its text. */
    QSize hintFor(const QString &words) const
    {
        QStyleOptionButton option;
        initStyleOption(&option);
        option.text = words;
        const QSize text = fontMetrics().size(Qt::TextShowMnemonic, words);
        return style()->sizeFromContents(QStyle::CT_PushButton, &option, text, this);
    }
    /** The text with line breaks so that each line fits a button @p width wide. */
    QString wrapped(int width) const
    {
        const QString words = text();
        const int room = width - (hintFor(words).width() - fontMetrics().size(Qt::TextShowMnemonic, words).width());
        QStringList lines;
        for (const QString &word : words.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!lines.isEmpty() &&
                fontMetrics().horizontalAdvance(lines.constLast() + QLatin1Char(' ') + word) <= room) {
                lines.last() += QLatin1Char(' ') + word;
            } else {
                lines.append(word);
            }
        }
        return lines.join(QLatin1Char('\n'));
    }
};
} // namespace

QPushButton *makeButton(const QString &text, const char *kind, const QString &objectName, QWidget *parent)
{
    auto *button = new WrappingButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(text);
    button->setProperty("kind", QLatin1String(kind));
    button->setFocusPolicy(Qt::StrongFocus);
    // Enter presses it, as Space does: outside a dialog Qt's push buttons ignore Enter.
    button->setAutoDefault(true);
    return button;
}

QWidget *makeScrollingPage(QWidget *screen)
{
    auto *outer = new QVBoxLayout(screen);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(screen);
    scroll->setObjectName(screen->objectName() + QStringLiteral("Scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The page is not a control: Tab goes to the controls on it, and the scroll area brings each into view.
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *page = new QWidget(scroll);
    page->setObjectName(screen->objectName() + QStringLiteral("Page"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(64, 32, 64, 24);
    layout->setSpacing(20);
    scroll->setWidget(page);
    new FocusScroller(scroll);
    outer->addWidget(scroll);
    return page;
}

QLabel *makeLabel(const QString &text, const char *kind, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setProperty("kind", QLatin1String(kind));
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace HealthHub::Ui
