// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CredentialStore.h"

#include <QEventLoop>
#include <QPointer>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace Herald
{

CredentialStore::CredentialStore(QObject* parent)
    : QObject(parent)
{
}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::serviceName()
{
    return QStringLiteral(HERALD_APP_ID);
}

QString CredentialStore::accountKey(const QString& workspaceId, qint64 accountId)
{
    return u"account/%1/%2"_s.arg(workspaceId).arg(accountId);
}

QString CredentialStore::checkSecret(const QString& secret)
{
    if (secret.isEmpty()) {
        return tr("The secret is empty.");
    }
    const qsizetype bytes = secret.toUtf8().size();
    if (bytes > MaxSecretBytes) {
        return tr("The secret is %1 bytes long; Herald accepts at most %2.").arg(bytes).arg(MaxSecretBytes);
    }
    return {};
}

CredentialOutcome CredentialStore::unavailable(const QString& detail)
{
    CredentialOutcome outcome;
    outcome.status = CredentialOutcome::Status::Unavailable;
    const QString advice = tr("Herald never keeps secrets in plain text. Start a keychain service (GNOME Keyring, "
                              "KWallet or KeePassXC), or for headless use give the secret in an environment "
                              "variable with herald-cli --secret-env VARIABLE.");
    outcome.message = detail.isEmpty() ? tr("No system keychain is available. %1").arg(advice)
                                       : tr("No system keychain is available (%1). %2").arg(detail, advice);
    return outcome;
}

CredentialOutcome CredentialStore::readNow(const QString& key)
{
    return waitFor([this, key](Callback done) { read(key, std::move(done)); });
}

CredentialOutcome CredentialStore::writeNow(const QString& key, const QString& secret)
{
    return waitFor([this, key, secret](Callback done) { write(key, secret, std::move(done)); });
}

CredentialOutcome CredentialStore::removeNow(const QString& key)
{
    return waitFor([this, key](Callback done) { remove(key, std::move(done)); });
}

CredentialOutcome CredentialStore::waitFor(const std::function<void(Callback)>& start)
{
    // The answer is shared with the callback, which outlives this frame only if the store breaks
    // its promise to call it exactly once; it is then harmless.
    auto answer = std::make_shared<std::optional<CredentialOutcome>>();
    QEventLoop loop;
    QPointer<QEventLoop> guard(&loop);
    start([answer, guard](const CredentialOutcome& outcome) {
        *answer = outcome;
        if (guard) {
            guard->quit();
        }
    });
    if (!answer->has_value()) {
        loop.exec();
    }
    return answer->value_or(CredentialOutcome {});
}

} // namespace Herald
