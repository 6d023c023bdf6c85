#include "views/common/announce.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QString>
#include <QVariant>
#include <QWidget>

namespace akdesk {

void announce(QWidget *source, const QString &text)
{
    if (!source || text.isEmpty())
        return;
    // A label without its own accessible name is read by its text.
    QAccessibleEvent named(source, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&named);
    QAccessibleEvent alert(source, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    Q_EMIT Announcer::instance()->announced(source, text);
}

Announcer *Announcer::instance()
{
    static Announcer *announcer = new Announcer;  // lives as long as the application
    return announcer;
}

void describeError(QWidget *input, const QString &error)
{
    if (!input)
        return;
    // The description the field had before any error, kept on the widget itself.
    static const char *const kPlain = "akdeskPlainDescription";
    if (!input->property(kPlain).isValid())
        input->setProperty(kPlain, input->accessibleDescription());
    const QString description = input->property(kPlain).toString();
    const QString text = error.isEmpty()
                             ? description
                             : QCoreApplication::translate("akdesk::FormView", "Error: %1").arg(error)
                                   + (description.isEmpty() ? QString() : QStringLiteral("\n") + description);
    if (input->accessibleDescription() == text)
        return;
    input->setAccessibleDescription(text);
    QAccessibleEvent changed(input, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
    if (!error.isEmpty()) {
        QAccessibleEvent alert(input, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
        Q_EMIT Announcer::instance()->announced(input, text);
    }
}

} // namespace akdesk
