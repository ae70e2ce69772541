// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ShopifyGenerator.h"

#include <QByteArray>
#include <QFile>

#include <array>
#include <cmath>
#include <iterator>
#include <vector>

namespace Herald::Bench
{

namespace
{

// xorshift64*: small, fast and the same everywhere.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 2685821657736338717ULL;
    }
    int below(int n)
    {
        return int(next() % quint64(n));
    }

private:
    quint64 m_state;
};

struct Country
{
    const char* code;
    const char* callingCode;
    const char* prefix; // national significant number prefix of mobiles
    int digits; // digits after the prefix
    const char* trunk; // national trunk prefix
    const char* city;
};

// Weighted towards a Polish shop with customers abroad.
constexpr std::array<Country, 7> Countries = {{
    {"PL", "48", "60", 7, "", "Warszawa"},
    {"DE", "49", "151", 8, "0", "Berlin"},
    {"GB", "44", "7400", 6, "0", "London"},
    {"RO", "40", "72", 7, "0", "Bucuresti"},
    {"US", "1", "2012", 6, "", "Newark"},
    {"FR", "33", "612", 6, "0", "Paris"},
    {"RU", "7", "912", 7, "8", "Moskva"},
}};
constexpr std::array<int, 10> CountryWeights = {0, 0, 0, 0, 0, 0, 1, 2, 3, 4}; // index → extra countries

const char* const FirstNames[] = {"Anna", "Jan", "Maria", "Piotr", "Ewa", "Tomasz", "Zofia", "Ion", "Olga", "John",
    "Mary", "Klaus", "Sophie", "Ivan", "Łukasz", "Małgorzata"};
const char* const LastNames[] = {"Kowalska", "Nowak", "Wiśniewski", "Popescu", "Smith", "Müller", "Martin", "Ivanov",
    "Zielińska", "Jones", "Kowalczyk", "Lewandowski"};

QByteArray digitsOf(quint64 value, int width)
{
    QByteArray text = QByteArray::number(value);
    return text.rightJustified(width, '0').right(width);
}

struct Number
{
    int country = 0;
    QByteArray national; // significant number without trunk prefix
};

QByteArray spell(const Number& n, int style)
{
    const Country& c = Countries[size_t(n.country)];
    const QByteArray& d = n.national;
    switch (style) {
    case 0:
        return "'+" + QByteArray(c.callingCode) + d; // Shopify
    case 1:
        return "+" + QByteArray(c.callingCode) + " " + d.left(3) + " " + d.mid(3, 3) + " " + d.mid(6);
    case 2:
        return QByteArray(c.trunk) + d.left(3) + " " + d.mid(3, 3) + " " + d.mid(6); // national
    case 3:
        return (n.country == 4 ? "011" : (n.country == 6 ? "810" : "00")) + QByteArray(c.callingCode) + d; // IDD
    default:
        return QByteArray(c.trunk) + d.left(3) + "-" + d.mid(3, 3) + "-" + d.mid(6);
    }
}

} // namespace

GeneratedFile writeShopifyFile(const QString& path, qint64 rows)
{
    GeneratedFile result;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return result;
    }
    Random random(0x5EED2026);
    QByteArray buffer;
    buffer.reserve(2 << 20);
    buffer += "Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,"
              "Default Address Address1,Default Address Address2,Default Address City,Default Address Province Code,"
              "Default Address Country Code,Default Address Zip,Default Address Phone,Phone,Accepts SMS Marketing,"
              "Total Spent,Total Orders,Note,Tax Exempt,Tags\n";
    std::vector<Number> recent; // the last numbers, for duplicates
    recent.reserve(1024);
    std::array<quint64, Countries.size()> serial {};
    for (qint64 i = 0; i < rows; ++i) {
        const int dice = random.below(1000);
        Number number;
        QByteArray phone;
        bool invalid = false;
        if (dice < 10 && !recent.empty()) {
            number = recent[size_t(random.below(int(recent.size())))];
            phone = spell(number, random.below(5));
            ++result.duplicates;
        } else {
            const int pick = random.below(int(CountryWeights.size()) + 2);
            number.country = pick < int(CountryWeights.size()) ? CountryWeights[size_t(pick)] : 5 + (pick % 2);
            const Country& c = Countries[size_t(number.country)];
            // Distinct per country: a serial number spread over the number space.
            const quint64 s = serial[size_t(number.country)]++;
            number.national = QByteArray(c.prefix) + digitsOf(s * 7919 % quint64(std::pow(10, c.digits)), c.digits);
            if (dice < 13) {
                phone = "12345"; // too short
                invalid = true;
            } else if (dice < 14) {
                phone = "4.8" + digitsOf(s, 4) + "E+10"; // Excel
                invalid = true;
            } else if (dice < 15) {
                phone = "=" + QByteArray(c.callingCode) + number.national; // a formula
                invalid = true;
            } else {
                phone = spell(number, random.below(5));
                if (recent.size() < 1024) {
                    recent.push_back(number);
                } else {
                    recent[size_t(random.below(1024))] = number;
                }
            }
        }
        if (invalid) {
            ++result.invalid;
        }
        const Country& c = Countries[size_t(number.country)];
        const char* first = FirstNames[random.below(int(std::size(FirstNames)))];
        const char* last = LastNames[random.below(int(std::size(LastNames)))];
        const int tagDice = random.below(20);
        buffer += "'" + QByteArray::number(7000000000000LL + i) + "," + first + "," + last + ",customer"
            + QByteArray::number(i) + "@example.com," + (random.below(2) ? "yes" : "no") + ",,Street "
            + QByteArray::number(random.below(200) + 1) + ",," + c.city + ",," + c.code + ","
            + QByteArray::number(10000 + random.below(89999)) + "," + (random.below(3) == 0 ? phone : QByteArray())
            + "," + phone + "," + (random.below(3) == 0 ? "no" : "yes") + ","
            + QByteArray::number(random.below(100000) / 100.0, 'f', 2) + "," + QByteArray::number(random.below(20))
            + ",,no," + (tagDice == 0 ? "\"vip, newsletter\"" : (tagDice == 1 ? "vip" : "")) + "\n";
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    result.rows = rows;
    return result;
}

} // namespace Herald::Bench
