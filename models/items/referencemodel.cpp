#include "models/items/referencemodel.h"

#include "models/api/apiclient.h"

#include <QJsonArray>

namespace akdesk {

namespace {
/// The record's pk as text: users have an integer pk (authentik's User.id), the rest uuids.
QString pkOf(const QJsonObject &record)
{
    const QJsonValue pk = record.value(QLatin1String("pk"));
    return pk.isDouble() ? QString::number(pk.toInteger()) : pk.toString();
}
} // namespace

ReferenceModel::ReferenceModel(ApiClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{
}

ReferenceModel::~ReferenceModel()
{
    blockSignals(true);  // listeners may be mid-destruction themselves
    if (m_running)
        m_running->cancel();
}

QString ReferenceModel::flowLabel(const QJsonObject &flow)
{
    const QString slug = flow.value(QLatin1String("slug")).toString();
    const QString name = flow.value(QLatin1String("name")).toString();
    if (name.isEmpty() || name == slug)
        return slug;
    return slug.isEmpty() ? name : tr("%1 (%2)").arg(name, slug);
}

QString ReferenceModel::bindingLabel(const QJsonObject &binding, const QString &flowSlug)
{
    const QJsonObject stage = binding.value(QLatin1String("stage_obj")).toObject();
    QString stageName = stage.value(QLatin1String("name")).toString();
    if (stageName.isEmpty())
        stageName = binding.value(QLatin1String("stage")).toString();
    QString flow = flowSlug;
    const QString target = binding.value(QLatin1String("target")).toString();
    const QJsonArray flows = stage.value(QLatin1String("flow_set")).toArray();
    for (qsizetype i = 0; flow.isEmpty() && i < flows.size(); ++i) {
        const QJsonObject candidate = flows.at(i).toObject();
        if (candidate.value(QLatin1String("pk")).toString() == target)
            flow = candidate.value(QLatin1String("slug")).toString();
    }
    return flow.isEmpty() ? stageName : tr("%1 in %2").arg(stageName, flow);
}

QString ReferenceModel::displayName(const QJsonObject &record)
{
    // A binding has no name of its own; its pk means nothing to a person.
    if (record.contains(QLatin1String("stage_obj")) && record.contains(QLatin1String("target")))
        return tr("Binding: %1 (order %2)").arg(bindingLabel(record)).arg(record.value(QLatin1String("order")).toInt());
    if (record.contains(QLatin1String("designation")) && record.contains(QLatin1String("slug")))
        return flowLabel(record);
    for (const char *key : {"name", "title", "slug", "pk"}) {
        const QString value = record.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

void ReferenceModel::load(const QString &listPath, const QVariantMap &filters, int limit)
{
    setSource(listPath, filters, limit);
    ensureLoaded();
}

void ReferenceModel::setSource(const QString &listPath, const QVariantMap &filters, int limit)
{
    if (m_running)
        m_running->cancel();
    ++m_generation;
    if (!m_rows.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
    m_path = listPath;
    m_filters = filters;
    m_limit = limit;
    m_loaded = false;
    m_error = {};
}

void ReferenceModel::ensureLoaded()
{
    if (m_path.isEmpty() || m_loaded || m_running)
        return;
    if (!m_rows.isEmpty()) {  // what a failed load left: the pages come again from the first
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
    ++m_generation;
    m_error = {};
    fetch(1);
}

void ReferenceModel::apply(const RecordChange &change)
{
    // A list nobody opened yet stays unasked: it loads as it is now when first needed.
    if ((!m_loaded && !m_running) || !change.concerns(m_path))
        return;
    const int row = rowOf(change.pk());
    if (change.kind == RecordChange::Kind::Deleted) {
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
        return;
    }
    // An update that cannot move the record in or out of the filtered list changes its row in
    // place; whether a new or changed record belongs to the list is the server's to say.
    bool filtered = change.fields.isEmpty() && !m_filters.isEmpty();
    for (auto it = m_filters.begin(); !filtered && it != m_filters.end(); ++it)
        filtered = change.fields.contains(it.key().section(QLatin1String("__"), 0, 0));
    if (change.kind == RecordChange::Kind::Updated && row >= 0 && !filtered && m_loaded) {
        m_rows[row] = change.record;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    load(m_path, m_filters, m_limit);
}

void ReferenceModel::fetch(int page)
{
    ListQuery query;
    query.page = page;
    // authentik grants at most 100 rows a page (SystemSettings.pagination_max_page_size); more
    // pages follow through `next`.
    query.pageSize = 100;
    query.ordering = QStringLiteral("name");
    for (auto it = m_filters.begin(); it != m_filters.end(); ++it)
        query.filter(it.key(), it.value().toString());
    ApiReply *reply = m_client->list(m_path, query);
    m_running = reply;
    const quint64 generation = m_generation;
    connect(reply, &ApiReply::finished, this, [this, generation](ApiReply *finished) {
        if (generation != m_generation)
            return;
        m_running = nullptr;
        if (!finished->ok()) {
            m_error = finished->error();
            Q_EMIT failed(m_error);
            return;
        }
        QList<QJsonObject> page;
        const QJsonArray results = finished->results();
        for (const QJsonValue &value : results) {
            const QJsonObject record = value.toObject();
            const QJsonValue component = record.value(QLatin1String("component"));
            if (component.isString() && component.toString().isEmpty())
                continue;
            if (int(m_rows.size() + page.size()) < m_limit)
                page.append(record);
        }
        if (!page.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
            m_rows.append(page);
            endInsertRows();
        }
        const int next = finished->pagination().next;
        if (next > 0 && int(m_rows.size()) < m_limit) {
            fetch(next);
        } else {
            m_loaded = true;
            Q_EMIT loaded();
        }
    });
}

int ReferenceModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (pkOf(m_rows.at(row)) == id)
            return row;
    }
    return -1;
}

QString ReferenceModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? pkOf(m_rows.at(row)) : QString();
}

QString ReferenceModel::nameOf(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? QString() : displayName(m_rows.at(row));
}

int ReferenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ReferenceModel::data(const QModelIndex &index, int role) const
{
    // A picker with nothing chosen (index -1) asks too; that is no mistake worth a warning.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return displayName(row);
    case Qt::ToolTipRole:
    case DetailRole: {
        const QString kind = row.value(QLatin1String("verbose_name")).toString();
        return kind.isEmpty() ? row.value(QLatin1String("designation")).toString() : kind;
    }
    case IdRole:
        return pkOf(row);
    case RecordRole:
        return row;
    default:
        return {};
    }
}

} // namespace akdesk
