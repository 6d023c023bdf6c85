#pragma once

#include <QColor>
#include <QString>

class QApplication;
class QPalette;

namespace akdesk::theme {

/// True for a dark window background (the system's dark mode or akdesk's dark palette).
bool isDark(const QPalette &palette);

/// Colours that read well on the palette's background, light or dark.
QColor errorText(const QPalette &palette);
QColor okText(const QPalette &palette);
QColor warningText(const QPalette &palette);

/// Style sheets of the boxed banners above a form: errors, and notices that are not errors.
QString errorBanner(const QPalette &palette);
QString noticeBanner(const QPalette &palette);

/// akdesk's own dark palette (Fusion), for systems without one and for `ui/theme=dark`.
QPalette darkPalette();

/// The QSettings key of the chosen look: "" or "system" (the platform's), "light" or "dark".
QString settingsKey();

/// Applies a look to the whole application: "light" and "dark" use the Fusion style with akdesk's
/// palettes; anything else leaves the platform's style and palette alone.
void apply(const QString &look);

} // namespace akdesk::theme
