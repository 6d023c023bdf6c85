// Python's own rules where blueprints lean on them: truth (Condition, If), str() and the `%`
// operator (Format). authentik evaluates its tags in Python, so a preview must agree with it.
#include "models/blueprints/blueprintresolver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QVariant>

#include <cmath>

namespace akdesk::blueprints {

namespace {

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const int type = value.toVariant().typeId();
    return type == QMetaType::LongLong || type == QMetaType::Int;
}

QString pythonFloat(double value)
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    if (std::isinf(value))
        return value < 0 ? QStringLiteral("-inf") : QStringLiteral("inf");
    if (value == 0)
        return std::signbit(value) ? QStringLiteral("-0.0") : QStringLiteral("0.0");
    // repr(): shortest round trip, positional between 1e-4 and 1e16.
    const int exponent = int(std::floor(std::log10(std::fabs(value))));
    if (exponent < -4 || exponent >= 16) {
        QString text = QString::number(value, 'e', QLocale::FloatingPointShortest);
        return text;
    }
    QString text = QString::number(value, 'f', QLocale::FloatingPointShortest);
    if (!text.contains(QLatin1Char('.')))
        text += QStringLiteral(".0");
    return text;
}

QString pythonRepr(const QJsonValue &value)
{
    if (value.isString()) {
        QString text = value.toString();
        text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        if (text.contains(QLatin1Char('\'')) && !text.contains(QLatin1Char('"')))
            return QLatin1Char('"') + text + QLatin1Char('"');
        text.replace(QLatin1Char('\''), QStringLiteral("\\'"));
        return QLatin1Char('\'') + text + QLatin1Char('\'');
    }
    return pythonStr(value);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("akdesk::BlueprintResolver", text);
}

} // namespace

bool pythonTruth(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0;
    case QJsonValue::String:
        return !value.toString().isEmpty();
    case QJsonValue::Array:
        return !value.toArray().isEmpty();
    case QJsonValue::Object:
        return !value.toObject().isEmpty();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return false;
}

QString pythonStr(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QJsonValue::Double:
        return isInteger(value) ? QString::number(value.toInteger()) : pythonFloat(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << pythonRepr(item);
        return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    case QJsonValue::Object: {
        QStringList items;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            items << pythonRepr(it.key()) + QStringLiteral(": ") + pythonRepr(it.value());
        return QLatin1Char('{') + items.join(QStringLiteral(", ")) + QLatin1Char('}');
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("None");
}

std::optional<QString> pythonFormat(const QString &format, const QList<QJsonValue> &args, QString *error)
{
    QString out;
    qsizetype next = 0;
    auto fail = [error](const QString &message) -> std::optional<QString> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar c = format[i];
        if (c != QLatin1Char('%')) {
            out += c;
            continue;
        }
        ++i;
        if (i >= format.size())
            return fail(tr("incomplete format"));
        if (format[i] == QLatin1Char('%')) {
            out += QLatin1Char('%');
            continue;
        }
        if (format[i] == QLatin1Char('('))
            return fail(tr("format requires a mapping"));
        bool left = false;
        bool zero = false;
        bool plus = false;
        while (i < format.size() && QStringLiteral("-+ #0").contains(format[i])) {
            left |= format[i] == QLatin1Char('-');
            zero |= format[i] == QLatin1Char('0');
            plus |= format[i] == QLatin1Char('+');
            ++i;
        }
        int width = 0;
        while (i < format.size() && format[i].isDigit())
            width = width * 10 + format[i++].digitValue();
        int precision = -1;
        if (i < format.size() && format[i] == QLatin1Char('.')) {
            ++i;
            precision = 0;
            while (i < format.size() && format[i].isDigit())
                precision = precision * 10 + format[i++].digitValue();
        }
        while (i < format.size() && QStringLiteral("hlL").contains(format[i]))
            ++i;
        if (i >= format.size())
            return fail(tr("incomplete format"));
        const QChar conversion = format[i];
        if (next >= args.size())
            return fail(tr("not enough arguments for format string"));
        const QJsonValue arg = args[next++];
        QString text;
        switch (conversion.unicode()) {
        case 's':
            text = pythonStr(arg);
            if (precision >= 0)
                text.truncate(precision);
            break;
        case 'r':
        case 'a':
            text = pythonRepr(arg);
            break;
        case 'd':
        case 'i':
        case 'u':
        case 'x':
        case 'X':
        case 'o': {
            if (!arg.isDouble() && !arg.isBool())
                return fail(tr("%1 format: a real number is required, not %2")
                                .arg(QLatin1Char('%') + conversion).arg(arg.isString() ? QStringLiteral("str") : QStringLiteral("value")));
            const qint64 number = arg.isBool() ? qint64(arg.toBool()) : qint64(std::trunc(arg.toDouble()));
            const int base = conversion == QLatin1Char('x') || conversion == QLatin1Char('X') ? 16
                           : conversion == QLatin1Char('o')                                    ? 8
                                                                                                : 10;
            text = QString::number(number, base);
            if (conversion == QLatin1Char('X'))
                text = text.toUpper();
            if (plus && number >= 0)
                text.prepend(QLatin1Char('+'));
            break;
        }
        case 'f':
        case 'F':
        case 'e':
        case 'E':
        case 'g':
        case 'G': {
            if (!arg.isDouble() && !arg.isBool())
                return fail(tr("must be real number, not %1").arg(arg.isString() ? QStringLiteral("str") : QStringLiteral("value")));
            const double number = arg.isBool() ? double(arg.toBool()) : arg.toDouble();
            text = QString::number(number, char(conversion.toLatin1()), precision < 0 ? 6 : precision);
            if (plus && number >= 0)
                text.prepend(QLatin1Char('+'));
            break;
        }
        default:
            return fail(tr("unsupported format character '%1'").arg(conversion));
        }
        if (text.size() < width) {
            const QString pad(width - text.size(), zero && !left && conversion != QLatin1Char('s') ? QLatin1Char('0') : QLatin1Char(' '));
            text = left ? text + pad : pad + text;
        }
        out += text;
    }
    if (next < args.size())
        return fail(tr("not all arguments converted during string formatting"));
    return out;
}

} // namespace akdesk::blueprints
