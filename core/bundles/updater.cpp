// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundles/updater.h"

#include "core/bundles/bundlefolder.h"
#include "core/bundles/installed.h"
#include "core/bundles/manifest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <QUrl>

#include <curl/curl.h>

namespace HealthHub::Bundles {

namespace {

struct Download
{
    QFile *file = nullptr;
    QByteArray memory;
    qint64 limit = 0;
    bool writeFailed = false;
};

size_t onWrite(char *data, size_t size, size_t count, void *user)
{
    auto *download = static_cast<Download *>(user);
    const qint64 bytes = qint64(size * count);
    if (download->file) {
        if (download->file->write(data, bytes) != bytes) {
            download->writeFailed = true;
            return 0; // libcurl stops: CURLE_WRITE_ERROR
        }
        return size_t(bytes);
    }
    if (download->memory.size() + bytes > download->limit) {
        return 0;
    }
    download->memory.append(data, bytes);
    return size_t(bytes);
}

/** GETs @p url into memory or @p file; empty on success, else why not (plain, no secrets). */
QString fetch(const QString &url, const Updater::Options &options, qint64 limit, QByteArray *memory, QFile *file)
{
    CURL *easy = curl_easy_init();
    if (!easy) {
        return QStringLiteral("the download library could not start");
    }
    Download download{file, {}, limit, false};
    const QByteArray address = url.toUtf8();
    const QByteArray ca = QFile::encodeName(options.caFile);
    curl_easy_setopt(easy, CURLOPT_URL, address.constData());
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "https"); // never plain http, never anything else
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_FAILONERROR, 1L);
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, long(options.connectTimeoutMs));
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, long(options.timeoutMs));
    curl_easy_setopt(easy, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(limit));
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &onWrite);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, &download);
    if (!options.caFile.isEmpty()) {
        curl_easy_setopt(easy, CURLOPT_CAINFO, ca.constData());
    }
    const CURLcode rc = curl_easy_perform(easy);
    curl_easy_cleanup(easy);
    if (download.writeFailed) {
        return QStringLiteral("the disk is full or cannot be written while staging the bundle");
    }
    if (rc != CURLE_OK) {
        return QStringLiteral("%1 could not be downloaded (%2)")
            .arg(QUrl(url).path(), QString::fromUtf8(curl_easy_strerror(rc)));
    }
    if (memory) {
        *memory = download.memory;
    }
    return {};
}

Updater::Result fail(qint64 version, const QString &why)
{
    return {false, version, QStringLiteral("no new bundle: %1").arg(why)};
}

/** Fetches every file the manifest names into @p staging; the problem, or empty when all arrived. */
QString stageFiles(const Manifest &manifest, const QString &base, const Updater::Options &options,
                   const QString &staging)
{
    for (const FileEntry &entry : manifest.files) {
        QDir().mkpath(QFileInfo(QDir(staging).filePath(entry.path)).absolutePath());
        QFile file(QDir(staging).filePath(entry.path));
        if (!file.open(QIODevice::WriteOnly)) {
            return QStringLiteral("the disk is full or cannot be written while staging the bundle");
        }
        const QString problem = fetch(base + entry.path, options, entry.size, nullptr, &file);
        if (!problem.isEmpty()) {
            return problem;
        }
        if (!file.flush()) {
            return QStringLiteral("the disk is full or cannot be written while staging the bundle");
        }
    }
    return {};
}

/** The manifest and its signature beside the staged files, so the folder can be checked as it will run. */
bool writeSignedManifest(const QString &staging, const QByteArray &json, const QByteArray &signature)
{
    QFile manifestFile(QDir(staging).filePath(QLatin1String(BundleFolder::kManifest)));
    QFile signatureFile(QDir(staging).filePath(QLatin1String(BundleFolder::kSignature)));
    return manifestFile.open(QIODevice::WriteOnly) && manifestFile.write(json) == json.size() && manifestFile.flush() &&
           signatureFile.open(QIODevice::WriteOnly) && signatureFile.write(signature) == signature.size() &&
           signatureFile.flush();
}

} // namespace

Updater::Updater(Installed *installed, Options options, QObject *parent)
    : QObject(parent)
    , m_installed(installed)
    , m_options(std::move(options))
{
    curl_global_init(CURL_GLOBAL_DEFAULT);
}

Updater::~Updater()
{
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void Updater::checkNow()
{
    if (m_busy.exchange(true)) {
        return;
    }
    if (m_thread.joinable()) {
        m_thread.join();
    }
    m_thread = std::thread([this] {
        const Result result = check(*m_installed, m_options);
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                m_busy = false;
                Q_EMIT finished(result.staged, result.version, result.message);
            },
            Qt::QueuedConnection);
    });
}

Updater::Result Updater::check(Installed &installed, const Options &options)
{
    const QString base = options.url.endsWith(QLatin1Char('/')) ? options.url : options.url + QLatin1Char('/');
    QByteArray json;
    QByteArray signature;
    QString problem = fetch(base + QLatin1String(BundleFolder::kManifest), options, 4 << 20, &json, nullptr);
    if (problem.isEmpty()) {
        problem = fetch(base + QLatin1String(BundleFolder::kSignature), options, 1024, &signature, nullptr);
    }
    if (!problem.isEmpty()) {
        return fail(0, problem);
    }
    const QList<QByteArray> keys = installed.trustedKeys(options.trustedKeys);
    if (BundleFolder::signer(json, signature, keys).isEmpty()) {
        return fail(0, QStringLiteral("the manifest is not signed by a trusted key"));
    }
    const std::optional<Manifest> manifest = Manifest::parse(json, &problem);
    if (!manifest) {
        return fail(0, problem);
    }
    const qint64 newest = std::max(installed.state().version, installed.pendingVersion());
    if (manifest->version <= newest) {
        return {false, manifest->version,
                manifest->version == newest ? QStringLiteral("bundle %1 is already here").arg(newest)
                                            : QStringLiteral("no new bundle: version %1 is older than %2, which this "
                                                             "terminal has (a rollback is refused)")
                                                  .arg(manifest->version)
                                                  .arg(newest)};
    }
    if (manifest->expires <= QDateTime::currentDateTimeUtc()) {
        return fail(manifest->version, QStringLiteral("bundle %1 has expired").arg(manifest->version));
    }
    const QString staging = installed.stagingFolder(manifest->version);
    problem = stageFiles(*manifest, base, options, staging);
    if (!problem.isEmpty()) {
        QDir(staging).removeRecursively();
        return fail(manifest->version, problem);
    }
    const bool written = writeSignedManifest(staging, json, signature);
    // The whole folder, checked as it will run: every hash, nothing extra, only settings that may be pushed.
    const auto checked = written ? BundleFolder::verify(staging, keys, &problem) : std::nullopt;
    if (!checked) {
        QDir(staging).removeRecursively();
        return fail(manifest->version, written ? problem : QStringLiteral("the disk is full while staging the bundle"));
    }
    problem = installed.setPending(staging, *manifest);
    if (!problem.isEmpty()) {
        QDir(staging).removeRecursively();
        return fail(manifest->version, problem);
    }
    return {true, manifest->version,
            QStringLiteral("bundle %1 is verified and will be used at the next idle restart").arg(manifest->version)};
}

} // namespace HealthHub::Bundles
