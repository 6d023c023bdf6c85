#pragma once

#include "models/drafts/draft.h"

#include <QAbstractTableModel>
#include <QList>

#include <memory>

namespace akdesk {

class LocalStore;
class SchemaRegistry;

/// Every draft of the store as a table for the Drafts panel: record, kind, change, fields, age,
/// status and the server's word on it. Follows the store as it changes.
class DraftsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftsModel)

public:
    enum Column { RecordColumn, KindColumn, ChangeColumn, FieldsColumn, AgeColumn, StatusColumn, MessageColumn, ColumnCount };
    enum Role {
        DraftIdRole = Qt::UserRole + 1,
        StatusRole,   ///< int(Draft::Status)
        SortRole,     ///< raw value for sorting
    };

    DraftsModel(LocalStore *store, std::shared_ptr<const SchemaRegistry> schema, QObject *parent = nullptr);
    ~DraftsModel() override;

    Draft draftAt(int row) const;
    int rowOf(qint64 id) const;
    /// Drafts waiting for the user (conflict, rejected, deleted on the server).
    int needingAttention() const;

    /// "just now", "5 min ago", "3 h ago", or the date.
    static QString ageText(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTime());
    static QString statusText(Draft::Status status);
    static QString operationText(Draft::Operation operation);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void reload();

private:
    QString fieldsText(const Draft &draft) const;

    LocalStore *m_store;
    std::shared_ptr<const SchemaRegistry> m_schema;
    QList<Draft> m_drafts;
};

} // namespace akdesk
