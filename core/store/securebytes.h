// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

class QString;

namespace HealthHub::Store {

/**
 * Bytes that hold a secret: a passphrase, a PIN or a key. They live in memory from sodium_malloc (guard
 * pages, locked against swapping where the system allows) and are wiped with sodium_memzero when freed.
 * Copying is explicit (copy()), so a secret is never duplicated by accident. Never log the contents.
 */
class SecureBytes final
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const char *data, std::size_t size);
    ~SecureBytes();
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    /**
     * Takes a secret typed into a QString (the unavoidable input edge): converts it to UTF-8 in secure
     * memory, then overwrites the QString's characters and clears it.
     */
    static SecureBytes takeFromString(QString &text);
    /** Reads until end of file or newline from @p fd (a pipe or file given with --passphrase-fd). */
    static SecureBytes readFromFd(int fd, bool *ok);

    SecureBytes copy() const;
    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    const char *chars() const { return reinterpret_cast<const char *>(m_data); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    /** Constant-time comparison. */
    bool equals(const SecureBytes &other) const;
    /** Wipes and frees now. */
    void clear();

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace HealthHub::Store
