// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Budget (DESIGN §7): a counter update for a 1,000-character message ≤ 50 µs. Prints one JSON
// object; run by tests/bench/run-benchmarks.sh.

#include "sms/SmsCounter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Herald;

namespace
{

constexpr double s_budgetNs = 50'000.0;
constexpr int s_runs = 9;
constexpr int s_iterations = 2'000;

// text repeated and cut to exactly length UTF-16 units.
QString exactly(const QString& text, qsizetype length)
{
    return text.repeated(length / text.size() + 1).left(length);
}

// Median over s_runs of the mean time of s_iterations counts, after a warm-up run.
double nsPerCount(const QString& text, const SmsCounter::Options& options, int& sink)
{
    const auto runOnce = [&]() {
        const auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < s_iterations; ++i) {
            const SmsCount count = SmsCounter::count(text, options);
            sink += count.units + count.segments + int(count.nonGsm.size());
        }
        const auto elapsed = std::chrono::steady_clock::now() - start;
        return std::chrono::duration<double, std::nano>(elapsed).count() / s_iterations;
    };
    runOnce();
    std::vector<double> samples;
    for (int run = 0; run < s_runs; ++run) {
        samples.push_back(runOnce());
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);

    const QString gsm
        = exactly(u"Spring sale at {shop}: 20% off everything until Sunday! Show this SMS [code A7]. "_s, 1000);
    const QString polish
        = exactly(u"Wiosenna wyprzedaż: 20% zniżki na wszystko do niedzieli! Pokaż tę wiadomość. "_s, 1000);
    const QString mixed = exactly(u"Hello “friend” – Zażółć gęślą jaźń 😀 Ответьте STOP 回覆 €5 "_s, 1000);
    // The worst case of the optional shift tables: every table combination is tried.
    const QString turkish
        = exactly(u"Bahar indirimi: her şeyde %20, pazar gününe kadar! Çok güzel İstanbul ığ. "_s, 1000);
    SmsCounter::Options national;
    national.nationalLanguageTables = true;

    struct Case
    {
        QString name;
        const QString* text;
        SmsCounter::Options options;
    };
    const Case cases[] = {{u"gsm7_1000"_s, &gsm, {}}, {u"ucs2_polish_1000"_s, &polish, {}},
        {u"mixed_1000"_s, &mixed, {}}, {u"turkish_1000_shift_tables"_s, &turkish, national}};

    int sink = 0;
    QJsonArray results;
    bool allWithin = true;
    for (const Case& c : cases) {
        const double ns = nsPerCount(*c.text, c.options, sink);
        const SmsCount count = SmsCounter::count(*c.text, c.options);
        const bool within = ns <= s_budgetNs;
        allWithin = allWithin && within;
        results.append(QJsonObject {
            {u"name"_s, c.name},
            {u"characters"_s, count.characters},
            {u"utf16_units"_s, int(c.text->size())},
            {u"encoding"_s, count.encodingName()},
            {u"segments"_s, count.segments},
            {u"ns_per_count"_s, qRound(ns)},
            {u"budget_ns"_s, s_budgetNs},
            {u"within_budget"_s, within},
        });
    }
    const QJsonObject report {
        {u"benchmark"_s, u"counter"_s},
        {u"runs"_s, s_runs},
        {u"iterations_per_run"_s, s_iterations},
        {u"cases"_s, results},
        {u"within_budget"_s, allWithin},
        {u"checksum"_s, sink},
    };
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact)) << Qt::endl;
    return 0;
}
