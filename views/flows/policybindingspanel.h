#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace akdesk {

class PolicyBindingsModel;
class Workspace;

/// Who passes one target, a flow ("Who may run it") or a stage binding ("Who reaches this
/// stage"): its policy, group and user bindings in run order, from the inspector's one
/// PolicyBindingsModel. Add (or create a policy and bind it), edit, enable or disable, negate,
/// reorder, remove (asked first) and test the set against a user; every write through the
/// workspace's writer, kept as a draft when the server cannot be reached.
class PolicyBindingsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyBindingsPanel)

public:
    PolicyBindingsPanel(Workspace *workspace, PolicyBindingsModel *model, const QString &heading, QWidget *parent = nullptr);
    ~PolicyBindingsPanel() override;

    /// Shows the bindings of `target` (a policybindingmodel_ptr_id; empty: none chosen), named
    /// `label` in messages, whose policy_engine_mode is `mode`.
    void setTarget(const QString &target, const QString &label, const QString &mode);
    QString target() const { return m_target; }
    QTableView *view() const { return m_view; }
    QLabel *status() const { return m_status; }
    /// Selects the binding with this pk if it is shown here.
    bool selectBinding(const QString &pk);
    /// Selects the `index`-th binding of a policy in run order (group and user bindings not
    /// counted), as the server's diagram numbers them (stage_n_policy_m, flow_policy_m).
    bool selectPolicyAt(int index);
    /// The selected binding (empty when none).
    QJsonObject currentBinding() const;

public Q_SLOTS:
    void addBinding();
    void editBinding();
    void toggle(const QString &field);
    void moveSelected(int delta);
    void removeBinding();
    void testSet();

Q_SIGNALS:
    /// What was written, for the window's status bar.
    void statusMessage(const QString &text);

private:
    void update(const QJsonObject &binding, const QJsonObject &patch, const QString &done);
    void create(const QJsonObject &body, const QString &what);
    void updateButtons();
    void say(const QString &text);

    Workspace *m_workspace;
    PolicyBindingsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QString m_heading;
    QString m_target;
    QString m_label;
    QString m_mode;
    QLabel *m_title;
    QTableView *m_view;
    QLabel *m_status;
    QList<QPushButton *> m_needSelection;
    QList<QPushButton *> m_needTarget;
};

} // namespace akdesk
