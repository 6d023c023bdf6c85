#pragma once

#include "models/api/apierror.h"
#include "models/operations/recordchange.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QPointer>
#include <QVariantMap>

namespace akdesk {

class ApiClient;
class ApiReply;

/// The objects a reference field may point at (password stages, enrollment flows, sources...),
/// for pickers: display name and id per row, filtered like the overlay says.
class ReferenceModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferenceModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< pk (what the field stores)
        RecordRole,
        DetailRole,                ///< a second line: kind or designation
    };

    explicit ReferenceModel(ApiClient *client, QObject *parent = nullptr);
    ~ReferenceModel() override;

    /// Loads every page of `listPath` with `filters` (ordered by name), up to `limit` rows.
    /// Records with an empty `component` (authentik's built-in user/password source) are left
    /// out: nothing can point at them.
    void load(const QString &listPath, const QVariantMap &filters = {}, int limit = 5000);
    /// What load() would list, without asking the server yet: ensureLoaded() asks, when a picker
    /// is first opened or a form shows a value to name.
    void setSource(const QString &listPath, const QVariantMap &filters = {}, int limit = 5000);
    /// Loads the list set by setSource() unless it is here or on its way (a failed load is tried again).
    void ensureLoaded();
    bool isLoading() const { return !m_running.isNull(); }
    /// Every page asked for arrived since the source was set.
    bool isLoaded() const { return m_loaded; }
    const ApiError &lastError() const { return m_error; }

    int rowOf(const QString &id) const;
    QString idAt(int row) const;
    QString nameOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// The name akdesk shows for a record of any resource: a flow with its slug (two default flows
    /// share the name "Welcome to authentik!"), a binding by its stage, flow and order.
    static QString displayName(const QJsonObject &record);
    /// "Name (slug)" for a flow, or the slug alone when the name adds nothing.
    static QString flowLabel(const QJsonObject &flow);
    /// "stage in flow-slug" for a flow-stage binding. The flow is the one given, else found in
    /// the stage's flow_set (stage_obj carries it), else left out.
    static QString bindingLabel(const QJsonObject &binding, const QString &flowSlug = {});

public Q_SLOTS:
    /// Follows a change the server accepted, when this list holds (or loads) that resource: a
    /// deleted record leaves, an updated one changes in place, anything else reloads the list.
    void apply(const akdesk::RecordChange &change);

Q_SIGNALS:
    void loaded();
    void failed(const akdesk::ApiError &error);

private:
    void fetch(int page);

    ApiClient *m_client;
    QString m_path;
    QVariantMap m_filters;
    int m_limit = 5000;
    QList<QJsonObject> m_rows;
    QPointer<ApiReply> m_running;
    quint64 m_generation = 0;
    bool m_loaded = false;
    ApiError m_error;
};

} // namespace akdesk
