// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MemoryCredentialStore.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace Herald::Test
{

MemoryCredentialStore::MemoryCredentialStore(QObject* parent)
    : CredentialStore(parent)
{
}

MemoryCredentialStore::~MemoryCredentialStore() = default;

void MemoryCredentialStore::answer(Callback done, CredentialOutcome outcome)
{
    QTimer::singleShot(0, this, [done = std::move(done), outcome = std::move(outcome)] { done(outcome); });
}

void MemoryCredentialStore::read(const QString& key, Callback done)
{
    ++m_reads;
    CredentialOutcome outcome;
    if (m_unavailable) {
        outcome = unavailable(u"memory store switched off"_s);
    } else if (const auto it = m_entries.constFind(key); it != m_entries.constEnd()) {
        outcome.status = CredentialOutcome::Status::Ok;
        outcome.secret = it.value();
    } else {
        outcome.status = CredentialOutcome::Status::NotFound;
        outcome.message = u"not found"_s;
    }
    answer(std::move(done), outcome);
}

void MemoryCredentialStore::write(const QString& key, const QString& secret, Callback done)
{
    CredentialOutcome outcome;
    if (m_unavailable) {
        outcome = unavailable(u"memory store switched off"_s);
    } else if (const QString refusal = checkSecret(secret); !refusal.isEmpty()) {
        outcome.message = refusal;
    } else {
        m_entries.insert(key, secret);
        outcome.status = CredentialOutcome::Status::Ok;
    }
    answer(std::move(done), outcome);
}

void MemoryCredentialStore::remove(const QString& key, Callback done)
{
    CredentialOutcome outcome;
    if (m_unavailable) {
        outcome = unavailable(u"memory store switched off"_s);
    } else if (m_entries.remove(key) > 0) {
        outcome.status = CredentialOutcome::Status::Ok;
    } else {
        outcome.status = CredentialOutcome::Status::NotFound;
        outcome.message = u"not found"_s;
    }
    answer(std::move(done), outcome);
}

} // namespace Herald::Test
