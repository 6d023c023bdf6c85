#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <vector>

namespace akdesk::blueprints {

/// One node of a blueprint as written: plain YAML values, or one of authentik's tags (`!KeyOf`,
/// `!Find`, ...) kept unresolved with its arguments, so a preview can say what refers to what
/// and the writer can put the tags back (authentik/blueprints/v1/common.py, BlueprintLoader).
class BlueprintValue final
{
public:
    enum class Type { Null, Bool, Int, Double, String, Sequence, Mapping, Tag };

    BlueprintValue() = default;
    static BlueprintValue null() { return {}; }
    static BlueprintValue boolean(bool value);
    static BlueprintValue integer(qint64 value);
    static BlueprintValue real(double value);
    static BlueprintValue string(const QString &value);
    static BlueprintValue sequence(std::vector<BlueprintValue> items = {});
    static BlueprintValue mapping();
    /// A tag written on a scalar (`!KeyOf flow`): one String argument.
    static BlueprintValue scalarTag(const QString &name, const QString &value);
    /// A tag written on a sequence (`!Find [model, [key, value]]`).
    static BlueprintValue sequenceTag(const QString &name, std::vector<BlueprintValue> args);
    /// Plain JSON as a value (objects keep Qt's sorted key order).
    static BlueprintValue fromJson(const QJsonValue &json);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isTag() const { return m_type == Type::Tag; }
    bool isMapping() const { return m_type == Type::Mapping; }
    bool isSequence() const { return m_type == Type::Sequence; }
    bool isString() const { return m_type == Type::String; }

    bool toBool() const { return m_bool; }
    qint64 toInt() const { return m_int; }
    double toDouble() const { return m_type == Type::Int ? double(m_int) : m_double; }
    /// The text of a String, or of a scalar tag's argument.
    QString toString() const { return m_text; }

    /// Tag name without the `!` ("KeyOf"); empty for other types.
    QString tagName() const { return m_type == Type::Tag ? m_text : QString(); }
    /// True when the tag was written on a scalar (`!Env NAME`) rather than a sequence.
    bool isScalarTag() const { return m_scalarTag; }
    /// Arguments of a tag, items of a sequence, values of a mapping (in key order).
    const std::vector<BlueprintValue> &items() const { return m_items; }
    std::vector<BlueprintValue> &items() { return m_items; }
    /// Keys of a mapping, in document order.
    const QStringList &keys() const { return m_keys; }

    /// Mapping access; a missing key gives a Null value.
    bool contains(const QString &key) const { return m_keys.contains(key); }
    const BlueprintValue &value(const QString &key) const;
    /// Sets (or replaces, keeping its place) a key of a mapping.
    void insert(const QString &key, const BlueprintValue &value);
    void append(const BlueprintValue &value) { m_items.push_back(value); }
    int size() const { return int(m_items.size()); }

    /// The plain value as JSON, or an invalid QJsonValue (Undefined) when a tag is inside.
    QJsonValue toJson() const;
    bool containsTag() const;

    /// Where the node starts in the file (1-based; 0 when built in code).
    int line() const { return m_line; }
    int column() const { return m_column; }
    void setPosition(int line, int column) { m_line = line; m_column = column; }

    /// Same content (positions are not compared).
    bool operator==(const BlueprintValue &other) const;

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    bool m_scalarTag = false;
    qint64 m_int = 0;
    double m_double = 0;
    QString m_text;
    QStringList m_keys;
    std::vector<BlueprintValue> m_items;
    int m_line = 0;
    int m_column = 0;
};

} // namespace akdesk::blueprints
