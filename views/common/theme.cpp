#include "views/common/theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace akdesk::theme {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor errorText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
}

QColor okText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x81, 0xc7, 0x84) : QColor(0x1e, 0x7b, 0x34);
}

QColor warningText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xb7, 0x4d) : QColor(0x9a, 0x5b, 0x00);
}

namespace {
/// A boxed banner: background, text and border colours, one set for light and one for dark.
struct BannerColours
{
    const char *background;
    const char *text;
    const char *border;
};

QString banner(const QPalette &palette, const BannerColours &light, const BannerColours &dark)
{
    const BannerColours &c = isDark(palette) ? dark : light;
    return QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; border-radius: 4px; padding: 6px; }")
        .arg(QLatin1String(c.background), QLatin1String(c.text), QLatin1String(c.border));
}
} // namespace

QString errorBanner(const QPalette &palette)
{
    return banner(palette, {"#fdecea", "#611a15", "#f5c2c0"}, {"#4a1f1c", "#ffdad6", "#8c3a35"});
}

QString noticeBanner(const QPalette &palette)
{
    return banner(palette, {"#e8f1fb", "#0b3a66", "#b6d4f2"}, {"#15314d", "#d3e4f7", "#2f5f8f"});
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x20, 0x23), text(0xe6, 0xe6, 0xe6);
    const QColor button(0x35, 0x37, 0x3c), highlight(0x3d, 0x7e, 0xd6), disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, button.lighter(130));
    p.setColor(QPalette::Midlight, button.lighter(115));
    p.setColor(QPalette::Mid, button.darker(120));
    p.setColor(QPalette::Dark, base.darker(120));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, button);
    return p;
}

QString settingsKey()
{
    return QStringLiteral("ui/theme");
}

void apply(const QString &look)
{
    if (look != QLatin1String("light") && look != QLatin1String("dark"))
        return;
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QApplication::setPalette(look == QLatin1String("dark") ? darkPalette() : QApplication::style()->standardPalette());
}

} // namespace akdesk::theme
