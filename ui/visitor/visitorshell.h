// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/config/terminalconfig.h"
#include "core/hublink/hublink.h"

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTimer;

namespace HealthHub::Catalogue {
class Catalogue;
class SearchIndex;
} // namespace HealthHub::Catalogue

namespace HealthHub::Config {
class VisitorPreferences;
}

namespace HealthHub::Kiosk {
class WebSandbox;
}

namespace HealthHub::Ui {

class GuideScreen;
class SitePanel;
class NavigationBar;
class ReadAloud;
class ScreenStack;
class TaskListScreen;

/**
 * The visitor kiosk: home screen, task list and search, task guides, language, text size and colour,
 * "a volunteer is coming", read-aloud, and the fixed navigation bar.
 */
class VisitorShell final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisitorShell)

public:
    /**
     * @p preferences and @p catalogue must outlive the shell. Without a catalogue the shell loads the
     * built-in guides and the terminal's content_dir itself.
     */
    VisitorShell(const Config::TerminalConfig &config, Config::VisitorPreferences *preferences,
                 const Catalogue::Catalogue *catalogue = nullptr, QWidget *parent = nullptr);
    ~VisitorShell() override;

    ScreenStack *stack() const { return m_stack; }
    NavigationBar *navigationBar() const { return m_bar; }
    TaskListScreen *taskList() const { return m_taskList; }
    GuideScreen *guide() const { return m_guide; }
    ReadAloud *readAloud() const { return m_readAloud; }
    SitePanel *sitePanel() const { return m_site; }

    /**
     * Opens a screen by objectName (for --show); false when there is no such screen. Also
     * "guide:<task-id>[:<step>]" (step 1 is the first), "practice:<task-id>:<step>" (that step with its
     * practice page open) and "search:<words>".
     */
    bool showScreen(const QString &objectName);
    /**
     * Where web pages live: the visitor session's sandbox (App::VisitorTerminal gives it). Without one the shell
     * makes its own and destroys it at showDetailsRemoved() (tests, tools).
     */
    void setSandboxProvider(std::function<Kiosk::WebSandbox *()> provider);
    /** Opens the guide of @p taskId; false when the catalogue has no such task. */
    bool openTask(const QString &taskId);

Q_SIGNALS:
    void startRequested();
    void languageRequested();
    /** Finish was pressed: the visitor's session must be wiped before the next one. */
    void finishRequested();
    /** A guide was opened / read to its end (anonymous usage counts: the task, never the person). */
    void taskOpened(const QString &taskId);
    void taskFinished(const QString &taskId);
    /** Get a volunteer: @p where is the screen (or guide step), never anything the visitor typed. */
    void helpRequested(const QString &where);
    /** "I am OK now" on the volunteer screen: the request is withdrawn. */
    void helpWithdrawn();

public Q_SLOTS:
    /** What the volunteer screen says about the request. Until a hub link says otherwise: ask at the desk. */
    void setHelpProgress(const HubLink::HelpProgress &progress);
    /** Shows "Your details have been removed" and then the home screen; forgets this visitor's screens. */
    void showDetailsRemoved();
    /** The sandbox is about to be destroyed: the site view lets go of its page now. */
    void releaseWebPages();
    /** A new visitor's sandbox exists: a site asked for before it opens now. */
    void webSandboxReady();

protected:
    void changeEvent(QEvent *event) override;

private:
    /** Sets every word of the shell's own screens and bar buttons in the current language. */
    void retranslateUi();
    void openLanguagePicker();
    /** Back, Home, Help, Finish, language and read-aloud: the bar on every screen. */
    void connectBar();
    /** The task list, the guide, the site beside it and reading aloud. */
    void connectGuide();
    QWidget *buildHome();
    QWidget *buildDisplaySettings();
    QWidget *buildVolunteerComing();
    QWidget *buildDetailsRemoved();
    void updateDisplaySettings();
    void applyPreferences();
    void updateBar();
    void toggleReadAloud();
    QStringList screenSentences() const;
    void showMessage(const QString &text);
    void showSite();
    Kiosk::WebSandbox *sandbox();

    Config::VisitorPreferences *m_preferences;
    std::unique_ptr<Catalogue::Catalogue> m_ownCatalogue;
    const Catalogue::Catalogue *m_catalogue;
    std::unique_ptr<Catalogue::SearchIndex> m_index;
    QString m_language;
    ScreenStack *m_stack = nullptr;
    NavigationBar *m_bar = nullptr;
    QWidget *m_displaySettings = nullptr;
    TaskListScreen *m_taskList = nullptr;
    GuideScreen *m_guide = nullptr;
    QString m_currentTask;
    HubLink::HelpProgress m_helpProgress{HubLink::HelpProgress::Stage::Unreachable, {}};
    ReadAloud *m_readAloud = nullptr;
    SitePanel *m_site = nullptr;
    Config::TerminalConfig m_config;
    /** This visitor's web world, made when a site is first opened and destroyed at Finish. */
    std::unique_ptr<Kiosk::WebSandbox> m_sandbox;
    std::function<Kiosk::WebSandbox *()> m_sandboxProvider;
    QPushButton *m_readAloudButton = nullptr;
    QPushButton *m_languageButton = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_messageTimer = nullptr;
};

} // namespace HealthHub::Ui
