#include "models/items/bindingsmodel.h"

#include "models/schema/choicelabels.h"
#include "models/records/record.h"

#include "models/api/apiclient.h"
#include "models/api/pagination.h"
#include "models/items/referencemodel.h"
#include "models/operations/recordwriter.h"
#include "models/session/workspace.h"
#include "models/storage/localstore.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>

#include <algorithm>
#include <limits>

namespace akdesk {

namespace {
const QString kMime = QStringLiteral("application/x-akdesk-binding-rows");

using akdesk::records::textOf;
}

BindingsModel::BindingsModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(workspace->client())
    , m_writer(workspace->writer())
{
    connect(m_writer, &RecordWriter::changed, this, &BindingsModel::apply);
}

BindingsModel::~BindingsModel()
{
    blockSignals(true);  // listeners may be mid-destruction themselves
    if (m_loading)
        m_loading->cancel();
}

void BindingsModel::load(const QString &flowPk, const QString &flowLabel)
{
    m_flowPk = flowPk;
    m_flowLabel = flowLabel.isEmpty() ? flowPk : flowLabel;
    reload();
}

void BindingsModel::reload()
{
    if (m_loading)
        m_loading->cancel();
    fetch(1, {}, ++m_generation);
}

void BindingsModel::fetch(int page, QList<QJsonObject> collected, quint64 generation)
{
    ListQuery query;
    query.page = page;
    // At most 100 rows a page on authentik 2026 (pagination_max_page_size); `next` says what follows.
    query.pageSize = 100;
    query.ordering = QStringLiteral("order");
    query.filter(QStringLiteral("target"), m_flowPk);
    ApiReply *reply = m_client->list(QStringLiteral("/flows/bindings/"), query);
    m_loading = reply;
    connect(reply, &ApiReply::finished, this, [this, page, collected, generation](ApiReply *finished) mutable {
        if (generation != m_generation)
            return;
        m_loading = nullptr;
        const QJsonArray results = finished->results();
        const paging::Next next = paging::after(page, finished->pagination(), results.size());
        if (!finished->ok() || !next.isConsistent()) {
            Q_EMIT failed(finished->ok() ? paging::inconsistent(finished->path(), next.problem) : finished->error(),
                          tr("Could not read the flow's bindings"));
            return;
        }
        for (const QJsonValue &value : results)
            collected.append(value.toObject());
        if (next.page > 0) {
            fetch(next.page, collected, generation);
            return;
        }
        // An unsent reorder of this flow shows as it was arranged (LocalStore::saveReorder()).
        if (const std::optional<Draft> reorder = m_writer->store()->reorderFor(m_flowPk); reorder && !reorder->isDamaged()
                                                                  && reorder->status != Draft::Status::Rejected) {
            const QHash<QString, int> intended = Draft::ordersOf(reorder->changes);
            for (QJsonObject &row : collected) {
                if (const auto at = intended.constFind(textOf(row, "pk")); at != intended.cend())
                    row.insert(QStringLiteral("order"), at.value());
            }
            std::stable_sort(collected.begin(), collected.end(), [](const QJsonObject &a, const QJsonObject &b) {
                return a.value(QLatin1String("order")).toInt() < b.value(QLatin1String("order")).toInt();
            });
        }
        beginResetModel();
        m_rows = collected;
        endResetModel();
        Q_EMIT loaded();
    });
}

QJsonObject BindingsModel::binding(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QJsonObject();
}

int BindingsModel::rowOfBinding(const QString &pk) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (textOf(m_rows.at(row), "pk") == pk)
            return row;
    }
    return -1;
}

int BindingsModel::orderAfter(std::optional<int> lastOrder)
{
    if (!lastOrder)
        return 10;
    return *lastOrder > std::numeric_limits<int>::max() - 10 ? *lastOrder : *lastOrder + 10;
}

int BindingsModel::nextOrder() const
{
    if (m_rows.isEmpty())
        return orderAfter(std::nullopt);
    int highest = std::numeric_limits<int>::min();
    for (const QJsonObject &row : m_rows)
        highest = std::max(highest, row.value(QLatin1String("order")).toInt());
    return orderAfter(highest);
}

QHash<QString, int> BindingsModel::reorder(const QList<QJsonObject> &current, const QStringList &pks)
{
    // The new arrangement reuses the order values the flow already has (sorted), so a move touches
    // as few bindings as possible; values are made strictly increasing where they tie.
    QList<int> values;
    QHash<QString, int> before;
    for (const QJsonObject &row : current) {
        values.append(row.value(QLatin1String("order")).toInt());
        before.insert(textOf(row, "pk"), row.value(QLatin1String("order")).toInt());
    }
    std::sort(values.begin(), values.end());
    for (int i = 1; i < values.size(); ++i)
        values[i] = std::max(values[i], values[i - 1] + 1);
    QHash<QString, int> changed;
    for (int i = 0; i < pks.size() && i < values.size(); ++i) {
        if (before.value(pks.at(i), values.at(i) - 1) != values.at(i))
            changed.insert(pks.at(i), values.at(i));
    }
    return changed;
}

namespace {
/// The query for a flow's binding with the highest order (one row, "-order").
ListQuery lastBindingOf(const QString &flowPk)
{
    ListQuery last;
    last.pageSize = 1;
    last.ordering = QStringLiteral("-order");
    last.filter(QStringLiteral("target"), flowPk);
    return last;
}

int orderAfterRows(const QJsonArray &rows)
{
    return BindingsModel::orderAfter(rows.isEmpty() ? std::nullopt
                                                    : std::optional<int>(rows.first().toObject().value(QLatin1String("order")).toInt()));
}
} // namespace

void BindingsModel::askOrderAtEnd(ApiClient *client, const QString &flowPk, QObject *context,
                                  const std::function<void(std::optional<int>, const ApiError &)> &done)
{
    ApiReply *reply = client->list(QStringLiteral("/flows/bindings/"), lastBindingOf(flowPk));
    connect(reply, &ApiReply::finished, context, [done](ApiReply *finished) {
        if (!finished->ok() || finished->cachedAt().isValid())
            done(std::nullopt, finished->ok() ? ApiError::offline() : finished->error());
        else
            done(orderAfterRows(finished->results()), {});
    });
}

std::optional<int> BindingsModel::cachedOrderAtEnd(ApiClient *client, const QString &flowPk)
{
    const std::optional<CachedBody> cached = client->cached(QStringLiteral("/flows/bindings/"), lastBindingOf(flowPk).toUrlQuery());
    if (!cached)
        return std::nullopt;
    return orderAfterRows(QJsonDocument::fromJson(cached->body).object().value(QLatin1String("results")).toArray());
}

bool BindingsModel::moveBinding(int from, int to)
{
    if (from < 0 || from >= m_rows.size() || to < 0 || to >= m_rows.size() || from == to || m_pendingWrites > 0)
        return false;
    QStringList pks;
    for (const QJsonObject &row : std::as_const(m_rows))
        pks.append(textOf(row, "pk"));
    pks.move(from, to);
    const QHash<QString, int> orders = reorder(m_rows, pks);
    QHash<QString, QJsonObject> before;
    for (const QJsonObject &row : std::as_const(m_rows))
        before.insert(textOf(row, "pk"), row);

    // Show the new arrangement at once; the server's answer confirms or undoes it.
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_rows.move(from, to);
    endMoveRows();
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString pk = textOf(m_rows.at(row), "pk");
        if (orders.contains(pk)) {
            m_rows[row].insert(QStringLiteral("order"), orders.value(pk));
            Q_EMIT dataChanged(index(row, OrderColumn), index(row, OrderColumn));
        }
    }
    if (orders.isEmpty())
        return true;
    saveOrders(orders, before, pks.at(to));
    return true;
}

bool BindingsModel::setOrders(const QHash<QString, int> &orders)
{
    if (orders.isEmpty() || m_pendingWrites > 0)
        return false;
    QHash<QString, QJsonObject> before;
    for (const QJsonObject &row : std::as_const(m_rows))
        before.insert(textOf(row, "pk"), row);
    saveOrders(orders, before, {});
    return true;
}

void BindingsModel::saveOrders(const QHash<QString, int> &orders, const QHash<QString, QJsonObject> &before,
                               const QString &movedPk)
{
    m_pendingWrites = int(orders.size());
    // Each answer moves its row through apply(); nothing is read again unless the server refused.
    m_writer->setOrders(orders, before, m_flowLabel, this, [this, before, orders, movedPk](const RecordWriter::ReorderResult &result) {
        m_pendingWrites = 0;
        using Outcome = RecordWriter::ReorderResult::Outcome;
        switch (result.outcome) {
        case Outcome::Conflict:
            if (result.kept > 0) {
                // It joined an unsent reorder: that draft now waits for the user's decision.
                Q_EMIT failed(ApiError::badResponse(tr("another administrator changed the flow's order meanwhile")),
                              tr("The new order was not sent; it is kept as a draft in conflict. Review it under Drafts"));
                return;
            }
            Q_EMIT failed(ApiError::badResponse(tr("another administrator changed the flow's order meanwhile")),
                          tr("The new order was not saved; nothing was sent. Showing the server's order"));
            reload();
            return;
        case Outcome::NotKept:
            // Still shown as arranged: the user can try again once the disk takes writes.
            Q_EMIT failed(result.error, tr("The server cannot be reached and the new order could not be kept as a draft"));
            return;
        case Outcome::RolledBack:
            Q_EMIT failed(result.error, tr("The new order was not saved; the flow's order is back as it was"));
            reload();
            return;
        case Outcome::Stuck: {
            QStringList names;
            for (const QString &pk : result.stuck)
                names.append(before.value(pk).value(QLatin1String("stage_obj")).toObject().value(QLatin1String("name")).toString());
            Q_EMIT failed(result.error, tr("The new order was not saved, and %1 could not be put back to its order; "
                                           "check the flow's order").arg(names.join(QLatin1String(", "))));
            reload();
            return;
        }
        case Outcome::Queued:
            // Kept on screen as arranged, each new order a draft.
            Q_EMIT queued(m_client->isWorkingOffline()
                              ? tr("akdesk is working offline; the new order is kept as a draft and sent, as one "
                                   "change, when you go online.")
                              : tr("The server cannot be reached; the new order is kept as a draft and sent, as one "
                                   "change, with the next sync."));
            return;
        case Outcome::Accepted:
            break;
        }
        if (!movedPk.isEmpty()) {
            QHash<QString, int> was;
            for (auto change = orders.cbegin(); change != orders.cend(); ++change)
                was.insert(change.key(), before.value(change.key()).value(QLatin1String("order")).toInt());
            Q_EMIT moved(movedPk, was, orders);
        }
        Q_EMIT reordered();
    });
}

int BindingsModel::rowForOrder(int order, int skipping) const
{
    // The rows are in run order, so the place is the count of those that run before or with it.
    int row = 0;
    for (int i = 0; i < m_rows.size(); ++i)
        row += i != skipping && m_rows.at(i).value(QLatin1String("order")).toInt() <= order ? 1 : 0;
    return row;
}

void BindingsModel::apply(const RecordChange &change)
{
    if (m_flowPk.isEmpty())
        return;
    if (change.resourceKey.startsWith(QLatin1String("stages/")) && change.kind == RecordChange::Kind::Updated) {
        // A bound stage changed: its name and kind as the bindings show them (stage_obj).
        bool shown = false;
        for (int row = 0; row < m_rows.size(); ++row) {
            if (textOf(m_rows.at(row), "stage") != change.id)
                continue;
            m_rows[row].insert(QStringLiteral("stage_obj"),
                               records::overlaid(m_rows.at(row).value(QLatin1String("stage_obj")).toObject(), change.record));
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            shown = true;
        }
        if (shown)
            Q_EMIT followed();
        return;
    }
    if (change.resourceKey != QLatin1String("flows/bindings"))
        return;
    const int at = rowOfBinding(change.id);
    switch (change.kind) {
    case RecordChange::Kind::Created: {
        if (at >= 0 || textOf(change.record, "target") != m_flowPk)
            return;
        const int row = rowForOrder(change.record.value(QLatin1String("order")).toInt());
        beginInsertRows({}, row, row);
        m_rows.insert(row, change.record);
        endInsertRows();
        break;
    }
    case RecordChange::Kind::Updated: {
        if (at < 0)
            return;
        const QJsonObject binding = records::overlaid(m_rows.at(at), change.record);
        m_rows[at] = binding;
        Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
        // A new order puts it in its place (a move of the user's is there already).
        const int to = rowForOrder(binding.value(QLatin1String("order")).toInt(), at);
        if (to != at && beginMoveRows({}, at, at, {}, to > at ? to + 1 : to)) {
            m_rows.move(at, to);
            endMoveRows();
        }
        break;
    }
    case RecordChange::Kind::Deleted:
        if (at < 0)
            return;
        beginRemoveRows({}, at, at);
        m_rows.removeAt(at);
        endRemoveRows();
        break;
    }
    if (m_pendingWrites == 0)
        Q_EMIT followed();
}

int BindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &row = m_rows.at(index.row());
    const QJsonObject stage = row.value(QLatin1String("stage_obj")).toObject();
    auto yesNo = [](const QJsonValue &v) { return v.toBool() ? tr("Yes") : tr("No"); };
    if (role == RecordRole)
        return row;
    if (role == PkRole)
        return textOf(row, "pk");
    if (role == StagePkRole)
        return textOf(row, "stage");
    if (role == SortRole && index.column() == OrderColumn)
        return row.value(QLatin1String("order")).toInt();
    if (role == Qt::CheckStateRole) {
        if (index.column() == EvaluateOnPlanColumn)
            return row.value(QLatin1String("evaluate_on_plan")).toBool() ? Qt::Checked : Qt::Unchecked;
        if (index.column() == ReEvaluateColumn)
            return row.value(QLatin1String("re_evaluate_policies")).toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case OrderColumn:
        return row.value(QLatin1String("order")).toInt();
    case StageColumn:
        return stage.value(QLatin1String("name")).toString();
    case KindColumn:
        return stage.value(QLatin1String("verbose_name")).toString();
    case EvaluateOnPlanColumn:
        // The check box says it; the words are for tooltips and sorting.
        return role == Qt::DisplayRole ? QVariant() : QVariant(yesNo(row.value(QLatin1String("evaluate_on_plan"))));
    case ReEvaluateColumn:
        return role == Qt::DisplayRole ? QVariant() : QVariant(yesNo(row.value(QLatin1String("re_evaluate_policies"))));
    case InvalidResponseColumn:
    case PolicyModeColumn: {
        // Words people read (the web admin's), sorted by the value itself.
        const QString field = index.column() == InvalidResponseColumn ? QStringLiteral("invalid_response_action")
                                                                      : QStringLiteral("policy_engine_mode");
        const QString value = row.value(field).toString();
        if (role == SortRole)
            return value;
        // The cell keeps the label's head ("Retry"); the tooltip says what it does.
        const QString label = choices::label(field, value);
        return role == Qt::ToolTipRole ? label : label.section(QLatin1Char(':'), 0, 0).trimmed();
    }
    default:
        return {};
    }
}

QVariant BindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The tooltip repeats the header, which may be cut where a language's words are long.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrderColumn: return tr("Order");
    case StageColumn: return tr("Stage");
    case KindColumn: return tr("Kind");
    case EvaluateOnPlanColumn: return tr("Evaluate on plan");
    case ReEvaluateColumn: return tr("Re-evaluate policies");
    case InvalidResponseColumn: return tr("Invalid response");
    case PolicyModeColumn: return tr("Policy mode");
    default: return {};
    }
}

Qt::ItemFlags BindingsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_pendingWrites > 0 ? Qt::NoItemFlags : Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_pendingWrites == 0)
        f |= Qt::ItemIsDragEnabled;
    return f;
}

Qt::DropActions BindingsModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList BindingsModel::mimeTypes() const
{
    return {kMime};
}

QMimeData *BindingsModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(kMime, QByteArray::number(indexes.first().row()));
    return mime;
}

bool BindingsModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    return data && data->hasFormat(kMime) && action == Qt::MoveAction && m_pendingWrites == 0;
}

bool BindingsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    const int from = data->data(kMime).toInt();
    // Dropped on an item: take its place; between items or below the last: that gap.
    int to = 0;
    if (row >= 0)
        to = row > from ? row - 1 : row;  // the gap before `row`, counted without the moved row
    else
        to = parent.isValid() ? parent.row() : int(m_rows.size()) - 1;
    to = std::clamp(to, 0, int(m_rows.size()) - 1);
    moveBinding(from, to);
    return false;  // we moved the row ourselves; the view must not remove the source
}

} // namespace akdesk
