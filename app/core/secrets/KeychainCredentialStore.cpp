// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "KeychainCredentialStore.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::StringLiterals;

// Never compiled with a plain-text fallback, whatever the build defines (reliability-and-compliance S2).
#ifdef HERALD_KEYCHAIN_INSECURE_FALLBACK
#error "Herald does not support storing secrets without a keychain"
#endif

namespace Herald
{

namespace
{

Q_LOGGING_CATEGORY(lcSecrets, "herald.secrets")

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
// On Linux the keychain is a D-Bus service; without a session bus there is none to ask.
bool hasSessionBus()
{
    const QString address = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    if (address.startsWith(u"unix:path="_s)) {
        return QFileInfo::exists(address.mid(10).section(u',', 0, 0));
    }
    if (!address.isEmpty()) {
        return true;
    }
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(QDir(runtime).filePath(u"bus"_s));
}
#endif

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject* parent)
    : CredentialStore(parent)
{
}

KeychainCredentialStore::~KeychainCredentialStore() = default;

void KeychainCredentialStore::setTimeoutMs(int timeoutMs)
{
    m_timeoutMs = qMax(1, timeoutMs);
}

void KeychainCredentialStore::read(const QString& key, Callback done)
{
    start(Operation::Read, key, QString(), std::move(done), false);
}

void KeychainCredentialStore::write(const QString& key, const QString& secret, Callback done)
{
    if (const QString refusal = checkSecret(secret); !refusal.isEmpty()) {
        CredentialOutcome outcome;
        outcome.status = CredentialOutcome::Status::Failed;
        outcome.message = refusal;
        QTimer::singleShot(0, this, [done = std::move(done), outcome] { done(outcome); });
        return;
    }
    start(Operation::Write, key, secret, std::move(done), false);
}

void KeychainCredentialStore::remove(const QString& key, Callback done)
{
    start(Operation::Remove, key, QString(), std::move(done), false);
}

void KeychainCredentialStore::start(
    Operation operation, const QString& key, const QString& secret, Callback done, bool retried)
{
    QKeychain::Job* job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(serviceName(), this);
        break;
    case Operation::Write: {
        auto* write = new QKeychain::WritePasswordJob(serviceName(), this);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(serviceName(), this);
        break;
    }
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);

    // Whichever comes first, the job's answer or the timeout, answers the caller.
    auto answered = std::make_shared<bool>(false);
    QPointer<QTimer> timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, answered, timer, done] {
        timer->deleteLater();
        if (*answered) {
            return;
        }
        *answered = true;
        qCDebug(lcSecrets) << "the system keychain did not answer within" << m_timeoutMs << "ms";
        done(unavailable(tr("it did not answer within %n second(s)", nullptr, (m_timeoutMs + 999) / 1000)));
    });
    connect(job, &QKeychain::Job::finished, this,
        [this, answered, timer, done, operation, key, secret, retried](QKeychain::Job* finished) {
            if (timer) { // gone when the timeout answered first
                timer->stop();
                timer->deleteLater();
            }
            if (*answered) {
                return;
            }
            *answered = true;
            CredentialOutcome outcome;
            const QString detail = finished->errorString();
            switch (finished->error()) {
            case QKeychain::NoError:
                outcome.status = CredentialOutcome::Status::Ok;
                if (operation == Operation::Read) {
                    outcome.secret = static_cast<QKeychain::ReadPasswordJob*>(finished)->textData();
                }
                break;
            case QKeychain::EntryNotFound:
                outcome.status = CredentialOutcome::Status::NotFound;
                outcome.message = tr("The system keychain holds no secret for this account.");
                break;
            case QKeychain::AccessDeniedByUser:
            case QKeychain::AccessDenied:
                outcome.status = CredentialOutcome::Status::Denied;
                outcome.message = tr("Access to the system keychain was refused (%1).").arg(detail);
                break;
            case QKeychain::NoBackendAvailable:
            case QKeychain::NotImplemented:
                outcome = unavailable(detail);
                break;
            case QKeychain::CouldNotDeleteEntry:
            case QKeychain::OtherError:
                if (!retried) {
                    // A keyring that is still starting up fails the first request: ask once more.
                    start(operation, key, secret, done, true);
                    return;
                }
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
                // On Linux an unexplained failure means no Secret Service or KWallet answered.
                outcome = unavailable(hasSessionBus() ? detail : tr("there is no D-Bus session bus"));
#else
                outcome.status = CredentialOutcome::Status::Failed;
                outcome.message = tr("The system keychain reported an error: %1").arg(detail);
#endif
                break;
            }
            if (!outcome.ok()) {
                // The caller tells the user. The key names an account, never a secret: safe to log.
                qCDebug(lcSecrets).noquote() << "keychain" << key << "failed:" << detail;
            }
            done(outcome);
        });
    timer->start(m_timeoutMs);
    job->start();
}

} // namespace Herald
