// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>

namespace Herald
{

// Marks, as the user types, the characters that force the whole message into UCS-2 (so
// each part holds 67 characters instead of 153), and the {placeholders}.
class SmsHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmsHighlighter)

public:
    explicit SmsHighlighter(QTextDocument* document);
    ~SmsHighlighter() override;

    // When the text is in a script GSM-7 cannot carry at all (Arabic, Chinese…), marking every
    // letter says nothing: then only the other non-GSM characters (curly quotes…) are marked.
    void setMarkLetters(bool mark);
    bool marksLetters() const
    {
        return m_markLetters;
    }

protected:
    void highlightBlock(const QString& text) override;

private:
    QTextCharFormat m_nonGsmFormat;
    QTextCharFormat m_placeholderFormat;
    bool m_markLetters = true;
};

} // namespace Herald
