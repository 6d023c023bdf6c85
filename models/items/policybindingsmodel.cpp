#include "models/items/policybindingsmodel.h"

#include "models/api/apiclient.h"
#include "models/api/pagination.h"
#include "models/operations/recordwriter.h"
#include "models/records/record.h"
#include "models/schema/schemaregistry.h"
#include "models/session/workspace.h"

#include <QJsonArray>

#include <limits>

namespace akdesk {

namespace {
using akdesk::records::textOf;

QString idOf(const QJsonObject &record, const char *key)
{
    // `user` is an integer pk, `policy` and `group` uuids.
    const QJsonValue value = record.value(QLatin1String(key));
    return value.isNull() || value.isUndefined() ? QString() : value.toVariant().toString();
}

int orderOf(const QJsonObject &binding)
{
    return binding.value(QLatin1String("order")).toInt();
}

/// Reads one page and the ones after it; `done` gets every row or the first error.
void fetchPages(ApiClient *client, const QStringList &targets, int page, QList<QJsonObject> collected,
                QObject *context, const PolicyBindingsModel::Fetched &done)
{
    ApiReply *reply = client->list(QStringLiteral("/policies/bindings/"), PolicyBindingsModel::queryFor(targets, page));
    QObject::connect(reply, &ApiReply::finished, context, [client, targets, page, collected, context, done](ApiReply *finished) mutable {
        const QJsonArray results = finished->results();
        const paging::Next next = paging::after(page, finished->pagination(), results.size());
        if (!finished->ok() || !next.isConsistent()) {
            done({}, finished->ok() ? paging::inconsistent(finished->path(), next.problem) : finished->error());
            return;
        }
        for (const QJsonValue &value : results)
            collected.append(value.toObject());
        if (next.page > 0)
            fetchPages(client, targets, next.page, collected, context, done);
        else
            done(collected, {});
    });
}
} // namespace

PolicyBindingsModel::PolicyBindingsModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(workspace->client())
    , m_writer(workspace->writer())
    , m_workspace(workspace)
{
    connect(m_writer, &RecordWriter::changed, this, &PolicyBindingsModel::apply);
}

PolicyBindingsModel::~PolicyBindingsModel()
{
    blockSignals(true);
}

ListQuery PolicyBindingsModel::queryFor(const QStringList &targets, int page)
{
    // target_in is a ModelMultipleChoiceFilter on target__pbm_uuid (authentik/policies/api/
    // bindings.py, PolicyBindingFilter): django-filter takes it repeated, `target_in=a&target_in=b`
    // (the schema's form style with explode); a comma list would be one unknown uuid.
    ListQuery query;
    query.page = page;
    query.pageSize = 100;
    query.ordering = QStringLiteral("order");
    for (const QString &target : targets)
        query.filter(QStringLiteral("target_in"), target);
    return query;
}

void PolicyBindingsModel::fetchAll(ApiClient *client, const QStringList &targets, QObject *context, const Fetched &done)
{
    // At most kTargetsPerRequest uuids a request: authentik's server (uvicorn behind gunicorn,
    // lifecycle/gunicorn.conf.py) refuses a request head over 16 KiB, and 100 uuids take ~5 KiB.
    if (targets.isEmpty()) {
        done({}, {});
        return;
    }
    const QStringList chunk = targets.mid(0, kTargetsPerRequest);
    const QStringList rest = targets.mid(kTargetsPerRequest);
    fetchPages(client, chunk, 1, {}, context, [client, rest, context, done](const QList<QJsonObject> &rows, const ApiError &error) {
        if (error.isError() || rest.isEmpty()) {
            done(rows, error);
            return;
        }
        fetchAll(client, rest, context, [rows, done](const QList<QJsonObject> &more, const ApiError &moreError) {
            done(moreError.isError() ? QList<QJsonObject>() : rows + more, moreError);
        });
    });
}

PolicyBindingsModel::Bound PolicyBindingsModel::boundOf(const QJsonObject &binding)
{
    if (!idOf(binding, "policy").isEmpty())
        return Bound::Policy;
    if (!idOf(binding, "group").isEmpty())
        return Bound::Group;
    if (!idOf(binding, "user").isEmpty())
        return Bound::User;
    return Bound::Nothing;
}

QString PolicyBindingsModel::describe(const QJsonObject &binding)
{
    auto nameIn = [&binding](const char *obj, const char *key, const char *id) {
        const QString name = binding.value(QLatin1String(obj)).toObject().value(QLatin1String(key)).toString();
        return name.isEmpty() ? idOf(binding, id) : name;
    };
    switch (boundOf(binding)) {
    case Bound::Policy: return tr("Policy “%1”").arg(nameIn("policy_obj", "name", "policy"));
    case Bound::Group: return tr("Group “%1”").arg(nameIn("group_obj", "name", "group"));
    case Bound::User: return tr("User “%1”").arg(nameIn("user_obj", "username", "user"));
    case Bound::Nothing: break;
    }
    return tr("Binding %1").arg(textOf(binding, "pk"));
}

QHash<QString, int> PolicyBindingsModel::reorder(const QList<QJsonObject> &rows, const QStringList &pks)
{
    // The orders the target has, sorted and made strictly increasing, handed out in the new
    // arrangement: a move touches as few bindings as it can and never leaves a tie (authentik runs
    // ties in no defined order).
    QList<int> values;
    QHash<QString, int> before;
    for (const QJsonObject &row : rows) {
        values.append(orderOf(row));
        before.insert(textOf(row, "pk"), orderOf(row));
    }
    std::sort(values.begin(), values.end());
    for (int i = 1; i < values.size(); ++i)
        values[i] = std::max(values[i], values[i - 1] + 1);
    QHash<QString, int> changed;
    for (int i = 0; i < pks.size() && i < values.size(); ++i) {
        if (!before.contains(pks.at(i)) || before.value(pks.at(i)) != values.at(i))
            changed.insert(pks.at(i), values.at(i));
    }
    return changed;
}

QJsonObject PolicyBindingsModel::withPbmTarget(QJsonObject binding, const QHash<QString, QString> &pbmByPk)
{
    const auto pbm = pbmByPk.constFind(textOf(binding, "target"));
    if (pbm != pbmByPk.constEnd())
        binding.insert(QStringLiteral("target"), *pbm);
    return binding;
}

QJsonObject PolicyBindingsModel::patchFor(const QJsonObject &base, const QJsonObject &changes) const
{
    const ResourceDescriptor *resource = m_workspace->schema()->resource(QStringLiteral("policies/bindings"));
    return resource ? records::patchPayload(base, records::overlaid(base, changes), *resource) : changes;
}

void PolicyBindingsModel::load(const QStringList &targets)
{
    m_targets = targets;
    reload();
}

void PolicyBindingsModel::reload()
{
    delete m_loading;  // its answers go nowhere now
    ++m_generation;
    if (m_targets.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
        m_loaded = true;
        Q_EMIT loaded();
        return;
    }
    fetch(m_generation);
}

void PolicyBindingsModel::setTargets(const QStringList &targets)
{
    m_targets = targets;
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (targets.contains(textOf(m_rows.at(row), "target")))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
}

void PolicyBindingsModel::fetch(quint64 generation)
{
    auto *context = new QObject(this);
    m_loading = context;
    fetchAll(m_client, m_targets, context, [this, context, generation](const QList<QJsonObject> &rows, const ApiError &error) {
        context->deleteLater();
        if (generation != m_generation)
            return;
        m_loading = nullptr;
        if (error.isError()) {
            Q_EMIT failed(error, tr("Could not read the policy bindings"));
            return;
        }
        QList<QJsonObject> sorted;
        for (const QJsonObject &row : rows)
            sorted.append(withPbmTarget(row, m_pbmByPk));
        std::stable_sort(sorted.begin(), sorted.end(),
                         [this](const QJsonObject &a, const QJsonObject &b) { return lessThan(a, b); });
        beginResetModel();
        m_rows = sorted;
        endResetModel();
        m_loaded = true;
        Q_EMIT loaded();
    });
}

bool PolicyBindingsModel::lessThan(const QJsonObject &a, const QJsonObject &b) const
{
    const qsizetype ta = m_targets.indexOf(textOf(a, "target"));
    const qsizetype tb = m_targets.indexOf(textOf(b, "target"));
    if (ta != tb)
        return ta < tb;
    return orderOf(a) < orderOf(b);
}

int PolicyBindingsModel::rowFor(const QJsonObject &binding, int skipping) const
{
    int row = 0;
    for (int i = 0; i < m_rows.size(); ++i)
        row += i != skipping && !lessThan(binding, m_rows.at(i)) ? 1 : 0;
    return row;
}

QJsonObject PolicyBindingsModel::binding(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QJsonObject();
}

int PolicyBindingsModel::rowOfBinding(const QString &pk) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (textOf(m_rows.at(row), "pk") == pk)
            return row;
    }
    return -1;
}

QList<QJsonObject> PolicyBindingsModel::bindingsOf(const QString &target) const
{
    QList<QJsonObject> rows;
    for (const QJsonObject &row : m_rows) {
        if (textOf(row, "target") == target)
            rows.append(row);
    }
    return rows;
}

int PolicyBindingsModel::nextOrder(const QString &target) const
{
    int highest = std::numeric_limits<int>::min();
    for (const QJsonObject &row : bindingsOf(target))
        highest = std::max(highest, orderOf(row));
    if (highest == std::numeric_limits<int>::min())
        return 10;
    return highest > std::numeric_limits<int>::max() - 10 ? highest : highest + 10;
}

bool PolicyBindingsModel::move(const QString &pk, int delta)
{
    const int row = rowOfBinding(pk);
    if (row < 0 || m_pendingWrites > 0)
        return false;
    const QString target = textOf(m_rows.at(row), "target");
    const QList<QJsonObject> rows = bindingsOf(target);
    QStringList pks;
    for (const QJsonObject &r : rows)
        pks.append(textOf(r, "pk"));
    const qsizetype from = pks.indexOf(pk);
    const qsizetype to = from + delta;
    if (to < 0 || to >= pks.size())
        return false;
    pks.move(from, to);
    const QHash<QString, int> orders = reorder(rows, pks);
    if (orders.isEmpty())
        return false;
    m_pendingWrites = int(orders.size());
    auto refused = std::make_shared<QList<ApiError>>();
    auto kept = std::make_shared<int>(0);
    for (auto it = orders.cbegin(); it != orders.cend(); ++it) {
        const QJsonObject base = m_rows.at(rowOfBinding(it.key()));
        const WriteTarget where{QStringLiteral("policies/bindings"), QStringLiteral("/policies/bindings/"), it.key()};
        m_writer->update(where, patchFor(base, {{QStringLiteral("order"), it.value()}}), base, describe(base), this,
                         [this, refused, kept](const WriteResult &result) {
            if (result.outcome == WriteResult::Outcome::Refused)
                refused->append(result.error);
            else if (result.outcome == WriteResult::Outcome::Queued)
                ++*kept;
            if (--m_pendingWrites > 0)
                return;
            if (!refused->isEmpty()) {
                Q_EMIT failed(refused->first(), tr("The new order was not saved; showing the server's order again"));
                reload();
            } else if (*kept > 0) {
                Q_EMIT queued(tr("The server cannot be reached; the new order is kept as %n draft(s) and sent with "
                                 "the next sync.", nullptr, *kept));
            } else {
                Q_EMIT followed();
            }
        });
    }
    return true;
}

void PolicyBindingsModel::apply(const RecordChange &change)
{
    if (m_targets.isEmpty())
        return;
    if (change.resourceKey.startsWith(QLatin1String("policies/")) && change.resourceKey != QLatin1String("policies/bindings")
        && change.kind == RecordChange::Kind::Updated) {
        // A bound policy renamed: its name as the rows show it (policy_obj).
        bool shown = false;
        for (int row = 0; row < m_rows.size(); ++row) {
            if (idOf(m_rows.at(row), "policy") != change.id)
                continue;
            m_rows[row].insert(QStringLiteral("policy_obj"),
                               records::overlaid(m_rows.at(row).value(QLatin1String("policy_obj")).toObject(), change.record));
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            shown = true;
        }
        if (shown)
            Q_EMIT followed();
        return;
    }
    if (change.resourceKey != QLatin1String("policies/bindings"))
        return;
    const int at = rowOfBinding(change.id);
    const QJsonObject record = withPbmTarget(change.record, m_pbmByPk);
    switch (change.kind) {
    case RecordChange::Kind::Created: {
        if (at >= 0 || !m_targets.contains(textOf(record, "target")))
            return;
        const int row = rowFor(record);
        beginInsertRows({}, row, row);
        m_rows.insert(row, record);
        endInsertRows();
        break;
    }
    case RecordChange::Kind::Updated: {
        if (at < 0)
            return;
        const bool placed = orderOf(m_rows.at(at)) == orderOf(records::overlaid(m_rows.at(at), record))
            && textOf(m_rows.at(at), "target") == textOf(records::overlaid(m_rows.at(at), record), "target");
        m_rows[at] = records::overlaid(m_rows.at(at), record);
        Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
        // Negating or disabling keeps the row among its ties where the server lists it; rowFor
        // would put it after them, and a move would then go the wrong way.
        const int to = placed ? at : rowFor(m_rows.at(at), at);
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

int PolicyBindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PolicyBindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PolicyBindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &row = m_rows.at(index.row());
    if (role == RecordRole)
        return row;
    if (role == PkRole)
        return textOf(row, "pk");
    if (role == TargetRole)
        return textOf(row, "target");
    auto flag = [&row](const char *key) { return row.value(QLatin1String(key)).toBool(); };
    if (role == Qt::CheckStateRole) {
        if (index.column() == EnabledColumn)
            return flag("enabled") ? Qt::Checked : Qt::Unchecked;
        if (index.column() == NegateColumn)
            return flag("negate") ? Qt::Checked : Qt::Unchecked;
        if (index.column() == FailureResultColumn)
            return flag("failure_result") ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role == SortRole && index.column() == OrderColumn)
        return orderOf(row);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    auto yesNo = [](bool on) { return on ? tr("Yes") : tr("No"); };
    switch (index.column()) {
    case OrderColumn:
        return orderOf(row);
    case BoundColumn: {
        const Bound bound = boundOf(row);
        const QJsonObject obj = row.value(QLatin1String(bound == Bound::Policy ? "policy_obj"
                                                       : bound == Bound::Group ? "group_obj" : "user_obj")).toObject();
        QString name = obj.value(QLatin1String(bound == Bound::User ? "username" : "name")).toString();
        if (name.isEmpty())
            name = idOf(row, bound == Bound::Policy ? "policy" : bound == Bound::Group ? "group" : "user");
        return name;
    }
    case KindColumn:
        switch (boundOf(row)) {
        case Bound::Policy: {
            // The policy's kind, as the server names it ("Dummy Policy"); plain "Policy" without it.
            const QString kind = row.value(QLatin1String("policy_obj")).toObject().value(QLatin1String("verbose_name")).toString();
            return kind.isEmpty() ? tr("Policy") : kind;
        }
        case Bound::Group: return tr("Group");
        case Bound::User: return tr("User");
        case Bound::Nothing: return {};
        }
        return {};
    case EnabledColumn:
        return role == Qt::DisplayRole ? QVariant() : QVariant(yesNo(flag("enabled")));
    case NegateColumn:
        return role == Qt::DisplayRole ? QVariant() : QVariant(yesNo(flag("negate")));
    case FailureResultColumn:
        return role == Qt::DisplayRole ? QVariant() : QVariant(yesNo(flag("failure_result")));
    case TimeoutColumn:
        return row.value(QLatin1String("timeout")).toInt();
    default:
        return {};
    }
}

QVariant PolicyBindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrderColumn: return tr("Order");
    case BoundColumn: return tr("Bound");
    case KindColumn: return tr("Kind");
    case EnabledColumn: return tr("Enabled");
    case NegateColumn: return tr("Negate");
    case TimeoutColumn: return tr("Timeout (s)");
    case FailureResultColumn: return tr("Passes on error");
    default: return {};
    }
}

} // namespace akdesk
