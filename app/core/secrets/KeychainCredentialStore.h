// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CredentialStore.h"

namespace QKeychain
{
class Job;
}

namespace Herald
{

// The operating system's keychain through QtKeychain: the macOS Keychain, the Windows
// Credential Manager, or the Secret Service / KWallet on Linux.
//
// Never falls back to a plain-text file (setInsecureFallback stays false): when no keychain
// service answers, operations end with Status::Unavailable and a message that says so. A
// failure the keychain does not explain is retried once, as the Nextcloud client does. An
// operation that gets no answer within timeoutMs (a locked keyring waiting for a password
// nobody types) ends with Unavailable; the job's late answer is then ignored.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 60000;

    explicit KeychainCredentialStore(QObject* parent = nullptr);
    ~KeychainCredentialStore() override;
    Q_DISABLE_COPY_MOVE(KeychainCredentialStore)

    void setTimeoutMs(int timeoutMs);
    int timeoutMs() const
    {
        return m_timeoutMs;
    }

    void read(const QString& key, Callback done) override;
    void write(const QString& key, const QString& secret, Callback done) override;
    void remove(const QString& key, Callback done) override;

private:
    enum class Operation
    {
        Read,
        Write,
        Remove,
    };
    void start(Operation operation, const QString& key, const QString& secret, Callback done, bool retried);

    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace Herald
