#pragma once

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QTimer;

#include <functional>
#include <memory>

class QLabel;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace akdesk {

class ApiClient;
class ApiReply;
class BindingsModel;
class PolicyBindingsModel;
class PolicyBindingsPanel;
class LocalStore;
class DraftSync;
class FlowDiagramView;
class RecordEditor;
class SchemaRegistry;
class Workspace;

/// One flow, inspected: its settings (the descriptor-built editor), its stage bindings in run
/// order (drag and drop or Alt+Up/Down to reorder, add, edit, remove), who may run the flow and
/// who reaches the selected stage (policy, group and user bindings), and its diagram, which
/// refreshes after every binding change. Execute, export and clone act on the whole flow.
/// Binding changes that reached the server are said in statusMessage() and can be undone
/// (undoStack(); the window's Edit ▸ Undo reaches it while the bindings or diagram are shown).
class FlowInspector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowInspector)

public:
    /// Settings edits are kept as drafts as they are typed; binding changes made offline are queued.
    FlowInspector(Workspace *workspace, const QJsonObject &flow, QWidget *parent = nullptr);
    ~FlowInspector() override;

    QString slug() const;
    QString title() const;
    RecordEditor *settings() const { return m_settings; }
    BindingsModel *bindings() const { return m_bindings; }
    /// The policy bindings of the flow and of every stage binding (one request for all).
    PolicyBindingsModel *policyBindings() const { return m_policyBindings; }
    /// "Who may run it": the flow's policy, group and user bindings.
    PolicyBindingsPanel *flowPolicies() const { return m_flowPolicies; }
    /// "Who reaches this stage": the selected stage binding's.
    PolicyBindingsPanel *stagePolicies() const { return m_stagePolicies; }
    QTableView *bindingsView() const { return m_bindingsView; }
    FlowDiagramView *diagram() const { return m_diagram; }
    QTabWidget *pages() const { return m_pages; }
    /// The Diagram page: the diagram, and the policy panels while it is in front.
    QWidget *diagramPage() const;
    QLabel *status() const { return m_status; }
    /// Binding moves, adds and removes.
    QUndoStack *undoStack() const { return m_undo; }
    /// What Edit ▸ Undo acts on now: the settings' edits on the Settings page, else the bindings'.
    QUndoStack *activeUndoStack() const;
    bool confirmClose();

public Q_SLOTS:
    void moveSelected(int delta);
    void addBinding();
    void editBinding();
    void removeBinding();
    void execute();
    void exportBlueprint(const QString &path = {});
    /// Writes the diagram as SVG (a path ending in .svg) or PNG, and says where, or why not.
    void exportDiagram(const QString &path);
    void refreshDiagram();
    void readDiagram();

Q_SIGNALS:
    /// A binding (double-click) or a diagram node asks to open its stage.
    void stageRequested(const QString &stagePk, const QString &metaModelName);
    /// A policy node of the diagram asks to open its binding: the binding's target (the flow's or
    /// the stage binding's policybindingmodel_ptr_id) and the policy's index among that target's
    /// policy bindings by order, as authentik numbers them (flows_diagram.py); policyPk and
    /// bindingPk when the diagram said.
    void policyBindingRequested(const QString &target, int policyIndex, const QString &policyPk, const QString &bindingPk);
    void titleChanged(const QString &title);
    /// What just changed or was written, for the window's status bar.
    void statusMessage(const QString &text);
    /// The page in front changed, and with it activeUndoStack().
    void activeUndoStackChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Stage names whole; the options' columns share what is left, their headers cut if need be.
    void fitBindingColumns();
    /// Says that a binding change waits as a draft.
    void showQueued(const QString &what);
    /// The binding's pk now: one removed and bound again by Undo has a new pk.
    QString currentPk(QString pk) const;
    QString stageNameOf(const QJsonObject &binding) const;
    /// DELETE of a binding; `done` runs once the server removed it.
    void deleteBinding(const QJsonObject &binding, const std::function<void()> &done);
    /// POST of a binding like `binding` (stage, order, options); `done` gets the created one.
    void createBinding(const QJsonObject &binding, const std::function<void(const QJsonObject &)> &done);
    /// Saves orders (by pk, as first known) and says `message` once the server has them.
    void applyOrders(const QHash<QString, int> &orders, const QString &message);
    void announceChange(const QString &text);
    /// The flow's and each stage binding's policybindingmodel_ptr_id: the policy bindings' targets.
    QStringList policyTargets() const;
    /// Points the panels at the flow and at the selected stage binding.
    void showPolicyTargets();

    Workspace *m_workspace;
    ApiClient *m_client;
    std::shared_ptr<const SchemaRegistry> m_schema;
    QJsonObject m_flow;
    QTabWidget *m_pages;
    RecordEditor *m_settings;
    BindingsModel *m_bindings;
    PolicyBindingsModel *m_policyBindings;
    PolicyBindingsPanel *m_flowPolicies;
    PolicyBindingsPanel *m_stagePolicies;
    QTableView *m_bindingsView;
    FlowDiagramView *m_diagram;
    QLabel *m_status;
    QTimer *m_diagramDelay = nullptr;   ///< changes that come together ask for the diagram once
    QPointer<ApiReply> m_diagramReply;  ///< the diagram GET in flight
    bool m_diagramAgain = false;        ///< a change came while it was in flight
    QUndoStack *m_undo;
    QHash<QString, QString> m_renamed;  ///< pk of a binding removed → pk it got when bound again
};

} // namespace akdesk
