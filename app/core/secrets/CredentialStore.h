// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace Herald
{

// How a credential store operation ended.
struct CredentialOutcome
{
    enum class Status
    {
        Ok,
        NotFound, // nothing is stored under the key (a read or a removal)
        Unavailable, // no keychain service to talk to (a headless Linux without Secret Service…)
        Denied, // the user or the system refused access
        Failed, // anything else; message says what
    };

    Status status = Status::Failed;
    QString secret; // a successful read only
    QString message; // translated, for the user; empty when Ok

    bool ok() const
    {
        return status == Status::Ok;
    }
};

// Where provider secrets live: the operating system's keychain, never Herald's own files
// (DESIGN §5, STYLE §6). Keys name one account of one workspace (accountKey()).
//
// Operations are asynchronous: the keychain may ask the user to unlock it. Each callback is
// called exactly once, on the store's thread and never from inside the call that started
// the operation, unless the store is destroyed first. The …Now() helpers wait for the answer
// in a local event loop, for the command line.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const CredentialOutcome&)>;

    // Longest secret accepted, in UTF-8 bytes. Provider tokens are far shorter; the Windows
    // credential store refuses blobs above 2,560 bytes, so longer ones are refused everywhere.
    static constexpr int MaxSecretBytes = 2048;

    explicit CredentialStore(QObject* parent = nullptr);
    ~CredentialStore() override;
    Q_DISABLE_COPY_MOVE(CredentialStore)

    // The keychain service name: the application id, org.herald.Herald.
    static QString serviceName();
    // "account/<workspace id>/<account id>".
    static QString accountKey(const QString& workspaceId, qint64 accountId);

    virtual void read(const QString& key, Callback done) = 0;
    virtual void write(const QString& key, const QString& secret, Callback done) = 0;
    // Removing a key that holds nothing ends with NotFound.
    virtual void remove(const QString& key, Callback done) = 0;

    CredentialOutcome readNow(const QString& key);
    CredentialOutcome writeNow(const QString& key, const QString& secret);
    CredentialOutcome removeNow(const QString& key);

    // The refusal of a secret write() must not store (empty or too long); empty when acceptable.
    static QString checkSecret(const QString& secret);
    // The answer when no keychain can be reached; detail is the system's own words, if any.
    static CredentialOutcome unavailable(const QString& detail);

private:
    CredentialOutcome waitFor(const std::function<void(Callback)>& start);
};

} // namespace Herald
