// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReplyTexts.h"

#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

QString kindKey(ReplyTexts::Kind kind)
{
    return kind == ReplyTexts::Kind::Help ? u"help"_s : u"optout_confirmation"_s;
}

QString metaKey(ReplyTexts::Kind kind, const QString& language)
{
    return u"reply_text.%1.%2"_s.arg(kindKey(kind), language.isEmpty() ? u"en"_s : language);
}

// "pl_PL" → "pl"; "zh-Hant", "zh_TW", "zh_HK" → "zh_TW"; Simplified Chinese has no text yet.
QString baseLanguage(QStringView language)
{
    const QString code = language.toString().replace(u'-', u'_');
    const QString base = code.section(u'_', 0, 0).toLower();
    if (base == u"zh"_s) {
        const QString region = code.section(u'_', 1, 1).toUpper();
        return region == u"TW"_s || region == u"HK"_s || region == u"MO"_s || region == u"HANT"_s ? u"zh_TW"_s
                                                                                                  : u"en"_s;
    }
    return base;
}

} // namespace

ReplyTexts::ReplyTexts(Database& database)
    : m_database(database)
{
}

QStringList ReplyTexts::languages()
{
    return {u"en"_s, u"pl"_s, u"ro"_s, u"zh_TW"_s, u"ru"_s, u"ar"_s};
}

QString ReplyTexts::defaultText(Kind kind, QStringView language)
{
    const QString base = baseLanguage(language);
    const bool help = kind == Kind::Help;
    if (base == u"pl"_s) {
        return help ? u"{shop}: Aby zrezygnować z wiadomości, odpisz STOP. Aby je wznowić, odpisz START. "
                      "Opłaty według cennika operatora."_s
                    : u"{shop}: Wypisaliśmy ten numer z wiadomości marketingowych. Aby wrócić, odpisz START."_s;
    }
    if (base == u"ro"_s) {
        return help ? u"{shop}: Pentru dezabonare, trimite STOP. Pentru reabonare, trimite START. "
                      "Se aplică tarifele operatorului."_s
                    : u"{shop}: Acest număr a fost dezabonat de la mesajele de marketing. Pentru reabonare, "
                      "trimite START."_s;
    }
    if (base == u"zh_TW"_s) {
        return help ? u"{shop}：回覆STOP取消訂閱，回覆START重新訂閱。可能需支付簡訊費用。"_s
                    : u"{shop}：您已取消訂閱行銷簡訊。如需重新訂閱，請回覆START。"_s;
    }
    if (base == u"ru"_s) {
        return help ? u"{shop}: Чтобы отписаться, ответьте STOP. Чтобы снова подписаться, ответьте START. "
                      "Оплата по тарифам оператора."_s
                    : u"{shop}: Вы отписаны от рекламных сообщений. Чтобы снова подписаться, ответьте START."_s;
    }
    if (base == u"ar"_s) {
        return help ? u"{shop}: لإلغاء الاشتراك أرسل STOP، ولإعادة الاشتراك أرسل START. قد تُطبق رسوم الرسائل."_s
                    : u"{shop}: تم إلغاء اشتراكك في الرسائل التسويقية. لإعادة الاشتراك أرسل START"_s;
    }
    return help ? u"{shop}: Reply STOP to unsubscribe or START to subscribe again. Msg & data rates may apply."_s
                : u"{shop}: You are unsubscribed and will get no more marketing messages. Reply START to "
                  "subscribe again."_s;
}

QString ReplyTexts::render(const QString& text, const QString& shopName)
{
    const QString shop = shopName.trimmed();
    QString out = text;
    if (shop.isEmpty()) {
        // The defaults start with "{shop}: " (or the full-width colon in Chinese).
        for (const QString& prefix : {u"{shop}: "_s, u"{shop}："_s, u"{shop}:"_s}) {
            if (out.startsWith(prefix)) {
                out.remove(0, prefix.size());
                break;
            }
        }
    }
    return out.replace(u"{shop}"_s, shop).trimmed();
}

QString ReplyTexts::text(Kind kind, const QString& language, const QString& shopName) const
{
    auto stored = m_database.scalar(u"SELECT value FROM workspace_meta WHERE key = ?"_s, {metaKey(kind, language)});
    const QString text = stored && !stored.value().isNull() ? stored.value().toString() : defaultText(kind, language);
    return render(text, shopName);
}

bool ReplyTexts::isCustomised(Kind kind, const QString& language) const
{
    auto stored = m_database.scalar(u"SELECT count(*) FROM workspace_meta WHERE key = ?"_s, {metaKey(kind, language)});
    return stored && stored.value().toInt() > 0;
}

Result<void> ReplyTexts::setText(Kind kind, const QString& language, const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        auto removed = m_database.scalar(u"DELETE FROM workspace_meta WHERE key = ?"_s, {metaKey(kind, language)});
        return removed ? Result<void>() : Result<void>(removed.error());
    }
    if (kind == Kind::Help && !trimmed.contains(u"STOP"_s, Qt::CaseInsensitive)) {
        return Error {tr("The answer to HELP must tell people to reply STOP to unsubscribe.")};
    }
    if (kind == Kind::OptOutConfirmation && !trimmed.contains(u"START"_s, Qt::CaseInsensitive)) {
        return Error {tr("The opt-out confirmation must tell people to reply START to subscribe again.")};
    }
    auto saved = m_database.scalar(
        u"INSERT OR REPLACE INTO workspace_meta (key, value) VALUES (?, ?)"_s, {metaKey(kind, language), trimmed});
    return saved ? Result<void>() : Result<void>(saved.error());
}

} // namespace Herald
