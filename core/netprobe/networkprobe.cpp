// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/netprobe/networkprobe.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QThread>

#include <curl/curl.h>

#include <chrono>
#include <mutex>
#include <random>
#include <vector>

Q_LOGGING_CATEGORY(lcNetProbe, "healthhub.netprobe", QtInfoMsg)

namespace HealthHub::NetProbe {

namespace {

constexpr char kUserAgent[] = "HealthHubKiosk-network-check";

using Clock = std::chrono::steady_clock;

qint64 microsSince(Clock::time_point start, Clock::time_point end)
{
    return std::chrono::duration_cast<std::chrono::microseconds>(end - start).count();
}

bool isLoopback(const QString &host)
{
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("::1") || host == QLatin1String("localhost");
}

/** Only https, or plain http to a loopback host in test set-ups: a probe must never go anywhere else. */
bool isProbeable(const QUrl &url, bool allowLoopbackHttp)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return false;
    }
    if (url.scheme() == QLatin1String("https")) {
        return true;
    }
    return allowLoopbackHttp && url.scheme() == QLatin1String("http") && isLoopback(url.host());
}

HostTiming::Failure failureFor(CURLcode code)
{
    switch (code) {
    case CURLE_OK:
        return HostTiming::Failure::None;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return HostTiming::Failure::NameLookup;
    case CURLE_COULDNT_CONNECT:
        return HostTiming::Failure::Connect;
    case CURLE_OPERATION_TIMEDOUT:
        return HostTiming::Failure::Timeout;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
        return HostTiming::Failure::Tls;
    default:
        return HostTiming::Failure::Other;
    }
}

/** One libcurl transfer with the callbacks and counters the probe needs. */
struct Transfer
{
    CURL *easy = nullptr;
    const std::atomic_bool *cancelled = nullptr;
    Clock::time_point started;
    Clock::time_point lastByte;
    Clock::time_point firstAnswer;
    bool answered = false;
    qint64 received = 0;
    qint64 receiveCap = 0; ///< 0 for no cap
    bool capReached = false;
    qint64 budgetUs = 0; ///< 0 for no budget
    bool budgetHit = false;
    QByteArray uploadBody;
    qint64 uploadOffset = 0;

    Transfer() { easy = curl_easy_init(); }
    ~Transfer() { curl_easy_cleanup(easy); }
    Transfer(const Transfer &) = delete;
    Transfer &operator=(const Transfer &) = delete;

    static size_t onWrite(char *, size_t size, size_t count, void *self)
    {
        auto *t = static_cast<Transfer *>(self);
        const auto bytes = qint64(size * count);
        t->received += bytes;
        t->lastByte = Clock::now();
        if (t->receiveCap > 0 && t->received >= t->receiveCap) {
            t->capReached = true;
            return 0; // enough to measure: stop here (libcurl reports a write error, which we expect)
        }
        return size * count;
    }

    static size_t onHeader(char *, size_t size, size_t count, void *self)
    {
        auto *t = static_cast<Transfer *>(self);
        if (!t->answered) {
            t->answered = true;
            t->firstAnswer = Clock::now();
        }
        return size * count;
    }

    static size_t onRead(char *buffer, size_t size, size_t count, void *self)
    {
        auto *t = static_cast<Transfer *>(self);
        const qint64 left = t->uploadBody.size() - t->uploadOffset;
        const qint64 n = std::min<qint64>(left, qint64(size * count));
        memcpy(buffer, t->uploadBody.constData() + t->uploadOffset, size_t(n));
        t->uploadOffset += n;
        return size_t(n);
    }

    static int onProgress(void *self, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
    {
        auto *t = static_cast<Transfer *>(self);
        if (t->cancelled && t->cancelled->load()) {
            return 1;
        }
        if (t->budgetUs > 0 && microsSince(t->started, Clock::now()) > t->budgetUs) {
            t->budgetHit = true;
            return 1;
        }
        return 0;
    }

    void setUp(const QUrl &url, const NetworkProbe::Options &options, int timeoutMs)
    {
        const QByteArray address = url.toEncoded();
        curl_easy_setopt(easy, CURLOPT_URL, address.constData()); // libcurl copies the string
        curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, options.allowLoopbackHttp ? "https,http" : "https");
        curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
        curl_easy_setopt(easy, CURLOPT_FRESH_CONNECT, 1L); // every figure includes its own handshake
        curl_easy_setopt(easy, CURLOPT_FORBID_REUSE, 1L);
        curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, long(options.connectTimeoutMs));
        curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, long(timeoutMs));
        curl_easy_setopt(easy, CURLOPT_USERAGENT, kUserAgent);
        curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &Transfer::onWrite);
        curl_easy_setopt(easy, CURLOPT_WRITEDATA, this);
        curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &Transfer::onHeader);
        curl_easy_setopt(easy, CURLOPT_HEADERDATA, this);
        curl_easy_setopt(easy, CURLOPT_NOPROGRESS, 0L);
        curl_easy_setopt(easy, CURLOPT_XFERINFOFUNCTION, &Transfer::onProgress);
        curl_easy_setopt(easy, CURLOPT_XFERINFODATA, this);
        if (!options.caFile.isEmpty()) {
            const QByteArray caFile = QFile::encodeName(options.caFile);
            curl_easy_setopt(easy, CURLOPT_CAINFO, caFile.constData()); // libcurl copies the string
        }
        started = Clock::now();
    }

    qint64 info(CURLINFO what) const
    {
        curl_off_t value = 0;
        return curl_easy_getinfo(easy, what, &value) == CURLE_OK ? qint64(value) : -1;
    }

    HostTiming timing(const QString &host, CURLcode code) const
    {
        HostTiming result;
        result.host = host;
        result.failure = failureFor(code);
        const qint64 dns = info(CURLINFO_NAMELOOKUP_TIME_T);
        const qint64 connect = info(CURLINFO_CONNECT_TIME_T);
        const qint64 app = info(CURLINFO_APPCONNECT_TIME_T);
        const qint64 pre = info(CURLINFO_PRETRANSFER_TIME_T);
        const qint64 start = info(CURLINFO_STARTTRANSFER_TIME_T);
        result.dnsUs = dns > 0 ? dns : (connect > 0 ? 0 : -1);
        if (connect > 0) {
            result.connectUs = connect - std::max<qint64>(dns, 0);
            result.tlsUs = app > 0 ? app - connect : 0;
        }
        if (result.reached() && start > 0 && pre >= 0) {
            result.firstByteUs = start - pre;
        }
        return result;
    }
};

/** Phase one: every host at once, each a HEAD request on a fresh connection. */
QList<HostTiming> probeHosts(const QList<QUrl> &urls, const NetworkProbe::Options &options,
                             const std::atomic_bool &cancelled)
{
    QList<HostTiming> timings(urls.size());
    std::vector<std::unique_ptr<Transfer>> transfers;
    CURLM *multi = curl_multi_init();
    for (qsizetype i = 0; i < urls.size(); ++i) {
        transfers.push_back(std::make_unique<Transfer>());
        timings[i].host = urls.at(i).host();
        if (!isProbeable(urls.at(i), options.allowLoopbackHttp)) {
            timings[i].failure = HostTiming::Failure::Other;
            continue;
        }
        Transfer &t = *transfers.back();
        t.cancelled = &cancelled;
        t.setUp(urls.at(i), options, options.probeTimeoutMs);
        curl_easy_setopt(t.easy, CURLOPT_NOBODY, 1L);
        curl_easy_setopt(t.easy, CURLOPT_PRIVATE, reinterpret_cast<char *>(i));
        curl_multi_add_handle(multi, t.easy);
    }

    int running = 0;
    do {
        curl_multi_perform(multi, &running);
        while (true) {
            int queued = 0;
            CURLMsg *message = curl_multi_info_read(multi, &queued);
            if (!message) {
                break;
            }
            if (message->msg != CURLMSG_DONE) {
                continue;
            }
            char *index = nullptr;
            curl_easy_getinfo(message->easy_handle, CURLINFO_PRIVATE, &index);
            const auto i = qsizetype(reinterpret_cast<quintptr>(index));
            timings[i] = transfers[size_t(i)]->timing(urls.at(i).host(), message->data.result);
            curl_multi_remove_handle(multi, message->easy_handle);
        }
        if (running > 0) {
            curl_multi_poll(multi, nullptr, 0, 100, nullptr);
        }
    } while (running > 0 && !cancelled.load());
    for (const auto &t : transfers) {
        curl_multi_remove_handle(multi, t->easy); // harmless for handles already removed
    }
    curl_multi_cleanup(multi);
    return timings;
}

SpeedSample download(const QUrl &url, const NetworkProbe::Options &options, const std::atomic_bool &cancelled)
{
    Transfer t;
    t.cancelled = &cancelled;
    t.setUp(url, options, options.downloadBudgetMs + options.connectTimeoutMs);
    t.receiveCap = options.downloadCapBytes;
    t.budgetUs = qint64(options.downloadBudgetMs) * 1000;
    const CURLcode code = curl_easy_perform(t.easy);
    SpeedSample sample;
    sample.timeBudgetHit = t.budgetHit;
    const bool stoppedByUs = t.capReached || (code == CURLE_ABORTED_BY_CALLBACK && t.budgetHit);
    sample.failure = stoppedByUs ? HostTiming::Failure::None : failureFor(code);
    const qint64 pre = t.info(CURLINFO_PRETRANSFER_TIME_T);
    if ((code == CURLE_OK || stoppedByUs) && t.received > 0 && pre >= 0) {
        sample.completed = true;
        sample.bytes = t.received;
        sample.micros = std::max<qint64>(1, microsSince(t.started, t.lastByte) - pre);
    }
    return sample;
}

SpeedSample upload(const QUrl &url, const NetworkProbe::Options &options, const std::atomic_bool &cancelled)
{
    Transfer t;
    t.cancelled = &cancelled;
    t.setUp(url, options, options.uploadBudgetMs + options.connectTimeoutMs);
    t.budgetUs = qint64(options.uploadBudgetMs) * 1000;
    // Random bytes, so a compressing proxy cannot shrink them.
    const qint64 size = qint64(options.minKbps) * 1000 / 8 * options.uploadSeconds;
    t.uploadBody.resize(size);
    std::mt19937 random(20240607u);
    for (char &byte : t.uploadBody) {
        byte = char(random() & 0xff);
    }
    curl_slist *headers = curl_slist_append(nullptr, "Expect:"); // no 100-continue pause
    headers = curl_slist_append(headers, "Content-Type: application/octet-stream");
    curl_easy_setopt(t.easy, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(t.easy, CURLOPT_POST, 1L);
    curl_easy_setopt(t.easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(size));
    curl_easy_setopt(t.easy, CURLOPT_READFUNCTION, &Transfer::onRead);
    curl_easy_setopt(t.easy, CURLOPT_READDATA, &t);
    const CURLcode code = curl_easy_perform(t.easy);
    curl_slist_free_all(headers);

    SpeedSample sample;
    sample.timeBudgetHit = t.budgetHit;
    const qint64 pre = t.info(CURLINFO_PRETRANSFER_TIME_T);
    if (code == CURLE_OK && t.answered && t.uploadOffset == size && pre >= 0) {
        sample.completed = true;
        sample.bytes = size;
        sample.micros = std::max<qint64>(1, microsSince(t.started, t.firstAnswer) - pre);
    } else if (t.budgetHit && pre >= 0) {
        // Not done in time: the line is slower than the whole body over the budget. Report that bound.
        sample.completed = true;
        sample.bytes = size;
        sample.micros = t.budgetUs;
    } else {
        sample.failure = code == CURLE_OK ? HostTiming::Failure::Other : failureFor(code);
    }
    return sample;
}

void initialiseCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

} // namespace

NetworkProbe::NetworkProbe(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<NetworkReport>();
    initialiseCurlOnce();
}

NetworkProbe::~NetworkProbe()
{
    if (m_thread) {
        m_cancelled->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

QList<QUrl> NetworkProbe::urlsForHosts(const QStringList &hosts)
{
    QList<QUrl> urls;
    for (const QString &host : hosts) {
        QUrl url;
        url.setScheme(QStringLiteral("https"));
        url.setHost(host);
        url.setPath(QStringLiteral("/"));
        urls.append(url);
    }
    return urls;
}

void NetworkProbe::start(const QList<QUrl> &videoHostUrls, const QUrl &testUrl)
{
    if (m_thread) {
        return;
    }
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_report = std::make_shared<NetworkReport>();
    auto cancelled = m_cancelled;
    auto report = m_report;
    const Options options = m_options;
    m_thread = QThread::create([videoHostUrls, testUrl, options, cancelled, report] {
        *report = run(videoHostUrls, testUrl, options, *cancelled);
    });
    m_thread->setObjectName(QStringLiteral("network-check"));
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        const NetworkReport result = *m_report;
        Q_EMIT finished(result);
    });
    m_thread->start();
}

void NetworkProbe::cancel()
{
    if (m_cancelled) {
        m_cancelled->store(true);
    }
}

NetworkReport NetworkProbe::run(const QList<QUrl> &videoHostUrls, const QUrl &testUrl, const Options &options,
                                const std::atomic_bool &cancelled)
{
    initialiseCurlOnce();
    QElapsedTimer timer;
    timer.start();
    NetworkReport report;

    QList<QUrl> all = videoHostUrls;
    all.append(testUrl);
    QList<HostTiming> timings = probeHosts(all, options, cancelled);
    report.testHost = timings.takeLast();
    report.videoHosts = timings;

    if (report.testHost.reached() && !cancelled.load()) {
        report.download = download(testUrl, options, cancelled);
    }
    if (report.testHost.reached() && !cancelled.load()) {
        report.upload = upload(testUrl, options, cancelled);
    }
    report.cancelled = cancelled.load();
    report.elapsedMs = timer.elapsed();

    for (const HostTiming &host : std::as_const(report.videoHosts)) {
        qCInfo(lcNetProbe, "%s: %s, dns %lld us, tcp %lld us, tls %lld us, answer %lld us", qPrintable(host.host),
               qPrintable(failureName(host.failure)), host.dnsUs, host.connectUs, host.tlsUs, host.firstByteUs);
    }
    qCInfo(lcNetProbe, "test address %s: %s; down %.0f kbit/s, up %.0f kbit/s%s; %lld ms",
           qPrintable(report.testHost.host), qPrintable(failureName(report.testHost.failure)), report.download.kbps(),
           report.upload.kbps(), report.upload.timeBudgetHit ? " (upload hit the time limit)" : "", report.elapsedMs);
    return report;
}

} // namespace HealthHub::NetProbe
