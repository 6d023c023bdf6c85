#pragma once

#include "models/drafts/draft.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace akdesk {

class ApiClient;
class LocalStore;
class DraftSync;
class DraftsModel;
class SchemaRegistry;
class Workspace;

/// The Drafts panel: every change not yet on the server, with review, conflict resolution,
/// discard, and sync of one or all.
class DraftsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftsPane)

public:
    explicit DraftsPane(Workspace *workspace, QWidget *parent = nullptr);
    ~DraftsPane() override;

    QTableView *view() const { return m_view; }
    DraftsModel *model() const { return m_model; }
    QLabel *summary() const { return m_summary; }
    QPushButton *button(const QString &name) const;
    QList<Draft> selectedDrafts() const;
    void select(qint64 id);

public Q_SLOTS:
    void syncAll();
    void syncSelected();
    void reviewSelected();
    void resolveSelected();
    void discardSelected();
    void recreateSelected();

Q_SIGNALS:
    /// Open the record's editor (its draft restores there).
    void openRequested(const akdesk::Draft &draft);

private:
    void updateState();
    void resolve(const Draft &draft);

    ApiClient *m_client;
    LocalStore *m_store;
    DraftSync *m_sync;
    std::shared_ptr<const SchemaRegistry> m_schema;
    DraftsModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QLabel *m_result;
    QList<QPushButton *> m_buttons;
};

} // namespace akdesk
