// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "OptOutFooter.h"

using namespace Qt::StringLiterals;

namespace Herald
{

QStringList OptOutFooter::languages()
{
    return {u"en"_s, u"pl"_s, u"ro"_s, u"zh_TW"_s, u"ru"_s, u"ar"_s};
}

QString OptOutFooter::defaultText(QStringView language)
{
    const QString code = language.toString().replace(u'-', u'_');
    const QString base = code.section(u'_', 0, 0).toLower();
    if (base == u"pl"_s) {
        // "Resignation: reply STOP"; the usual Polish form, and GSM-7 unlike "…aby zrezygnować".
        return u"Rezygnacja: odpisz STOP"_s;
    }
    if (base == u"ro"_s) {
        // "To unsubscribe, send STOP"; "trimite" needs no ă/ș/ț, so it stays GSM-7.
        return u"Pentru dezabonare, trimite STOP"_s;
    }
    if (base == u"zh"_s) {
        const QString region = code.section(u'_', 1, 1).toUpper();
        // Traditional script for Taiwan, Hong Kong and Macau; Herald has no Simplified text yet.
        if (region == u"TW"_s || region == u"HK"_s || region == u"MO"_s || region == u"HANT"_s) {
            return u"回覆STOP取消訂閱"_s;
        }
        return u"Reply STOP to opt out"_s;
    }
    if (base == u"ru"_s) {
        return u"Для отписки ответьте STOP"_s;
    }
    if (base == u"ar"_s) {
        return u"لإلغاء الاشتراك أرسل STOP"_s;
    }
    return u"Reply STOP to opt out"_s;
}

QString OptOutFooter::append(const QString& body, const QString& footer)
{
    if (footer.isEmpty()) {
        return body;
    }
    if (body.isEmpty()) {
        return footer;
    }
    if (body.endsWith(Separator)) {
        return body + footer;
    }
    return body + Separator + footer;
}

} // namespace Herald
