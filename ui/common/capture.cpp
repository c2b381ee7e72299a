// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/capture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QSaveFile>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <cstdio>

namespace HealthHub::Ui {

namespace {
constexpr int kExposurePollMs = 5;
constexpr int kMaxExposureChecks = 2000; // 10 s

QString widgetText(const QWidget *widget)
{
    if (const auto *label = qobject_cast<const QLabel *>(widget)) {
        return label->text();
    }
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
        return button->text();
    }
    if (const auto *edit = qobject_cast<const QLineEdit *>(widget)) {
        return edit->placeholderText();
    }
    return {};
}

/** True when the widget is too small to show all of its text. */
bool isClipped(const QWidget *widget)
{
    if (const auto *label = qobject_cast<const QLabel *>(widget)) {
        if (label->text().isEmpty() || !label->pixmap().isNull()) {
            return false;
        }
        if (label->wordWrap()) {
            return label->heightForWidth(label->width()) > label->height() + 1;
        }
        // The size hints already include the label's margin and its style sheet padding.
        return label->minimumSizeHint().width() > label->width() + 1 ||
               label->sizeHint().height() > label->height() + 1;
    }
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
        if (button->text().isEmpty()) {
            return false;
        }
        // Buttons made by makeButton() put their words on more lines when they are narrower than the words.
        if (button->hasHeightForWidth()) {
            return button->minimumSizeHint().width() > button->width() + 1 ||
                   button->heightForWidth(button->width()) > button->height() + 1;
        }
        const QSize hint = button->sizeHint();
        return hint.width() > button->width() + 1 || hint.height() > button->height() + 1;
    }
    return false;
}
} // namespace

StartupCapture::StartupCapture(QWidget *window, const Config::RunOptions &options, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_options(options)
{
    if (quitsWhenDone() || m_options.reportReady) {
        QTimer::singleShot(0, this, &StartupCapture::waitForExposure);
    }
}

bool StartupCapture::quitsWhenDone() const
{
    return !m_options.screenshotFile.isEmpty() || !m_options.inspectFile.isEmpty();
}

void StartupCapture::waitForExposure()
{
    QWindow *handle = m_window->windowHandle();
    if (!handle || !handle->isExposed()) {
        if (++m_exposureChecks > kMaxExposureChecks) {
            std::fprintf(stderr, "healthhub: the window was never shown, so there is nothing to capture.\n");
            QCoreApplication::exit(1);
            return;
        }
        QTimer::singleShot(kExposurePollMs, this, &StartupCapture::waitForExposure);
        return;
    }
    // A zero timer fires once the events queued by showing the window have been handled: the screen is idle.
    QTimer::singleShot(0, this, [this] {
        if (m_options.reportReady) {
            std::fputs("ready\n", stdout);
            std::fflush(stdout);
        }
        if (quitsWhenDone()) {
            QTimer::singleShot(m_options.settleMs, this, &StartupCapture::capture);
        }
    });
}

void StartupCapture::capture()
{
    int status = 0;
    if (!m_options.inspectFile.isEmpty()) {
        QSaveFile file(m_options.inspectFile);
        const QJsonDocument document(widgetTree(m_window));
        if (!file.open(QIODevice::WriteOnly) || file.write(document.toJson()) < 0 || !file.commit()) {
            std::fprintf(stderr, "healthhub: could not write the widget list to %s: %s\n",
                         qPrintable(m_options.inspectFile), qPrintable(file.errorString()));
            status = 1;
        }
    }
    if (!m_options.screenshotFile.isEmpty()) {
        const QPixmap pixmap = m_window->grab();
        if (pixmap.isNull() || !pixmap.save(m_options.screenshotFile, "PNG")) {
            std::fprintf(stderr, "healthhub: could not save the screenshot to %s.\n",
                         qPrintable(m_options.screenshotFile));
            status = 1;
        }
    }
    QCoreApplication::exit(status);
}

QJsonArray StartupCapture::widgetTree(const QWidget *root)
{
    QJsonArray widgets;
    QList<const QWidget *> all{root};
    const QList<QWidget *> children = root->findChildren<QWidget *>();
    for (const QWidget *child : children) {
        all.append(child);
    }
    for (const QWidget *widget : std::as_const(all)) {
        if (!widget->isVisible()) {
            continue;
        }
        const QRect geometry(widget->mapTo(root, QPoint(0, 0)), widget->size());
        QJsonObject entry{
            {QStringLiteral("objectName"), widget->objectName()},
            {QStringLiteral("class"), QString::fromLatin1(widget->metaObject()->className())},
            {QStringLiteral("text"), widgetText(widget)},
            {QStringLiteral("accessibleName"), widget->accessibleName()},
            {QStringLiteral("enabled"), widget->isEnabled()},
            {QStringLiteral("focusable"), widget->focusPolicy() != Qt::NoFocus},
            {QStringLiteral("clipped"), isClipped(widget)},
            {QStringLiteral("x"), geometry.x()},
            {QStringLiteral("y"), geometry.y()},
            {QStringLiteral("width"), geometry.width()},
            {QStringLiteral("height"), geometry.height()},
        };
        widgets.append(entry);
    }
    return widgets;
}

} // namespace HealthHub::Ui
