// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QBoxLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace HealthHub::Catalogue {
struct Task;
}

namespace HealthHub::Ui {

/**
 * One task guide, a page at a time: "Before you start" (what to bring), then each numbered step with its
 * picture and big text, then "You have finished". Each step can be tried on the practice site or done for
 * real; the site opens beside the steps (or over them, at large text sizes) in the site area.
 */
class GuideScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuideScreen)

public:
    static constexpr int kBeforeYouStart = -1;
    /** Above this text size the site covers the steps instead of squeezing them. */
    static constexpr double kLargestScaleBesideSite = 1.25;

    explicit GuideScreen(QWidget *parent = nullptr);

    /** Shows @p task in @p language from its first page. @p task must outlive the screen's use of it. */
    void openTask(const Catalogue::Task *task, const QString &language);
    /** Shows the same page in another language. */
    void setLanguage(const QString &language);
    const Catalogue::Task *task() const { return m_task; }
    /** kBeforeYouStart, a step (0-based), or stepCount() for the "finished" page. */
    int page() const { return m_page; }
    int stepCount() const;
    void showPage(int page);
    void next();
    void previous();

    /** The sentences of the page, in reading order, for read-aloud. */
    QStringList sentences() const { return m_sentences; }
    /** Marks sentence @p index as the one being read (-1: none). */
    void highlightSentence(int index);
    int highlightedSentence() const { return m_highlight; }

    /** The practice site says the visitor did @p event: "Well done" if it is this step's (or a later one's). */
    void practiceEventReached(const QString &event);
    bool isWellDoneShown() const;

    /** Where the site panel goes; the guide shows and hides it. */
    void setSitePanel(QWidget *panel);
    /** Shows or hides the site beside (or, with @p over, instead of) the steps. */
    void showSite(bool visible, bool over = false);
    bool isSiteShown() const;
    /** At large text sizes the site covers the steps instead of squeezing them. */
    void setTextScale(double scale);

Q_SIGNALS:
    /** The visitor wants to try this step on the practice site, on @p page ("prescriptions.html"). */
    void practiceRequested(const QString &page);
    /** The visitor wants to do this step on the real site. */
    void realRequested(const QUrl &url);
    void pageShown(int page);
    /** The visitor reached the end of the guide. */
    void taskFinished(const QString &taskId);
    void anotherTaskRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    /** The row under the page: Previous step, and Next step or Choose another task. */
    QWidget *buildMoves();
    void connectButtons();
    void render();
    void renderText();
    void updateSiteLayout();

    const Catalogue::Task *m_task = nullptr;
    QString m_language = QStringLiteral("en");
    int m_page = kBeforeYouStart;
    QStringList m_sentences;
    QList<bool> m_newLine; ///< sentence i starts a new line (the "bring" list)
    int m_highlight = -1;
    double m_textScale = 1.0;
    bool m_siteOver = false;

    QWidget *m_steps = nullptr;
    QWidget *m_siteSlot = nullptr;
    QBoxLayout *m_body = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_picture = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_wellDone = nullptr;
    QPushButton *m_practice = nullptr;
    QPushButton *m_real = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_another = nullptr;
};

} // namespace HealthHub::Ui
