// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/mainwindow.h"

#include "ui/common/theme.h"

#include <QEvent>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QScreen>
#include <QVBoxLayout>

namespace HealthHub::Ui {

MainWindow::MainWindow(const Config::TerminalConfig &config, QWidget *parent)
    : QMainWindow(parent)
    , m_config(config)
{
    setObjectName(QStringLiteral("mainWindow"));

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *topBar = new QFrame(central);
    topBar->setObjectName(QStringLiteral("topBar"));
    auto *topLayout = new QHBoxLayout(topBar);
    topLayout->setContentsMargins(24, 8, 24, 8);
    m_hubName = makeLabel(config.hubName, Kind::Body, QStringLiteral("hubNameLabel"), topBar);
    // A long hub name wraps rather than push the window wider than the screen.
    m_hubName->setWordWrap(true);
    topLayout->addWidget(m_hubName, 1);
    if (config.demo) {
        m_demo = makeLabel(QString(), Kind::Banner, QStringLiteral("demoBadge"), topBar);
        m_demo->setWordWrap(false);
        topLayout->addWidget(m_demo);
    }
    layout->addWidget(topBar);
    setCentralWidget(central);
    retranslateUi();
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Health Hub — %1").arg(m_config.hubName));
    if (m_demo) {
        m_demo->setText(tr("Demo — made-up data"));
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::setShell(QWidget *shell)
{
    auto *layout = static_cast<QVBoxLayout *>(centralWidget()->layout());
    if (m_shell) {
        layout->removeWidget(m_shell);
        m_shell->deleteLater();
    }
    m_shell = shell;
    layout->addWidget(shell, 1);
}

void MainWindow::present()
{
    if (m_config.kiosk) {
        // No window manager on a kiosk: size to the screen first, then ask for full screen.
        setWindowFlags(Qt::Window | Qt::FramelessWindowHint);
        if (QScreen *screen = QGuiApplication::primaryScreen()) {
            setGeometry(screen->geometry());
        }
        showFullScreen();
        return;
    }
    resize(1280, 800);
    show();
}

} // namespace HealthHub::Ui
