// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Utm.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

constexpr int MaxSlugLength = 40;

// Characters that end a sentence rather than a link.
bool isTrailingPunctuation(QChar c)
{
    return c == u'.' || c == u',' || c == u';' || c == u':' || c == u'!' || c == u'?' || c == u'\'' || c == u'"';
}

QString trimLink(QString link)
{
    while (!link.isEmpty()) {
        const QChar last = link.back();
        if (isTrailingPunctuation(last)) {
            link.chop(1);
        } else if (last == u')' && link.count(u'(') < link.count(u')')) {
            link.chop(1); // "(see https://shop.example/sale)"
        } else if (last == u']' && link.count(u'[') < link.count(u']')) {
            link.chop(1);
        } else {
            break;
        }
    }
    return link;
}

QString tagLink(const QString& link, const QString& parameters)
{
    const qsizetype hash = link.indexOf(u'#');
    const QString base = hash < 0 ? link : link.left(hash);
    if (base.contains(u"utm_source="_s, Qt::CaseInsensitive)) {
        return link;
    }
    QString separator = u"?"_s;
    if (base.contains(u'?')) {
        separator = base.endsWith(u'?') || base.endsWith(u'&') ? QString() : u"&"_s;
    }
    return base + separator + parameters + (hash < 0 ? QString() : link.mid(hash));
}

} // namespace

QString Utm::parameters(const QString& campaign)
{
    return u"utm_source=sms&utm_medium=sms&utm_campaign="_s + campaign;
}

QString Utm::tagLinks(const QString& text, const QString& campaign)
{
    if (campaign.isEmpty() || (!text.contains(u"://"_s) && !text.contains(u"www."_s, Qt::CaseInsensitive))) {
        return text;
    }
    // A link starts at a word boundary (not inside an e-mail address) and runs to whitespace or
    // a character that cannot appear in a URL as people write them.
    static const QRegularExpression linkPattern(uR"((?<![\w@.\-/])(?:https?://|www\.)[^\s<>"{}|\\^`]+)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QString params = parameters(campaign);
    QString out;
    qsizetype copied = 0;
    auto it = linkPattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString link = trimLink(match.captured(0));
        if (link.isEmpty() || link.compare(u"www."_s, Qt::CaseInsensitive) == 0 || link.endsWith(u"://"_s)) {
            continue;
        }
        out += QStringView(text).mid(copied, match.capturedStart(0) - copied);
        out += tagLink(link, params);
        copied = match.capturedStart(0) + link.size();
    }
    if (copied == 0) {
        return text;
    }
    out += QStringView(text).mid(copied);
    return out;
}

QString Utm::slug(const QString& name)
{
    // Letters that Unicode does not decompose into a base letter and a mark.
    static const QHash<QChar, QString> special {
        {u'ł', u"l"_s},
        {u'Ł', u"l"_s},
        {u'ø', u"o"_s},
        {u'Ø', u"o"_s},
        {u'đ', u"d"_s},
        {u'Đ', u"d"_s},
        {u'ß', u"ss"_s},
        {u'æ', u"ae"_s},
        {u'Æ', u"ae"_s},
        {u'œ', u"oe"_s},
        {u'Œ', u"oe"_s},
        {u'ı', u"i"_s},
        {u'þ', u"th"_s},
    };
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString slug;
    bool pendingDash = false;
    for (const QChar c : decomposed) {
        QString piece;
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            piece = c.toLower();
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        } else if (const auto it = special.constFind(c); it != special.constEnd()) {
            piece = it.value();
        }
        if (piece.isEmpty()) {
            pendingDash = !slug.isEmpty();
            continue;
        }
        if (pendingDash) {
            slug += u'-';
            pendingDash = false;
        }
        slug += piece;
        if (slug.size() >= MaxSlugLength) {
            break;
        }
    }
    slug.truncate(MaxSlugLength);
    while (slug.endsWith(u'-')) {
        slug.chop(1);
    }
    return slug;
}

} // namespace Herald
