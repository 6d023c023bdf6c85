#include "models/items/formmodel.h"

#include "models/records/record.h"
#include "models/validation/validation.h"

#include <QJsonArray>

#include <algorithm>

namespace akdesk {

namespace {

/// The value a new record starts with when neither the overlay nor the caller gives one.
QJsonValue emptyValue(const FieldDescriptor &field)
{
    if (!field.defaultValue.isUndefined())
        return field.defaultValue;
    switch (field.type) {
    case FieldType::Boolean:
        return false;
    case FieldType::Array:
        return QJsonArray();
    case FieldType::Object:
        return QJsonObject();
    default:
        return field.nullable ? QJsonValue(QJsonValue::Null) : QJsonValue(QString());
    }
}

} // namespace

FormModel::FormModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

FormModel::~FormModel() = default;

void FormModel::load(const ResourceDescriptor &resource, const QJsonObject &record)
{
    reset(resource, record, record, false);
}

void FormModel::loadNew(const ResourceDescriptor &resource, const QJsonObject &overrides)
{
    QJsonObject edited;
    for (const FieldDescriptor &field : resource.fields) {
        if (field.readOnly)
            continue;
        const QJsonValue start = emptyValue(field);
        // Optional fields without a default stay unset so the server applies its own.
        if (field.required || !field.defaultValue.isUndefined() || field.type == FieldType::Boolean
            || field.type == FieldType::Array || field.nullable)
            edited.insert(field.name, start);
    }
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        edited.insert(it.key(), it.value());
    reset(resource, {}, edited, true);
}

void FormModel::reset(const ResourceDescriptor &resource, const QJsonObject &base, const QJsonObject &edited,
                      bool creating)
{
    beginResetModel();
    m_resource = resource;
    m_fields.clear();
    for (const FieldDescriptor &field : resource.fields) {
        if (!field.readOnly)
            m_fields.append(field);
    }
    std::stable_sort(m_fields.begin(), m_fields.end(),
                     [](const FieldDescriptor &a, const FieldDescriptor &b) { return a.order < b.order; });
    m_creating = creating;
    startOver(base, edited);
    endResetModel();
    Q_EMIT nonFieldErrorsChanged(m_nonFieldErrors);
    emitStateChanges();
}

QJsonObject FormModel::patch() const
{
    return records::patchPayload(m_base, m_edited, m_resource);
}

QJsonObject FormModel::createBody() const
{
    return records::writablePayload(m_edited, m_resource);
}

QStringList FormModel::changedFields() const
{
    if (m_creating)
        return m_edited.keys();
    return records::changedFields(m_base, m_edited, m_resource);
}

bool FormModel::setValue(const QString &field, const QJsonValue &value)
{
    const int row = rowOf(field);
    if (row < 0)
        return false;
    if (m_edited.value(field) == value && !m_serverErrors.contains(field))
        return true;
    m_touched.insert(field);
    m_edited.insert(field, value);
    m_serverErrors.remove(field);
    const QString error = validate(m_fields.at(row));
    if (error.isEmpty())
        m_clientErrors.remove(field);
    else
        m_clientErrors.insert(field, error);
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
    emitStateChanges();
    Q_EMIT valueEdited(field);
    return true;
}

void FormModel::startOver(const QJsonObject &base, const QJsonObject &edited)
{
    m_base = base;
    m_edited = edited;
    m_serverErrors.clear();
    m_clientErrors.clear();
    m_inputErrors.clear();
    m_touched.clear();
    m_revealed = false;
    m_nonFieldErrors.clear();
    for (const FieldDescriptor &field : std::as_const(m_fields)) {
        const QString error = validate(field);
        if (!error.isEmpty())
            m_clientErrors.insert(field.name, error);
    }
}

void FormModel::accept(const QJsonObject &record)
{
    if (m_creating || m_fields.isEmpty()) {
        reset(m_resource, record, record, false);
        return;
    }
    // The same fields stay: their editors (and the pickers' lists) are kept, only values change.
    startOver(record, record);
    Q_EMIT dataChanged(index(0), index(int(m_fields.size()) - 1));
    Q_EMIT nonFieldErrorsChanged(m_nonFieldErrors);
    emitStateChanges();
}

bool FormModel::isValid() const
{
    return m_clientErrors.isEmpty() && m_inputErrors.isEmpty();
}

QString FormModel::errorFor(const QString &field) const
{
    if (const QString input = m_inputErrors.value(field); !input.isEmpty())
        return input;
    const QString client = m_clientErrors.value(field);
    return client.isEmpty() ? m_serverErrors.value(field) : client;
}

QString FormModel::firstInvalidField() const
{
    for (const FieldDescriptor &field : m_fields) {
        if (m_inputErrors.contains(field.name) || m_clientErrors.contains(field.name))
            return field.name;
    }
    return {};
}

void FormModel::setInputError(const QString &field, const QString &message)
{
    if (rowOf(field) < 0 || m_inputErrors.value(field) == message)
        return;
    if (message.isEmpty())
        m_inputErrors.remove(field);
    else
        m_inputErrors.insert(field, message);
    m_touched.insert(field);
    rowChanged(field);
    emitStateChanges();
}

void FormModel::revealErrors()
{
    if (m_revealed)
        return;
    m_revealed = true;
    if (!m_fields.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_fields.size()) - 1), {ErrorRole});
}

void FormModel::rowChanged(const QString &field)
{
    const QModelIndex changed = index(rowOf(field));
    Q_EMIT dataChanged(changed, changed);
}

void FormModel::setServerErrors(const ApiError &error)
{
    m_serverErrors.clear();
    m_nonFieldErrors = error.nonFieldErrors;
    for (auto it = error.fieldErrors.begin(); it != error.fieldErrors.end(); ++it) {
        // Nested paths ("sources.0") belong to their top-level field; a list item's message names
        // the item it is about (its value, or its place in the list).
        const QString field = it.key().section(QLatin1Char('.'), 0, 0);
        QString message = it.value().join(QLatin1Char(' '));
        bool isItem = false;
        const int item = it.key().section(QLatin1Char('.'), 1, 1).toInt(&isItem);
        if (isItem && rowOf(field) >= 0) {
            const QJsonValue value = this->value(field).toArray().at(item);
            const QString named = value.isString() ? value.toString() : QString();
            if (named.isEmpty() || !message.contains(named))
                message = tr("%1: %2").arg(named.isEmpty() ? tr("item %1").arg(item + 1) : named, message);
        }
        if (rowOf(field) >= 0)
            m_serverErrors[field] += (m_serverErrors.contains(field) ? QStringLiteral(" ") : QString()) + message;
        else
            m_nonFieldErrors.append(QStringLiteral("%1: %2").arg(it.key(), it.value().join(QLatin1Char(' '))));
    }
    if (!m_fields.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_fields.size()) - 1), {ErrorRole});
    Q_EMIT nonFieldErrorsChanged(m_nonFieldErrors);
}

int FormModel::rowOf(const QString &field) const
{
    for (int row = 0; row < m_fields.size(); ++row) {
        if (m_fields.at(row).name == field)
            return row;
    }
    return -1;
}

const FieldDescriptor *FormModel::fieldAt(int row) const
{
    return row >= 0 && row < m_fields.size() ? &m_fields.at(row) : nullptr;
}

int FormModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QVariant FormModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};  // views ask about "no item" (a combo box with none chosen): not an error
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FieldDescriptor &field = m_fields.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return field.label.isEmpty() ? field.name : field.label;
    case Qt::ToolTipRole:
    case HelpRole:
        return field.help.isEmpty() ? field.description : field.help;
    case NameRole:
        return field.name;
    case SectionRole:
        return field.section;
    case TypeRole:
        return int(field.type);
    case Qt::EditRole:
    case ValueRole:
        return QVariant::fromValue(m_edited.value(field.name));
    case BaseValueRole:
        return QVariant::fromValue(m_base.value(field.name));
    case DirtyRole:
        return m_creating || !records::sameValue(&field, m_base.value(field.name), m_edited.value(field.name));
    case ErrorRole:
        // A new form does not greet people with a list of what they have not typed yet; the
        // server's own answers show at once (they come from a save).
        if (m_revealed || m_touched.contains(field.name) || m_serverErrors.contains(field.name))
            return errorFor(field.name);
        return QString();
    case RequiredRole:
        return field.required;
    case EnumValuesRole:
        return field.enumValues;
    case ReferenceRole:
        return field.reference;
    case SortRole:
        return field.order;
    default:
        return {};
    }
}

bool FormModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || (role != Qt::EditRole && role != ValueRole))
        return false;
    const QJsonValue json = value.metaType() == QMetaType::fromType<QJsonValue>() ? value.value<QJsonValue>()
                                                                                : QJsonValue::fromVariant(value);
    return setValue(m_fields.at(index.row()).name, json);
}

Qt::ItemFlags FormModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> FormModel::roleNames() const
{
    QHash<int, QByteArray> roles = QAbstractListModel::roleNames();
    roles.insert(NameRole, "name");
    roles.insert(LabelRole, "label");
    roles.insert(SectionRole, "section");
    roles.insert(HelpRole, "help");
    roles.insert(TypeRole, "type");
    roles.insert(ValueRole, "value");
    roles.insert(BaseValueRole, "baseValue");
    roles.insert(DirtyRole, "dirty");
    roles.insert(ErrorRole, "error");
    roles.insert(RequiredRole, "required");
    roles.insert(EnumValuesRole, "enumValues");
    roles.insert(ReferenceRole, "reference");
    roles.insert(SortRole, "order");
    return roles;
}

QString FormModel::validate(const FieldDescriptor &field) const
{
    // A field the record does not carry is only wrong when creating and it is required.
    if (!m_edited.contains(field.name) && !(m_creating && field.required))
        return {};
    const QJsonValue value = m_edited.value(field.name);
    // What the server already holds is not ours to refuse: an older server's longer slug (2026
    // has no cap; akdesk keeps new or changed slugs to 50) saves unchanged along with other edits.
    if (!m_creating && m_base.contains(field.name) && value == m_base.value(field.name))
        return {};
    const validation::Result result = validation::checkField(field, value, m_creating);
    return result.ok() ? QString() : validation::forPeople(field, value, result);
}

void FormModel::emitStateChanges()
{
    const bool valid = isValid();
    if (valid != m_lastValid) {
        m_lastValid = valid;
        Q_EMIT validityChanged(valid);
    }
    const bool dirty = isDirty();
    if (dirty != m_lastDirty) {
        m_lastDirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
}

} // namespace akdesk
