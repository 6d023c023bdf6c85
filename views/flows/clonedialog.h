#pragma once

#include <QDialog>
#include <QJsonObject>


class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace akdesk {

class FlowCloner;
class Workspace;

/// Clones a flow with all its bindings and policy bindings (optionally its stages) in one guided step: new slug and name (checked as typed),
/// then progress step by step; a failure names the step and says what was cleaned up.
class CloneFlowDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloneFlowDialog)

public:
    CloneFlowDialog(Workspace *workspace, const QJsonObject &flow, QWidget *parent = nullptr);
    ~CloneFlowDialog() override;

    QLineEdit *slugField() const { return m_slug; }
    QLineEdit *nameField() const { return m_name; }
    QCheckBox *copyStagesBox() const { return m_copyStages; }
    QLabel *message() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    FlowCloner *cloner() const { return m_cloner; }

Q_SIGNALS:
    void cloned(const QJsonObject &flow);

private:
    void validate();
    void start();

    QJsonObject m_flow;
    FlowCloner *m_cloner;
    QLineEdit *m_slug;
    QLineEdit *m_name;
    QCheckBox *m_copyStages;
    QLabel *m_slugError;
    QLabel *m_message;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
};

} // namespace akdesk
