// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Schema.h"

using namespace Qt::StringLiterals;

namespace Herald::Schema
{

namespace
{

// Conventions: times are INTEGER seconds since the Unix epoch, UTC. Money is INTEGER
// micro-units of the currency named beside it. Phones are E.164 text. Enumerations are
// short lowercase text guarded by CHECK constraints.
Migration initialSchema()
{
    Migration m;
    m.version = 1;
    m.description = u"initial schema"_s;
    m.statements = {
        uR"(CREATE TABLE workspace_meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID)"_s,
        // A per-workspace key for the suppression hashes, and when the workspace was made.
        uR"(INSERT INTO workspace_meta (key, value) VALUES
            ('suppression_key', lower(hex(randomblob(32)))),
            ('created_at', CAST(strftime('%s', 'now') AS TEXT)))"_s,

        uR"(CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            phone TEXT NOT NULL UNIQUE,
            phone_type TEXT NOT NULL DEFAULT 'unknown',
            first_name TEXT NOT NULL DEFAULT '',
            last_name TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT '',
            time_zone TEXT NOT NULL DEFAULT '',
            birthday_year INTEGER,
            birthday_month INTEGER CHECK (birthday_month BETWEEN 1 AND 12),
            birthday_day INTEGER CHECK (birthday_day BETWEEN 1 AND 31),
            total_spent_micros INTEGER NOT NULL DEFAULT 0,
            currency TEXT NOT NULL DEFAULT '',
            orders_count INTEGER NOT NULL DEFAULT 0,
            last_order_at INTEGER,
            last_message_at INTEGER,
            last_reply_at INTEGER,
            marketing_consent TEXT NOT NULL DEFAULT 'unknown'
                CHECK (marketing_consent IN ('unknown', 'opted_in', 'opted_out')),
            consent_changed_at INTEGER,
            source TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        ))"_s,
        u"CREATE INDEX contacts_name ON contacts (last_name COLLATE NOCASE, first_name COLLATE NOCASE)"_s,
        u"CREATE INDEX contacts_consent ON contacts (marketing_consent, consent_changed_at)"_s,
        u"CREATE INDEX contacts_country ON contacts (country)"_s,
        u"CREATE INDEX contacts_created ON contacts (created_at)"_s,
        u"CREATE INDEX contacts_spent ON contacts (total_spent_micros)"_s,
        u"CREATE INDEX contacts_last_order ON contacts (last_order_at)"_s,
        u"CREATE INDEX contacts_last_message ON contacts (last_message_at)"_s,
        u"CREATE INDEX contacts_birthday ON contacts (birthday_month, birthday_day)"_s,

        // Custom fields imported from unknown columns or typed by the user.
        uR"(CREATE TABLE contact_fields (
            contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (contact_id, name)
        ) WITHOUT ROWID)"_s,
        u"CREATE INDEX contact_fields_by_name ON contact_fields (name, value)"_s,

        uR"(CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            color TEXT NOT NULL DEFAULT ''
        ))"_s,
        uR"(CREATE TABLE contact_tags (
            contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
            PRIMARY KEY (contact_id, tag_id)
        ) WITHOUT ROWID)"_s,
        u"CREATE INDEX contact_tags_by_tag ON contact_tags (tag_id, contact_id)"_s,

        // The consent ledger: append-only proof of every opt-in and opt-out.
        uR"(CREATE TABLE consent_events (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
            purpose TEXT NOT NULL CHECK (purpose IN ('marketing', 'transactional')),
            action TEXT NOT NULL CHECK (action IN ('opt_in', 'opt_out')),
            occurred_at INTEGER NOT NULL,
            method TEXT NOT NULL,
            source TEXT NOT NULL,
            wording TEXT NOT NULL DEFAULT '',
            evidence TEXT NOT NULL DEFAULT '',
            recorded_at INTEGER NOT NULL
        ))"_s,
        u"CREATE INDEX consent_events_by_contact ON consent_events (contact_id, occurred_at)"_s,
        uR"(CREATE TRIGGER consent_events_append_only BEFORE UPDATE ON consent_events
            BEGIN SELECT RAISE(ABORT, 'the consent ledger is append-only'); END)"_s,

        // Opted-out numbers, kept as a keyed hash of the E.164 phone. Survives erasure of the
        // contact, so a later import cannot subscribe the person again.
        uR"(CREATE TABLE suppression (
            phone_hash BLOB PRIMARY KEY,
            reason TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL
        ) WITHOUT ROWID)"_s,

        uR"(CREATE TABLE segments (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            description TEXT NOT NULL DEFAULT '',
            rules TEXT NOT NULL,
            builtin INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        ))"_s,

        uR"(CREATE TABLE templates (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            category TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'marketing' CHECK (kind IN ('marketing', 'transactional')),
            body TEXT NOT NULL,
            builtin INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        ))"_s,
        u"CREATE INDEX templates_by_category ON templates (category, language)"_s,

        // Provider accounts hold no secrets: those live in the OS keychain under the account id.
        uR"(CREATE TABLE provider_accounts (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            provider TEXT NOT NULL,
            base_url TEXT NOT NULL DEFAULT '',
            sender TEXT NOT NULL DEFAULT '',
            options TEXT NOT NULL DEFAULT '{}',
            rate_per_second REAL,
            is_default INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        ))"_s,

        uR"(CREATE TABLE campaigns (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'marketing' CHECK (kind IN ('marketing', 'transactional')),
            state TEXT NOT NULL DEFAULT 'draft'
                CHECK (state IN ('draft', 'scheduled', 'sending', 'paused', 'completed', 'cancelled')),
            body TEXT NOT NULL DEFAULT '',
            template_id INTEGER REFERENCES templates (id) ON DELETE SET NULL,
            account_id INTEGER REFERENCES provider_accounts (id) ON DELETE SET NULL,
            sender TEXT NOT NULL DEFAULT '',
            all_contacts INTEGER NOT NULL DEFAULT 0,
            schedule_mode TEXT NOT NULL DEFAULT 'now' CHECK (schedule_mode IN ('now', 'at', 'local_time')),
            scheduled_at INTEGER,
            local_send_time TEXT NOT NULL DEFAULT '',
            options TEXT NOT NULL DEFAULT '{}',
            pause_reason TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            launched_at INTEGER,
            completed_at INTEGER
        ))"_s,
        u"CREATE INDEX campaigns_by_state ON campaigns (state, scheduled_at)"_s,
        uR"(CREATE TABLE campaign_segments (
            campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
            segment_id INTEGER NOT NULL REFERENCES segments (id) ON DELETE RESTRICT,
            PRIMARY KEY (campaign_id, segment_id)
        ) WITHOUT ROWID)"_s,

        // The outbox: one row per recipient of a campaign, or per one-off message.
        // UNIQUE (campaign_id, phone) makes "one message per number per campaign" a fact of the
        // schema rather than a hope of the code.
        uR"(CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            campaign_id INTEGER REFERENCES campaigns (id) ON DELETE CASCADE,
            contact_id INTEGER REFERENCES contacts (id) ON DELETE CASCADE,
            account_id INTEGER REFERENCES provider_accounts (id) ON DELETE SET NULL,
            phone TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'marketing' CHECK (kind IN ('marketing', 'transactional')),
            body TEXT NOT NULL,
            encoding TEXT NOT NULL DEFAULT 'GSM-7' CHECK (encoding IN ('GSM-7', 'UCS-2')),
            segments INTEGER NOT NULL DEFAULT 1,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'claimed', 'submitted', 'accepted', 'sent', 'delivered',
                                 'undelivered', 'failed', 'skipped', 'unknown', 'cancelled')),
            skip_reason TEXT NOT NULL DEFAULT '',
            attempt_key TEXT UNIQUE,
            attempts INTEGER NOT NULL DEFAULT 0,
            provider_id TEXT,
            provider_status TEXT NOT NULL DEFAULT '',
            error_code TEXT NOT NULL DEFAULT '',
            error_message TEXT NOT NULL DEFAULT '',
            estimated_cost_micros INTEGER,
            price_micros INTEGER,
            price_currency TEXT NOT NULL DEFAULT '',
            not_before INTEGER,
            created_at INTEGER NOT NULL,
            claimed_at INTEGER,
            submitted_at INTEGER,
            accepted_at INTEGER,
            sent_at INTEGER,
            delivered_at INTEGER,
            finished_at INTEGER,
            status_checked_at INTEGER,
            updated_at INTEGER NOT NULL,
            UNIQUE (campaign_id, phone)
        ))"_s,
        u"CREATE INDEX messages_by_campaign_state ON messages (campaign_id, state)"_s,
        uR"(CREATE INDEX messages_open ON messages (state, not_before)
            WHERE state IN ('pending', 'claimed', 'submitted', 'accepted', 'sent'))"_s,
        u"CREATE INDEX messages_by_provider_id ON messages (account_id, provider_id)"_s,
        u"CREATE INDEX messages_by_contact ON messages (contact_id, created_at)"_s,

        uR"(CREATE TABLE inbound (
            id INTEGER PRIMARY KEY,
            account_id INTEGER REFERENCES provider_accounts (id) ON DELETE SET NULL,
            provider_id TEXT,
            from_phone TEXT NOT NULL,
            to_phone TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL,
            received_at INTEGER NOT NULL,
            contact_id INTEGER REFERENCES contacts (id) ON DELETE CASCADE,
            campaign_id INTEGER REFERENCES campaigns (id) ON DELETE SET NULL,
            keyword TEXT NOT NULL DEFAULT '',
            is_read INTEGER NOT NULL DEFAULT 0,
            handled INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL,
            UNIQUE (account_id, provider_id)
        ))"_s,
        u"CREATE INDEX inbound_by_contact ON inbound (contact_id, received_at)"_s,
        u"CREATE INDEX inbound_unread ON inbound (is_read, received_at)"_s,

        // Full-text search over contacts (name, phone in several spellings, email, tags),
        // kept in step by triggers so no code path can forget it.
        uR"(CREATE VIRTUAL TABLE contacts_fts USING fts5 (
            name, phone, email, tags,
            tokenize = 'unicode61 remove_diacritics 2'
        ))"_s,
        uR"(CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts BEGIN
            INSERT INTO contacts_fts (rowid, name, phone, email, tags)
            VALUES (new.id, new.first_name || ' ' || new.last_name,
                    new.phone || ' ' || substr(new.phone, 2), new.email, '');
        END)"_s,
        uR"(CREATE TRIGGER contacts_fts_update AFTER UPDATE OF first_name, last_name, phone, email ON contacts BEGIN
            UPDATE contacts_fts SET name = new.first_name || ' ' || new.last_name,
                                    phone = new.phone || ' ' || substr(new.phone, 2),
                                    email = new.email
            WHERE rowid = new.id;
        END)"_s,
        uR"(CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts BEGIN
            DELETE FROM contacts_fts WHERE rowid = old.id;
        END)"_s,
        uR"(CREATE TRIGGER contact_tags_fts_insert AFTER INSERT ON contact_tags BEGIN
            UPDATE contacts_fts SET tags = (SELECT group_concat(t.name, ' ') FROM contact_tags ct
                                            JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = new.contact_id)
            WHERE rowid = new.contact_id;
        END)"_s,
        uR"(CREATE TRIGGER contact_tags_fts_delete AFTER DELETE ON contact_tags BEGIN
            UPDATE contacts_fts SET tags = coalesce((SELECT group_concat(t.name, ' ') FROM contact_tags ct
                                            JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = old.contact_id), '')
            WHERE rowid = old.contact_id;
        END)"_s,
    };
    return m;
}

// A template can be sent without diacritics: names filled in are transliterated too.
Migration templateTransliteration()
{
    Migration m;
    m.version = 2;
    m.description = u"template transliteration"_s;
    m.statements = {u"ALTER TABLE templates ADD COLUMN transliterate INTEGER NOT NULL DEFAULT 0"_s};
    return m;
}

// Search finds a phone by its national digits too ("601 234" → +48 601 234 567): the index
// holds the number without its first one, two and three country-code digits as well.
Migration phoneSearchSuffixes()
{
    const QString phoneTerms = u"%1.phone || ' ' || substr(%1.phone, 2) || ' ' || substr(%1.phone, 3) || ' ' || "
                               "substr(%1.phone, 4) || ' ' || substr(%1.phone, 5)"_s;
    Migration m;
    m.version = 3;
    m.description = u"phone search by national digits"_s;
    m.statements = {
        u"DROP TRIGGER contacts_fts_insert"_s,
        u"DROP TRIGGER contacts_fts_update"_s,
        uR"(CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts BEGIN
            INSERT INTO contacts_fts (rowid, name, phone, email, tags)
            VALUES (new.id, new.first_name || ' ' || new.last_name, %1, new.email, '');
        END)"_s.arg(phoneTerms.arg(u"new"_s)),
        uR"(CREATE TRIGGER contacts_fts_update AFTER UPDATE OF first_name, last_name, phone, email ON contacts BEGIN
            UPDATE contacts_fts SET name = new.first_name || ' ' || new.last_name, phone = %1, email = new.email
            WHERE rowid = new.id;
        END)"_s.arg(phoneTerms.arg(u"new"_s)),
        u"UPDATE contacts_fts SET phone = (SELECT %1 FROM contacts c WHERE c.id = contacts_fts.rowid)"_s.arg(
            phoneTerms.arg(u"c"_s)),
    };
    return m;
}

// Analytics over 1,000,000 outbox rows within 300 ms a view: covering indexes, so that the per-campaign
// funnel, parts and cost, and one month's messages per contact, are read from an index alone instead
// of a million table rows; and opt-outs by time for the 7-day opt-out window.
Migration analyticsIndexes()
{
    Migration m;
    m.version = 4;
    m.description = u"analytics indexes"_s;
    m.statements = {
        u"CREATE INDEX messages_analytics_campaign ON messages "
        "(campaign_id, state, segments, price_micros, estimated_cost_micros)"_s,
        u"CREATE INDEX messages_analytics_time ON messages (created_at, contact_id, kind, state)"_s,
        u"CREATE INDEX consent_events_by_time ON consent_events (action, purpose, occurred_at, contact_id)"_s,
        // Figures that can no longer change (months of messages per contact, campaigns launched more
        // than 8 days ago) are cached in workspace_meta under "analytics." (CampaignAnalytics): an
        // erased outbox row, an old row that starts or stops counting as sent (settled by a late
        // lookup), or an opt-out recorded with an old date makes them computed again.
        uR"(CREATE TRIGGER messages_analytics_cache_delete AFTER DELETE ON messages BEGIN
            DELETE FROM workspace_meta WHERE key LIKE 'analytics.%';
        END)"_s,
        uR"(CREATE TRIGGER messages_analytics_cache_update AFTER UPDATE OF state ON messages
            WHEN old.created_at < CAST(strftime('%s', 'now') AS INTEGER) - 8 * 86400
            AND (old.state IN ('pending', 'claimed', 'skipped', 'cancelled'))
                <> (new.state IN ('pending', 'claimed', 'skipped', 'cancelled')) BEGIN
            DELETE FROM workspace_meta WHERE key LIKE 'analytics.%';
        END)"_s,
        uR"(CREATE TRIGGER consent_events_analytics_cache AFTER INSERT ON consent_events
            WHEN new.action = 'opt_out' AND new.occurred_at < CAST(strftime('%s', 'now') AS INTEGER) - 8 * 86400
            BEGIN
            DELETE FROM workspace_meta WHERE key LIKE 'analytics.campaign.%';
        END)"_s,
    };
    return m;
}

// The inbox lists conversations (one per contact, or per number without a contact) from a summary
// table kept in step with inbound by triggers, so that the newest conversations, unread counts and
// keyword badges are read without grouping every reply.
Migration inboxConversations()
{
    // The conversation key of the inbound row named %1 (new, old, or an alias).
    const QString key
        = u"(CASE WHEN %1.contact_id IS NOT NULL THEN 'c' || %1.contact_id ELSE 'p' || %1.from_phone END)"_s;
    // Counts the conversation of row %1 (key %2) again from inbound.
    const QString recount
        = u"DELETE FROM inbox_conversations WHERE key = %2; INSERT INTO inbox_conversations (key, contact_id, phone, "
          "last_inbound_id, last_at, messages, unread, open, stops, starts, helps) SELECT %2, contact_id, from_phone, "
          "id, max(received_at), count(*), sum(is_read = 0), sum(handled = 0), sum(keyword = 'stop'), "
          "sum(keyword = 'start'), sum(keyword = 'help') FROM inbound WHERE (%1.contact_id IS NOT NULL AND "
          "contact_id = %1.contact_id) OR (%1.contact_id IS NULL AND contact_id IS NULL AND from_phone = "
          "%1.from_phone) GROUP BY 1;"_s;
    Migration m;
    m.version = 5;
    m.description = u"inbox conversations"_s;
    m.statements = {
        uR"(CREATE TABLE inbox_conversations (
            key TEXT PRIMARY KEY,
            contact_id INTEGER,
            phone TEXT NOT NULL,
            last_inbound_id INTEGER NOT NULL,
            last_at INTEGER NOT NULL,
            messages INTEGER NOT NULL,
            unread INTEGER NOT NULL,
            open INTEGER NOT NULL,
            stops INTEGER NOT NULL,
            starts INTEGER NOT NULL,
            helps INTEGER NOT NULL
        ) WITHOUT ROWID)"_s,
        u"CREATE INDEX inbox_conversations_recent ON inbox_conversations (last_at DESC, last_inbound_id DESC)"_s,
        u"CREATE INDEX inbox_conversations_unread ON inbox_conversations (last_at DESC, last_inbound_id DESC) "
        "WHERE unread > 0"_s,
        u"CREATE INDEX inbox_conversations_open ON inbox_conversations (last_at DESC, last_inbound_id DESC) "
        "WHERE open > 0"_s,
        u"CREATE INDEX inbound_by_phone ON inbound (from_phone, received_at)"_s,
        uR"(CREATE TRIGGER inbound_conversation_insert AFTER INSERT ON inbound BEGIN
            INSERT INTO inbox_conversations (key, contact_id, phone, last_inbound_id, last_at, messages, unread, open,
                                             stops, starts, helps)
            VALUES (%1, new.contact_id, new.from_phone, new.id, new.received_at, 1, new.is_read = 0, new.handled = 0,
                    new.keyword = 'stop', new.keyword = 'start', new.keyword = 'help')
            ON CONFLICT (key) DO UPDATE SET
                last_inbound_id = CASE WHEN excluded.last_at > last_at OR (excluded.last_at = last_at
                                       AND excluded.last_inbound_id > last_inbound_id)
                                  THEN excluded.last_inbound_id ELSE last_inbound_id END,
                last_at = max(last_at, excluded.last_at),
                messages = messages + 1,
                unread = unread + excluded.unread,
                open = open + excluded.open,
                stops = stops + excluded.stops,
                starts = starts + excluded.starts,
                helps = helps + excluded.helps;
        END)"_s.arg(key.arg(u"new"_s)),
        uR"(CREATE TRIGGER inbound_conversation_marks AFTER UPDATE OF is_read, handled ON inbound BEGIN
            UPDATE inbox_conversations SET unread = unread + (new.is_read = 0) - (old.is_read = 0),
                                           open = open + (new.handled = 0) - (old.handled = 0)
            WHERE key = %1;
        END)"_s.arg(key.arg(u"new"_s)),
        uR"(CREATE TRIGGER inbound_conversation_move AFTER UPDATE OF contact_id, from_phone, received_at, keyword
            ON inbound BEGIN
            %1
            %2
        END)"_s.arg(recount.arg(u"old"_s, key.arg(u"old"_s)), recount.arg(u"new"_s, key.arg(u"new"_s))),
        uR"(CREATE TRIGGER inbound_conversation_delete AFTER DELETE ON inbound BEGIN
            %1
        END)"_s.arg(recount.arg(u"old"_s, key.arg(u"old"_s))),
        uR"(INSERT INTO inbox_conversations (key, contact_id, phone, last_inbound_id, last_at, messages, unread, open,
                                             stops, starts, helps)
            SELECT %1, contact_id, from_phone, id, max(received_at), count(*), sum(is_read = 0),
                   sum(handled = 0), sum(keyword = 'stop'), sum(keyword = 'start'), sum(keyword = 'help')
            FROM inbound AS i GROUP BY 1)"_s.arg(key.arg(u"i"_s)),
    };
    return m;
}

// Messages per contact and month (the 2–6 a month guideline) are kept as they happen, so that the
// trends read a few dozen rows instead of grouping a million outbox rows by contact:
//   analytics_contact_months  marketing messages handed to the provider, per contact and calendar
//                             month (UTC) of messages.created_at (a row with a count of at least 1)
//   analytics_frequency       per month, how many contacts got 1, 2, … 9 and "10 or more" of them
// A message counts while it is marketing, has a contact and its state is neither pending, claimed,
// skipped nor cancelled (CampaignAnalytics: "sent"). Triggers on messages keep the first table,
// triggers on it the second; erasing a contact's messages (GDPR) removes its rows.
Migration contactMonths()
{
    const QString counts = u"(%1.kind = 'marketing' AND %1.contact_id IS NOT NULL "
                           "AND %1.state NOT IN ('pending', 'claimed', 'skipped', 'cancelled'))"_s;
    const QString month = u"strftime('%Y-%m', %1.created_at, 'unixepoch')"_s;
    // The same message, counted the same way, before and after an update.
    const QString same = u"(old.contact_id IS new.contact_id AND old.created_at IS new.created_at)"_s;
    const QString add = uR"(INSERT INTO analytics_contact_months (contact_id, month, messages)
            VALUES (%1.contact_id, %2, 1)
            ON CONFLICT (contact_id, month) DO UPDATE SET messages = messages + 1;)"_s;
    // A count never reaches 0: its row goes instead.
    const QString remove = uR"(DELETE FROM analytics_contact_months WHERE contact_id = %1.contact_id AND month = %2
                AND messages <= 1;
            UPDATE analytics_contact_months SET messages = messages - 1
            WHERE contact_id = %1.contact_id AND month = %2;)"_s;
    const QString bucket = u"min(%1.messages, 10)"_s;
    const QString bucketUp = uR"(INSERT INTO analytics_frequency (month, messages, contacts) VALUES (%1, %2, 1)
            ON CONFLICT (month, messages) DO UPDATE SET contacts = contacts + 1;)"_s;
    const QString bucketDown
        = u"UPDATE analytics_frequency SET contacts = contacts - 1 WHERE month = %1 AND messages = %2;"_s;

    Migration m;
    m.version = 6;
    m.description = u"messages per contact and month"_s;
    m.statements = {
        uR"(CREATE TABLE analytics_contact_months (
            contact_id INTEGER NOT NULL,
            month TEXT NOT NULL,
            messages INTEGER NOT NULL,
            PRIMARY KEY (contact_id, month)
        ) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE analytics_frequency (
            month TEXT NOT NULL,
            messages INTEGER NOT NULL,
            contacts INTEGER NOT NULL,
            PRIMARY KEY (month, messages)
        ) WITHOUT ROWID)"_s,
        uR"(INSERT INTO analytics_contact_months (contact_id, month, messages)
            SELECT contact_id, %1, count(*) FROM messages AS m WHERE %2 GROUP BY 1, 2)"_s.arg(
            month.arg(u"m"_s), counts.arg(u"m"_s)),
        uR"(INSERT INTO analytics_frequency (month, messages, contacts)
            SELECT month, min(messages, 10), count(*) FROM analytics_contact_months GROUP BY 1, 2)"_s,
        // The histograms these tables replace.
        u"DELETE FROM workspace_meta WHERE key LIKE 'analytics.frequency.%'"_s,

        uR"(CREATE TRIGGER messages_contact_months_insert AFTER INSERT ON messages WHEN %1 BEGIN
            %2
        END)"_s.arg(counts.arg(u"new"_s), add.arg(u"new"_s, month.arg(u"new"_s))),
        uR"(CREATE TRIGGER messages_contact_months_delete AFTER DELETE ON messages WHEN %1 BEGIN
            %2
        END)"_s.arg(counts.arg(u"old"_s), remove.arg(u"old"_s, month.arg(u"old"_s))),
        // Most updates (a state within "sent", a delivery time) change nothing here: the WHEN
        // clauses let them through without a write.
        uR"(CREATE TRIGGER messages_contact_months_leave AFTER UPDATE OF state, kind, contact_id, created_at
            ON messages WHEN %1 AND NOT (%2 AND %3) BEGIN
            %4
        END)"_s.arg(counts.arg(u"old"_s), counts.arg(u"new"_s), same, remove.arg(u"old"_s, month.arg(u"old"_s))),
        uR"(CREATE TRIGGER messages_contact_months_enter AFTER UPDATE OF state, kind, contact_id, created_at
            ON messages WHEN %1 AND NOT (%2 AND %3) BEGIN
            %4
        END)"_s.arg(counts.arg(u"new"_s), counts.arg(u"old"_s), same, add.arg(u"new"_s, month.arg(u"new"_s))),

        uR"(CREATE TRIGGER contact_months_frequency_insert AFTER INSERT ON analytics_contact_months BEGIN
            %1
        END)"_s.arg(bucketUp.arg(u"new.month"_s, bucket.arg(u"new"_s))),
        uR"(CREATE TRIGGER contact_months_frequency_update AFTER UPDATE OF messages ON analytics_contact_months
            WHEN %1 <> %2 BEGIN
            %3
            %4
        END)"_s.arg(bucket.arg(u"old"_s), bucket.arg(u"new"_s), bucketDown.arg(u"old.month"_s, bucket.arg(u"old"_s)),
            bucketUp.arg(u"new.month"_s, bucket.arg(u"new"_s))),
        uR"(CREATE TRIGGER contact_months_frequency_delete AFTER DELETE ON analytics_contact_months BEGIN
            %1
        END)"_s.arg(bucketDown.arg(u"old.month"_s, bucket.arg(u"old"_s))),
    };
    return m;
}

} // namespace

QList<Migration> migrations()
{
    return {initialSchema(), templateTransliteration(), phoneSearchSuffixes(), analyticsIndexes(), inboxConversations(),
        contactMonths()};
}

int latestVersion()
{
    return migrations().constLast().version;
}

} // namespace Herald::Schema
