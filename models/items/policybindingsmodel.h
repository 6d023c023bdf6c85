#pragma once

#include "models/api/apierror.h"
#include "models/api/listquery.h"
#include "models/operations/recordchange.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace akdesk {

class ApiClient;
class ApiReply;
class RecordWriter;
class Workspace;

/// The policy bindings (a policy, a group or a user) of a set of targets, read in one request
/// (`target_in`, every page followed), rows grouped by target in the order the targets were given
/// and in run order within each. A target is a `policybindingmodel_ptr_id`: of a flow, or of a
/// flow-stage binding. The rows follow the writer's changes; nothing is read again after a write.
class PolicyBindingsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyBindingsModel)

public:
    enum Column { OrderColumn, BoundColumn, KindColumn, EnabledColumn, NegateColumn, TimeoutColumn,
                  FailureResultColumn, ColumnCount };
    enum Role { RecordRole = Qt::UserRole + 1, PkRole, TargetRole, SortRole };
    /// What a binding binds: exactly one of these (authentik/policies/api/bindings.py, validate()).
    enum class Bound { Policy, Group, User, Nothing };
    using Fetched = std::function<void(const QList<QJsonObject> &bindings, const ApiError &error)>;
    /// Targets named in one request; more are read in further requests.
    static constexpr int kTargetsPerRequest = 100;

    explicit PolicyBindingsModel(Workspace *workspace, QObject *parent = nullptr);
    ~PolicyBindingsModel() override;

    /// The query of one page of the bindings of `targets`: `target_in` repeated, as django-filter's
    /// ModelMultipleChoiceFilter reads a list (QueryDict.getlist), 100 rows a page.
    static ListQuery queryFor(const QStringList &targets, int page);
    /// Reads every binding of `targets` (one request per page of 100 rows and per 100 targets);
    /// `done` gets them all.
    static void fetchAll(ApiClient *client, const QStringList &targets, QObject *context, const Fetched &done);
    static Bound boundOf(const QJsonObject &binding);
    /// "Policy “x”", "Group “y”", "User “z”", for messages.
    static QString describe(const QJsonObject &binding);
    /// New `order` values (by pk) for `rows` (one target's, in run order) rearranged as `pks`;
    /// only changed ones, strictly increasing so no two tie.
    static QHash<QString, int> reorder(const QList<QJsonObject> &rows, const QStringList &pks);

    /// Loads the bindings of these targets (one request; none for an empty list).
    /// authentik names a binding's target by the flow's or stage binding's own pk (PolicyBinding
    /// target's to_representation), while target_in filters on pbm_uuid: `pbmByPk` maps the one
    /// to the other, and rows are kept with the pbm_uuid the model was asked for.
    void setTargetKeys(const QHash<QString, QString> &pbmByPk) { m_pbmByPk = pbmByPk; }
    /// `binding` with its target as the pbm_uuid `pbmByPk` maps it to (unchanged if unknown).
    static QJsonObject withPbmTarget(QJsonObject binding, const QHash<QString, QString> &pbmByPk);
    /// The PATCH body that sets `changes` on `base`, with the fields authentik's validate() needs
    /// alongside (the resource's patchCompanions: target and its one of policy/group/user).
    QJsonObject patchFor(const QJsonObject &base, const QJsonObject &changes) const;
    void load(const QStringList &targets);
    void reload();
    /// Changes the targets without asking the server: rows of targets no longer there go; a
    /// target added has no bindings yet (a stage binding just made). For the writer's changes.
    void setTargets(const QStringList &targets);
    QStringList targets() const { return m_targets; }
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_pendingWrites > 0 || !m_loading.isNull(); }
    QJsonObject binding(int row) const;
    int rowOfBinding(const QString &pk) const;
    /// The bindings of one target, in run order.
    QList<QJsonObject> bindingsOf(const QString &target) const;
    /// The order a binding added at the end of `target` gets: the last + 10 (10 when none).
    int nextOrder(const QString &target) const;
    /// Moves the binding `pk` one place up (-1) or down (+1) among its target's and saves the orders.
    bool move(const QString &pk, int delta);

    RecordWriter *writer() const { return m_writer; }
    void apply(const akdesk::RecordChange &change);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    /// The rows followed a change the server accepted (added, edited, moved, removed).
    void followed();
    void failed(const akdesk::ApiError &error, const QString &what);
    /// Some of a move could not be sent: it waits as drafts.
    void queued(const QString &what);

private:
    void fetch(quint64 generation);
    /// Where a binding goes: after its target's rows with a lower or equal order.
    int rowFor(const QJsonObject &binding, int skipping = -1) const;
    bool lessThan(const QJsonObject &a, const QJsonObject &b) const;

    ApiClient *m_client;
    RecordWriter *m_writer;
    QStringList m_targets;
    QHash<QString, QString> m_pbmByPk;
    Workspace *m_workspace;
    QList<QJsonObject> m_rows;
    QPointer<QObject> m_loading;  ///< the context of the read under way
    quint64 m_generation = 0;
    int m_pendingWrites = 0;
    bool m_loaded = false;
};

} // namespace akdesk
