// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPalette>
#include <QPixmap>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// Every icon of the set is in the resources and draws (no missing-icon placeholders, which
// needs Qt's SVG icon engine), icons that point are mirrored in right-to-left layouts, and
// the icons follow the palette when selected or disabled.
class TestIcons final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void setIsComplete();
    void everyIconDraws_data();
    void everyIconDraws();
    void directionalIconsMirrorInRightToLeft_data();
    void directionalIconsMirrorInRightToLeft();
    void otherIconsStayInRightToLeft();
    void selectedAndDisabledFollowThePalette();
    void applicationIconDrawsAtEverySize();
};

namespace
{

constexpr int s_size = 48;

QImage render(const QIcon& icon, QIcon::Mode mode = QIcon::Normal)
{
    return icon.pixmap(QSize(s_size, s_size), 1.0, mode).toImage().convertToFormat(QImage::Format_ARGB32);
}

int visiblePixels(const QImage& image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            count += qAlpha(image.pixel(x, y)) > 64 ? 1 : 0;
        }
    }
    return count;
}

// Pixels whose coverage differs clearly between two images of the same size.
int differingPixels(const QImage& a, const QImage& b)
{
    int count = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            count += qAbs(qAlpha(a.pixel(x, y)) - qAlpha(b.pixel(x, y))) > 64 ? 1 : 0;
        }
    }
    return count;
}

} // namespace

void TestIcons::cleanup()
{
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    QGuiApplication::setPalette(QPalette());
}

void TestIcons::setIsComplete()
{
    const QStringList panes
        = {u"contacts"_s, u"segments"_s, u"templates"_s, u"campaigns"_s, u"inbox"_s, u"analytics"_s};
    const QStringList actions = {u"import"_s, u"export"_s, u"add"_s, u"delete"_s, u"send"_s, u"pause"_s, u"resume"_s,
        u"cancel"_s, u"search"_s, u"settings"_s, u"log"_s, u"test-connection"_s};
    QStringList names = Icons::names();
    for (const QString& name : panes + actions) {
        QVERIFY2(names.removeOne(name), qPrintable(name));
    }
    QVERIFY2(names.isEmpty(), qPrintable(names.join(u", "_s)));
    for (const QString& name : Icons::directionalNames()) {
        QVERIFY2(Icons::names().contains(name), qPrintable(name));
        QVERIFY2(QFile::exists(u":/icons/%1-rtl.svg"_s.arg(name)), qPrintable(name));
    }
}

void TestIcons::everyIconDraws_data()
{
    QTest::addColumn<QString>("name");
    for (const QString& name : Icons::names()) {
        QTest::newRow(qPrintable(name)) << name;
    }
}

void TestIcons::everyIconDraws()
{
    QFETCH(QString, name);
    QVERIFY(QFile::exists(u":/icons/%1.svg"_s.arg(name)));
    const QImage image = render(Icons::icon(name));
    QCOMPARE(image.size(), QSize(s_size, s_size));
    const int visible = visiblePixels(image);
    // A drawn glyph: clearly more than a speck, clearly less than a filled square.
    QVERIFY2(visible > s_size * s_size / 20, qPrintable(u"%1: %2 visible pixels"_s.arg(name).arg(visible)));
    QVERIFY2(visible < s_size * s_size * 3 / 4, qPrintable(u"%1: %2 visible pixels"_s.arg(name).arg(visible)));
    // Drawn in the brand colour where it is opaque.
    bool foundBrandColour = false;
    for (int y = 0; y < image.height() && !foundBrandColour; ++y) {
        for (int x = 0; x < image.width() && !foundBrandColour; ++x) {
            foundBrandColour = image.pixel(x, y) == qRgba(0x3b, 0x5b, 0xdb, 0xff);
        }
    }
    QVERIFY2(foundBrandColour, qPrintable(name));
}

void TestIcons::directionalIconsMirrorInRightToLeft_data()
{
    QTest::addColumn<QString>("name");
    for (const QString& name : Icons::directionalNames()) {
        QTest::newRow(qPrintable(name)) << name;
    }
}

void TestIcons::directionalIconsMirrorInRightToLeft()
{
    QFETCH(QString, name);
    // One QIcon for both directions: the choice is made when it is drawn.
    const QIcon icon = Icons::directional(name);
    const QImage leftToRight = render(icon);
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    const QImage rightToLeft = render(icon);
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    QCOMPARE(render(icon), leftToRight);

    const int pixels = s_size * s_size;
    // The icon points somewhere: it is not its own mirror image...
    QVERIFY2(differingPixels(leftToRight, leftToRight.mirrored(true, false)) > pixels / 50, qPrintable(name));
    // ...and in right-to-left layouts it is drawn mirrored.
    QVERIFY2(differingPixels(rightToLeft, leftToRight.mirrored(true, false)) < pixels / 200, qPrintable(name));
}

void TestIcons::otherIconsStayInRightToLeft()
{
    for (const QString& name : {u"contacts"_s, u"add"_s, u"resume"_s}) {
        QVERIFY(!Icons::directionalNames().contains(name));
        const QIcon icon = Icons::directional(name);
        const QImage leftToRight = render(icon);
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        const QImage rightToLeft = render(icon);
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        QVERIFY2(visiblePixels(rightToLeft) > 0, qPrintable(name));
        QCOMPARE(rightToLeft, leftToRight);
    }
}

void TestIcons::selectedAndDisabledFollowThePalette()
{
    QPalette palette;
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0x00, 0xff));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x00, 0xc0, 0x00));
    QGuiApplication::setPalette(palette);

    const QIcon icon = Icons::icon(u"contacts"_s);
    const struct
    {
        QIcon::Mode mode;
        QRgb colour;
    } cases[] = {{QIcon::Selected, qRgb(0xff, 0x00, 0xff)}, {QIcon::Disabled, qRgb(0x00, 0xc0, 0x00)}};
    for (const auto& expected : cases) {
        const QImage image = render(icon, expected.mode);
        QCOMPARE(visiblePixels(image), visiblePixels(render(icon)));
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb pixel = image.pixel(x, y);
                if (qAlpha(pixel) == 0xff) {
                    QCOMPARE(qRgb(qRed(pixel), qGreen(pixel), qBlue(pixel)), expected.colour);
                }
            }
        }
    }
}

void TestIcons::applicationIconDrawsAtEverySize()
{
    const QIcon icon = Icons::application();
    QVERIFY(!icon.isNull());
    for (int size : {16, 32, 48, 64, 128, 256}) {
        const QImage image = icon.pixmap(QSize(size, size), 1.0).toImage().convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(image.size(), QSize(size, size));
        // The rounded square fills the middle in the brand colour; the corners stay clear.
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        QCOMPARE(image.pixel(size / 2, size * 15 / 16 - 1) | 0xff000000, qRgb(0x3b, 0x5b, 0xdb));
        QVERIFY(visiblePixels(image) > size * size / 2);
    }
}

QTEST_MAIN(TestIcons)
#include "TestIcons.moc"
