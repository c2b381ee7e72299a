// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/booth/checkscreen.h"

#include "ui/common/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QVideoWidget>

namespace HealthHub::Ui {

using MediaCheck::CheckResult;
using Part = MediaCheck::PreCallCheck::Part;

namespace {
constexpr int kIconPx = 72;
} // namespace

QPixmap statusIcon(CheckResult::Status status, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box(2, 2, size - 4, size - 4);
    QPen mark(Qt::white, size / 9.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (status) {
    case CheckResult::Status::Pass:
        p.setBrush(QColor(QRgb(0x007f3b)));
        p.setPen(Qt::NoPen);
        p.drawEllipse(box);
        p.setPen(mark);
        p.drawPolyline(QPolygonF{QPointF(size * 0.27, size * 0.52), QPointF(size * 0.44, size * 0.69),
                                 QPointF(size * 0.74, size * 0.33)});
        break;
    case CheckResult::Status::Warning: {
        QPainterPath triangle;
        triangle.moveTo(size / 2.0, 3);
        triangle.lineTo(size - 3, size - 5);
        triangle.lineTo(3, size - 5);
        triangle.closeSubpath();
        p.setPen(QPen(QColor(QRgb(0x212b32)), 2));
        p.setBrush(QColor(QRgb(0xffb81c)));
        p.drawPath(triangle);
        mark.setColor(QColor(QRgb(0x212b32)));
        p.setPen(mark);
        p.drawLine(QPointF(size / 2.0, size * 0.36), QPointF(size / 2.0, size * 0.62));
        p.drawPoint(QPointF(size / 2.0, size * 0.78));
        break;
    }
    case CheckResult::Status::Fail:
        p.setBrush(QColor(QRgb(0xd5281b)));
        p.setPen(Qt::NoPen);
        p.drawEllipse(box);
        p.setPen(mark);
        p.drawLine(QPointF(size * 0.32, size * 0.32), QPointF(size * 0.68, size * 0.68));
        p.drawLine(QPointF(size * 0.68, size * 0.32), QPointF(size * 0.32, size * 0.68));
        break;
    case CheckResult::Status::Running:
    case CheckResult::Status::NotRun:
        p.setPen(QPen(QColor(QRgb(0x4c6272)), size / 14.0));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(box.adjusted(2, 2, -2, -2));
        if (status == CheckResult::Status::Running) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(QRgb(0x4c6272)));
            for (int i = 0; i < 3; ++i) {
                p.drawEllipse(QPointF(size * (0.3 + 0.2 * i), size / 2.0), size / 16.0, size / 16.0);
            }
        }
        break;
    }
    return pixmap;
}

CheckScreen::CheckScreen(const Config::TerminalConfig &config, QWidget *parent)
    : QWidget(parent)
    , m_check(config)
{
    setObjectName(QStringLiteral("boothCheck"));
    QWidget *page = makeScrollingPage(this);
    auto *layout = static_cast<QVBoxLayout *>(page->layout());
    layout->setSpacing(6);
    layout->addWidget(
        makeLabel(tr("Checking your camera and sound"), Kind::Title, QStringLiteral("boothCheckTitle"), page));

    m_preview = new QVideoWidget(page);
    m_preview->setObjectName(QStringLiteral("cameraPreview"));
    m_preview->setFixedSize(192, 108);
    m_check.setPreviewSink(m_preview->videoSink());

    m_meter = new QProgressBar(page);
    m_meter->setObjectName(QStringLiteral("microphoneMeter"));
    m_meter->setRange(0, 60); // -60 dBFS .. 0 dBFS
    m_meter->setTextVisible(false);
    m_meter->setFixedSize(240, 32);
    m_meter->setAccessibleName(tr("Sound level"));

    m_question = makeSpeakerQuestion(page);
    m_rows[int(Part::Camera)] = makeRow(Part::Camera, tr("Camera"), m_preview, page);
    m_rows[int(Part::Microphone)] = makeRow(Part::Microphone, tr("Microphone"), m_meter, page);
    m_rows[int(Part::Speaker)] = makeRow(Part::Speaker, tr("Speaker"), m_question, page);
    m_rows[int(Part::Network)] = makeRow(Part::Network, tr("Internet"), nullptr, page);

    auto *actions = new QHBoxLayout;
    m_join = makeButton(tr("Join my appointment"), Kind::Primary, QStringLiteral("checkJoinButton"), page);
    m_again = makeButton(tr("Check again"), Kind::Secondary, QStringLiteral("checkAgainButton"), page);
    actions->addWidget(m_join);
    actions->addWidget(m_again);
    actions->addStretch(1);
    layout->addLayout(actions);
    layout->addStretch(1);

    connect(m_join, &QPushButton::clicked, this, &CheckScreen::joinRequested);
    connect(m_again, &QPushButton::clicked, this, &CheckScreen::start);
    connect(&m_check, &MediaCheck::PreCallCheck::resultChanged, this, &CheckScreen::show);
    // The last result arrives while the check still counts as running: enable "Check again" once it is done.
    connect(&m_check, &MediaCheck::PreCallCheck::finished, this, [this] { m_again->setEnabled(true); });
    connect(&m_check, &MediaCheck::PreCallCheck::speakerQuestion, this, [this] {
        m_rows[int(Part::Speaker)].words->setText(tr("Did you hear the chime?"));
        m_question->show();
    });
    connect(m_check.microphone(), &MediaCheck::MicrophoneCheck::level, this,
            [this](double rmsDb) { m_meter->setValue(std::clamp(int(rmsDb + 60.0), 0, 60)); });
    for (int part = 0; part < 4; ++part) {
        show(Part(part), {});
    }
}

QWidget *CheckScreen::makeSpeakerQuestion(QWidget *page)
{
    auto *question = new QWidget(page);
    question->setObjectName(QStringLiteral("speakerQuestion"));
    auto *questionLayout = new QHBoxLayout(question);
    questionLayout->setContentsMargins(0, 0, 0, 0);
    auto *yes = makeButton(tr("Yes"), Kind::Primary, QStringLiteral("heardYesButton"), question);
    auto *no = makeButton(tr("No"), Kind::Secondary, QStringLiteral("heardNoButton"), question);
    auto *replay = makeButton(tr("Play again"), Kind::Secondary, QStringLiteral("playAgainButton"), question);
    yes->setAccessibleDescription(tr("I heard the sound"));
    no->setAccessibleDescription(tr("I did not hear the sound"));
    questionLayout->addWidget(yes);
    questionLayout->addWidget(no);
    questionLayout->addWidget(replay);
    question->hide();

    connect(yes, &QPushButton::clicked, this, [this] { m_check.speaker()->answer(true); });
    connect(no, &QPushButton::clicked, this, [this] { m_check.speaker()->answer(false); });
    connect(replay, &QPushButton::clicked, this, [this] {
        m_question->hide();
        m_check.speaker()->play();
    });
    return question;
}

CheckScreen::Row CheckScreen::makeRow(Part part, const QString &name, QWidget *extra, QWidget *page)
{
    static const char *const kIds[] = {"camera", "microphone", "speaker", "network"};
    const QString id = QLatin1String(kIds[int(part)]);
    auto *frame = new QFrame(page);
    frame->setObjectName(id + QStringLiteral("CheckRow"));
    auto *row = new QHBoxLayout(frame);
    row->setContentsMargins(0, 4, 0, 4);
    row->setSpacing(20);
    Row r;
    r.icon = new QLabel(frame);
    r.icon->setObjectName(id + QStringLiteral("CheckIcon"));
    r.icon->setFixedSize(kIconPx, kIconPx);
    r.name = makeLabel(name, Kind::Lead, id + QStringLiteral("CheckName"), frame);
    r.name->setFixedWidth(200);
    r.words = makeLabel(QString(), Kind::Body, id + QStringLiteral("CheckWords"), frame);
    r.words->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    row->addWidget(r.icon, 0, Qt::AlignTop | Qt::AlignLeft);
    row->addWidget(r.name, 0, Qt::AlignTop | Qt::AlignLeft);
    auto *column = new QVBoxLayout;
    column->addWidget(r.words);
    if (extra) {
        extra->setParent(frame);
        column->addWidget(extra, 0, Qt::AlignLeft); // aligned, so a fixed-size extra does not narrow the row
    }
    row->addLayout(column, 1);
    static_cast<QVBoxLayout *>(page->layout())->addWidget(frame);
    return r;
}

void CheckScreen::show(Part part, const CheckResult &result)
{
    Row &row = m_rows[int(part)];
    row.icon->setPixmap(statusIcon(result.status, kIconPx));
    QString words = result.message;
    if (result.status == CheckResult::Status::NotRun) {
        words = tr("Not checked yet.");
    } else if (result.status == CheckResult::Status::Running) {
        switch (part) {
        case Part::Camera:
            words = tr("Look at the screen. You should see yourself.");
            break;
        case Part::Microphone:
            words = tr("Please say hello, and keep talking for a moment.");
            break;
        case Part::Speaker:
            words = tr("Wait for the microphone. Then listen for a chime.");
            break;
        case Part::Network:
            words = tr("Checking the internet. This takes a few seconds.");
            break;
        }
    }
    row.words->setText(words);
    row.icon->setAccessibleName(row.name->text() + QStringLiteral(": ") + words);
    if (part == Part::Speaker && result.isDone()) {
        m_question->hide();
    }
    if (part == Part::Camera) {
        m_preview->setVisible(result.status == CheckResult::Status::Running ||
                              result.status == CheckResult::Status::Pass);
    }
    if (part == Part::Microphone) {
        m_meter->setVisible(result.status == CheckResult::Status::Running);
    }
    const bool running = m_check.isRunning();
    m_again->setEnabled(!running);
}

void CheckScreen::start()
{
    m_question->hide();
    m_meter->setValue(0);
    m_check.start();
}

void CheckScreen::stop()
{
    m_check.stop();
    m_question->hide();
    m_again->setEnabled(true);
}

} // namespace HealthHub::Ui
