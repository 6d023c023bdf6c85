#pragma once

#include "models/drafts/draft.h"

#include <QDialog>

class QTreeWidget;

namespace akdesk {

class ApiClient;
struct ResourceDescriptor;

/// Shows one draft field by field: the value when the edit began, the server's latest known
/// value, and the draft's.
class DraftReviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftReviewDialog)

public:
    /// `server` is the server's current record when known (empty otherwise).
    DraftReviewDialog(const Draft &draft, const QJsonObject &server, const ResourceDescriptor *resource,
                      QWidget *parent = nullptr);
    ~DraftReviewDialog() override;

    QTreeWidget *table() const { return m_table; }
    /// Keeps the Server column current: reads the record now when the server can be reached, and
    /// again whenever it comes back while the dialog is open.
    void followServer(ApiClient *client);

private:
    void showServer(const QJsonObject &server);
    void fetchServer();

    Draft m_draft;
    const ResourceDescriptor *m_resource;
    ApiClient *m_client = nullptr;
    QTreeWidget *m_table;
};

} // namespace akdesk
