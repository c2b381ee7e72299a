// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace HealthHub::Kiosk {

/** practice://site/<path>: the offline practice site, served from the Qt resource folder :/practice/. */
inline constexpr char kPracticeScheme[] = "practice";
/** healthhub://app/<page>: the application's own pages (blocked, probe), made by InternalPages. */
inline constexpr char kInternalScheme[] = "healthhub";

/**
 * Registers practice: and healthhub: with the web engine. Must run before QApplication is constructed
 * (App::Application::prepare() and every test that loads web pages call it first). Safe to call more than once.
 */
void registerUrlSchemes();

/** practice://site/<path>, e.g. practiceUrl("appointments/book.html"). */
QUrl practiceUrl(const QString &path = QString());
/** healthhub://app/<page>[?query], e.g. internalUrl("blocked"). */
QUrl internalUrl(const QString &page, const QUrlQuery &query = QUrlQuery());

} // namespace HealthHub::Kiosk
