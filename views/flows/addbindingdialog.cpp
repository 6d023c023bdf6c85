#include "views/flows/addbindingdialog.h"

#include "models/items/referencemodel.h"
#include "models/schema/resourcedescriptor.h"
#include "views/forms/fieldeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace akdesk {

namespace {
// Fields the dialog asks for itself, or that the flow decides.
bool isOption(const FieldDescriptor &field)
{
    return !field.readOnly && field.name != QLatin1String("target") && field.name != QLatin1String("stage")
        && field.name != QLatin1String("order") && (field.type == FieldType::Boolean || field.type == FieldType::Enum);
}
} // namespace

AddBindingDialog::AddBindingDialog(ApiClient *client, const ResourceDescriptor &bindings, const QString &flowLabel,
                                   int order, QWidget *parent)
    : QDialog(parent)
    , m_stages(new ReferenceModel(client, this))
    , m_stage(new QComboBox)
    , m_order(new QSpinBox)
    , m_ok(nullptr)
{
    setWindowTitle(tr("Add a stage to “%1”").arg(flowLabel));
    m_stages->load(QStringLiteral("/stages/all/"));
    m_stage->setObjectName(QStringLiteral("bindingStage"));
    m_stage->setModel(m_stages);
    m_stage->setEditable(true);
    m_stage->setInsertPolicy(QComboBox::NoInsert);
    m_stage->setMinimumContentsLength(32);
    m_stage->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // With a placeholder the combo box does not choose the first stage itself once they arrive.
    m_stage->setPlaceholderText(tr("Choose a stage…"));
    m_stage->lineEdit()->setPlaceholderText(m_stage->placeholderText());
    m_stage->setCurrentIndex(-1);
    connect(m_stage, &QComboBox::currentTextChanged, this, &AddBindingDialog::updateOk);

    m_order->setObjectName(QStringLiteral("bindingOrder"));
    m_order->setRange(-2147483647, 2147483647);
    m_order->setValue(order);
    m_order->setToolTip(tr("Stages run in ascending order."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Stage:"), m_stage);
    form->addRow(tr("&Order:"), m_order);
    for (const FieldDescriptor &field : bindings.fields) {
        if (!isOption(field))
            continue;
        const QString label = field.label.isEmpty() ? FieldEditor::humanize(field.name) : field.label;
        const QString help = field.help.isEmpty() ? field.description : field.help;
        QWidget *input = nullptr;
        if (field.type == FieldType::Boolean) {
            auto *check = new QCheckBox(label);
            check->setChecked(field.defaultValue.toBool(false));
            form->addRow(QString(), check);
            input = check;
        } else {
            auto *choice = new QComboBox;
            for (const QString &value : field.enumValues)
                choice->addItem(FieldEditor::humanize(value), value);
            const int preset = choice->findData(field.defaultValue.toString());
            choice->setCurrentIndex(preset >= 0 ? preset : 0);
            form->addRow(label + QLatin1Char(':'), choice);
            input = choice;
        }
        input->setObjectName(QStringLiteral("binding_") + field.name);
        input->setToolTip(help);
        input->setAccessibleName(label);
        m_options.append({field.name, input});
    }
    form->addRow(new QLabel(tr("The stage itself is not changed; it also runs in this flow.")));
    form->addRow(buttons);
    updateOk();
}

AddBindingDialog::~AddBindingDialog() = default;

QWidget *AddBindingDialog::optionInput(const QString &field) const
{
    for (const auto &[name, input] : m_options) {
        if (name == field)
            return input;
    }
    return nullptr;
}

QString AddBindingDialog::stageName() const
{
    const int row = m_stage->findText(m_stage->currentText(), Qt::MatchFixedString);
    return row < 0 ? QString() : m_stage->itemText(row);
}

void AddBindingDialog::updateOk()
{
    const bool chosen = m_stage->findText(m_stage->currentText(), Qt::MatchFixedString) >= 0;
    m_ok->setEnabled(chosen);
    m_ok->setToolTip(chosen ? QString() : tr("Choose the stage to bind first."));
}

QJsonObject AddBindingDialog::body() const
{
    const int row = m_stage->findText(m_stage->currentText(), Qt::MatchFixedString);
    QJsonObject body{{QStringLiteral("stage"), row < 0 ? QString() : m_stages->idAt(row)},
                     {QStringLiteral("order"), m_order->value()}};
    for (const auto &[name, input] : m_options) {
        if (auto *check = qobject_cast<QCheckBox *>(input))
            body.insert(name, check->isChecked());
        else if (auto *choice = qobject_cast<QComboBox *>(input))
            body.insert(name, choice->currentData().toString());
    }
    return body;
}

} // namespace akdesk
