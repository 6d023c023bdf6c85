#pragma once

#include <QJsonObject>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QTabWidget;
class QTableView;

namespace akdesk {

class ApiClient;
class ApiReply;
class BindingsModel;
class DraftStore;
class DraftSync;
class FlowDiagramView;
class RecordEditor;
class SchemaRegistry;

/// One flow, inspected: its settings (the descriptor-built editor), its stage bindings in run
/// order (drag and drop or Alt+Up/Down to reorder, add, edit, remove) and its diagram, which
/// refreshes after every binding change. Execute, export and clone act on the whole flow.
class FlowInspector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowInspector)

public:
    FlowInspector(ApiClient *client, std::shared_ptr<const SchemaRegistry> schema, const QJsonObject &flow,
                  QWidget *parent = nullptr);
    ~FlowInspector() override;

    QString slug() const;
    QString title() const;
    RecordEditor *settings() const { return m_settings; }
    BindingsModel *bindings() const { return m_bindings; }
    QTableView *bindingsView() const { return m_bindingsView; }
    FlowDiagramView *diagram() const { return m_diagram; }
    QTabWidget *pages() const { return m_pages; }
    QLabel *status() const { return m_status; }
    bool confirmClose();
    /// Drafts on: settings edits are kept as typed; binding changes made offline are queued.
    void setDrafts(DraftStore *store, DraftSync *sync);

public Q_SLOTS:
    void moveSelected(int delta);
    void addBinding();
    void editBinding();
    void removeBinding();
    void execute();
    void exportBlueprint(const QString &path = {});
    void refreshDiagram();

Q_SIGNALS:
    /// A binding (double-click) or a diagram node asks to open its stage.
    void stageRequested(const QString &stagePk, const QString &metaModelName);
    void titleChanged(const QString &title);

private:
    /// Keeps a binding create or delete the server could not receive as a draft; true if it did.
    bool queueIfOffline(const ApiReply *reply, const std::function<void()> &queue, const QString &what);

    ApiClient *m_client;
    DraftStore *m_store = nullptr;
    DraftSync *m_sync = nullptr;
    std::shared_ptr<const SchemaRegistry> m_schema;
    QJsonObject m_flow;
    QTabWidget *m_pages;
    RecordEditor *m_settings;
    BindingsModel *m_bindings;
    QTableView *m_bindingsView;
    FlowDiagramView *m_diagram;
    QLabel *m_status;
};

} // namespace akdesk
