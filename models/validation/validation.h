#pragma once

#include "models/schema/fielddescriptor.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace akdesk::validation {

/// Result of checking one value: Acceptable, Intermediate (could still become valid while
/// typing, e.g. an empty required field or "hours=") or Invalid, with a reason for people.
struct Result
{
    enum class State { Acceptable, Intermediate, Invalid };
    State state = State::Acceptable;
    QString reason;              ///< empty when Acceptable; in English, worded as authentik's API words it
    const char *text = nullptr;  ///< the reason's template before its %1 is filled, for translated()
    QStringList args;            ///< what fills the template's %1, %2…

    bool ok() const { return state == State::Acceptable; }
    static Result acceptable() { return {}; }
    /// `text` is marked with QT_TRANSLATE_NOOP("akdesk::Validation", …) where it is written.
    static Result intermediate(const char *text, const QStringList &args = {});
    static Result invalid(const char *text, const QStringList &args = {});
    Result asInvalid() const;
    /// The reason in the user's language, for akdesk's own forms. `reason` stays English: the
    /// sandbox answers with it, as authentik does.
    QString translated() const;
};

// Checks on raw text, as typed into a line edit.
Result checkSlug(const QString &text, int maxLength = 50);
Result checkDuration(const QString &text);          ///< authentik `unit=value;unit=value`
Result checkUuid(const QString &text);
Result checkPattern(const QString &text, const QString &pattern);
Result checkMaxLength(const QString &text, int maxLength);
Result checkInteger(const QString &text, std::optional<qint64> minimum, std::optional<qint64> maximum);
Result checkEnum(const QString &value, const QStringList &choices);
Result checkRequired(const QJsonValue &value);

/// Full check of one JSON value against its field descriptor (type, required, nullable, length,
/// pattern, enum, range, uuid, duration, array items). Used by forms and by the sandbox alike.
Result checkField(const FieldDescriptor &field, const QJsonValue &value, bool creating);

/// The reason of a failed check in words for the people filling in a form, in their language:
/// what to do ("Choose a stage", "Enter a name"), not what the API refused ("Must be a valid UUID.").
QString forPeople(const FieldDescriptor &field, const QJsonValue &value, const Result &result);

/// Parses a duration into seconds; false if it is not a valid authentik duration.
bool parseDuration(const QString &text, double *seconds);

} // namespace akdesk::validation
