// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hublink/hublink.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

namespace HealthHub::HubLink {

namespace {
Q_LOGGING_CATEGORY(lcHub, "healthhub.hub", QtInfoMsg)

constexpr int kQos = 1;

QString newRequestId()
{
    return QString::number(QRandomGenerator::system()->generate64(), 16);
}
} // namespace

Link::Link(const Identity &identity, QObject *parent)
    : QObject(parent)
    , m_terminal(identity.terminal)
    , m_role(identity.role)
    , m_client(new MqttClient(this))
{
    m_options.host = identity.host;
    m_options.port = identity.port;
    m_options.clientId = identity.terminal;
    m_options.username = identity.terminal;
    m_options.password = identity.password;
    m_options.caFile = identity.caFile;
    m_options.willTopic = Topic::status(identity.terminal);
    TerminalStatus gone;
    gone.role = identity.role;
    m_options.willPayload = encode(gone);
    m_status.role = identity.role;
    m_problem = QStringLiteral("not connected yet");
    m_receivedTimer.setSingleShot(true);
    m_receivedTimer.setInterval(kReceivedTimeoutMs);
    connect(&m_receivedTimer, &QTimer::timeout, this, [this] {
        if (m_request && m_progress.stage == HelpProgress::Stage::Sending) {
            setProgress(HelpProgress::Stage::Unreachable); // nobody at the console has it yet
        }
    });
    connect(m_client, &MqttClient::connected, this, &Link::onConnected);
    connect(m_client, &MqttClient::disconnected, this, &Link::onDisconnected);
    connect(m_client, &MqttClient::messageReceived, this,
            [this](const QString &topic, const QByteArray &payload) { onMessage(topic, payload); });
}

Link::~Link()
{
    // Said on purpose: a terminal that stops cleanly is offline, not lost.
    if (m_client->isConnected()) {
        TerminalStatus offline = m_status;
        offline.online = false;
        m_client->publish(Topic::status(m_terminal), encode(offline), kQos, true);
    }
    m_options.password.fill('\0');
}

bool Link::isOnline() const
{
    return m_client->isConnected();
}

void Link::start()
{
    if (!m_client->start(m_options)) {
        m_problem = m_client->lastError();
        qCWarning(lcHub) << "the hub link cannot start:" << m_problem;
    }
    const QString me = m_terminal;
    if (m_role == QLatin1String("console")) {
        m_client->subscribe(QStringLiteral("healthhub/status/+"), kQos);
        m_client->subscribe(QStringLiteral("healthhub/help/+/request"), kQos);
        m_client->subscribe(QStringLiteral("healthhub/help/+/answer"), kQos);
    } else {
        m_client->subscribe(Topic::helpAnswer(me), kQos);
        if (m_role == QLatin1String("booth")) {
            m_client->subscribe(Topic::bookings(me), kQos);
        }
    }
}

void Link::setStatus(const TerminalStatus &status)
{
    m_status = status;
    m_status.role = m_role;
    m_status.online = true;
    if (isOnline()) {
        m_client->publish(Topic::status(m_terminal), encode(m_status), kQos, true);
    }
}

void Link::requestHelp(const QString &screen)
{
    m_request = HelpRequest{newRequestId(), screen, QDateTime::currentDateTimeUtc()};
    qCInfo(lcHub) << "help requested";
    if (isOnline() && m_client->publish(Topic::helpRequest(m_terminal), encode(*m_request), kQos, true)) {
        setProgress(HelpProgress::Stage::Sending);
        m_receivedTimer.start();
    } else {
        setProgress(HelpProgress::Stage::Unreachable); // it goes out as soon as the broker is back
    }
}

void Link::withdrawHelp()
{
    if (!m_request) {
        return;
    }
    m_request.reset();
    m_receivedTimer.stop();
    // An empty retained message clears the request on the broker and tells the console.
    m_client->publish(Topic::helpRequest(m_terminal), QByteArray(), kQos, true);
    setProgress(HelpProgress::Stage::None);
}

void Link::answer(const QString &terminal, const QString &firstName)
{
    auto it = m_requests.find(terminal);
    if (it == m_requests.end()) {
        return;
    }
    it->answered = true;
    it->volunteer = firstName.section(QLatin1Char(' '), 0, 0);
    publishAnswer(terminal);
    Q_EMIT openRequestsChanged(false);
}

void Link::publishBookings(const QString &booth, const QList<BookingTime> &times)
{
    if (!isValidTerminalName(booth)) {
        return;
    }
    m_bookings.insert(booth, times);
    if (isOnline()) {
        m_client->publish(Topic::bookings(booth), encodeBookings(times), kQos, true);
    }
}

void Link::onConnected()
{
    m_problem.clear();
    qCInfo(lcHub) << "connected to the hub broker as" << m_terminal;
    republish();
    Q_EMIT onlineChanged(true);
}

void Link::onDisconnected()
{
    m_problem = m_client->lastError();
    if (m_request) {
        setProgress(HelpProgress::Stage::Unreachable);
    }
    Q_EMIT onlineChanged(false);
}

/** Everything this terminal has said, again: the broker may have restarted without it. */
void Link::republish()
{
    m_status.online = true;
    m_client->publish(Topic::status(m_terminal), encode(m_status), kQos, true);
    if (m_request) {
        m_client->publish(Topic::helpRequest(m_terminal), encode(*m_request), kQos, true);
        if (m_progress.stage != HelpProgress::Stage::Received && m_progress.stage != HelpProgress::Stage::Coming) {
            setProgress(HelpProgress::Stage::Sending);
            m_receivedTimer.start();
        }
    }
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it) {
        publishAnswer(it.key());
    }
    for (auto it = m_bookings.cbegin(); it != m_bookings.cend(); ++it) {
        m_client->publish(Topic::bookings(it.key()), encodeBookings(it.value()), kQos, true);
    }
}

void Link::publishAnswer(const QString &terminal)
{
    const OpenRequest &open = m_requests.value(terminal);
    const HelpAnswer answer{open.request.id, open.answered ? HelpAnswer::State::Coming : HelpAnswer::State::Received,
                            open.volunteer};
    m_client->publish(Topic::helpAnswer(terminal), encode(answer), kQos, true);
}

void Link::onMessage(const QString &topic, const QByteArray &payload)
{
    const QString terminal = Topic::terminalOf(topic);
    if (terminal.isEmpty()) {
        return;
    }
    if (topic == Topic::helpRequest(terminal)) {
        onRequestMessage(terminal, payload);
    } else if (topic == Topic::helpAnswer(terminal)) {
        onAnswerMessage(terminal, payload);
    } else if (topic == Topic::status(terminal)) {
        onStatusMessage(terminal, payload);
    } else if (topic == Topic::bookings(terminal) && terminal == m_terminal) {
        if (const auto times = decodeBookings(payload)) {
            Q_EMIT bookingsReceived(*times);
        }
    }
}

void Link::onRequestMessage(const QString &terminal, const QByteArray &payload)
{
    if (m_role != QLatin1String("console")) {
        return;
    }
    if (payload.isEmpty()) { // withdrawn: clear the answer too
        if (m_requests.remove(terminal) > 0) {
            m_client->publish(Topic::helpAnswer(terminal), QByteArray(), kQos, true);
            Q_EMIT openRequestsChanged(false);
        }
        return;
    }
    const auto request = decodeHelpRequest(payload);
    if (!request) {
        qCWarning(lcHub) << "a help request that could not be read was ignored";
        return;
    }
    const bool same = m_requests.contains(terminal) && m_requests.value(terminal).request.id == request->id;
    if (!same) {
        m_requests.insert(terminal, OpenRequest{terminal, *request, false, {}});
    }
    publishAnswer(terminal); // "received", or again what was said
    if (!same) {
        Q_EMIT openRequestsChanged(true);
    }
}

void Link::onAnswerMessage(const QString &terminal, const QByteArray &payload)
{
    const auto answer = decodeHelpAnswer(payload);
    if (m_role == QLatin1String("console")) {
        // A console that restarted learns which requests a volunteer already went to.
        auto it = m_requests.find(terminal);
        if (answer && it != m_requests.end() && it->request.id == answer->id &&
            answer->state == HelpAnswer::State::Coming && !it->answered) {
            it->answered = true;
            it->volunteer = answer->volunteer;
            Q_EMIT openRequestsChanged(false);
        }
        return;
    }
    if (!answer || !m_request || answer->id != m_request->id) {
        return; // an answer to an older request, or nothing open
    }
    m_receivedTimer.stop();
    if (answer->state == HelpAnswer::State::Coming) {
        setProgress(HelpProgress::Stage::Coming, answer->volunteer);
    } else if (m_progress.stage != HelpProgress::Stage::Coming) {
        setProgress(HelpProgress::Stage::Received);
    }
}

void Link::onStatusMessage(const QString &terminal, const QByteArray &payload)
{
    if (m_role != QLatin1String("console")) {
        return;
    }
    if (payload.isEmpty()) {
        m_terminals.remove(terminal);
    } else if (const auto status = decodeStatus(payload)) {
        m_terminals.insert(terminal, TerminalSeen{terminal, *status, QDateTime::currentDateTimeUtc()});
    } else {
        return;
    }
    Q_EMIT terminalsChanged();
}

void Link::setProgress(HelpProgress::Stage stage, const QString &volunteer)
{
    if (m_progress.stage == stage && m_progress.volunteer == volunteer) {
        return;
    }
    m_progress = HelpProgress{stage, volunteer};
    Q_EMIT helpProgressChanged(m_progress);
}

} // namespace HealthHub::HubLink
