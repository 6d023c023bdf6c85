#pragma once

#include "models/api/apierror.h"
#include "models/schema/resourcedescriptor.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <memory>

namespace akdesk {

class ApiClient;
class SchemaRegistry;

/// The kinds of one family (stages, policies) the server can create (`/stages/all/types/`,
/// `/policies/all/types/`), each tied to its descriptor; falls back to the schema's kinds when the
/// server does not answer.
class StageTypesModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageTypesModel)

public:
    enum Role { KeyRole = Qt::UserRole + 1, DescriptionRole, EnterpriseRole, DeprecatedRole, AvailableRole, SearchTextRole };

    StageTypesModel(ApiClient *client, std::shared_ptr<const SchemaRegistry> schema, QObject *parent = nullptr,
                    ResourceDescriptor::Category family = ResourceDescriptor::Category::Stage);
    ~StageTypesModel() override;

    void load();
    int rowOfKey(const QString &key) const;
    /// Set when the list came from the schema because the server's could not be read.
    QString fallbackReason() const { return m_fallback; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();

private:
    struct Type
    {
        QString name;
        QString description;
        QString key;  ///< registry key; empty when the schema has no such kind
        bool enterprise = false;
        bool deprecated = false;
    };
    void setTypes(const QList<Type> &types);

    ApiClient *m_client;
    std::shared_ptr<const SchemaRegistry> m_schema;
    ResourceDescriptor::Category m_family;
    QList<Type> m_types;
    QString m_fallback;
};

} // namespace akdesk
