#include "models/items/palettemodel.h"

#include "models/api/apiclient.h"

#include <QJsonObject>

#include <algorithm>

namespace akdesk {

namespace {
constexpr int ServerResults = 8;  ///< per kind: the palette is for jumping, not browsing

QString textOf(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}
} // namespace

PaletteModel::PaletteModel(ApiClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{
}

PaletteModel::~PaletteModel()
{
    cancelSearch();
}

void PaletteModel::setLocalEntries(const QList<PaletteEntry> &entries)
{
    m_actions = entries;
    rebuild(false);
}

int PaletteModel::score(const QString &query, const QString &text)
{
    const QStringList words = query.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return 1;
    int total = 0;
    for (const QString &word : words) {
        const int at = text.indexOf(word, 0, Qt::CaseInsensitive);
        if (at < 0)
            return 0;
        const bool wordStart = at == 0 || !text.at(at - 1).isLetterOrNumber();
        total += at == 0 ? 30 : wordStart ? 20 : 10;
    }
    // Shorter titles win among equals: "Save" before "Save all drafts".
    return total * 100 + qMax(0, 99 - int(text.size()));
}

void PaletteModel::setQuery(const QString &text)
{
    if (text == m_query)
        return;
    m_query = text;
    // Stage and flow names from the previous query no longer answer this one.
    cancelSearch();
    setNote({});
    rebuild(true);
}

void PaletteModel::rebuild(bool dropServerRows)
{
    QList<QPair<int, PaletteEntry>> ranked;
    for (const PaletteEntry &entry : std::as_const(m_actions)) {
        // Keys and details match too, so "ctrl+n" or "drafts" find what they name.
        const int best = qMax(score(m_query, entry.title), score(m_query, entry.title + QLatin1Char(' ') + entry.detail) / 2);
        if (best > 0)
            ranked.append({best, entry});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    beginResetModel();
    m_local.clear();
    for (const auto &pair : std::as_const(ranked))
        m_local.append(pair.second);
    if (dropServerRows)
        m_server.clear();
    endResetModel();
}

void PaletteModel::cancelSearch()
{
    const QList<QPointer<ApiReply>> pending = std::exchange(m_pending, {});
    for (const QPointer<ApiReply> &reply : pending) {
        if (reply) {
            reply->disconnect(this);
            reply->cancel();
        }
    }
    if (!pending.isEmpty())
        Q_EMIT searchingChanged(false);
}

void PaletteModel::searchServer()
{
    cancelSearch();
    const QString text = m_query.simplified();
    if (text.isEmpty())
        return;
    if (!m_client->isOnline()) {
        setNote(m_client->isWorkingOffline() ? tr("Working offline: stages and flows are not searched.")
                                             : tr("The server cannot be reached: stages and flows are not searched."));
        return;
    }
    const auto ask = [this, &text](const QString &path, PaletteEntry::Kind kind) {
        ListQuery query;
        query.pageSize = ServerResults;
        query.search = text;
        query.ordering = QStringLiteral("name");
        ApiReply *reply = m_client->list(path, query);
        m_pending.append(reply);
        connect(reply, &ApiReply::finished, this, [this, kind](ApiReply *finished) { searchFinished(finished, kind); });
    };
    ask(QStringLiteral("/stages/all/"), PaletteEntry::Kind::Stage);
    ask(QStringLiteral("/flows/instances/"), PaletteEntry::Kind::Flow);
    Q_EMIT searchingChanged(true);
}

void PaletteModel::searchFinished(ApiReply *reply, PaletteEntry::Kind kind)
{
    m_pending.removeAll(reply);
    m_pending.removeAll(nullptr);
    if (!reply->ok()) {
        if (reply->error().kind != ApiError::Kind::Cancelled)
            setNote(tr("Stages and flows could not be searched: %1").arg(reply->error().message()));
    } else {
        const QJsonArray results = reply->results();
        QList<PaletteEntry> found;
        for (const QJsonValue &value : results) {
            const QJsonObject object = value.toObject();
            PaletteEntry entry;
            entry.kind = kind;
            entry.title = textOf(object, "name");
            if (kind == PaletteEntry::Kind::Stage) {
                entry.key = textOf(object, "pk");
                entry.extra = textOf(object, "meta_model_name");
                entry.detail = textOf(object, "verbose_name");
            } else {
                entry.key = textOf(object, "slug");
                entry.detail = entry.key;
            }
            found.append(entry);
        }
        // Stages before flows, whichever answered first: each search has one answer of each kind,
        // so stages go at the start of the server's rows and flows at their end.
        if (!found.isEmpty()) {
            const qsizetype at = kind == PaletteEntry::Kind::Stage ? 0 : m_server.size();
            const int first = int(m_local.size() + at);
            beginInsertRows({}, first, first + int(found.size()) - 1);
            for (qsizetype i = 0; i < found.size(); ++i)
                m_server.insert(at + i, found.at(i));
            endInsertRows();
        }
    }
    if (m_pending.isEmpty())
        Q_EMIT searchingChanged(false);
}

void PaletteModel::setNote(const QString &note)
{
    if (note == m_note)
        return;
    m_note = note;
    Q_EMIT serverNoteChanged(note);
}

PaletteEntry PaletteModel::entry(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return row < m_local.size() ? m_local.at(row) : m_server.at(row - m_local.size());
}

int PaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_local.size() + m_server.size());
}

QVariant PaletteModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};  // views ask about "no item" (a combo box with none chosen): not an error
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PaletteEntry entry = this->entry(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return entry.title;
    case Qt::ToolTipRole:
    case DetailRole:
        return entry.detail;
    case KindRole:
        return int(entry.kind);
    case KeyRole:
        return entry.key;
    default:
        return {};
    }
}

QHash<int, QByteArray> PaletteModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(DetailRole, "detail");
    names.insert(KindRole, "kind");
    names.insert(KeyRole, "key");
    return names;
}

} // namespace akdesk
