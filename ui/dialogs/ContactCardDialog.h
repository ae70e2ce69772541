// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Herald
{

class Database;

// Everything Herald knows about one person: fields, tags, custom fields, the consent ledger
// (the proof of when, how and where they agreed or refused), and the messages exchanged.
class ContactCardDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactCardDialog)

public:
    ContactCardDialog(Database& database, qint64 contactId, QWidget* parent = nullptr);
    ~ContactCardDialog() override;
};

} // namespace Herald
