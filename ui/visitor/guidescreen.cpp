// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visitor/guidescreen.h"

#include "core/catalogue/plaintext.h"
#include "core/catalogue/task.h"
#include "ui/common/screenstack.h"
#include "ui/common/theme.h"
#include "ui/visitor/picture.h"

#include <QBoxLayout>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace HealthHub::Ui {

namespace {
const QSize kPictureBox(420, 300);
constexpr int kStepsWidthBesideSite = 500;
} // namespace

GuideScreen::GuideScreen(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("guide"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);

    m_steps = new QWidget(this);
    m_steps->setObjectName(QStringLiteral("guideSteps"));
    QWidget *page = makeScrollingPage(m_steps);
    auto *layout = static_cast<QVBoxLayout *>(page->layout());
    layout->setContentsMargins(40, 24, 40, 24);
    m_title = makeLabel(QString(), Kind::Title, QStringLiteral("guideTitle"), page);
    m_progress = makeLabel(QString(), Kind::Lead, QStringLiteral("guideProgress"), page);
    m_picture = new QLabel(page);
    m_picture->setObjectName(QStringLiteral("guidePicture"));
    m_picture->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_text = makeLabel(QString(), Kind::Lead, QStringLiteral("guideText"), page);
    m_text->setTextFormat(Qt::RichText);
    m_wellDone = makeLabel(QString(), Kind::Banner, QStringLiteral("guideWellDone"), page);
    m_wellDone->hide();
    // Made in reading order: Tab and a screen reader's list follow the order of making.
    m_practice = makeButton(QString(), Kind::Secondary, QStringLiteral("guidePracticeButton"), page);
    m_real = makeButton(QString(), Kind::Secondary, QStringLiteral("guideRealButton"), page);
    QWidget *moves = buildMoves();
    retranslateUi();

    // Picture beside the words on a wide page; above them beside the site or at large text sizes.
    layout->addWidget(m_title);
    m_body = new QBoxLayout(QBoxLayout::LeftToRight);
    m_body->setSpacing(32);
    m_body->addWidget(m_picture, 0, Qt::AlignTop);
    auto *words = new QVBoxLayout;
    words->setSpacing(20);
    words->addWidget(m_progress);
    words->addWidget(m_text);
    words->addWidget(m_wellDone);
    words->addWidget(m_practice);
    words->addWidget(m_real);
    m_body->addLayout(words, 1);
    layout->addLayout(m_body);
    layout->addStretch(1);
    static_cast<QVBoxLayout *>(m_steps->layout())->addWidget(moves);
    row->addWidget(m_steps, 1);

    m_siteSlot = new QWidget(this);
    m_siteSlot->setObjectName(QStringLiteral("guideSite"));
    auto *siteLayout = new QVBoxLayout(m_siteSlot);
    siteLayout->setContentsMargins(0, 0, 0, 0);
    m_siteSlot->hide();
    row->addWidget(m_siteSlot, 1);

    // Nothing to touch until a guide is open.
    for (QWidget *widget :
         {static_cast<QWidget *>(m_picture), static_cast<QWidget *>(m_next), static_cast<QWidget *>(m_another),
          static_cast<QWidget *>(m_practice), static_cast<QWidget *>(m_real), static_cast<QWidget *>(m_previous)}) {
        widget->hide();
    }

    connectButtons();
}

void GuideScreen::connectButtons()
{
    connect(m_next, &QPushButton::clicked, this, &GuideScreen::next);
    connect(m_previous, &QPushButton::clicked, this, &GuideScreen::previous);
    connect(m_another, &QPushButton::clicked, this, &GuideScreen::anotherTaskRequested);
    connect(m_practice, &QPushButton::clicked, this, [this] {
        if (m_task && m_page >= 0 && m_page < stepCount()) {
            Q_EMIT practiceRequested(m_task->steps.at(m_page).practicePage);
        }
    });
    connect(m_real, &QPushButton::clicked, this, [this] {
        if (m_task && m_page >= 0 && m_page < stepCount()) {
            Q_EMIT realRequested(m_task->steps.at(m_page).realUrl);
        }
    });
}

QWidget *GuideScreen::buildMoves()
{
    // Previous and Next sit under the page, outside its scrolling: at 200 % a long step scrolls, and the way on
    // stays in sight.
    auto *moves = new QWidget(m_steps);
    moves->setObjectName(QStringLiteral("guideMoves"));
    m_previous = makeButton(QString(), Kind::Secondary, QStringLiteral("guidePreviousButton"), moves);
    m_next = makeButton(QString(), Kind::Primary, QStringLiteral("guideNextButton"), moves);
    m_another = makeButton(QString(), Kind::Primary, QStringLiteral("guideAnotherButton"), moves);
    // Where focus goes when the guide shows again (after a language change, say): the way on, not the first button.
    m_next->setProperty(ScreenStack::kMainChoice, true);
    m_another->setProperty(ScreenStack::kMainChoice, true);
    auto *row = new QHBoxLayout(moves);
    row->setContentsMargins(40, 8, 40, 16);
    row->setSpacing(20);
    row->addWidget(m_previous, 1);
    row->addWidget(m_next, 1);
    row->addWidget(m_another, 1);
    // 72 px high, as the bar's: a page's buttons grow taller with the text, and these must leave the step room.
    moves->setStyleSheet(QStringLiteral("QPushButton { min-height: %1px; }").arg(Theme::kTouchTargetPx));
    return moves;
}

void GuideScreen::retranslateUi()
{
    m_wellDone->setText(tr("Well done! You did this step. Touch Next step when you are ready."));
    setButtonText(m_practice, tr("Practise this step"));
    m_practice->setAccessibleDescription(tr("Try this step on a pretend NHS website. Nothing you do there is real."));
    setButtonText(m_real, tr("Do it for real"));
    m_real->setAccessibleDescription(tr("Open the real NHS website for this step"));
    setButtonText(m_previous, tr("Previous step"));
    setButtonText(m_next, tr("Next step"));
    setButtonText(m_another, tr("Choose another task"));
    // The page's own words ("Step 2 of 5", "Start step 1"), on the same page: the visitor keeps their place.
    if (m_task) {
        render();
    }
}

void GuideScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

int GuideScreen::stepCount() const
{
    return m_task ? int(m_task->steps.size()) : 0;
}

void GuideScreen::openTask(const Catalogue::Task *task, const QString &language)
{
    m_task = task;
    m_language = language;
    showSite(false);
    showPage(kBeforeYouStart);
}

void GuideScreen::setLanguage(const QString &language)
{
    m_language = language;
    if (m_task) {
        render();
    }
}

void GuideScreen::showPage(int page)
{
    if (!m_task) {
        return;
    }
    m_page = qBound(int(kBeforeYouStart), page, stepCount());
    m_wellDone->hide();
    render();
    // A new page starts at its top.
    if (auto *scroll = m_steps->findChild<QScrollArea *>()) {
        scroll->verticalScrollBar()->setValue(0);
    }
    (m_page == stepCount() ? m_another : m_next)->setFocus(Qt::OtherFocusReason);
    Q_EMIT pageShown(m_page);
    if (m_page == stepCount()) {
        Q_EMIT taskFinished(m_task->id);
    }
}

void GuideScreen::next()
{
    showPage(m_page + 1);
}

void GuideScreen::previous()
{
    showPage(m_page - 1);
}

void GuideScreen::render()
{
    const Catalogue::TaskText &text = m_task->text(m_language);
    const int count = stepCount();
    m_title->setText(text.title);
    m_sentences.clear();
    m_newLine.clear();
    m_highlight = -1;

    const bool isStep = m_page >= 0 && m_page < count;
    if (m_page == kBeforeYouStart) {
        m_progress->setText(tr("Before you start"));
        m_sentences.append(tr("Have these with you:"));
        m_newLine.append(true);
        for (const QString &item : text.bring) {
            m_sentences.append(item);
            m_newLine.append(true);
        }
        m_picture->setPixmap(renderPicture(m_task->icon, QSize(120, 120), devicePixelRatioF()));
        setButtonText(m_next, tr("Start step 1"));
    } else if (isStep) {
        m_progress->setText(tr("Step %1 of %2").arg(m_page + 1).arg(count));
        const QStringList sentences = Catalogue::PlainText::sentences(text.steps.at(m_page));
        for (const QString &sentence : sentences) {
            m_sentences.append(sentence);
            m_newLine.append(false);
        }
        m_picture->setPixmap(renderPicture(m_task->steps.at(m_page).picture, kPictureBox, devicePixelRatioF()));
        setButtonText(m_next, m_page + 1 == count ? tr("I have done all the steps") : tr("Next step"));
    } else {
        m_progress->setText(tr("You have finished"));
        m_sentences.append(tr("Well done. You have finished this guide."));
        m_sentences.append(tr("You can choose another task, or touch Finish to remove your details."));
        m_newLine = {false, true};
        m_picture->clear();
    }
    m_picture->setVisible(!m_picture->pixmap().isNull());
    m_next->setVisible(m_page < count);
    m_another->setVisible(m_page == count);
    m_previous->setVisible(m_page > kBeforeYouStart);
    m_practice->setVisible(isStep && !m_task->steps.at(m_page).practicePage.isEmpty());
    m_real->setVisible(isStep && !m_task->steps.at(m_page).realUrl.isEmpty());
    renderText();
}

void GuideScreen::renderText()
{
    QString html;
    for (int i = 0; i < m_sentences.size(); ++i) {
        if (i > 0) {
            html += m_newLine.at(i) ? QStringLiteral("<br>") : QStringLiteral(" ");
        }
        const bool bullet = m_page == kBeforeYouStart && i > 0;
        const QString sentence = (bullet ? QStringLiteral("• ") : QString()) + m_sentences.at(i).toHtmlEscaped();
        html += i == m_highlight
                    ? QStringLiteral("<span style=\"background-color:#ffdd00; color:#000000;\">%1</span>").arg(sentence)
                    : sentence;
    }
    m_text->setText(html);
    m_text->setAccessibleName(m_sentences.join(QLatin1Char(' ')));
}

void GuideScreen::highlightSentence(int index)
{
    m_highlight = index >= 0 && index < m_sentences.size() ? index : -1;
    renderText();
}

void GuideScreen::practiceEventReached(const QString &event)
{
    if (!m_task || event.isEmpty()) {
        return;
    }
    // The visitor may have gone ahead on the practice site: move the guide to the step they reached.
    for (int step = std::max(0, m_page); step < stepCount(); ++step) {
        if (m_task->steps.at(step).practiceEvent == event) {
            if (step != m_page) {
                showPage(step);
            }
            m_wellDone->show();
            m_next->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

bool GuideScreen::isWellDoneShown() const
{
    return !m_wellDone->isHidden();
}

void GuideScreen::setSitePanel(QWidget *panel)
{
    panel->setParent(m_siteSlot);
    m_siteSlot->layout()->addWidget(panel);
}

void GuideScreen::showSite(bool visible, bool over)
{
    m_siteSlot->setVisible(visible);
    m_siteOver = over;
    updateSiteLayout();
}

bool GuideScreen::isSiteShown() const
{
    return !m_siteSlot->isHidden();
}

void GuideScreen::setTextScale(double scale)
{
    m_textScale = scale;
    updateSiteLayout();
}

void GuideScreen::updateSiteLayout()
{
    const bool site = !m_siteSlot->isHidden();
    const bool over = site && (m_siteOver || m_textScale > kLargestScaleBesideSite);
    m_steps->setVisible(!over);
    const bool narrow = site || m_textScale > kLargestScaleBesideSite;
    // Narrow: the words first, the picture under them (BottomToTop reverses the picture-first order).
    m_body->setDirection(narrow ? QBoxLayout::BottomToTop : QBoxLayout::LeftToRight);
    if (site && !over) {
        m_steps->setFixedWidth(kStepsWidthBesideSite);
    } else {
        m_steps->setMinimumWidth(0);
        m_steps->setMaximumWidth(QWIDGETSIZE_MAX);
    }
}

} // namespace HealthHub::Ui
