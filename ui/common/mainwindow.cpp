// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/mainwindow.h"

#include "ui/common/theme.h"

#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QScreen>
#include <QVBoxLayout>

namespace HealthHub::Ui {

MainWindow::MainWindow(const Core::TerminalConfig &config, QWidget *parent)
    : QMainWindow(parent)
    , m_config(config)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Health Hub — %1").arg(config.hubName));

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
    m_hubName->setWordWrap(false);
    topLayout->addWidget(m_hubName, 1);
    if (config.demo) {
        auto *demo = makeLabel(tr("Demo — made-up data"), Kind::Banner, QStringLiteral("demoBadge"), topBar);
        demo->setWordWrap(false);
        topLayout->addWidget(demo);
    }
    layout->addWidget(topBar);
    setCentralWidget(central);
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
