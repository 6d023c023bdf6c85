#include "models/schema/resourcedescriptor.h"

namespace akdesk {

QString fieldTypeName(FieldType type)
{
    switch (type) {
    case FieldType::String: return QStringLiteral("string");
    case FieldType::Integer: return QStringLiteral("integer");
    case FieldType::Number: return QStringLiteral("number");
    case FieldType::Boolean: return QStringLiteral("boolean");
    case FieldType::Uuid: return QStringLiteral("uuid");
    case FieldType::Enum: return QStringLiteral("enum");
    case FieldType::Array: return QStringLiteral("array");
    case FieldType::Object: return QStringLiteral("object");
    case FieldType::DateTime: return QStringLiteral("date-time");
    case FieldType::Duration: return QStringLiteral("duration");
    case FieldType::Slug: return QStringLiteral("slug");
    case FieldType::Unknown: break;
    }
    return QStringLiteral("unknown");
}

const FieldDescriptor *ResourceDescriptor::field(const QString &name) const
{
    for (const FieldDescriptor &f : fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QList<const FieldDescriptor *> ResourceDescriptor::writableFields() const
{
    QList<const FieldDescriptor *> list;
    for (const FieldDescriptor &f : fields) {
        if (!f.readOnly)
            list.append(&f);
    }
    return list;
}

QStringList ResourceDescriptor::requiredFields() const
{
    QStringList list;
    for (const FieldDescriptor &f : fields) {
        if (f.required)
            list.append(f.name);
    }
    return list;
}

} // namespace akdesk
