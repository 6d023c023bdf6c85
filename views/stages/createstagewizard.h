#pragma once

#include "models/schema/resourcedescriptor.h"

#include <QJsonObject>
#include <QWizard>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QUndoStack;
class QVBoxLayout;

namespace akdesk {

class ApiClient;
class LocalStore;
class DraftSync;
class EditSession;
class FormView;
class ReferenceModel;
class ReferenceDirectory;
class SchemaRegistry;
class Workspace;
class StageTypesModel;

/// "New stage" or "New policy": pick the kind (from the server's creatable types, searchable), fill
/// in the descriptor-built form with the overlay's defaults, and for a stage optionally bind it to
/// a flow at the end (order = last + 1). A 400 brings the form back with the messages at their fields.
class CreateStageWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateStageWizard)

public:
    enum Page { KindPage, SettingsPage, BindPage };

    /// A stage (and its binding) the server cannot receive now is queued in the workspace's store.
    explicit CreateStageWizard(Workspace *workspace, QWidget *parent = nullptr,
                               ResourceDescriptor::Category family = ResourceDescriptor::Category::Stage);
    ~CreateStageWizard() override;

    QLineEdit *searchField() const { return m_search; }
    QListView *kindList() const { return m_kinds; }
    StageTypesModel *types() const { return m_types; }
    FormView *form() const { return m_form; }
    EditSession *session() const { return m_session; }
    QCheckBox *bindCheck() const { return m_bind; }
    QComboBox *flowPicker() const { return m_flow; }
    QLabel *message() const { return m_message; }
    /// Selects a kind by registry key ("stages/dummy"); false when the list does not offer it.
    bool selectKind(const QString &key);
    QString selectedKind() const;
    /// Starts with "bind to this flow" ticked and the flow chosen (from a flow's inspector).
    void presetBinding(const QString &flowPk);

    void accept() override;

Q_SIGNALS:
    /// The stage or policy the server created.
    void stageCreated(const QJsonObject &stage);
    void bindingCreated(const QJsonObject &binding);
    /// The server could not be reached: the stage (and binding) wait as drafts.
    void queued(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    void bindTo(const QJsonObject &stage, const QString &flowPk);
    void fail(const QString &text);

    ApiClient *m_client;
    LocalStore *m_store;
    std::shared_ptr<const SchemaRegistry> m_schema;
    ReferenceDirectory *m_references;
    QList<QMetaObject::Connection> m_attempt;
    StageTypesModel *m_types;
    QSortFilterProxyModel *m_filtered;
    EditSession *m_session;
    QUndoStack *m_undo;
    QLineEdit *m_search = nullptr;
    QListView *m_kinds = nullptr;
    QLabel *m_kindHelp = nullptr;
    QVBoxLayout *m_formHost = nullptr;
    FormView *m_form = nullptr;
    QString m_formKind;
    QCheckBox *m_bind = nullptr;
    QComboBox *m_flow = nullptr;
    ReferenceModel *m_flows = nullptr;
    QLabel *m_message = nullptr;
    QJsonObject m_created;
    bool m_busy = false;
};

} // namespace akdesk
