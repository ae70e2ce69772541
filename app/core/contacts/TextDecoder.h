// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <memory>

namespace Herald
{

// Streaming bytes → UTF-16 decoder for one named encoding. Chunks may end in the middle of a
// multi-byte sequence; the decoder keeps the partial sequence until the next chunk arrives.
// Encodings Qt 6.4 knows (UTF-8/16/32) go through QStringDecoder, which is faster; everything
// else (Windows-125x, ISO-8859-x, KOI8-R, Shift_JIS, …) goes through an ICU converter.
// Bytes that are invalid in the encoding become U+FFFD and are counted, and so do unpaired
// surrogates and the noncharacters U+FFFE and U+FFFF, which SQLite cannot store as text. A byte
// order mark inside the text (U+FEFF, where exported files were joined) is dropped.
class TextDecoder final
{
public:
    explicit TextDecoder(const QString& encoding);
    ~TextDecoder();
    TextDecoder(const TextDecoder&) = delete;
    TextDecoder& operator=(const TextDecoder&) = delete;

    // False if neither Qt nor ICU knows the encoding name; decode() then produces nothing.
    bool isValid() const;
    // The name as passed to the constructor.
    QString encoding() const;

    // Appends the text decoded from bytes to out.
    void decode(QByteArrayView bytes, QString& out);
    QString decode(QByteArrayView bytes);
    // Ends the stream: an incomplete trailing sequence becomes U+FFFD and is appended to out.
    void finish(QString& out);

    // True once any byte sequence could not be decoded (it was replaced by U+FFFD).
    bool hasErrors() const;

    // Whether the encoding name is known to Qt or ICU.
    static bool isSupported(const QString& encoding);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Herald
