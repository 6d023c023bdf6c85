#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace akdesk {

/// What kind of value a field holds, as the form and validators need to know it.
enum class FieldType {
    String,
    Integer,
    Number,
    Boolean,
    Uuid,
    Enum,
    Array,     ///< itemType tells what the items are (Enum for `user_fields`, Uuid for `sources`)
    Object,
    DateTime,
    Duration,  ///< authentik duration string (`hours=1;minutes=2`), from the overlay
    Slug,      ///< slug string (`^[-a-zA-Z0-9_]+$`, at most 50)
    Unknown,
};

/// One field of a resource, as the schema describes it plus what the overlay adds.
struct FieldDescriptor
{
    QString name;
    FieldType type = FieldType::Unknown;
    FieldType itemType = FieldType::Unknown;  ///< for arrays
    QString format;                           ///< the schema's raw `format`, if any
    bool required = false;                    ///< required when creating (request schema)
    bool readOnly = false;
    bool writeOnly = false;
    bool nullable = false;
    std::optional<int> minLength;
    std::optional<int> maxLength;
    std::optional<qint64> minimum;
    std::optional<qint64> maximum;
    QString pattern;            ///< regular expression the value must match
    QStringList enumValues;     ///< allowed values for Enum (or the items of an Enum array)
    QJsonValue defaultValue = QJsonValue(QJsonValue::Undefined); ///< schema default, overridden by the overlay's
    QString description;        ///< the schema's description

    /// Resource key the (uuid) field points at, e.g. "stages/password", "flows", "sources".
    QString reference;
    /// Query filters for the reference picker, e.g. {"designation": "enrollment"}.
    QVariantMap referenceFilter;

    // Presentation, from the overlay (or derived from the name when no overlay exists).
    QString label;
    QString section;
    QString help;
    int order = 1000;
    /// The language of a field that holds code ("python" for an expression policy's expression),
    /// so the form gives it a code editor; empty for plain text.
    QString syntax;

    bool isArray() const { return type == FieldType::Array; }
    bool isReference() const { return !reference.isEmpty(); }
    /// True when a client may send this field.
    bool isWritable() const { return !readOnly; }
};

/// One query parameter a list endpoint accepts (besides page, page_size, ordering, search).
struct FilterDescriptor
{
    QString name;
    FieldType type = FieldType::String;
    QStringList enumValues;
    QString reference;  ///< for uuid filters: resource key of the picker, if known
    QString label;
};

QString fieldTypeName(FieldType type);

} // namespace akdesk
