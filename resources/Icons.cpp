// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>

using namespace Qt::StringLiterals;

namespace Herald::Icons
{

namespace
{

QString pathFor(const QString& name)
{
    return u":/icons/%1.svg"_s.arg(name);
}

// Renders the SVG through Qt's SVG icon engine, then recolours it for the mode and picks the
// mirrored variant in right-to-left layouts.
class PaletteIconEngine final : public QIconEngine
{
public:
    PaletteIconEngine(const QString& name, bool directional)
        : m_name(name)
        , m_ltr(pathFor(name))
        , m_rtl(directional && QFile::exists(pathFor(name + u"-rtl"_s)) ? QIcon(pathFor(name + u"-rtl"_s)) : QIcon())
    {
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() != nullptr ? painter->device()->devicePixelRatio() : 1.0;
        QPixmap image = pixmap(rect.size() * ratio, mode, state);
        image.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, image);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        if (size.isEmpty()) {
            return {};
        }
        const bool mirrored = !m_rtl.isNull() && QGuiApplication::layoutDirection() == Qt::RightToLeft;
        const QColor tint = tintFor(mode);
        const QString key = u"herald-icon/%1/%2/%3x%4/%5/%6"_s.arg(m_name)
                                .arg(mirrored ? u"rtl"_s : u"ltr"_s)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(tint.isValid() ? tint.name(QColor::HexArgb) : u"-"_s)
                                .arg(int(state));
        QPixmap result;
        if (QPixmapCache::find(key, &result)) {
            return result;
        }
        result = (mirrored ? m_rtl : m_ltr).pixmap(size, 1.0, QIcon::Normal, state);
        if (tint.isValid() && !result.isNull()) {
            QPainter painter(&result);
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(result.rect(), tint);
        }
        QPixmapCache::insert(key, result);
        return result;
    }

    QIconEngine* clone() const override
    {
        return new PaletteIconEngine(*this);
    }

    QString key() const override
    {
        return u"HeraldPaletteIconEngine"_s;
    }

    bool isNull() override
    {
        return m_ltr.isNull();
    }

private:
    PaletteIconEngine(const PaletteIconEngine&) = default;

    static QColor tintFor(QIcon::Mode mode)
    {
        const QPalette palette = QGuiApplication::palette();
        switch (mode) {
        case QIcon::Selected:
            // Item views paint selections of inactive windows with the Inactive group.
            return palette.color(
                QGuiApplication::applicationState() == Qt::ApplicationActive ? QPalette::Active : QPalette::Inactive,
                QPalette::HighlightedText);
        case QIcon::Disabled:
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        case QIcon::Normal:
        case QIcon::Active:
            break;
        }
        return {};
    }

    QString m_name;
    QIcon m_ltr;
    QIcon m_rtl;
};

} // namespace

QIcon icon(const QString& name)
{
    return QIcon(new PaletteIconEngine(name, false));
}

QIcon directional(const QString& name)
{
    return QIcon(new PaletteIconEngine(name, true));
}

QIcon application()
{
    return QIcon(u":/icons/herald.svg"_s);
}

QStringList names()
{
    return {u"contacts"_s, u"segments"_s, u"templates"_s, u"campaigns"_s, u"inbox"_s, u"analytics"_s, u"import"_s,
        u"export"_s, u"add"_s, u"delete"_s, u"send"_s, u"pause"_s, u"resume"_s, u"cancel"_s, u"search"_s, u"settings"_s,
        u"log"_s, u"test-connection"_s};
}

QStringList directionalNames()
{
    return {u"send"_s, u"campaigns"_s, u"log"_s};
}

} // namespace Herald::Icons
