#pragma once

#include <optional>

#include "models/api/apierror.h"

#include "models/api/listquery.h"
#include "models/operations/recordchange.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QPointer>

#include <functional>

namespace akdesk {

class ApiClient;
class ApiReply;
class RecordWriter;
class Workspace;

/// A flow's stage bindings in run order. Reordering (drag and drop, or moveBinding) computes new
/// `order` values and PATCHes only the bindings whose order changed, through the RecordWriter;
/// the rows follow the writer's changes (the server's answers), so nothing is read again. On a
/// refusal the list returns to what the server holds and says why.
class BindingsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BindingsModel)

public:
    enum Column { OrderColumn, StageColumn, KindColumn, EvaluateOnPlanColumn, ReEvaluateColumn,
                  InvalidResponseColumn, PolicyModeColumn, ColumnCount };
    enum Role { RecordRole = Qt::UserRole + 1, PkRole, StagePkRole, SortRole };

    /// The order a stage bound at the end of a flow gets: the last order + 10, leaving room to put
    /// one in between later (10 for an empty flow). The one rule for every way of binding.
    static int orderAfter(std::optional<int> lastOrder);

    /// Moves go through the workspace's writer, and the rows follow its changes.
    explicit BindingsModel(Workspace *workspace, QObject *parent = nullptr);
    ~BindingsModel() override;

    /// Asks the server for the order a stage bound at the end of the flow gets (orderAfter() its
    /// last binding's); `done` gets it, or nullopt and why not. A cached answer does not count.
    static void askOrderAtEnd(ApiClient *client, const QString &flowPk, QObject *context,
                              const std::function<void(std::optional<int> order, const ApiError &error)> &done);
    /// The same from what akdesk last fetched, for offline; nullopt when it never saw the flow's bindings.
    static std::optional<int> cachedOrderAtEnd(ApiClient *client, const QString &flowPk);

    /// The writer moves go through and whose changes the rows follow.
    RecordWriter *writer() const { return m_writer; }
    /// Follows a change the server accepted: a binding of this flow created, changed (moved to
    /// its order) or deleted; a bound stage renamed.
    void apply(const akdesk::RecordChange &change);
    /// Loads the bindings of the flow with this pk; `flowLabel` (its slug) names an unsent reorder.
    /// An unsent reorder of the flow (a Reorder draft) shows as arranged.
    void load(const QString &flowPk, const QString &flowLabel = {});
    void reload();
    QString flowPk() const { return m_flowPk; }
    bool isBusy() const { return m_pendingWrites > 0 || !m_loading.isNull(); }
    QJsonObject binding(int row) const;
    int rowOfBinding(const QString &pk) const;
    /// The order a binding added at the end gets: the last + 10 (10 when empty), leaving room to
    /// put a stage between two later, as authentik's own default flows do (10, 20, 30, 100).
    int nextOrder() const;

    /// Moves the binding at `from` to position `to` and saves the new orders.
    bool moveBinding(int from, int to);
    /// Saves these `order` values (by binding pk), e.g. to undo a move, then re-reads the server.
    bool setOrders(const QHash<QString, int> &orders);
    /// New `order` values (by binding pk) for the rows rearranged as `pks`; only changed ones.
    static QHash<QString, int> reorder(const QList<QJsonObject> &current, const QStringList &pks);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void loaded();
    /// The new order is on the server.
    void reordered();
    /// The rows followed a change made elsewhere (a binding added, removed or edited; a stage renamed).
    void followed();
    /// A move by the user reached the server: the binding moved, and the orders of every binding
    /// that changed, before and after (for undo and for saying what changed).
    void moved(const QString &pk, const QHash<QString, int> &before, const QHash<QString, int> &after);
    void failed(const akdesk::ApiError &error, const QString &what);
    /// The server could not be reached: the new order is kept as one draft and shown as it is.
    void queued(const QString &what);

private:
    void fetch(int page, QList<QJsonObject> collected, quint64 generation);
    /// PATCHes `orders`; `before` holds the rows as they were; `movedPk` is set for a user's move.
    void saveOrders(const QHash<QString, int> &orders, const QHash<QString, QJsonObject> &before, const QString &movedPk);
    /// Where a binding with this order goes: after every row with a lower or equal order.
    int rowForOrder(int order, int skipping = -1) const;

    ApiClient *m_client;
    QString m_flowPk;
    QString m_flowLabel;
    RecordWriter *m_writer;
    QList<QJsonObject> m_rows;
    QPointer<ApiReply> m_loading;
    quint64 m_generation = 0;
    int m_pendingWrites = 0;
};

} // namespace akdesk
