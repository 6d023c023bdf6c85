#include "models/drafts/draftsmodel.h"

#include "models/storage/localstore.h"
#include "models/schema/schemaregistry.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace akdesk {

DraftsModel::DraftsModel(LocalStore *store, std::shared_ptr<const SchemaRegistry> schema, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_schema(std::move(schema))
{
    connect(m_store, &LocalStore::draftsChanged, this, &DraftsModel::reload);
    reload();
}

DraftsModel::~DraftsModel() = default;

void DraftsModel::reload()
{
    beginResetModel();
    m_drafts = m_store->drafts();
    endResetModel();
}

Draft DraftsModel::draftAt(int row) const
{
    return row >= 0 && row < m_drafts.size() ? m_drafts.at(row) : Draft();
}

int DraftsModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_drafts.size(); ++i) {
        if (m_drafts.at(i).id == id)
            return int(i);
    }
    return -1;
}

int DraftsModel::needingAttention() const
{
    return int(std::count_if(m_drafts.begin(), m_drafts.end(),
                             [](const Draft &draft) { return draft.status != Draft::Status::Pending; }));
}

QString DraftsModel::ageText(const QDateTime &when, const QDateTime &now)
{
    const qint64 seconds = when.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    return QLocale().toString(when, QLocale::ShortFormat);
}

QString DraftsModel::statusText(Draft::Status status)
{
    switch (status) {
    case Draft::Status::Pending:
        return tr("Pending");
    case Draft::Status::Conflict:
        return tr("Conflict");
    case Draft::Status::Rejected:
        return tr("Rejected");
    case Draft::Status::Deleted:
        return tr("Deleted on server");
    }
    return {};
}

QString DraftsModel::operationText(Draft::Operation operation)
{
    switch (operation) {
    case Draft::Operation::Update:
        return tr("Edit");
    case Draft::Operation::Create:
        return tr("Create");
    case Draft::Operation::Delete:
        return tr("Delete");
    case Draft::Operation::Reorder:
        return tr("Reorder");
    }
    return {};
}

QString DraftsModel::fieldsText(const Draft &draft) const
{
    if (draft.operation == Draft::Operation::Delete)
        return {};
    if (draft.operation == Draft::Operation::Reorder) {
        // The stages that move, in their new order.
        const QHash<QString, int> base = Draft::ordersOf(draft.base);
        const QHash<QString, QString> names = Draft::bindingNames(draft.base);
        QStringList moved;
        for (const QJsonValue &row : draft.changes.value(QLatin1String("bindings")).toArray()) {
            const QString pk = row[QLatin1String("pk")].toString();
            const int order = row[QLatin1String("order")].toInt();
            if (base.value(pk) != order)
                moved.append(tr("%1 → %2").arg(names.value(pk)).arg(order));
        }
        return moved.join(QLatin1String(", "));
    }
    const ResourceDescriptor *resource = m_schema ? m_schema->resource(draft.resourceKey) : nullptr;
    QStringList labels;
    for (const QString &name : draft.changedFields()) {
        const FieldDescriptor *field = resource ? resource->field(name) : nullptr;
        labels.append(field && !field->label.isEmpty() ? field->label : name);
    }
    return labels.join(QLatin1String(", "));
}

int DraftsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_drafts.size());
}

int DraftsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DraftsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};  // views ask about "no item" (a combo box with none chosen): not an error
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Draft &draft = m_drafts.at(index.row());
    if (role == DraftIdRole)
        return draft.id;
    if (role == StatusRole)
        return int(draft.status);
    if (role == Qt::ToolTipRole) {
        const QString why = draft.isDamaged() ? draft.damage : draft.message;
        return why.isEmpty() ? QVariant() : QVariant(why);
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case RecordColumn:
        return draft.label.isEmpty() ? draft.recordId : draft.label;
    case KindColumn: {
        // A reorder is a change to the flow (its order of stages), not to one binding.
        const ResourceDescriptor *resource =
            m_schema ? m_schema->resource(draft.operation == Draft::Operation::Reorder ? QStringLiteral("flows") : draft.resourceKey)
                     : nullptr;
        return resource ? resource->label : draft.resourceKey;
    }
    case ChangeColumn:
        return operationText(draft.operation);
    case FieldsColumn:
        return fieldsText(draft);
    case AgeColumn:
        return role == SortRole ? QVariant(draft.updatedAt) : QVariant(ageText(draft.updatedAt));
    case StatusColumn:
        if (draft.isDamaged())
            return role == SortRole ? QVariant(-1) : QVariant(tr("Damaged"));
        return role == SortRole ? QVariant(int(draft.status)) : QVariant(statusText(draft.status));
    case MessageColumn:
        return draft.isDamaged() ? draft.damage : draft.message;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DraftsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case RecordColumn:
        return tr("Record");
    case KindColumn:
        return tr("Kind");
    case ChangeColumn:
        return tr("Change");
    case FieldsColumn:
        return tr("Fields changed");
    case AgeColumn:
        return tr("Age");
    case StatusColumn:
        return tr("Status");
    case MessageColumn:
        return tr("Server says");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace akdesk
