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
    m_local = entries;
    rebuild();
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
    m_server.clear();
    setNote({});
    rebuild();
}

void PaletteModel::rebuild()
{
    QList<QPair<int, PaletteEntry>> ranked;
    for (const PaletteEntry &entry : std::as_const(m_local)) {
        // Keys and details match too, so "ctrl+n" or "drafts" find what they name.
        const int best = qMax(score(m_query, entry.title), score(m_query, entry.title + QLatin1Char(' ') + entry.detail) / 2);
        if (best > 0)
            ranked.append({best, entry});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    beginResetModel();
    m_rows.clear();
    for (const auto &pair : std::as_const(ranked))
        m_rows.append(pair.second);
    m_rows.append(m_server);
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
        // Stages before flows whichever answered first, each in the server's name order.
        auto at = m_server.begin();
        if (kind == PaletteEntry::Kind::Flow)
            at = std::find_if(m_server.begin(), m_server.end(),
                              [](const PaletteEntry &e) { return e.kind == PaletteEntry::Kind::Flow; });
        else
            while (at != m_server.end() && at->kind == PaletteEntry::Kind::Stage)
                ++at;
        if (!found.isEmpty()) {
            const int first = int(m_rows.size() - m_server.size() + (at - m_server.begin()));
            beginInsertRows({}, first, first + int(found.size()) - 1);
            const int offset = int(at - m_server.begin());
            for (int i = 0; i < found.size(); ++i)
                m_server.insert(offset + i, found.at(i));
            for (int i = 0; i < found.size(); ++i)
                m_rows.insert(first + i, found.at(i));
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
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : PaletteEntry{};
}

int PaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PaletteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PaletteEntry &entry = m_rows.at(index.row());
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
