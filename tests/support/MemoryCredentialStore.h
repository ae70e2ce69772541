// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/CredentialStore.h"

#include <QHash>
#include <QString>

namespace Herald::Test
{

// A credential store in memory, for unit tests only: Herald itself never keeps a secret
// anywhere but the system keychain. Answers asynchronously, like the keychain, and can play
// a machine without a keychain.
class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT

public:
    explicit MemoryCredentialStore(QObject* parent = nullptr);
    ~MemoryCredentialStore() override;
    Q_DISABLE_COPY_MOVE(MemoryCredentialStore)

    void read(const QString& key, Callback done) override;
    void write(const QString& key, const QString& secret, Callback done) override;
    void remove(const QString& key, Callback done) override;

    // Every operation then ends with Status::Unavailable.
    void setUnavailable(bool unavailable)
    {
        m_unavailable = unavailable;
    }
    const QHash<QString, QString>& entries() const
    {
        return m_entries;
    }
    void insert(const QString& key, const QString& secret)
    {
        m_entries.insert(key, secret);
    }
    int reads() const
    {
        return m_reads;
    }

private:
    void answer(Callback done, CredentialOutcome outcome);

    QHash<QString, QString> m_entries;
    bool m_unavailable = false;
    int m_reads = 0;
};

} // namespace Herald::Test
