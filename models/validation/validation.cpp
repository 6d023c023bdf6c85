#include "models/validation/validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace akdesk::validation {

Result Result::intermediate(const char *text, const QStringList &args)
{
    Result result = invalid(text, args);
    result.state = State::Intermediate;
    return result;
}

Result Result::invalid(const char *text, const QStringList &args)
{
    QString reason = QString::fromUtf8(text);
    for (const QString &arg : args)
        reason = reason.arg(arg);
    return {State::Invalid, reason, text, args};
}

Result Result::asInvalid() const
{
    Result result = *this;
    result.state = State::Invalid;
    return result;
}

QString Result::translated() const
{
    if (!text)
        return reason;
    QString out = QCoreApplication::translate("akdesk::Validation", text);
    for (const QString &arg : args)
        out = out.arg(arg);
    return out;
}

namespace {

const QStringList &durationUnits()
{
    static const QStringList units{QStringLiteral("weeks"),   QStringLiteral("days"),         QStringLiteral("hours"),
                                   QStringLiteral("minutes"), QStringLiteral("seconds"),      QStringLiteral("microseconds"),
                                   QStringLiteral("milliseconds")};
    return units;
}

double unitSeconds(const QString &unit)
{
    if (unit == QLatin1String("weeks")) return 7 * 86400.0;
    if (unit == QLatin1String("days")) return 86400.0;
    if (unit == QLatin1String("hours")) return 3600.0;
    if (unit == QLatin1String("minutes")) return 60.0;
    if (unit == QLatin1String("seconds")) return 1.0;
    if (unit == QLatin1String("milliseconds")) return 0.001;
    return 0.000001;
}

QString quoted(const QString &value)
{
    return QStringLiteral("\"%1\"").arg(value);
}

} // namespace

bool parseDuration(const QString &text, double *seconds)
{
    // authentik's timedelta_string_validator: "unit=value" pairs joined by ';', any order.
    if (text.trimmed().isEmpty())
        return false;
    double total = 0;
    const QStringList pairs = text.split(QLatin1Char(';'));
    for (const QString &pair : pairs) {
        const int eq = int(pair.indexOf(QLatin1Char('=')));
        if (eq <= 0)
            return false;
        // authentik lower-cases the unit before it looks it up.
        const QString unit = pair.left(eq).trimmed().toLower();
        const QString number = pair.mid(eq + 1).trimmed();
        if (!durationUnits().contains(unit) || number.isEmpty())
            return false;
        bool ok = false;
        const double value = number.toDouble(&ok);
        if (!ok || !std::isfinite(value))
            return false;
        total += value * unitSeconds(unit);
    }
    if (seconds)
        *seconds = total;
    return true;
}

Result checkDuration(const QString &text)
{
    if (parseDuration(text, nullptr))
        return Result::acceptable();
    const char *why = QT_TRANSLATE_NOOP("akdesk::Validation", "Use unit=value pairs separated by \";\" with units weeks, days, hours, minutes, seconds, milliseconds or microseconds, e.g. hours=1;minutes=30.");
    // Still typing: every pair but the last is complete, and the last is on its way to one
    // ("", "hou", "hours=", "hours=-", "hours=1.").
    const QStringList pairs = text.split(QLatin1Char(';'));
    for (int i = 0; i + 1 < pairs.size(); ++i) {
        if (!parseDuration(pairs.at(i), nullptr))
            return Result::invalid(why);
    }
    const QString last = pairs.last();
    const int eq = int(last.indexOf(QLatin1Char('=')));
    if (eq < 0) {
        const bool unitPrefix = std::any_of(durationUnits().begin(), durationUnits().end(),
                                            [&last](const QString &unit) { return unit.startsWith(last, Qt::CaseInsensitive); });
        return unitPrefix ? Result::intermediate(why) : Result::invalid(why);
    }
    static const QRegularExpression numberPrefix(QStringLiteral(R"(^-?(\d+\.?\d*)?$)"));
    if (durationUnits().contains(last.left(eq).trimmed().toLower()) && numberPrefix.match(last.mid(eq + 1)).hasMatch())
        return Result::intermediate(why);
    return Result::invalid(why);
}

Result checkSlug(const QString &text, int maxLength)
{
    static const QRegularExpression slug(QStringLiteral("^[-a-zA-Z0-9_]+$"));
    if (text.isEmpty())
        return Result::intermediate(QT_TRANSLATE_NOOP("akdesk::Validation", "This field may not be blank."));
    if (!slug.match(text).hasMatch())
        return Result::invalid(QT_TRANSLATE_NOOP("akdesk::Validation", "Enter a valid \"slug\" consisting of letters, numbers, underscores or hyphens."));
    if (text.size() > maxLength)
        return Result::invalid(QT_TRANSLATE_NOOP("akdesk::Validation", "Ensure this field has no more than %1 characters."), {QString::number(maxLength)});
    return Result::acceptable();
}

Result checkUuid(const QString &text)
{
    if (text.isEmpty())
        return Result::intermediate(QT_TRANSLATE_NOOP("akdesk::Validation", "Must be a valid UUID."));
    const QUuid uuid = QUuid::fromString(text);
    // DRF accepts the 32-hex and the hyphenated form; QUuid needs the latter (or braces).
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{32}$"));
    if (!uuid.isNull() || hex.match(text).hasMatch() || text == QLatin1String("00000000-0000-0000-0000-000000000000"))
        return Result::acceptable();
    static const QRegularExpression typing(QStringLiteral("^[0-9a-fA-F-]{0,35}$"));
    return typing.match(text).hasMatch() ? Result::intermediate(QT_TRANSLATE_NOOP("akdesk::Validation", "Must be a valid UUID."))
                                         : Result::invalid(QT_TRANSLATE_NOOP("akdesk::Validation", "Must be a valid UUID."));
}

Result checkPattern(const QString &text, const QString &pattern)
{
    if (pattern.isEmpty())
        return Result::acceptable();
    const QRegularExpression re(pattern);
    if (!re.isValid() || re.match(text).hasMatch())
        return Result::acceptable();
    return Result::invalid(QT_TRANSLATE_NOOP("akdesk::Validation", "This value does not match the required pattern %1."), {pattern});
}

Result checkMaxLength(const QString &text, int maxLength)
{
    if (text.size() > maxLength)
        return Result::invalid(QT_TRANSLATE_NOOP("akdesk::Validation", "Ensure this field has no more than %1 characters."), {QString::number(maxLength)});
    return Result::acceptable();
}

Result checkInteger(const QString &text, std::optional<qint64> minimum, std::optional<qint64> maximum)
{
    if (text.isEmpty() || text == QLatin1String("-"))
        return Result::intermediate(QT_TRANSLATE_NOOP("akdesk::Validation", "A valid integer is required."));
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok)
        return Result::invalid(QT_TRANSLATE_NOOP("akdesk::Validation", "A valid integer is required."));
    if (minimum && value < *minimum)
        return Result::invalid(QT_TRANSLATE_NOOP("akdesk::Validation", "Ensure this value is greater than or equal to %1."), {QString::number(*minimum)});
    if (maximum && value > *maximum)
        return Result::invalid(QT_TRANSLATE_NOOP("akdesk::Validation", "Ensure this value is less than or equal to %1."), {QString::number(*maximum)});
    return Result::acceptable();
}

Result checkEnum(const QString &value, const QStringList &choices)
{
    if (choices.isEmpty() || choices.contains(value))
        return Result::acceptable();
    return Result::invalid(QT_TRANSLATE_NOOP("akdesk::Validation", "%1 is not a valid choice."), {quoted(value)});
}

Result checkRequired(const QJsonValue &value)
{
    if (value.isUndefined())
        return Result::invalid(QT_TRANSLATE_NOOP("akdesk::Validation", "This field is required."));
    return Result::acceptable();
}

namespace {

/// A string-valued field: length, blank, pattern, and what its type adds (slug, uuid, duration).
Result checkText(const FieldDescriptor &field, const QString &text, FieldType type)
{
    if (text.isEmpty()) {
        if (type == FieldType::Uuid)
            return Result::invalid(QT_TRANSLATE_NOOP("akdesk::Validation", "Must be a valid UUID."));
        if (type == FieldType::Enum)
            return Result::invalid(QT_TRANSLATE_NOOP("akdesk::Validation", "\"\" is not a valid choice."));
        // Required strings (minLength 1) may not be blank; optional ones may.
        if (field.required || field.minLength.value_or(0) > 0)
            return Result::invalid(QT_TRANSLATE_NOOP("akdesk::Validation", "This field may not be blank."));
        return Result::acceptable();
    }
    if (field.maxLength) {
        if (const Result r = checkMaxLength(text, *field.maxLength); !r.ok())
            return r;
    }
    switch (type) {
    case FieldType::Slug: {
        const Result r = checkSlug(text, field.maxLength.value_or(50));
        return r.ok() ? r : r.asInvalid();
    }
    case FieldType::Uuid: {
        const Result r = checkUuid(text);
        return r.ok() ? r : r.asInvalid();
    }
    case FieldType::Duration: {
        const Result r = checkDuration(text);
        return r.ok() ? r : r.asInvalid();
    }
    case FieldType::Enum:
        return checkEnum(text, field.enumValues);
    default:
        break;
    }
    if (!field.pattern.isEmpty())
        return checkPattern(text, field.pattern);
    return Result::acceptable();
}

Result checkScalar(const FieldDescriptor &field, const QJsonValue &value, FieldType type)
{
    switch (type) {
    case FieldType::Boolean:
        if (value.isBool())
            return Result::acceptable();
        if (value.isString()) {
            // What Django REST framework's BooleanField takes for true and false.
            static const QStringList accepted{QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("1"),
                                              QStringLiteral("0"), QStringLiteral("yes"), QStringLiteral("no"),
                                              QStringLiteral("on"), QStringLiteral("off"), QStringLiteral("t"),
                                              QStringLiteral("f"), QStringLiteral("y"), QStringLiteral("n")};
            if (accepted.contains(value.toString().toLower()))
                return Result::acceptable();
        }
        if (value.isDouble() && (value.toDouble() == 0 || value.toDouble() == 1))
            return Result::acceptable();
        return Result::invalid(QT_TRANSLATE_NOOP("akdesk::Validation", "Must be a valid boolean."));
    case FieldType::Integer: {
        double number = 0;
        if (value.isDouble()) {
            number = value.toDouble();
            if (number != std::floor(number))
                return Result::invalid(QT_TRANSLATE_NOOP("akdesk::Validation", "A valid integer is required."));
        } else if (value.isString()) {
            bool ok = false;
            number = double(value.toString().trimmed().toLongLong(&ok));
            if (!ok)
                return Result::invalid(QT_TRANSLATE_NOOP("akdesk::Validation", "A valid integer is required."));
        } else {
            return Result::invalid(QT_TRANSLATE_NOOP("akdesk::Validation", "A valid integer is required."));
        }
        if (field.minimum && number < double(*field.minimum))
            return Result::invalid(QT_TRANSLATE_NOOP("akdesk::Validation", "Ensure this value is greater than or equal to %1."), {QString::number(*field.minimum)});
        if (field.maximum && number > double(*field.maximum))
            return Result::invalid(QT_TRANSLATE_NOOP("akdesk::Validation", "Ensure this value is less than or equal to %1."), {QString::number(*field.maximum)});
        return Result::acceptable();
    }
    case FieldType::Number:
        if (value.isDouble())
            return Result::acceptable();
        if (value.isString()) {
            bool ok = false;
            value.toString().toDouble(&ok);
            if (ok)
                return Result::acceptable();
        }
        return Result::invalid(QT_TRANSLATE_NOOP("akdesk::Validation", "A valid number is required."));
    case FieldType::Object:
        return value.isObject() ? Result::acceptable() : Result::invalid(QT_TRANSLATE_NOOP("akdesk::Validation", "Expected a dictionary of items."));
    case FieldType::Enum:
        if (!value.isString())
            return Result::invalid(QT_TRANSLATE_NOOP("akdesk::Validation", "%1 is not a valid choice."),
                                   {quoted(QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                                               .mid(1)
                                               .chopped(1))});
        return checkText(field, value.toString(), type);
    case FieldType::Unknown:
        return Result::acceptable();
    default:
        if (!value.isString()) {
            if (type == FieldType::Uuid)
                return Result::invalid(QT_TRANSLATE_NOOP("akdesk::Validation", "Must be a valid UUID."));
            // Django REST framework turns numbers into text, then validates that text.
            if (value.isDouble() && type != FieldType::DateTime)
                return checkText(field, QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest), type);
            return Result::invalid(QT_TRANSLATE_NOOP("akdesk::Validation", "Not a valid string."));
        }
        return checkText(field, value.toString(), type);
    }
}

} // namespace

Result checkField(const FieldDescriptor &field, const QJsonValue &value, bool creating)
{
    if (value.isUndefined()) {
        if (creating && field.required && !field.readOnly)
            return Result::invalid(QT_TRANSLATE_NOOP("akdesk::Validation", "This field is required."));
        return Result::acceptable();
    }
    if (field.readOnly)
        return Result::acceptable();  // ignored by the server
    if (value.isNull()) {
        if (field.nullable)
            return Result::acceptable();
        return Result::invalid(QT_TRANSLATE_NOOP("akdesk::Validation", "This field may not be null."));
    }
    if (field.type == FieldType::Array) {
        if (!value.isArray())
            return Result::invalid(QT_TRANSLATE_NOOP("akdesk::Validation", "Expected a list of items but got type \"%1\"."),
                                   {value.isString() ? QStringLiteral("str") : value.isObject() ? QStringLiteral("dict")
                                                                                                : QStringLiteral("value")});
        const QJsonArray items = value.toArray();
        FieldDescriptor item = field;
        item.type = field.itemType;
        item.required = false;
        item.nullable = false;
        item.maxLength.reset();
        item.pattern.clear();
        for (const QJsonValue &entry : items) {
            const Result r = checkScalar(item, entry, item.type);
            if (!r.ok())
                return r.asInvalid();
        }
        return Result::acceptable();
    }
    return checkScalar(field, value, field.type);
}

namespace {

QString people(const char *text, const QString &arg = {})
{
    const QString out = QCoreApplication::translate("akdesk::Validation", text);
    return arg.isEmpty() ? out : out.arg(arg);
}

/// What to do about a field that has no value yet.
QString fillIn(const FieldDescriptor &field)
{
    const FieldType type = field.isArray() ? field.itemType : field.type;
    if (field.isReference()) {
        if (field.reference.startsWith(QLatin1String("stages/")))
            return people(QT_TRANSLATE_NOOP("akdesk::Validation", "Choose a stage."));
        if (field.reference == QLatin1String("flows"))
            return people(QT_TRANSLATE_NOOP("akdesk::Validation", "Choose a flow."));
        if (field.reference == QLatin1String("sources"))
            return people(QT_TRANSLATE_NOOP("akdesk::Validation", "Choose a source."));
        return people(QT_TRANSLATE_NOOP("akdesk::Validation", "Choose one of the listed items."));
    }
    if (type == FieldType::Enum)
        return people(QT_TRANSLATE_NOOP("akdesk::Validation", "Choose one of the listed values."));
    if (field.name == QLatin1String("name"))
        return people(QT_TRANSLATE_NOOP("akdesk::Validation", "Enter a name."));
    if (field.name == QLatin1String("title"))
        return people(QT_TRANSLATE_NOOP("akdesk::Validation", "Enter a title."));
    if (type == FieldType::Slug)
        return people(QT_TRANSLATE_NOOP("akdesk::Validation", "Enter a slug: letters, numbers, “-” and “_”."));
    if (type == FieldType::Duration)
        return people(QT_TRANSLATE_NOOP("akdesk::Validation", "Enter a duration, e.g. hours=1;minutes=30."));
    return people(QT_TRANSLATE_NOOP("akdesk::Validation", "Fill in this field."));
}

bool is(const char *text, const char *other)
{
    return text && qstrcmp(text, other) == 0;
}

} // namespace

QString forPeople(const FieldDescriptor &field, const QJsonValue &value, const Result &result)
{
    if (result.ok())
        return {};
    const char *text = result.text;
    const QString arg = result.args.value(0);
    const bool empty = value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty());
    if (is(text, "This field is required.") || is(text, "This field may not be null.")
        || is(text, "This field may not be blank.") || (empty && is(text, "Must be a valid UUID."))
        || (empty && is(text, "\"\" is not a valid choice.")))
        return fillIn(field);
    if (is(text, "Must be a valid UUID."))
        return field.isReference() ? fillIn(field)
                                   : people(QT_TRANSLATE_NOOP("akdesk::Validation", "Enter a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6."));
    if (is(text, "%1 is not a valid choice.") || is(text, "\"\" is not a valid choice."))
        return people(QT_TRANSLATE_NOOP("akdesk::Validation", "Choose one of the listed values."));
    if (is(text, "Enter a valid \"slug\" consisting of letters, numbers, underscores or hyphens."))
        return people(QT_TRANSLATE_NOOP("akdesk::Validation", "A slug may only hold letters, numbers, “-” and “_”."));
    if (is(text, "Ensure this field has no more than %1 characters."))
        return people(QT_TRANSLATE_NOOP("akdesk::Validation", "Use at most %1 characters."), arg);
    if (is(text, "A valid integer is required."))
        return people(QT_TRANSLATE_NOOP("akdesk::Validation", "Enter a whole number."));
    if (is(text, "Ensure this value is greater than or equal to %1."))
        return people(QT_TRANSLATE_NOOP("akdesk::Validation", "Enter %1 or more."), arg);
    if (is(text, "Ensure this value is less than or equal to %1."))
        return people(QT_TRANSLATE_NOOP("akdesk::Validation", "Enter %1 or less."), arg);
    if (is(text, "A valid number is required."))
        return people(QT_TRANSLATE_NOOP("akdesk::Validation", "Enter a number."));
    if (is(text, "Must be a valid boolean."))
        return people(QT_TRANSLATE_NOOP("akdesk::Validation", "Choose yes or no."));
    if (is(text, "Expected a dictionary of items."))
        return people(QT_TRANSLATE_NOOP("akdesk::Validation", "Enter a JSON object: { … }."));
    if (is(text, "Expected a list of items but got type \"%1\"."))
        return people(QT_TRANSLATE_NOOP("akdesk::Validation", "Enter a JSON list: [ … ]."));
    if (is(text, "Not a valid string."))
        return people(QT_TRANSLATE_NOOP("akdesk::Validation", "Enter text."));
    if (is(text, "This value does not match the required pattern %1."))
        return people(QT_TRANSLATE_NOOP("akdesk::Validation", "Enter text that matches %1."), arg);
    return result.translated();  // already worded for people (durations)
}

} // namespace akdesk::validation
