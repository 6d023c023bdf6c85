#pragma once

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace akdesk {

class Workspace;

/// Adds a policy binding to one target (a flow or a stage binding): an existing policy, a group,
/// a user, or a new policy of a chosen kind made in the same step; or edits a binding's options
/// (order, timeout, negate, enabled, failure result). The pickers are the workspace's shared lists.
class PolicyBindingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyBindingDialog)

public:
    enum class Bind { Policy, Group, User, NewPolicy };

    /// Adding: `binding` is empty and `order` the one it gets; editing: the binding as it is.
    PolicyBindingDialog(Workspace *workspace, const QString &targetLabel, const QJsonObject &binding, int order,
                        QWidget *parent = nullptr);
    ~PolicyBindingDialog() override;

    bool isEdit() const { return !m_binding.isEmpty(); }
    Bind bind() const;
    /// The options and (adding) what is bound, as POST or compared for PATCH; no target.
    QJsonObject body() const;
    /// Only what changed (editing).
    QJsonObject patch() const;
    /// A new policy: its kind's registry key and its name.
    QString newPolicyKind() const;
    QString newPolicyName() const;
    /// Names what is bound, for messages ("Policy “x”").
    QString boundLabel() const;

    QComboBox *bindBox() const { return m_bind; }
    QComboBox *picker() const { return m_picker; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *nameField() const { return m_name; }
    QSpinBox *orderBox() const { return m_order; }
    QSpinBox *timeoutBox() const { return m_timeout; }
    QCheckBox *negateBox() const { return m_negate; }
    QCheckBox *enabledBox() const { return m_enabled; }
    QCheckBox *failureResultBox() const { return m_failureResult; }

private:
    void showBind();
    void validate();

    Workspace *m_workspace;
    QJsonObject m_binding;
    QComboBox *m_bind;
    QComboBox *m_picker;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QLabel *m_pickerLabel;
    QLabel *m_kindLabel;
    QLabel *m_nameLabel;
    QSpinBox *m_order;
    QSpinBox *m_timeout;
    QCheckBox *m_negate;
    QCheckBox *m_enabled;
    QCheckBox *m_failureResult;
    QPushButton *m_ok = nullptr;
};

} // namespace akdesk
