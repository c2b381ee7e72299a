// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visitor/languagepicker.h"

#include "core/config/languages.h"
#include "core/config/visitorpreferences.h"
#include "ui/common/accessiblebutton.h"
#include "ui/common/screenstack.h"
#include "ui/common/theme.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace HealthHub::Ui {

namespace {
constexpr int kColumns = 2;
constexpr char kCodeProperty[] = "languageCode";
constexpr char kNameProperty[] = "languageName";
} // namespace

LanguagePicker::LanguagePicker(const QStringList &codes, Config::VisitorPreferences *preferences, QWidget *parent)
    : QWidget(parent)
    , m_preferences(preferences)
{
    setObjectName(QStringLiteral("languagePicker"));
    QWidget *page = makeScrollingPage(this);
    auto *layout = static_cast<QVBoxLayout *>(page->layout());
    m_title = makeLabel(QString(), Kind::Title, QStringLiteral("languagePickerTitle"), page);
    m_sentence = makeLabel(QString(), Kind::Lead, QStringLiteral("languagePickerSentence"), page);
    layout->addWidget(m_title);
    layout->addWidget(m_sentence);
    layout->addSpacing(8);

    // Buttons are made in reading order, so Tab follows the rows; the grid mirrors itself right to left. No exclusive
    // button group: it would let Tab reach only the chosen language and make each arrow key switch the kiosk.
    auto *grid = new QGridLayout;
    grid->setSpacing(20);
    for (const QString &code : codes) {
        const std::optional<Config::Language> language = Config::languageByCode(code);
        if (!language) {
            continue;
        }
        auto *button = makeButton(language->nativeName, Kind::Choice, QStringLiteral("language_") + code, page);
        button->setCheckable(true);
        button->setProperty(AccessibleButton::kOneOfMany, true);
        button->setProperty(kCodeProperty, code);
        button->setProperty(kNameProperty, language->nativeName);
        // Its own script's font, whatever language the kiosk is in now; the style sheet only sets the size.
        button->setFont(Theme::font(code, Theme::kBodyPx));
        button->setLayoutDirection(language->rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
        // A screen reader says the name in its own language; the English name helps a volunteer beside them.
        button->setAccessibleDescription(language->englishName);
        const int index = static_cast<int>(m_buttons.size());
        grid->addWidget(button, index / kColumns, index % kColumns);
        m_buttons.append(button);
        // A tap, Space or Enter, and a screen reader's action all click (AccessibleButton).
        connect(button, &QPushButton::clicked, this, [this, code] {
            m_preferences->setLanguage(code);
            showCurrent();
            Q_EMIT languageChosen(code);
        });
    }
    layout->addLayout(grid);
    layout->addStretch(1);

    connect(m_preferences, &Config::VisitorPreferences::changed, this, &LanguagePicker::showCurrent);
    retranslateUi();
    showCurrent();
}

QPushButton *LanguagePicker::button(const QString &code) const
{
    for (QPushButton *button : m_buttons) {
        if (button->property(kCodeProperty).toString() == code) {
            return button;
        }
    }
    return nullptr;
}

void LanguagePicker::retranslateUi()
{
    m_title->setText(tr("Choose your language"));
    m_sentence->setText(tr("Touch the language you want to use."));
}

void LanguagePicker::showCurrent()
{
    const QString current = m_preferences->language();
    for (QPushButton *button : std::as_const(m_buttons)) {
        const bool chosen = button->property(kCodeProperty).toString() == current;
        button->setChecked(chosen);
        // Keyboard users start on the language they have.
        button->setProperty(ScreenStack::kMainChoice, chosen);
        setCheckableText(button, button->property(kNameProperty).toString());
    }
}

void LanguagePicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace HealthHub::Ui
