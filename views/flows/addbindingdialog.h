#pragma once

#include <QDialog>
#include <QJsonObject>

#include <QList>
#include <QPair>

class QComboBox;
class QPushButton;
class QSpinBox;

namespace akdesk {

class ApiClient;
class ReferenceModel;
struct ResourceDescriptor;

/// Binds a stage into a flow with every option a FlowStageBinding has (the options come from the
/// bindings descriptor, so a server with more options offers them too). No stage is chosen at
/// first: OK waits until the user picks one, so nothing is bound by accident.
class AddBindingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddBindingDialog)

public:
    /// `flowLabel` names the flow for people; `order` is the order proposed.
    AddBindingDialog(ApiClient *client, const ResourceDescriptor &bindings, const QString &flowLabel, int order,
                     QWidget *parent = nullptr);
    ~AddBindingDialog() override;

    QComboBox *stagePicker() const { return m_stage; }
    QSpinBox *orderField() const { return m_order; }
    QPushButton *okButton() const { return m_ok; }
    /// The input of one option (a QCheckBox or a QComboBox), by field name.
    QWidget *optionInput(const QString &field) const;
    /// The chosen stage's name, for messages.
    QString stageName() const;
    /// The new binding's fields except `target`: stage, order and every option.
    QJsonObject body() const;

private:
    void updateOk();

    ReferenceModel *m_stages;
    QComboBox *m_stage;
    QSpinBox *m_order;
    QPushButton *m_ok;
    QList<QPair<QString, QWidget *>> m_options;
};

} // namespace akdesk
