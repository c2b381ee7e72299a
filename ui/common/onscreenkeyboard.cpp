// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/onscreenkeyboard.h"

#include <QGuiApplication>
#include <QInputMethod>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QWindow>

namespace HealthHub::Ui {

namespace {
constexpr char kModule[] = "qtvirtualkeyboard";
} // namespace

void OnScreenKeyboard::select()
{
    if (qEnvironmentVariableIsEmpty("QT_IM_MODULE")) {
        qputenv("QT_IM_MODULE", kModule);
    }
}

bool OnScreenKeyboard::isSelected()
{
    return qEnvironmentVariable("QT_IM_MODULE") == QLatin1String(kModule);
}

QString OnScreenKeyboard::layoutFor(const QString &languageCode)
{
    if (languageCode == QLatin1String("pl")) {
        return QStringLiteral("pl_PL");
    }
    if (languageCode == QLatin1String("ro")) {
        return QStringLiteral("ro_RO");
    }
    if (languageCode == QLatin1String("ar")) {
        return QStringLiteral("ar_AR");
    }
    if (languageCode == QLatin1String("sk")) {
        return QStringLiteral("sk_SK");
    }
    return QStringLiteral("en_GB");
}

OnScreenKeyboard::OnScreenKeyboard(QObject *parent)
    : QObject(parent)
    , m_avoider(new KeyboardAvoider(this))
    , m_layout(QStringLiteral("en_GB"))
{
    // The panel is made the first time it shows: apply the layout then.
    connect(QGuiApplication::inputMethod(), &QInputMethod::visibleChanged, this, [this] { applyLayout(); });
}

void OnScreenKeyboard::setLanguage(const QString &languageCode)
{
    m_layout = layoutFor(languageCode);
    applyLayout();
}

bool OnScreenKeyboard::applyLayout()
{
    const QWindowList windows = QGuiApplication::allWindows();
    for (QWindow *window : windows) {
        auto *view = qobject_cast<QQuickView *>(window);
        QQmlEngine *engine = view && view->rootObject() ? qmlEngine(view->rootObject()) : nullptr;
        if (!engine) {
            continue;
        }
        const int type = qmlTypeId("QtQuick.VirtualKeyboard.Settings", 2, 0, "VirtualKeyboardSettings");
        if (type < 0) {
            continue;
        }
        if (QObject *settings = engine->singletonInstance<QObject *>(type)) {
            if (settings->property("locale").toString() != m_layout) {
                settings->setProperty("locale", m_layout);
            }
            return true;
        }
    }
    return false;
}

} // namespace HealthHub::Ui
