// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SegmentQuery.h"

#include "SegmentFields.h"

#include <QJsonArray>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

using Op = SegmentOperator;

constexpr qint64 SecondsPerDay = 86'400;

// True if value has a letter outside ASCII whose case can change: SQLite's NOCASE and LIKE
// would compare it case-sensitively.
bool needsUnicodeFolding(const QString& value)
{
    for (const char32_t ch : value.toUcs4()) {
        if (ch >= 0x80 && (QChar::toLower(ch) != ch || QChar::toUpper(ch) != ch || QChar::toTitleCase(ch) != ch)) {
            return true;
        }
    }
    return false;
}

// A GLOB pattern matching value ignoring case: every cased letter becomes a class of its
// case forms ([Łł]), and GLOB's own metacharacters become one-character classes ([*]).
QString caseInsensitiveGlob(const QString& value)
{
    QString pattern;
    for (const char32_t ch : value.toUcs4()) {
        if (ch == U'*' || ch == U'?' || ch == U'[') {
            pattern += u'[' + QString::fromUcs4(&ch, 1) + u']';
            continue;
        }
        QList<char32_t> forms = {ch};
        for (const char32_t form : {QChar::toLower(ch), QChar::toUpper(ch), QChar::toTitleCase(ch),
                 QChar::toLower(QChar::toUpper(ch)), QChar::toUpper(QChar::toLower(ch))}) {
            if (!forms.contains(form)) {
                forms.append(form);
            }
        }
        if (forms.size() == 1) {
            pattern += QString::fromUcs4(&ch, 1);
        } else {
            pattern += u'[' + QString::fromUcs4(forms.constData(), forms.size()) + u']';
        }
    }
    return pattern;
}

// A LIKE pattern (with ESCAPE '\') that matches value literally.
QString likeLiteral(const QString& value)
{
    QString escaped;
    escaped.reserve(value.size());
    for (const QChar ch : value) {
        if (ch == u'\\' || ch == u'%' || ch == u'_') {
            escaped += u'\\';
        }
        escaped += ch;
    }
    return escaped;
}

QString comparison(Op op)
{
    switch (op) {
    case Op::Equal:
        return u"="_s;
    case Op::NotEqual:
        return u"<>"_s;
    case Op::Greater:
        return u">"_s;
    case Op::GreaterOrEqual:
        return u">="_s;
    case Op::Less:
        return u"<"_s;
    case Op::LessOrEqual:
        return u"<="_s;
    default:
        break;
    }
    Q_UNREACHABLE();
    return u"="_s;
}

// A stored timestamp of a contact, and the condition under which it is set. Conditions are
// written so that they are never NULL, which keeps NOT (…) an exact complement.
struct DateColumn
{
    QString column;
    QString present; // empty when the column is never NULL
};

DateColumn dateColumn(SegmentField field)
{
    switch (field) {
    case SegmentField::Created:
        return {u"+c.created_at"_s, {}};
    case SegmentField::OptedIn:
        // Only the current opt-in counts: someone who opted in and then out is not a subscriber.
        return {
            u"+c.consent_changed_at"_s, u"+c.marketing_consent = 'opted_in' AND +c.consent_changed_at IS NOT NULL"_s};
    case SegmentField::LastOrder:
        return {u"+c.last_order_at"_s, u"+c.last_order_at IS NOT NULL"_s};
    case SegmentField::LastMessage:
        return {u"+c.last_message_at"_s, u"+c.last_message_at IS NOT NULL"_s};
    case SegmentField::LastReply:
        return {u"+c.last_reply_at"_s, u"+c.last_reply_at IS NOT NULL"_s};
    default:
        break;
    }
    Q_UNREACHABLE();
    return {};
}

QString textColumn(SegmentField field)
{
    switch (field) {
    case SegmentField::Country:
        return u"+c.country"_s;
    case SegmentField::Language:
        return u"+c.language"_s;
    case SegmentField::City:
        return u"+c.city"_s;
    default:
        break;
    }
    Q_UNREACHABLE();
    return {};
}

const QString s_tagSubquery
    = u"SELECT ct.contact_id FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.name"_s;

class Compiler
{
public:
    explicit Compiler(const QDateTime& now)
        : m_now(now)
    {
    }

    Result<QString> group(const SegmentRule& group, const QString& path, int depth)
    {
        if (depth > SegmentQuery::MaxDepth) {
            return Error {SegmentQuery::tr("rule %1: groups are nested too deeply (at most %2 levels).")
                              .arg(path)
                              .arg(SegmentQuery::MaxDepth)};
        }
        // Cheap tests first: SQLite evaluates the terms of a scan in the order written and stops
        // at the first that decides AND/OR, so a tag or custom field set is probed only for
        // rows the plain columns let through. Paths keep the rules' own numbers.
        QList<qsizetype> order;
        for (qsizetype i = 0; i < group.rules.size(); ++i) {
            order.append(i);
        }
        std::stable_sort(order.begin(), order.end(),
            [&group](qsizetype a, qsizetype b) { return cost(group.rules.at(a)) < cost(group.rules.at(b)); });
        QStringList parts;
        for (const qsizetype i : std::as_const(order)) {
            const SegmentRule& child = group.rules.at(i);
            const QString childPath = path.isEmpty() ? QString::number(i + 1) : u"%1.%2"_s.arg(path).arg(i + 1);
            auto sql = child.isGroup() ? this->group(child, childPath, depth + 1) : condition(child, childPath);
            if (!sql) {
                return sql.error();
            }
            parts.append(sql.value());
        }
        if (parts.isEmpty()) {
            return u"1"_s; // an empty group places no restriction
        }
        if (parts.size() == 1) {
            return parts.constFirst();
        }
        return u"(%1)"_s.arg(parts.join(group.match == SegmentMatch::Any ? u" OR "_s : u" AND "_s));
    }

    QVariantList takeBindings()
    {
        return std::move(m_bindings);
    }

private:
    // A rough rank of how expensive a rule is to test on one row.
    static int cost(const SegmentRule& rule)
    {
        if (rule.isGroup()) {
            int most = 0;
            for (const SegmentRule& child : rule.rules) {
                most = qMax(most, cost(child));
            }
            return most;
        }
        switch (rule.field) {
        case SegmentField::Tags:
        case SegmentField::Custom:
            return 3; // a probe into a set built from another table
        case SegmentField::Country:
        case SegmentField::Language:
        case SegmentField::City:
            return rule.op == Op::Is || rule.op == Op::IsNot || rule.op == Op::IsEmpty || rule.op == Op::IsNotEmpty
                ? 1
                : 2; // LIKE, GLOB and lists
        case SegmentField::Birthday:
            return 0; // may drive the query through contacts_birthday
        default:
            return 1;
        }
    }

    // Appends value to the bindings and returns its placeholder. Call it in the order the
    // placeholders appear in the SQL text (never twice in one expression: argument order is
    // unspecified in C++).
    QString bind(const QVariant& value)
    {
        m_bindings.append(value);
        return u"?"_s;
    }

    Result<QString> condition(const SegmentRule& rule, const QString& path)
    {
        if (++m_conditions > SegmentQuery::MaxConditions) {
            return Error {
                SegmentQuery::tr("The segment has too many rules (at most %1).").arg(SegmentQuery::MaxConditions)};
        }
        m_path = path;
        m_rule = &rule;
        if (!SegmentFields::allows(rule.field, rule.op)) {
            return Error {SegmentQuery::tr("rule %1: unknown operator “%2” for field “%3”.")
                              .arg(path, SegmentFields::id(rule.op), SegmentFields::id(rule.field))};
        }
        if (SegmentFields::valueType(rule.field, rule.op) == SegmentValueType::None && !rule.value.isNull()
            && !rule.value.isUndefined()) {
            return fail(SegmentQuery::tr("rule %1: “%2” on “%3” takes no value."));
        }
        switch (rule.field) {
        case SegmentField::Tags:
            return tags(rule);
        case SegmentField::Consent:
            return consent(rule);
        case SegmentField::Country:
        case SegmentField::Language:
        case SegmentField::City:
            return textColumnCondition(textColumn(rule.field), rule);
        case SegmentField::OptedIn:
        case SegmentField::Created:
        case SegmentField::LastOrder:
        case SegmentField::LastMessage:
        case SegmentField::LastReply:
            return date(dateColumn(rule.field), rule);
        case SegmentField::Birthday:
            return birthday(rule);
        case SegmentField::TotalSpent:
            return number(u"+c.total_spent_micros"_s, rule, true);
        case SegmentField::Orders:
            return number(u"+c.orders_count"_s, rule, false);
        case SegmentField::Custom:
            return custom(rule);
        }
        return QString();
    }

    // An error about the current rule's value; message has %1 path, %2 operator, %3 field.
    Error fail(const QString& message) const
    {
        return Error {message.arg(m_path, SegmentFields::id(m_rule->op), SegmentFields::id(m_rule->field))};
    }

    // ---- operands -------------------------------------------------------------------------

    std::optional<QString> text(const QJsonValue& value) const
    {
        if (!value.isString() || value.toString().isEmpty()) {
            return std::nullopt;
        }
        return value.toString().normalized(QString::NormalizationForm_C);
    }

    Result<QString> textValue(const QJsonValue& value) const
    {
        if (auto t = text(value)) {
            return *t;
        }
        return fail(SegmentQuery::tr("rule %1: “%2” on “%3” needs a text that is not empty."));
    }

    Result<QStringList> textList(const QJsonValue& value) const
    {
        const Error error = fail(SegmentQuery::tr("rule %1: “%2” on “%3” needs a list of texts that are not empty."));
        if (!value.isArray() || value.toArray().isEmpty()) {
            return error;
        }
        const QJsonArray array = value.toArray();
        if (array.size() > SegmentFields::MaxListValues) {
            return Error {SegmentQuery::tr("rule %1: too many values (at most %2).")
                              .arg(m_path)
                              .arg(SegmentFields::MaxListValues)};
        }
        QStringList list;
        for (const QJsonValue& item : array) {
            auto t = text(item);
            if (!t) {
                return error;
            }
            list.append(*t);
        }
        return list;
    }

    static bool isNumber(const QJsonValue& value)
    {
        return value.isDouble() && std::isfinite(value.toDouble());
    }

    Result<int> days(const QJsonValue& value, int maximum) const
    {
        const double d = value.isDouble() ? value.toDouble() : 0;
        if (!value.isDouble() || d != std::floor(d) || d < 1 || d > maximum) {
            return Error {SegmentQuery::tr("rule %1: “%2” on “%3” needs a whole number of days from 1 to %4.")
                              .arg(m_path, SegmentFields::id(m_rule->op), SegmentFields::id(m_rule->field))
                              .arg(maximum)};
        }
        return int(d);
    }

    std::optional<QDate> dateOf(const QJsonValue& value) const
    {
        const QString s = value.toString();
        if (!value.isString() || s.size() != 10) {
            return std::nullopt;
        }
        const QDate date = QDate::fromString(s, Qt::ISODate);
        if (!date.isValid()) {
            return std::nullopt;
        }
        return date;
    }

    // ---- fields ---------------------------------------------------------------------------

    Result<QString> tags(const SegmentRule& rule)
    {
        auto names = textList(rule.value);
        if (!names) {
            return fail(SegmentQuery::tr("rule %1: “%2” on “%3” needs a list of tag names."));
        }
        QStringList trimmed;
        for (const QString& name : names.value()) {
            if (name.trimmed().isEmpty()) {
                return fail(SegmentQuery::tr("rule %1: “%2” on “%3” needs a list of tag names."));
            }
            trimmed.append(name.trimmed()); // as ContactRepository::addTag stores them
        }
        // tags.name is COLLATE NOCASE, so these comparisons ignore case as tag identity does.
        if (rule.op == Op::HasAll) {
            QStringList parts;
            for (const QString& name : trimmed) {
                parts.append(u"+c.id IN (%1 = %2)"_s.arg(s_tagSubquery, bind(name)));
            }
            return u"(%1)"_s.arg(parts.join(u" AND "_s));
        }
        QStringList placeholders;
        for (const QString& name : trimmed) {
            placeholders.append(bind(name));
        }
        const QString in = u"+c.id IN (%1 IN (%2))"_s.arg(s_tagSubquery, placeholders.join(u", "_s));
        return rule.op == Op::HasNone ? u"NOT %1"_s.arg(in) : in;
    }

    Result<QString> consent(const SegmentRule& rule)
    {
        const QString value = rule.value.toString();
        QStringList ids;
        for (const SegmentChoice& choice : SegmentFields::consentChoices()) {
            ids.append(choice.id);
        }
        if (!rule.value.isString() || !ids.contains(value)) {
            return Error {
                SegmentQuery::tr("rule %1: “%2” on “%3” needs one of: %4.")
                    .arg(m_path, SegmentFields::id(rule.op), SegmentFields::id(rule.field), ids.join(u", "_s))};
        }
        return u"+c.marketing_consent %1 %2"_s.arg(rule.op == Op::IsNot ? u"<>"_s : u"="_s, bind(value));
    }

    // One value compared ignoring case; see the class comment for why two ways.
    QString textMatch(const QString& expr, const QString& value, const QString& before, const QString& after)
    {
        if (needsUnicodeFolding(value)) {
            return u"%1 GLOB %2"_s.arg(expr, bind(before + caseInsensitiveGlob(value) + after));
        }
        if (before.isEmpty() && after.isEmpty()) {
            return u"%1 = %2 COLLATE NOCASE"_s.arg(expr, bind(value));
        }
        const QString like
            = (before.isEmpty() ? QString() : u"%"_s) + likeLiteral(value) + (after.isEmpty() ? QString() : u"%"_s);
        return u"%1 LIKE %2 ESCAPE '\\'"_s.arg(expr, bind(like));
    }

    // The positive form of a text operator over expr (a column that is never NULL).
    Result<QString> positiveText(const QString& expr, const SegmentRule& rule)
    {
        switch (rule.op) {
        case Op::Is:
        case Op::IsNot: {
            auto value = textValue(rule.value);
            if (!value) {
                return value.error();
            }
            return textMatch(expr, value.value(), {}, {});
        }
        case Op::IsAnyOf:
        case Op::IsNoneOf: {
            auto values = textList(rule.value);
            if (!values) {
                return values.error();
            }
            QStringList ascii;
            QStringList unicode;
            for (const QString& value : values.value()) {
                (needsUnicodeFolding(value) ? unicode : ascii).append(value);
            }
            QStringList parts;
            if (!ascii.isEmpty()) {
                QStringList placeholders;
                for (const QString& value : ascii) {
                    placeholders.append(bind(value));
                }
                parts.append(u"%1 COLLATE NOCASE IN (%2)"_s.arg(expr, placeholders.join(u", "_s)));
            }
            for (const QString& value : unicode) {
                parts.append(textMatch(expr, value, {}, {}));
            }
            return parts.size() == 1 ? parts.constFirst() : u"(%1)"_s.arg(parts.join(u" OR "_s));
        }
        case Op::Contains:
        case Op::NotContains:
        case Op::StartsWith: {
            auto value = textValue(rule.value);
            if (!value) {
                return value.error();
            }
            const QString any = needsUnicodeFolding(value.value()) ? u"*"_s : u"%"_s;
            return textMatch(expr, value.value(), rule.op == Op::StartsWith ? QString() : any, any);
        }
        case Op::IsEmpty:
        case Op::IsNotEmpty:
            return u"trim(%1) = ''"_s.arg(expr);
        default:
            break;
        }
        Q_UNREACHABLE();
        return QString();
    }

    static bool isNegativeText(Op op)
    {
        return op == Op::IsNot || op == Op::IsNoneOf || op == Op::NotContains || op == Op::IsNotEmpty;
    }

    Result<QString> textColumnCondition(const QString& column, const SegmentRule& rule)
    {
        auto positive = positiveText(column, rule);
        if (!positive) {
            return positive;
        }
        return isNegativeText(rule.op) ? u"NOT (%1)"_s.arg(positive.value()) : positive.value();
    }

    Result<QString> number(const QString& column, const SegmentRule& rule, bool money)
    {
        auto toBinding = [money](double value) {
            return money ? QVariant(qint64(std::llround(value * 1'000'000.0))) : QVariant(value);
        };
        if (rule.op == Op::Between) {
            const QJsonArray range = rule.value.toArray();
            const bool valid = range.size() == 2 && isNumber(range.at(0)) && isNumber(range.at(1));
            const double low = valid ? range.at(0).toDouble() : 0;
            const double high = valid ? range.at(1).toDouble() : 0;
            if (!rule.value.isArray() || !valid || low > high) {
                return fail(SegmentQuery::tr("rule %1: “%2” on “%3” needs two numbers, the smaller first."));
            }
            const QString lowPlaceholder = bind(toBinding(low));
            return u"%1 BETWEEN %2 AND %3"_s.arg(column, lowPlaceholder, bind(toBinding(high)));
        }
        const double value = rule.value.toDouble();
        if (!isNumber(rule.value) || (money && std::fabs(value) > 1e12)) {
            return fail(SegmentQuery::tr("rule %1: “%2” on “%3” needs a number."));
        }
        return u"%1 %2 %3"_s.arg(column, comparison(rule.op), bind(toBinding(value)));
    }

    // Midnight starting date, in now's time zone, as Unix seconds.
    qint64 startOf(const QDate& date) const
    {
        QDateTime start = m_now;
        start.setDate(date);
        start.setTime(QTime(0, 0));
        return start.toSecsSinceEpoch();
    }

    Result<QString> date(const DateColumn& date, const SegmentRule& rule)
    {
        const QString& col = date.column;
        auto present = [&date](const QString& range) {
            return date.present.isEmpty() ? range : u"(%1 AND %2)"_s.arg(date.present, range);
        };
        switch (rule.op) {
        case Op::WithinDays:
        case Op::NotWithinDays:
        case Op::MoreThanDaysAgo: {
            auto n = days(rule.value, SegmentFields::MaxDays);
            if (!n) {
                return n.error();
            }
            const qint64 cutoff = m_now.toSecsSinceEpoch() - n.value() * SecondsPerDay;
            if (rule.op == Op::MoreThanDaysAgo) {
                return present(u"%1 < %2"_s.arg(col, bind(cutoff)));
            }
            if (rule.op == Op::NotWithinDays && date.present == u"%1 IS NOT NULL"_s.arg(col)) {
                // The same as NOT (within), written so that SQLite can answer it from the index.
                return u"(%1 IS NULL OR %1 < %2)"_s.arg(col, bind(cutoff));
            }
            const QString within = present(u"%1 >= %2"_s.arg(col, bind(cutoff)));
            return rule.op == Op::WithinDays ? within : u"NOT (%1)"_s.arg(within);
        }
        case Op::Before:
        case Op::After:
        case Op::On: {
            const auto day = dateOf(rule.value);
            if (!day) {
                return fail(SegmentQuery::tr("rule %1: “%2” on “%3” needs a date written YYYY-MM-DD."));
            }
            if (rule.op == Op::Before) {
                return present(u"%1 < %2"_s.arg(col, bind(startOf(*day))));
            }
            if (rule.op == Op::After) {
                return present(u"%1 >= %2"_s.arg(col, bind(startOf(day->addDays(1)))));
            }
            const QString from = bind(startOf(*day));
            return present(u"%1 >= %2 AND %1 < %3"_s.arg(col, from, bind(startOf(day->addDays(1)))));
        }
        case Op::DateBetween: {
            const QJsonArray range = rule.value.toArray();
            const auto first = range.size() == 2 ? dateOf(range.at(0)) : std::nullopt;
            const auto last = range.size() == 2 ? dateOf(range.at(1)) : std::nullopt;
            if (!first || !last || *first > *last) {
                return fail(
                    SegmentQuery::tr("rule %1: “%2” on “%3” needs two dates written YYYY-MM-DD, the earlier first."));
            }
            const QString from = bind(startOf(*first));
            return present(u"%1 >= %2 AND %1 < %3"_s.arg(col, from, bind(startOf(last->addDays(1)))));
        }
        case Op::IsEmpty:
            return u"NOT (%1)"_s.arg(date.present);
        case Op::IsNotEmpty:
            return u"(%1)"_s.arg(date.present);
        default:
            break;
        }
        Q_UNREACHABLE();
        return QString();
    }

    static int monthDay(const QDate& date)
    {
        return date.month() * 100 + date.day();
    }

    Result<QString> birthday(const SegmentRule& rule)
    {
        const QDate today = m_now.date();
        switch (rule.op) {
        case Op::ThisMonth:
            return u"c.birthday_month = %1"_s.arg(bind(today.month()));
        case Op::InMonth: {
            const double month = rule.value.isDouble() ? rule.value.toDouble() : 0;
            if (month != std::floor(month) || month < 1 || month > 12) {
                return fail(SegmentQuery::tr("rule %1: “%2” on “%3” needs a month from 1 to 12."));
            }
            return u"c.birthday_month = %1"_s.arg(bind(int(month)));
        }
        case Op::Today:
        case Op::NextDays: {
            int n = 1;
            if (rule.op == Op::NextDays) {
                auto d = days(rule.value, SegmentFields::MaxBirthdayDays);
                if (!d) {
                    return d.error();
                }
                n = d.value();
            }
            if (n >= 366) {
                return u"(+c.birthday_month IS NOT NULL AND +c.birthday_day IS NOT NULL)"_s;
            }
            const QDate last = today.addDays(n - 1);
            const int from = monthDay(today);
            int to = monthDay(last);
            // Born on 29 February: in other years the birthday is on the 28th.
            if (to == 228 && !QDate::isLeapYear(last.year())) {
                to = 229;
            }
            // A window of up to a month is selective enough to be read from contacts_birthday.
            const QString table = n <= 31 ? u"c."_s : u"+c."_s;
            const QString guard = u"%1birthday_month IS NOT NULL AND %1birthday_day IS NOT NULL"_s.arg(table);
            const QString md = u"(%1birthday_month, %1birthday_day)"_s.arg(table);
            const QString fromMonth = bind(from / 100);
            const QString fromDay = bind(from % 100);
            const QString toMonth = bind(to / 100);
            const QString toDay = bind(to % 100);
            // Row values compare month first, then day; a window across New Year is two ranges.
            const QString join = last.year() == today.year() ? u"AND"_s : u"OR"_s;
            return u"(%1 AND (%2 >= (%3, %4) %7 %2 <= (%5, %6)))"_s.arg(
                guard, md, fromMonth, fromDay, toMonth, toDay, join);
        }
        case Op::IsEmpty:
            return u"+c.birthday_month IS NULL"_s;
        case Op::IsNotEmpty:
            return u"+c.birthday_month IS NOT NULL"_s;
        default:
            break;
        }
        Q_UNREACHABLE();
        return QString();
    }

    Result<QString> custom(const SegmentRule& rule)
    {
        const QString name = rule.customField.trimmed();
        if (name.isEmpty()) {
            return Error {SegmentQuery::tr("rule %1: a custom field rule needs the field's “name”.").arg(m_path)};
        }
        const QString subquery
            = u"SELECT cf.contact_id FROM contact_fields cf WHERE cf.name = %1 AND "_s.arg(bind(rule.customField));
        const QString value = u"cf.value"_s;
        const QString trimmed = u"trim(cf.value)"_s;
        QString predicate;
        bool negative = false;
        switch (rule.op) {
        case Op::IsEmpty:
            // "Empty" = no non-blank value, so it is the complement of IsNotEmpty.
            predicate = u"%1 <> ''"_s.arg(trimmed);
            negative = true;
            break;
        case Op::IsNotEmpty:
            predicate = u"%1 <> ''"_s.arg(trimmed);
            break;
        case Op::Is:
        case Op::IsNot:
        case Op::IsAnyOf:
        case Op::IsNoneOf:
        case Op::Contains:
        case Op::NotContains:
        case Op::StartsWith: {
            auto positive = positiveText(value, rule);
            if (!positive) {
                return positive;
            }
            predicate = positive.value();
            negative = isNegativeText(rule.op);
            break;
        }
        case Op::Equal:
        case Op::Greater:
        case Op::GreaterOrEqual:
        case Op::Less:
        case Op::LessOrEqual:
        case Op::Between: {
            // A number: optional sign, digits, at most one decimal point (a comma counts as one).
            const QString n = u"replace(trim(cf.value), ',', '.')"_s;
            const QString u = u"ltrim(%1, '+-')"_s.arg(n);
            const QString numeric = u"%1 GLOB '*[0-9]*' AND %1 NOT GLOB '*[^0-9.]*' AND %1 NOT GLOB '*.*.*' "
                                    "AND length(%2) - length(%1) <= 1"_s.arg(u, n);
            auto comparisonSql = number(u"CAST(%1 AS REAL)"_s.arg(n), rule, false);
            if (!comparisonSql) {
                return comparisonSql;
            }
            predicate = u"%1 AND %2"_s.arg(numeric, comparisonSql.value());
            break;
        }
        case Op::Before:
        case Op::After:
        case Op::On:
        case Op::DateBetween: {
            const QString d = u"substr(trim(cf.value), 1, 10)"_s;
            const QString isDate = u"%1 GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"_s.arg(d);
            if (rule.op == Op::DateBetween) {
                const QJsonArray range = rule.value.toArray();
                const auto first = range.size() == 2 ? dateOf(range.at(0)) : std::nullopt;
                const auto last = range.size() == 2 ? dateOf(range.at(1)) : std::nullopt;
                if (!first || !last || *first > *last) {
                    return fail(SegmentQuery::tr(
                        "rule %1: “%2” on “%3” needs two dates written YYYY-MM-DD, the earlier first."));
                }
                const QString from = bind(first->toString(Qt::ISODate));
                predicate = u"%1 AND %2 BETWEEN %3 AND %4"_s.arg(isDate, d, from, bind(last->toString(Qt::ISODate)));
                break;
            }
            const auto day = dateOf(rule.value);
            if (!day) {
                return fail(SegmentQuery::tr("rule %1: “%2” on “%3” needs a date written YYYY-MM-DD."));
            }
            const QString op = rule.op == Op::Before ? u"<"_s : rule.op == Op::After ? u">"_s : u"="_s;
            predicate = u"%1 AND %2 %3 %4"_s.arg(isDate, d, op, bind(day->toString(Qt::ISODate)));
            break;
        }
        default:
            Q_UNREACHABLE();
            return QString();
        }
        return u"+c.id %1IN (%2%3)"_s.arg(negative ? u"NOT "_s : QString(), subquery, predicate);
    }

    QDateTime m_now;
    QVariantList m_bindings;
    int m_conditions = 0;
    QString m_path;
    const SegmentRule* m_rule = nullptr;
};

} // namespace

Result<SegmentSql> SegmentQuery::compile(const SegmentRule& root, const QDateTime& now)
{
    Compiler compiler(now.isValid() ? now : QDateTime::currentDateTime());
    // A lone condition is a group of one.
    const SegmentRule group = root.isGroup() ? root : SegmentRule::group(SegmentMatch::All, {root});
    auto where = compiler.group(group, QString(), 1);
    if (!where) {
        return where.error();
    }
    return SegmentSql {where.value(), compiler.takeBindings()};
}

Result<void> SegmentQuery::validate(const SegmentRule& root)
{
    auto compiled = compile(root, QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC));
    if (!compiled) {
        return compiled.error();
    }
    return {};
}

} // namespace Herald
