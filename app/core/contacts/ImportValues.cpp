// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportValues.h"

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

const QHash<QString, QString>& countryNames()
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> map;
        auto add = [&map](const QString& name, const QString& code) {
            const QString key = name.trimmed().toCaseFolded();
            if (!key.isEmpty() && !map.contains(key)) {
                map.insert(key, code);
            }
        };
        const QList<QLocale> locales
            = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            const auto territory = QLocale::Territory(t);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() != 2 || PhoneNumbers::countryCallingCode(code) == 0) {
                continue;
            }
            add(code, code);
            add(QLocale::territoryToString(territory), code);
        }
        for (const QLocale& locale : locales) {
            const QString code = QLocale::territoryToCode(locale.territory());
            if (code.size() == 2 && PhoneNumbers::countryCallingCode(code) != 0) {
                add(locale.nativeTerritoryName(), code);
            }
        }
        // Names exports use that Qt spells differently.
        const QList<std::pair<QString, QString>> extra = {
            {u"USA"_s, u"US"_s},
            {u"United States of America"_s, u"US"_s},
            {u"UK"_s, u"GB"_s},
            {u"Great Britain"_s, u"GB"_s},
            {u"England"_s, u"GB"_s},
            {u"Czech Republic"_s, u"CZ"_s},
            {u"Russian Federation"_s, u"RU"_s},
            {u"Россия"_s, u"RU"_s},
            {u"Polska"_s, u"PL"_s},
            {u"România"_s, u"RO"_s},
            {u"Romania"_s, u"RO"_s},
            {u"Moldova"_s, u"MD"_s},
            {u"Deutschland"_s, u"DE"_s},
        };
        for (const auto& [name, code] : extra) {
            add(name, code);
        }
        return map;
    }();
    return names;
}

bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r' || c == QChar(0);
}

} // namespace

bool ImportValues::startsLikeFormula(const QString& cell)
{
    return !cell.isEmpty() && isFormulaStart(cell.at(0));
}

QString ImportValues::neutralize(const QString& cell)
{
    return startsLikeFormula(cell) ? u"'"_s + cell : cell;
}

QString ImportValues::unneutralize(const QString& cell)
{
    if (cell.size() >= 2 && cell.at(0) == u'\'' && isFormulaStart(cell.at(1))) {
        return cell.mid(1);
    }
    return cell;
}

Result<NormalizedPhone> ImportValues::normalizePhone(const QString& raw, const QString& defaultRegion)
{
    QString text = raw.trimmed();
    // Shopify writes '+48601234567 so that spreadsheets keep it as text; Herald's export too.
    while (text.startsWith(u'\'')) {
        text = text.mid(1).trimmed();
    }
    if (text.isEmpty()) {
        return Error {tr("no phone number")};
    }
    if (text.startsWith(u'=') || text.startsWith(u'@')) {
        return Error {tr("a spreadsheet formula, not a phone number")};
    }
    static const QRegularExpression scientific(u"^[+-]?\\d+(?:[.,]\\d+)?[eE][+-]?\\d+$"_s);
    if ((text.contains(u'e') || text.contains(u'E')) && scientific.match(text).hasMatch()) {
        return Error {tr("the number is in scientific notation (%1): the spreadsheet has lost its last digits. "
                         "Format the column as text in the spreadsheet and export again")
                          .arg(text)};
    }
    return PhoneNumbers::normalize(text, defaultRegion);
}

quint64 ImportValues::phoneKey(const QString& e164)
{
    quint64 key = 0;
    for (const QChar c : e164) {
        if (c.isDigit()) {
            key = key * 10 + quint64(c.unicode() - u'0');
        }
    }
    // The number of digits is part of the key: +1 and +10 are different numbers.
    return key * 16 + quint64(e164.size());
}

ImportValues::Consent ImportValues::parseConsent(const QString& value)
{
    static const QHash<QString, Consent> words = [] {
        QHash<QString, Consent> map;
        for (const QString& yes : {u"yes"_s, u"y"_s, u"true"_s, u"t"_s, u"1"_s, u"x"_s, u"tak"_s, u"da"_s, u"да"_s,
                 u"д"_s, u"opted in"_s, u"opted_in"_s, u"opt-in"_s, u"opt in"_s, u"subscribed"_s, u"accepted"_s,
                 u"on"_s, u"ja"_s, u"oui"_s, u"sí"_s, u"si"_s}) {
            map.insert(yes, Consent::Yes);
        }
        for (const QString& no : {u"no"_s, u"n"_s, u"false"_s, u"f"_s, u"0"_s, u"nie"_s, u"nu"_s, u"нет"_s, u"н"_s,
                 u"opted out"_s, u"opted_out"_s, u"opt-out"_s, u"opt out"_s, u"unsubscribed"_s, u"not subscribed"_s,
                 u"declined"_s, u"off"_s, u"nein"_s, u"non"_s}) {
            map.insert(no, Consent::No);
        }
        return map;
    }();
    const QString key = value.trimmed().toCaseFolded();
    if (key.isEmpty()) {
        return Consent::Empty;
    }
    return words.value(key, Consent::Unrecognised);
}

std::optional<qint64> ImportValues::parseMoneyMicros(const QString& value)
{
    QString text;
    for (const QChar c : value) {
        if (c.isDigit() || c == u'.' || c == u',' || c == u'-') {
            text.append(c);
        } else if (c.isLetter() || c.isSpace() || c.category() == QChar::Symbol_Currency || c == u'\'') {
            continue; // "PLN 12", "1 234", "$12", "1'234"
        } else {
            return std::nullopt;
        }
    }
    if (text.isEmpty()) {
        return std::nullopt;
    }
    const bool negative = text.startsWith(u'-');
    if (negative) {
        text.remove(0, 1);
    }
    if (text.contains(u'-')) {
        return std::nullopt;
    }
    const qsizetype lastDot = text.lastIndexOf(u'.');
    const qsizetype lastComma = text.lastIndexOf(u',');
    qsizetype decimal = -1;
    if (lastDot >= 0 && lastComma >= 0) {
        decimal = std::max(lastDot, lastComma);
    } else if (lastDot >= 0) {
        decimal = text.count(u'.') == 1 ? lastDot : -1;
    } else if (lastComma >= 0) {
        // "12,50" is a decimal comma; "1,234" (three digits, one comma) is a thousands separator.
        decimal = (text.count(u',') == 1 && text.size() - lastComma - 1 != 3) ? lastComma : -1;
    }
    QString whole = decimal >= 0 ? text.left(decimal) : text;
    QString fraction = decimal >= 0 ? text.mid(decimal + 1) : QString();
    whole.remove(u'.');
    whole.remove(u',');
    if (fraction.contains(u'.') || fraction.contains(u',') || (whole.isEmpty() && fraction.isEmpty())
        || fraction.size() > 6 || whole.size() > 12) {
        return std::nullopt;
    }
    qint64 micros = whole.isEmpty() ? 0 : whole.toLongLong() * 1000000;
    if (!fraction.isEmpty()) {
        micros += fraction.leftJustified(6, u'0').toLongLong();
    }
    return negative ? -micros : micros;
}

std::optional<int> ImportValues::parseCount(const QString& value)
{
    QString text = value.trimmed();
    if (text.endsWith(u".0"_s)) {
        text.chop(2);
    }
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 0) {
        return std::nullopt;
    }
    return n;
}

bool ImportValues::parseBirthday(const QString& value, int& year, int& month, int& day)
{
    static const QRegularExpression iso(u"^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ].*)?$"_s);
    static const QRegularExpression dotted(u"^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$"_s);
    static const QRegularExpression slashed(u"^(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})$"_s);
    static const QRegularExpression noYear(u"^(?:--)?(\\d{1,2})-(\\d{1,2})$"_s);
    const QString text = value.trimmed();
    int y = 0;
    int m = 0;
    int d = 0;
    if (auto match = iso.match(text); match.hasMatch()) {
        y = match.captured(1).toInt();
        m = match.captured(2).toInt();
        d = match.captured(3).toInt();
    } else if (match = dotted.match(text); match.hasMatch()) {
        d = match.captured(1).toInt();
        m = match.captured(2).toInt();
        y = match.captured(3).toInt();
    } else if (match = slashed.match(text); match.hasMatch()) {
        m = match.captured(1).toInt();
        d = match.captured(2).toInt();
        y = match.captured(3).toInt();
        if (m > 12) {
            std::swap(m, d);
        }
        if (match.captured(3).size() == 2) {
            y = y == 0 ? 0 : (y > QDate::currentDate().year() % 100 ? 1900 + y : 2000 + y);
        }
    } else if (match = noYear.match(text); match.hasMatch()) {
        m = match.captured(1).toInt();
        d = match.captured(2).toInt();
    } else {
        return false;
    }
    // Leap year 2000 lets 29 February through when the year is unknown.
    if (!QDate(y > 0 ? y : 2000, m, d).isValid() || (y > 0 && y < 1900)) {
        return false;
    }
    year = y;
    month = m;
    day = d;
    return true;
}

QDateTime ImportValues::parseDateTime(const QString& value)
{
    const QString text = value.trimmed();
    if (text.isEmpty()) {
        return {};
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid()) {
        QString spaced = text;
        time = QDateTime::fromString(spaced.replace(u' ', u'T'), Qt::ISODate);
    }
    if (time.isValid()) {
        if (time.timeSpec() == Qt::LocalTime) {
            time.setTimeZone(QTimeZone::utc());
        }
        return time.toUTC();
    }
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    if (date.isValid()) {
        return date.startOfDay(QTimeZone::utc());
    }
    int y = 0;
    int m = 0;
    int d = 0;
    if (parseBirthday(text, y, m, d) && y > 0) {
        return QDate(y, m, d).startOfDay(QTimeZone::utc());
    }
    return {};
}

QString ImportValues::countryCode(const QString& value)
{
    const QString key = value.trimmed().toCaseFolded();
    if (key.isEmpty()) {
        return {};
    }
    return countryNames().value(key);
}

QStringList ImportValues::splitTags(const QString& value)
{
    static const QRegularExpression separators(u"\\s*(?::::|,|;)\\s*"_s);
    QStringList tags;
    for (const QString& part : value.split(separators, Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (tag.isEmpty() || tag.startsWith(u"* "_s) || tags.contains(tag, Qt::CaseInsensitive)) {
            continue;
        }
        tags.append(tag);
    }
    return tags;
}

bool ImportValues::isMobileLabel(const QString& label)
{
    const QString l = label.toCaseFolded();
    for (const QString& word : {u"mobile"_s, u"cell"_s, u"komórk"_s, u"komork"_s, u"mobil"_s, u"мобил"_s, u"сотов"_s}) {
        if (l.contains(word)) {
            return true;
        }
    }
    return false;
}

QString ImportValues::formatMoney(qint64 micros)
{
    const bool negative = micros < 0;
    const quint64 value = negative ? quint64(-micros) : quint64(micros);
    QString fraction = u"%1"_s.arg(value % 1000000, 6, 10, QChar(u'0'));
    while (fraction.size() > 2 && fraction.endsWith(u'0')) {
        fraction.chop(1);
    }
    return u"%1%2.%3"_s.arg(negative ? u"-"_s : QString()).arg(value / 1000000).arg(fraction);
}

QString ImportValues::formatBirthday(int year, int month, int day)
{
    if (month <= 0 || day <= 0) {
        return {};
    }
    if (year <= 0) {
        return u"--%1-%2"_s.arg(month, 2, 10, QChar(u'0')).arg(day, 2, 10, QChar(u'0'));
    }
    return u"%1-%2-%3"_s.arg(year, 4, 10, QChar(u'0')).arg(month, 2, 10, QChar(u'0')).arg(day, 2, 10, QChar(u'0'));
}

QString ImportValues::formatDateTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace Herald
