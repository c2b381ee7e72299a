// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/securebytes.h"

#include <QString>

#include <sodium.h>

#include <unistd.h>

#include <cstring>
#include <new>
#include <utility>

namespace HealthHub::Store {

namespace {

unsigned char *allocate(std::size_t size)
{
    if (sodium_init() < 0) {
        throw std::bad_alloc();
    }
    // sodium_malloc of 0 bytes still gives guarded memory; keep one byte so data() is never null.
    auto *data = static_cast<unsigned char *>(sodium_malloc(size == 0 ? 1 : size));
    if (!data) {
        throw std::bad_alloc();
    }
    return data;
}

} // namespace

SecureBytes::SecureBytes(std::size_t size)
    : m_data(allocate(size))
    , m_size(size)
{
    sodium_memzero(m_data, size);
}

SecureBytes::SecureBytes(const char *data, std::size_t size)
    : SecureBytes(size)
{
    if (size > 0) {
        std::memcpy(m_data, data, size);
    }
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecureBytes::clear()
{
    if (m_data) {
        sodium_free(m_data); // sodium_free wipes before it frees
    }
    m_data = nullptr;
    m_size = 0;
}

SecureBytes SecureBytes::copy() const
{
    return SecureBytes(chars(), m_size);
}

bool SecureBytes::equals(const SecureBytes &other) const
{
    if (m_size != other.m_size) {
        return false;
    }
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

SecureBytes SecureBytes::takeFromString(QString &text)
{
    // Count the UTF-8 bytes first so the secret is encoded straight into secure memory.
    std::size_t size = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t c = text.at(i).isHighSurrogate() && i + 1 < text.size()
                               ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1))
                               : text.at(i).unicode();
        if (c > 0xffff) {
            ++i;
        }
        size += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    SecureBytes bytes(size);
    unsigned char *out = bytes.data();
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (c < 0x80) {
            *out++ = static_cast<unsigned char>(c);
        } else if (c < 0x800) {
            *out++ = static_cast<unsigned char>(0xc0 | (c >> 6));
            *out++ = static_cast<unsigned char>(0x80 | (c & 0x3f));
        } else if (c < 0x10000) {
            *out++ = static_cast<unsigned char>(0xe0 | (c >> 12));
            *out++ = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3f));
            *out++ = static_cast<unsigned char>(0x80 | (c & 0x3f));
        } else {
            *out++ = static_cast<unsigned char>(0xf0 | (c >> 18));
            *out++ = static_cast<unsigned char>(0x80 | ((c >> 12) & 0x3f));
            *out++ = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3f));
            *out++ = static_cast<unsigned char>(0x80 | (c & 0x3f));
        }
    }
    text.fill(QLatin1Char('\0'));
    text.clear();
    text.squeeze();
    return bytes;
}

SecureBytes SecureBytes::readFromFd(int fd, bool *ok)
{
    constexpr std::size_t kMax = 1024;
    SecureBytes buffer(kMax);
    std::size_t used = 0;
    *ok = true;
    while (used < kMax) {
        char c = 0;
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0) {
            *ok = false;
            return {};
        }
        if (n == 0 || c == '\n') {
            break;
        }
        buffer.data()[used++] = static_cast<unsigned char>(c);
        c = 0;
    }
    if (used > 0 && buffer.data()[used - 1] == '\r') {
        --used;
    }
    return SecureBytes(buffer.chars(), used);
}

} // namespace HealthHub::Store
