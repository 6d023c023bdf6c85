#pragma once

#include "models/api/apierror.h"
#include "models/items/formmodel.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace akdesk {

class ApiClient;
class ApiReply;

/// Editing one record against the server: loads it into a FormModel, saves with PATCH of only the
/// changed fields (or POST for a new one), and on failure keeps every edit and puts the server's
/// messages at their fields. Views show it; only this talks to the ApiClient.
class EditSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditSession)

public:
    explicit EditSession(ApiClient *client, QObject *parent = nullptr);
    ~EditSession() override;

    FormModel *form() const { return m_form; }
    const ResourceDescriptor *resource() const { return m_form->resource(); }
    /// pk (or slug) of the record; empty while creating.
    QString recordId() const;
    bool isBusy() const { return !m_running.isNull(); }

    /// Shows `record` at once and re-reads it from the server (refresh() follows).
    void open(const ResourceDescriptor &resource, const QJsonObject &record);
    /// Loads a record by id.
    void load(const ResourceDescriptor &resource, const QString &id);
    void startNew(const ResourceDescriptor &resource, const QJsonObject &overrides = {});
    /// Re-reads the record; the form takes the server's values only when it has no edits.
    void refresh();
    /// PATCH (or POST when creating). Does nothing while invalid or busy.
    void save();

Q_SIGNALS:
    void loaded(const QJsonObject &record);
    void saved(const QJsonObject &record, bool created);
    void failed(const akdesk::ApiError &error);
    void busyChanged(bool busy);

private:
    void track(ApiReply *reply);

    ApiClient *m_client;
    FormModel *m_form;
    QPointer<ApiReply> m_running;
};

} // namespace akdesk
