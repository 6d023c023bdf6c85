#pragma once

#include <QObject>

class QString;
class QWidget;

namespace akdesk {

/// Tells assistive technology about something that appeared without the user moving there: an
/// error banner, a field's message, a status line. Qt 6.4 has no announcement event, so the widget
/// that shows the text raises a name change and an Alert; a label without its own accessible name
/// is read by its text.
void announce(QWidget *source, const QString &text);

/// Attaches a field's error to the input itself, so moving to the field reads it out, and raises
/// an Alert when one appears; an empty `error` restores the field's plain description.
void describeError(QWidget *input, const QString &error);

/// Every announcement also passes through here: Qt forwards its accessibility events only to a
/// running screen-reader bridge, so this is where akdesk (and its tests) can see what was said.
class Announcer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Announcer)

public:
    static Announcer *instance();

Q_SIGNALS:
    void announced(QWidget *source, const QString &text);

private:
    Announcer() = default;
};

} // namespace akdesk
