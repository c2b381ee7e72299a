// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hublink/mqttclient.h"

#include <QFile>
#include <QLoggingCategory>
#include <QMetaObject>

#include <mosquitto.h>

#include <algorithm>
#include <chrono>

namespace HealthHub::HubLink {

namespace {
Q_LOGGING_CATEGORY(lcMqtt, "healthhub.hub", QtInfoMsg)

constexpr int kReconnectMinSeconds = 1;
constexpr int kReconnectMaxSeconds = 5;

bool libraryReady()
{
    static const bool ready = mosquitto_lib_init() == MOSQ_ERR_SUCCESS;
    return ready;
}

QString connackReason(int rc)
{
    switch (rc) {
    case 4:
    case 5:
        return QStringLiteral("the broker refused this terminal's name or password (is it still on the hub?)");
    default:
        return QString::fromUtf8(mosquitto_connack_string(rc));
    }
}
} // namespace

MqttClient::MqttClient(QObject *parent)
    : QObject(parent)
{}

MqttClient::~MqttClient()
{
    stop();
    if (m_mosq) {
        mosquitto_destroy(m_mosq);
    }
}

bool MqttClient::start(const Options &options)
{
    stop();
    if (!libraryReady()) {
        m_lastError = QStringLiteral("the MQTT library could not start");
        return false;
    }
    if (m_mosq) {
        mosquitto_destroy(m_mosq);
    }
    // A persistent session (clean_session false): the broker keeps this terminal's subscriptions and QoS 1
    // messages while it is away.
    m_mosq = mosquitto_new(options.clientId.toUtf8().constData(), false, this);
    if (!m_mosq) {
        m_lastError = QStringLiteral("out of memory");
        return false;
    }
    mosquitto_int_option(m_mosq, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V311);
    mosquitto_connect_callback_set(m_mosq, &MqttClient::onConnect);
    mosquitto_disconnect_callback_set(m_mosq, &MqttClient::onDisconnect);
    mosquitto_message_callback_set(m_mosq, &MqttClient::onMessage);
    mosquitto_publish_callback_set(m_mosq, &MqttClient::onPublish);
    mosquitto_username_pw_set(m_mosq, options.username.toUtf8().constData(), options.password.constData());
    if (!options.willTopic.isEmpty()) {
        mosquitto_will_set(m_mosq, options.willTopic.toUtf8().constData(), int(options.willPayload.size()),
                           options.willPayload.constData(), 1, true);
    }
    // TLS only, with the hub's CA and the broker's name checked against its certificate.
    const QByteArray ca = QFile::encodeName(options.caFile);
    if (options.caFile.isEmpty() ||
        mosquitto_tls_set(m_mosq, ca.constData(), nullptr, nullptr, nullptr, nullptr) != MOSQ_ERR_SUCCESS) {
        m_lastError = QStringLiteral("the hub's CA certificate cannot be used");
        return false;
    }
    mosquitto_tls_opts_set(m_mosq, 1, "tlsv1.2", nullptr);
    mosquitto_threaded_set(m_mosq, true);
    m_stopping = false;
    m_thread = std::thread(&MqttClient::runLoop, this, options.host.toUtf8(), options.port, options.keepAliveSeconds);
    return true;
}

void MqttClient::runLoop(QByteArray host, int port, int keepAlive)
{
    int delaySeconds = kReconnectMinSeconds;
    bool first = true;
    while (!m_stopping) {
        // Asynchronous connects never block on a dead host; the loop below finishes the TCP and TLS handshake.
        int rc = first ? mosquitto_connect_async(m_mosq, host.constData(), port, keepAlive)
                       : mosquitto_reconnect_async(m_mosq);
        first = false;
        bool wasConnected = false;
        if (rc == MOSQ_ERR_SUCCESS) {
            while (!m_stopping && (rc = mosquitto_loop(m_mosq, 200, 1)) == MOSQ_ERR_SUCCESS) {
                wasConnected = wasConnected || m_connected;
            }
        }
        if (m_stopping) {
            break;
        }
        if (wasConnected) {
            delaySeconds = kReconnectMinSeconds; // a broker that restarts is usually back at once
        }
        if (rc == MOSQ_ERR_TLS) {
            // The broker's certificate is not from this hub's CA (or not for this host name).
            QMetaObject::invokeMethod(
                this,
                [this] { setConnected(false, QStringLiteral("the broker's certificate was not accepted (TLS)")); },
                Qt::QueuedConnection);
        } else if (!m_connected) {
            QMetaObject::invokeMethod(
                this, [this] { setConnected(false, QStringLiteral("the broker cannot be reached")); },
                Qt::QueuedConnection);
        }
        for (int waited = 0; waited < delaySeconds * 10 && !m_stopping; ++waited) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        delaySeconds = std::min(delaySeconds * 2, kReconnectMaxSeconds);
    }
}

void MqttClient::stop()
{
    if (!m_thread.joinable()) {
        return;
    }
    m_stopping = true;
    mosquitto_disconnect(m_mosq);
    m_thread.join();
    m_connected = false;
}

bool MqttClient::publish(const QString &topic, const QByteArray &payload, int qos, bool retain)
{
    if (!m_mosq) {
        return false;
    }
    int id = 0;
    const int rc = mosquitto_publish(m_mosq, &id, topic.toUtf8().constData(), int(payload.size()), payload.constData(),
                                     qos, retain);
    // Not connected: the caller republishes its state on the next connection, so nothing is lost.
    return rc == MOSQ_ERR_SUCCESS;
}

void MqttClient::subscribe(const QString &filter, int qos)
{
    if (!m_filters.contains(filter)) {
        m_filters.append(filter);
        m_qos.append(qos);
    }
    if (m_mosq && m_connected) {
        mosquitto_subscribe(m_mosq, nullptr, filter.toUtf8().constData(), qos);
    }
}

void MqttClient::resubscribe()
{
    for (qsizetype i = 0; i < m_filters.size(); ++i) {
        mosquitto_subscribe(m_mosq, nullptr, m_filters.at(i).toUtf8().constData(), m_qos.at(i));
    }
}

void MqttClient::setConnected(bool connected, const QString &reason, bool refusal)
{
    // A refusal (wrong password, revoked terminal) is the reason until a connection succeeds: the losses and
    // retries after it say nothing new.
    if (!connected && !refusal && m_refused) {
        return;
    }
    m_refused = refusal;
    const bool was = m_connected.exchange(connected);
    if (connected) {
        resubscribe();
        Q_EMIT this->connected();
        m_lastError.clear();
    } else if (was || reason != m_lastError) {
        // Said once per change: a refused terminal retries every few seconds and must not fill the journal.
        if (reason != m_lastError) {
            qCInfo(lcMqtt) << "hub broker connection lost or refused:" << reason;
        }
        m_lastError = reason;
        Q_EMIT disconnected(reason);
    }
}

// The callbacks run on libmosquitto's thread: they copy and queue, nothing more.
void MqttClient::onConnect(mosquitto *, void *self, int rc)
{
    auto *client = static_cast<MqttClient *>(self);
    const bool ok = rc == 0;
    const QString reason = ok ? QString() : connackReason(rc);
    QMetaObject::invokeMethod(
        client, [client, ok, reason] { client->setConnected(ok, reason, !ok); }, Qt::QueuedConnection);
}

void MqttClient::onDisconnect(mosquitto *, void *self, int rc)
{
    auto *client = static_cast<MqttClient *>(self);
    const QString reason =
        rc == 0 ? QStringLiteral("disconnected") : QStringLiteral("the connection to the broker was lost");
    QMetaObject::invokeMethod(
        client, [client, reason] { client->setConnected(false, reason); }, Qt::QueuedConnection);
}

void MqttClient::onMessage(mosquitto *, void *self, const mosquitto_message *message)
{
    auto *client = static_cast<MqttClient *>(self);
    const QString topic = QString::fromUtf8(message->topic);
    const QByteArray payload(static_cast<const char *>(message->payload), message->payloadlen);
    const bool retained = message->retain;
    QMetaObject::invokeMethod(
        client, [client, topic, payload, retained] { Q_EMIT client->messageReceived(topic, payload, retained); },
        Qt::QueuedConnection);
}

void MqttClient::onPublish(mosquitto *, void *self, int messageId)
{
    auto *client = static_cast<MqttClient *>(self);
    QMetaObject::invokeMethod(
        client, [client, messageId] { Q_EMIT client->publishAcknowledged(messageId); }, Qt::QueuedConnection);
}

} // namespace HealthHub::HubLink
