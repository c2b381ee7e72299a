// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mediacheck/precallcheck.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QVideoWidget;

namespace HealthHub::Ui {

/**
 * "Checking your camera and sound": four rows (camera, microphone, speaker, internet), each with a big
 * icon and plain words; the camera row shows the live picture, the microphone row a level meter and
 * "Say hello", the speaker row asks "Did you hear it?" with Yes and No. Opening the screen starts the check;
 * leaving it stops the check and frees every device.
 */
class CheckScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckScreen)

public:
    explicit CheckScreen(const Config::TerminalConfig &config, QWidget *parent = nullptr);

    MediaCheck::PreCallCheck *check() { return &m_check; }
    void start();
    void stop();

Q_SIGNALS:
    void joinRequested();

private:
    struct Row
    {
        QLabel *icon = nullptr;
        QLabel *name = nullptr;
        QLabel *words = nullptr;
    };
    /** "Did you hear the chime?" with Yes, No and Play again; hidden until the chime has played. */
    QWidget *makeSpeakerQuestion(QWidget *page);
    Row makeRow(MediaCheck::PreCallCheck::Part part, const QString &name, QWidget *extra, QWidget *page);
    void show(MediaCheck::PreCallCheck::Part part, const MediaCheck::CheckResult &result);

    MediaCheck::PreCallCheck m_check;
    Row m_rows[4];
    QVideoWidget *m_preview = nullptr;
    QProgressBar *m_meter = nullptr;
    QWidget *m_question = nullptr;
    QPushButton *m_join = nullptr;
    QPushButton *m_again = nullptr;
};

/** A big status picture: a green tick, an amber "!", a red cross, or grey dots while running. */
QPixmap statusIcon(MediaCheck::CheckResult::Status status, int size);

} // namespace HealthHub::Ui
