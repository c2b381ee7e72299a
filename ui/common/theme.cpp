// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/theme.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QStyle>

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
} // namespace

Palette Theme::palette(bool highContrast)
{
    if (highContrast) {
        // Black and white with a strong yellow focus ring; every pair is at least 7:1.
        return {QColor(QRgb(0xffffff)), QColor(QRgb(0xffffff)), QColor(QRgb(0x000000)), QColor(QRgb(0x000000)), QColor(QRgb(0x000000)),
                QColor(QRgb(0xffffff)), QColor(QRgb(0x002060)), QColor(QRgb(0xffffff)), QColor(QRgb(0xffdd00)), QColor(QRgb(0x000000)),
                QColor(QRgb(0xffdd00))};
    }
    // Calm NHS-style colours (not NHS marks): dark text on a pale grey, green for "go", blue for the rest.
    return {QColor(QRgb(0xf0f4f5)), QColor(QRgb(0xffffff)), QColor(QRgb(0x212b32)), QColor(QRgb(0x4c6272)), QColor(QRgb(0x007f3b)),
            QColor(QRgb(0xffffff)), QColor(QRgb(0x005eb8)), QColor(QRgb(0xffffff)), QColor(QRgb(0xffeb3b)), QColor(QRgb(0x8a1538)),
            QColor(QRgb(0xffffff))};
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
    const QString border = options.highContrast ? QStringLiteral("4px") : QStringLiteral("3px");
    QString css;
    css += QStringLiteral("QWidget { color: %1; background: %2; font-size: %3; }\n")
               .arg(p.text.name(), p.background.name(), px(kBodyPx * s));
    css += QStringLiteral("QLabel[kind=\"title\"] { font-size: %1; font-weight: bold; }\n").arg(px(44 * s));
    css += QStringLiteral("QLabel[kind=\"lead\"] { font-size: %1; }\n").arg(px(30 * s));
    css += QStringLiteral("QLabel[kind=\"body\"] { font-size: %1; }\n").arg(px(kBodyPx * s));
    css += QStringLiteral("QLabel[kind=\"banner\"] { font-size: %1; font-weight: bold; color: %2; background: %3;"
                          " padding: 8px 16px; }\n")
               .arg(px(28 * s), p.onAccent.name(), p.accent.name());
    css += QStringLiteral("QPushButton { min-height: %1; min-width: %1; font-size: %2; font-weight: bold;"
                          " border-radius: 8px; padding: 8px 24px; border: %3 solid %4; color: %4;"
                          " background: %5; }\n")
               .arg(px(kTouchTargetPx * std::max(1.0, s * 0.85)), px(28 * s), border, p.accent.name(),
                    p.surface.name());
    css += QStringLiteral("QPushButton[kind=\"primary\"] { color: %1; background: %2; border-color: %2; }\n")
               .arg(p.onPrimary.name(), p.primary.name());
    css += QStringLiteral("QPushButton[kind=\"bar\"] { font-size: %1; padding: 4px 16px; }\n").arg(px(24 * s));
    css += QStringLiteral("QPushButton:focus { outline: none; border: %1 solid %2; }\n")
               .arg(px(5), p.text.name());
    css += QStringLiteral("QPushButton:focus { background: %1; color: %2; }\n").arg(p.focus.name(), p.text.name());
    css += QStringLiteral("QPushButton:disabled { color: %1; border-color: %1; background: %2; }\n")
               .arg(p.secondaryText.name(), p.background.name());
    css += QStringLiteral("QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QSpinBox, QDateEdit { min-height: %1;"
                          " font-size: %2; background: %3; border: %4 solid %5; border-radius: 6px; padding: 4px 12px; }\n")
               .arg(px(56 * std::max(1.0, s * 0.85)), px(kBodyPx * s), p.surface.name(), border, p.secondaryText.name());
    css += QStringLiteral("QLineEdit:focus, QTextEdit:focus, QComboBox:focus { border-color: %1; }\n")
               .arg(p.accent.name());
    css += QStringLiteral("QScrollBar:vertical { width: %1; background: %2; }\n").arg(px(24), p.background.name());
    css += QStringLiteral("QScrollBar::handle:vertical { min-height: %1; background: %2; border-radius: 8px; }\n")
               .arg(px(72), p.secondaryText.name());
    css += QStringLiteral("QFrame#topBar, QFrame#navigationBar { background: %1; }\n").arg(p.surface.name());
    css += QStringLiteral("QFrame#topBar QLabel[kind=\"body\"], QFrame#navigationBar QLabel[kind=\"body\"] { background: %1; }\n")
               .arg(p.surface.name());
    return css;
}

void Theme::apply(QApplication &app, const ThemeOptions &options)
{
    QFont font(QStringLiteral("Noto Sans"));
    font.setPixelSize(qRound(kBodyPx * options.textScale));
    QApplication::setFont(font);
    app.setStyleSheet(styleSheet(options));
}

void setKind(QWidget *widget, const char *kind)
{
    widget->setProperty("kind", QLatin1String(kind));
    // Re-polish so the style sheet's [kind=...] selectors see the new value.
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

QPushButton *makeButton(const QString &text, const char *kind, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(text);
    button->setProperty("kind", QLatin1String(kind));
    button->setFocusPolicy(Qt::StrongFocus);
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
    auto *page = new QWidget(scroll);
    page->setObjectName(screen->objectName() + QStringLiteral("Page"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(64, 32, 64, 24);
    layout->setSpacing(20);
    scroll->setWidget(page);
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
