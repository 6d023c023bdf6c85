#include "models/blueprints/blueprintvalue.h"

#include <QJsonArray>
#include <QJsonObject>

namespace akdesk::blueprints {

BlueprintValue BlueprintValue::boolean(bool value)
{
    BlueprintValue v;
    v.m_type = Type::Bool;
    v.m_bool = value;
    return v;
}

BlueprintValue BlueprintValue::integer(qint64 value)
{
    BlueprintValue v;
    v.m_type = Type::Int;
    v.m_int = value;
    return v;
}

BlueprintValue BlueprintValue::real(double value)
{
    BlueprintValue v;
    v.m_type = Type::Double;
    v.m_double = value;
    return v;
}

BlueprintValue BlueprintValue::string(const QString &value)
{
    BlueprintValue v;
    v.m_type = Type::String;
    v.m_text = value;
    return v;
}

BlueprintValue BlueprintValue::sequence(std::vector<BlueprintValue> items)
{
    BlueprintValue v;
    v.m_type = Type::Sequence;
    v.m_items = std::move(items);
    return v;
}

BlueprintValue BlueprintValue::mapping()
{
    BlueprintValue v;
    v.m_type = Type::Mapping;
    return v;
}

BlueprintValue BlueprintValue::scalarTag(const QString &name, const QString &value)
{
    BlueprintValue v;
    v.m_type = Type::Tag;
    v.m_text = name;
    v.m_scalarTag = true;
    v.m_items.push_back(string(value));
    return v;
}

BlueprintValue BlueprintValue::sequenceTag(const QString &name, std::vector<BlueprintValue> args)
{
    BlueprintValue v;
    v.m_type = Type::Tag;
    v.m_text = name;
    v.m_items = std::move(args);
    return v;
}

BlueprintValue BlueprintValue::fromJson(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Bool:
        return boolean(json.toBool());
    case QJsonValue::Double: {
        // Qt keeps integers exactly; only true fractions become doubles.
        const QVariant variant = json.toVariant();
        if (variant.typeId() == QMetaType::LongLong || variant.typeId() == QMetaType::Int)
            return integer(json.toInteger());
        return real(json.toDouble());
    }
    case QJsonValue::String:
        return string(json.toString());
    case QJsonValue::Array: {
        BlueprintValue v = sequence();
        for (const QJsonValue &item : json.toArray())
            v.append(fromJson(item));
        return v;
    }
    case QJsonValue::Object: {
        BlueprintValue v = mapping();
        const QJsonObject object = json.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            v.insert(it.key(), fromJson(it.value()));
        return v;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

const BlueprintValue &BlueprintValue::value(const QString &key) const
{
    static const BlueprintValue none;
    const qsizetype index = m_keys.indexOf(key);
    return index < 0 ? none : m_items[size_t(index)];
}

void BlueprintValue::insert(const QString &key, const BlueprintValue &value)
{
    const qsizetype index = m_keys.indexOf(key);
    if (index >= 0) {
        m_items[size_t(index)] = value;
        return;
    }
    m_keys.append(key);
    m_items.push_back(value);
}

QJsonValue BlueprintValue::toJson() const
{
    switch (m_type) {
    case Type::Null:
        return QJsonValue::Null;
    case Type::Bool:
        return m_bool;
    case Type::Int:
        return m_int;
    case Type::Double:
        return m_double;
    case Type::String:
        return m_text;
    case Type::Sequence: {
        QJsonArray array;
        for (const BlueprintValue &item : m_items) {
            const QJsonValue json = item.toJson();
            if (json.isUndefined())
                return QJsonValue::Undefined;
            array.append(json);
        }
        return array;
    }
    case Type::Mapping: {
        QJsonObject object;
        for (size_t i = 0; i < m_items.size(); ++i) {
            const QJsonValue json = m_items[i].toJson();
            if (json.isUndefined())
                return QJsonValue::Undefined;
            object.insert(m_keys[qsizetype(i)], json);
        }
        return object;
    }
    case Type::Tag:
        break;
    }
    return QJsonValue::Undefined;
}

bool BlueprintValue::containsTag() const
{
    if (m_type == Type::Tag)
        return true;
    for (const BlueprintValue &item : m_items) {
        if (item.containsTag())
            return true;
    }
    return false;
}

bool BlueprintValue::operator==(const BlueprintValue &other) const
{
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return m_bool == other.m_bool;
    case Type::Int:
        return m_int == other.m_int;
    case Type::Double:
        return m_double == other.m_double;
    case Type::String:
        return m_text == other.m_text;
    case Type::Tag:
        if (m_text != other.m_text || m_scalarTag != other.m_scalarTag)
            return false;
        break;
    case Type::Sequence:
        break;
    case Type::Mapping:
        // Key order is presentation (the writer sorts keys), not content.
        if (m_keys.size() != other.m_keys.size())
            return false;
        for (qsizetype i = 0; i < m_keys.size(); ++i) {
            if (!other.contains(m_keys[i]) || !(other.value(m_keys[i]) == m_items[size_t(i)]))
                return false;
        }
        return true;
    }
    return m_items == other.m_items;
}

} // namespace akdesk::blueprints
