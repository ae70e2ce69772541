// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SmsHighlighter.h"

#include "sms/GsmCharset.h"

namespace Herald
{

SmsHighlighter::SmsHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    m_nonGsmFormat.setBackground(QColor(0xff, 0xd5, 0x80));
    m_nonGsmFormat.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    m_nonGsmFormat.setUnderlineColor(QColor(0xc0, 0x50, 0x00));
    m_nonGsmFormat.setToolTip(tr("This character is not in the GSM alphabet: the whole message is sent as UCS-2."));
    m_placeholderFormat.setForeground(QColor(0x2b, 0x4a, 0xc8));
    m_placeholderFormat.setFontWeight(QFont::DemiBold);
}

SmsHighlighter::~SmsHighlighter() = default;

void SmsHighlighter::setMarkLetters(bool mark)
{
    if (mark != m_markLetters) {
        m_markLetters = mark;
        rehighlight();
    }
}

void SmsHighlighter::highlightBlock(const QString& text)
{
    qsizetype placeholderStart = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'{') {
            if (i + 1 < text.size() && text.at(i + 1) == u'{') {
                ++i; // "{{" is a literal brace
                continue;
            }
            placeholderStart = i;
        } else if (c == u'}' && placeholderStart >= 0) {
            setFormat(int(placeholderStart), int(i - placeholderStart + 1), m_placeholderFormat);
            placeholderStart = -1;
            continue;
        }
        if (placeholderStart >= 0) {
            continue; // placeholder names are replaced before sending
        }
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            setFormat(int(i), 2, m_nonGsmFormat);
            ++i;
        } else if (GsmCharset::septets(c) == 0) {
            const bool letter = QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing;
            if (m_markLetters || !letter) {
                setFormat(int(i), 1, m_nonGsmFormat);
            }
        }
    }
}

} // namespace Herald
