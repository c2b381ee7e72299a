// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hublink/messages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace HealthHub::HubLink {

namespace {

constexpr qsizetype kMaxText = 120;
constexpr qsizetype kMaxBookings = 96; // a day of quarter hours
const QString kPrefix = QStringLiteral("healthhub/");

QByteArray finish(QJsonObject object)
{
    object.insert(QStringLiteral("v"), kFormatVersion);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/** The JSON object of a well-formed payload of our version, else nullopt. */
std::optional<QJsonObject> open(const QByteArray &payload)
{
    if (payload.isEmpty() || payload.size() > kMaxPayloadBytes) {
        return std::nullopt;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("v")).toInt(-1) != kFormatVersion) {
        return std::nullopt;
    }
    return object;
}

/** A short string field; nullopt when missing, not a string, too long or holding control characters. */
std::optional<QString> text(const QJsonObject &object, const QString &key, bool required = true)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && !required) {
        return QString();
    }
    if (!value.isString()) {
        return std::nullopt;
    }
    const QString result = value.toString();
    if (result.size() > kMaxText) {
        return std::nullopt;
    }
    for (const QChar c : result) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            return std::nullopt;
        }
    }
    return result;
}

std::optional<QDateTime> time(const QJsonObject &object, const QString &key, bool required = true)
{
    const std::optional<QString> value = text(object, key, required);
    if (!value) {
        return std::nullopt;
    }
    if (value->isEmpty() && !required) {
        return QDateTime();
    }
    const QDateTime parsed = QDateTime::fromString(*value, Qt::ISODate);
    return parsed.isValid() ? std::optional<QDateTime>(parsed.toUTC()) : std::nullopt;
}

QString iso(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

bool isValidTerminalName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$"));
    return pattern.match(name).hasMatch();
}

QByteArray encode(const HelpRequest &request)
{
    return finish({{QStringLiteral("id"), request.id},
                   {QStringLiteral("screen"), request.screen.left(kMaxText)},
                   {QStringLiteral("at"), iso(request.at)}});
}

QByteArray encode(const HelpAnswer &answer)
{
    return finish({{QStringLiteral("id"), answer.id},
                   {QStringLiteral("state"),
                    answer.state == HelpAnswer::State::Coming ? QStringLiteral("coming") : QStringLiteral("received")},
                   {QStringLiteral("volunteer"), answer.volunteer.left(kMaxText)}});
}

QByteArray encode(const TerminalStatus &status)
{
    return finish({{QStringLiteral("online"), status.online},
                   {QStringLiteral("role"), status.role},
                   {QStringLiteral("version"), status.version},
                   {QStringLiteral("bundle"), status.bundle},
                   {QStringLiteral("wipeAt"), iso(status.lastWipe.at)},
                   {QStringLiteral("wipeOk"), status.lastWipe.ok},
                   {QStringLiteral("booth"), status.booth}});
}

QByteArray encodeBookings(const QList<BookingTime> &times)
{
    QJsonArray list;
    for (const BookingTime &time : times.mid(0, kMaxBookings)) {
        list.append(QJsonObject{{QStringLiteral("start"), iso(time.start)}, {QStringLiteral("end"), iso(time.end)}});
    }
    return finish({{QStringLiteral("times"), list}});
}

std::optional<HelpRequest> decodeHelpRequest(const QByteArray &payload)
{
    const auto object = open(payload);
    if (!object) {
        return std::nullopt;
    }
    const auto id = text(*object, QStringLiteral("id"));
    const auto screen = text(*object, QStringLiteral("screen"));
    const auto at = time(*object, QStringLiteral("at"));
    if (!id || id->isEmpty() || !screen || !at) {
        return std::nullopt;
    }
    return HelpRequest{*id, *screen, *at};
}

std::optional<HelpAnswer> decodeHelpAnswer(const QByteArray &payload)
{
    const auto object = open(payload);
    if (!object) {
        return std::nullopt;
    }
    const auto id = text(*object, QStringLiteral("id"));
    const auto state = text(*object, QStringLiteral("state"));
    const auto volunteer = text(*object, QStringLiteral("volunteer"), false);
    if (!id || id->isEmpty() || !state || !volunteer) {
        return std::nullopt;
    }
    HelpAnswer answer{*id, HelpAnswer::State::Received, *volunteer};
    if (*state == QLatin1String("coming")) {
        answer.state = HelpAnswer::State::Coming;
    } else if (*state != QLatin1String("received")) {
        return std::nullopt;
    }
    return answer;
}

std::optional<TerminalStatus> decodeStatus(const QByteArray &payload)
{
    const auto object = open(payload);
    if (!object) {
        return std::nullopt;
    }
    const auto role = text(*object, QStringLiteral("role"), false);
    const auto version = text(*object, QStringLiteral("version"), false);
    const auto bundle = text(*object, QStringLiteral("bundle"), false);
    const auto wipeAt = time(*object, QStringLiteral("wipeAt"), false);
    const auto booth = text(*object, QStringLiteral("booth"), false);
    if (!role || !version || !bundle || !wipeAt || !booth || !object->value(QStringLiteral("online")).isBool()) {
        return std::nullopt;
    }
    TerminalStatus status;
    status.online = object->value(QStringLiteral("online")).toBool();
    status.role = *role;
    status.version = *version;
    status.bundle = *bundle;
    status.lastWipe = {*wipeAt, object->value(QStringLiteral("wipeOk")).toBool()};
    status.booth = *booth;
    return status;
}

std::optional<QList<BookingTime>> decodeBookings(const QByteArray &payload)
{
    const auto object = open(payload);
    if (!object || !object->value(QStringLiteral("times")).isArray()) {
        return std::nullopt;
    }
    const QJsonArray list = object->value(QStringLiteral("times")).toArray();
    if (list.size() > kMaxBookings) {
        return std::nullopt;
    }
    QList<BookingTime> times;
    for (const QJsonValue &value : list) {
        const auto start = time(value.toObject(), QStringLiteral("start"));
        const auto end = time(value.toObject(), QStringLiteral("end"));
        if (!value.isObject() || !start || !end || *end < *start) {
            return std::nullopt;
        }
        times.append({*start, *end});
    }
    return times;
}

namespace Topic {
QString status(const QString &terminal)
{
    return kPrefix + QStringLiteral("status/") + terminal;
}
QString helpRequest(const QString &terminal)
{
    return kPrefix + QStringLiteral("help/") + terminal + QStringLiteral("/request");
}
QString helpAnswer(const QString &terminal)
{
    return kPrefix + QStringLiteral("help/") + terminal + QStringLiteral("/answer");
}
QString bookings(const QString &booth)
{
    return kPrefix + QStringLiteral("booth/") + booth + QStringLiteral("/bookings");
}
QString terminalOf(const QString &topic)
{
    const QStringList parts = topic.split(QLatin1Char('/'));
    if (parts.size() < 3 || parts.first() != QLatin1String("healthhub")) {
        return {};
    }
    return isValidTerminalName(parts.at(2)) ? parts.at(2) : QString();
}
} // namespace Topic

} // namespace HealthHub::HubLink
