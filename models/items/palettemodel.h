#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QString>

namespace akdesk {

class ApiClient;
class ApiReply;
struct ApiError;

/// One thing the command palette can jump to.
struct PaletteEntry
{
    enum class Kind { Action, List, Stage, Flow };
    Kind kind = Kind::Action;
    QString title;   ///< what is matched and shown ("New stage…", a stage's name)
    QString detail;  ///< shown beside it: a shortcut, a stage's kind, a flow's slug
    QString key;     ///< an action's object name, a list key, a stage's pk, a flow's slug
    QString extra;   ///< a stage's meta_model_name
};

/// The command palette's results: the window's actions and lists, filtered locally on every
/// keystroke, followed by the stages and flows whose names match on the server. Each server search
/// replaces the one before it, which is cancelled.
class PaletteModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaletteModel)

public:
    enum Role { DetailRole = Qt::UserRole + 1, KindRole, KeyRole };

    explicit PaletteModel(ApiClient *client, QObject *parent = nullptr);
    ~PaletteModel() override;

    /// Actions and lists: always available, matched locally.
    void setLocalEntries(const QList<PaletteEntry> &entries);
    /// Filters the local entries now; `searchServer()` then asks for matching stages and flows.
    void setQuery(const QString &text);
    QString query() const { return m_query; }
    void searchServer();
    bool isSearching() const { return !m_pending.isEmpty(); }
    /// Why stages and flows are missing (offline, an error), or empty.
    QString serverNote() const { return m_note; }

    PaletteEntry entry(int row) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// How well `text` matches `query` (all words found, word starts and prefixes rank higher);
    /// 0 when it does not match.
    static int score(const QString &query, const QString &text);

Q_SIGNALS:
    void searchingChanged(bool searching);
    void serverNoteChanged(const QString &note);

private:
    /// Ranks the actions and lists for the query; `dropServerRows` for a new query.
    void rebuild(bool dropServerRows);
    void cancelSearch();
    void searchFinished(ApiReply *reply, PaletteEntry::Kind kind);
    void setNote(const QString &note);

    ApiClient *m_client;
    QList<PaletteEntry> m_actions;  ///< every action and list, as set
    QList<PaletteEntry> m_local;    ///< those matching the query, best first: the first rows
    QList<PaletteEntry> m_server;   ///< then the stages and flows of the latest search
    QString m_query;
    QString m_note;
    QList<QPointer<ApiReply>> m_pending;
};

} // namespace akdesk
