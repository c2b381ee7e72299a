// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/keyfile.h"

#include "core/store/storeerror.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStorageInfo>

#include <sodium.h>

#include <fcntl.h>
#include <unistd.h>

namespace HealthHub::Store {

namespace {

constexpr int kFormat = 1;
constexpr int kCheckBytes = 16;
constexpr char kCheckLabel[] = "healthhub key check v1";
constexpr quint64 kMaxMemLimit = quint64(4) << 30;

QJsonObject slotToJson(const KeySlot &slot)
{
    return QJsonObject{
        {QStringLiteral("kdf"), QStringLiteral("argon2id13")},
        {QStringLiteral("opslimit"), QString::number(slot.cost.opsLimit)},
        {QStringLiteral("memlimit"), QString::number(slot.cost.memLimit)},
        {QStringLiteral("salt"), QString::fromLatin1(slot.salt.toHex())},
        {QStringLiteral("check"), QString::fromLatin1(slot.check.toHex())},
    };
}

std::optional<KeySlot> slotFromJson(const QJsonObject &object)
{
    if (object.value(QStringLiteral("kdf")).toString() != QLatin1String("argon2id13")) {
        return std::nullopt;
    }
    KeySlot slot;
    bool opsOk = false;
    bool memOk = false;
    slot.cost.opsLimit = object.value(QStringLiteral("opslimit")).toString().toULongLong(&opsOk);
    slot.cost.memLimit = object.value(QStringLiteral("memlimit")).toString().toULongLong(&memOk);
    slot.salt = QByteArray::fromHex(object.value(QStringLiteral("salt")).toString().toLatin1());
    slot.check = QByteArray::fromHex(object.value(QStringLiteral("check")).toString().toLatin1());
    if (!opsOk || !memOk || slot.cost.opsLimit < crypto_pwhash_OPSLIMIT_MIN || slot.cost.opsLimit > 64 ||
        slot.cost.memLimit < crypto_pwhash_MEMLIMIT_MIN || slot.cost.memLimit > kMaxMemLimit ||
        slot.salt.size() != crypto_pwhash_SALTBYTES || slot.check.size() != kCheckBytes) {
        return std::nullopt;
    }
    return slot;
}

QString pendingName(KeyFile::Pending pending)
{
    switch (pending) {
    case KeyFile::Pending::None:
        return QStringLiteral("none");
    case KeyFile::Pending::Preparing:
        return QStringLiteral("preparing");
    case KeyFile::Pending::Ready:
        return QStringLiteral("ready");
    }
    return QString();
}

QByteArray checkValue(const SecureBytes &key)
{
    QByteArray check(kCheckBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(check.data()), kCheckBytes,
                       reinterpret_cast<const unsigned char *>(kCheckLabel), sizeof kCheckLabel - 1, key.data(),
                       key.size());
    return check;
}

} // namespace

static_assert(crypto_pwhash_OPSLIMIT_MODERATE == 3 && crypto_pwhash_MEMLIMIT_MODERATE == 256u << 20,
              "KdfCost::standard() is libsodium's moderate cost");

KdfCost KdfCost::cheapest()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

KeySlot KeySlot::fresh(const KdfCost &cost)
{
    if (sodium_init() < 0) {
        fail(StoreError::Code::Internal, QStringLiteral("libsodium did not start"));
    }
    KeySlot slot;
    slot.cost = cost;
    slot.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(slot.salt.data(), size_t(slot.salt.size()));
    return slot;
}

SecureBytes KeySlot::derive(const SecureBytes &passphrase) const
{
    if (sodium_init() < 0) {
        fail(StoreError::Code::Internal, QStringLiteral("libsodium did not start"));
    }
    SecureBytes key(crypto_secretbox_KEYBYTES); // 32 bytes: a 256-bit key
    if (crypto_pwhash(key.data(), key.size(), passphrase.isEmpty() ? "" : passphrase.chars(), passphrase.size(),
                      reinterpret_cast<const unsigned char *>(salt.constData()), cost.opsLimit, size_t(cost.memLimit),
                      crypto_pwhash_ALG_ARGON2ID13) != 0) {
        fail(StoreError::Code::Internal, QStringLiteral("Argon2id ran out of memory"));
    }
    return key;
}

void KeySlot::seal(const SecureBytes &key)
{
    check = checkValue(key);
}

bool KeySlot::matches(const SecureBytes &key) const
{
    const QByteArray expected = checkValue(key);
    return check.size() == kCheckBytes && sodium_memcmp(expected.constData(), check.constData(), kCheckBytes) == 0;
}

QByteArray KeyFile::toJson() const
{
    QJsonObject root{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("application"), QStringLiteral("healthhub")},
        {QStringLiteral("current"), slotToJson(current)},
        {QStringLiteral("pending"), pendingName(pending)},
    };
    if (pending != Pending::None) {
        root.insert(QStringLiteral("next"), slotToJson(next));
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<KeyFile> KeyFile::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toInt() != kFormat ||
        root.value(QStringLiteral("application")).toString() != QLatin1String("healthhub")) {
        return std::nullopt;
    }
    KeyFile file;
    const auto current = slotFromJson(root.value(QStringLiteral("current")).toObject());
    if (!current) {
        return std::nullopt;
    }
    file.current = *current;
    const QString pending = root.value(QStringLiteral("pending")).toString();
    if (pending == QLatin1String("none")) {
        file.pending = Pending::None;
    } else if (pending == QLatin1String("preparing") || pending == QLatin1String("ready")) {
        file.pending = pending == QLatin1String("ready") ? Pending::Ready : Pending::Preparing;
        const auto next = slotFromJson(root.value(QStringLiteral("next")).toObject());
        if (!next) {
            return std::nullopt;
        }
        file.next = *next;
    } else {
        return std::nullopt;
    }
    return file;
}

KeyFile KeyFile::load(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        fail(StoreError::Code::MissingKeyFile, path);
    }
    if (!file.open(QIODevice::ReadOnly)) {
        fail(StoreError::Code::Io, path + QStringLiteral(": ") + file.errorString());
    }
    const auto parsed = fromJson(file.read(64 * 1024));
    if (!parsed) {
        fail(StoreError::Code::Corrupt, path + QStringLiteral(": the key file is not valid"));
    }
    return *parsed;
}

void KeyFile::save(const QString &path) const
{
    QSaveFile file(path);
    const QByteArray json = toJson();
    // 0600 before the first byte: the key file is the hub's secret, whatever the umask.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(json) != json.size() || !file.commit()) {
        const QString detail = path + QStringLiteral(": ") + file.errorString();
        if (file.error() == QFileDevice::ResourceError ||
            QStorageInfo(QFileInfo(path).absolutePath()).bytesAvailable() < 64 * 1024) {
            fail(StoreError::Code::DiskFull, detail);
        }
        if (file.error() == QFileDevice::OpenError || file.error() == QFileDevice::PermissionsError) {
            fail(StoreError::Code::ReadOnly, detail);
        }
        fail(StoreError::Code::Io, detail);
    }
    if (!syncFolder(QFileInfo(path).absolutePath())) {
        fail(StoreError::Code::Io, path + QStringLiteral(": the folder could not be synced"));
    }
}

bool syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace HealthHub::Store
