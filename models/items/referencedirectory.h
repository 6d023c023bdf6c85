#pragma once

#include "models/operations/recordchange.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace akdesk {

class ApiClient;
class ReferenceModel;
class SchemaRegistry;
struct FieldDescriptor;

/// The pickers' lists of one window, shared by every form in it: one ReferenceModel per list and
/// filter a reference field picks from, asked for once when a picker is first opened (or a form
/// shows a value to name) and kept current by apply(), so a second form of the same resource
/// sends nothing.
class ReferenceDirectory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferenceDirectory)

public:
    ReferenceDirectory(ApiClient *client, std::shared_ptr<const SchemaRegistry> schema, QObject *parent = nullptr);
    ~ReferenceDirectory() override;

    /// The list `field` picks from (owned by the directory), not loaded until someone needs it.
    ReferenceModel *modelFor(const FieldDescriptor &field);
    /// Lists made so far (loaded or not).
    int modelCount() const { return int(m_models.size()); }

public Q_SLOTS:
    /// Every list that holds the changed resource follows the change.
    void apply(const akdesk::RecordChange &change);

private:
    ApiClient *m_client;
    std::shared_ptr<const SchemaRegistry> m_schema;
    QHash<QString, ReferenceModel *> m_models;  ///< by list path and filters
};

} // namespace akdesk
