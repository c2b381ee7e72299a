// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <thread>

struct mosquitto;
struct mosquitto_message;

namespace HealthHub::HubLink {

/**
 * One connection to the hub's broker through libmosquitto, over TLS with a user name and password.
 *
 * libmosquitto's network loop runs on a thread of this class's own (not mosquitto_loop_start: its loop gives up
 * for good after a TLS error, which is what a broker that is killed mid-connection produces). The thread connects,
 * runs mosquitto_loop(), and after any loss or refusal tries again every 1 to 5 seconds, so a slow TLS handshake
 * or a dead network never blocks the screens. The callbacks only copy what they were given and queue it to this
 * object's thread, so every signal arrives on the Qt event loop. publish() and subscribe() are safe from the
 * object's thread while the loop runs (libmosquitto locks internally).
 */
class MqttClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MqttClient)

public:
    struct Options
    {
        QString host;
        int port = 8883;
        QString clientId; ///< the terminal's name: with a persistent session the broker keeps its subscriptions
        QString username;
        QByteArray password;
        QString caFile;
        QString willTopic;
        QByteArray willPayload;
        int keepAliveSeconds = 10;
    };

    explicit MqttClient(QObject *parent = nullptr);
    ~MqttClient() override;

    /** Starts connecting (and reconnecting); false with lastError() when the options cannot be used at all. */
    bool start(const Options &options);
    /** Disconnects cleanly (the will is not sent) and stops the network thread. */
    void stop();
    bool isConnected() const { return m_connected; }
    QString lastError() const { return m_lastError; }

    /** Queues a message; QoS 1 messages are resent until the broker acknowledges them. False when refused. */
    bool publish(const QString &topic, const QByteArray &payload, int qos, bool retain);
    /** Subscribes now (if connected) and again after every reconnection. */
    void subscribe(const QString &filter, int qos);

Q_SIGNALS:
    void connected();
    /** The connection ended or was refused; @p reason is plain and holds no secret. */
    void disconnected(const QString &reason);
    void messageReceived(const QString &topic, const QByteArray &payload, bool retained);
    void publishAcknowledged(int messageId);

private:
    static void onConnect(mosquitto *, void *self, int rc);
    static void onDisconnect(mosquitto *, void *self, int rc);
    static void onMessage(mosquitto *, void *self, const mosquitto_message *message);
    static void onPublish(mosquitto *, void *self, int messageId);
    void resubscribe();
    void runLoop(QByteArray host, int port, int keepAlive);
    void setConnected(bool connected, const QString &reason, bool refusal = false);

    mosquitto *m_mosq = nullptr;
    std::atomic_bool m_connected{false};
    std::thread m_thread;
    std::atomic_bool m_stopping{false};
    bool m_refused = false;
    QString m_lastError;
    QStringList m_filters;
    QList<int> m_qos;
};

} // namespace HealthHub::HubLink
