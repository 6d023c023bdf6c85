#include "views/flows/policybindingdialog.h"

#include "models/items/policybindingsmodel.h"
#include "models/items/referencedirectory.h"
#include "models/items/referencemodel.h"
#include "models/records/record.h"
#include "models/schema/fielddescriptor.h"
#include "models/schema/schemaregistry.h"
#include "models/session/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <limits>

namespace akdesk {

namespace {
/// The shared list a picker of this resource reads (ReferenceDirectory keeps one per resource).
ReferenceModel *listOf(Workspace *workspace, const char *resource)
{
    FieldDescriptor field;
    field.reference = QString::fromLatin1(resource);
    return workspace->references()->modelFor(field);
}
} // namespace

PolicyBindingDialog::PolicyBindingDialog(Workspace *workspace, const QString &targetLabel, const QJsonObject &binding,
                                         int order, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_binding(binding)
    , m_bind(new QComboBox)
    , m_picker(new QComboBox)
    , m_kind(new QComboBox)
    , m_name(new QLineEdit)
    , m_pickerLabel(new QLabel)
    , m_kindLabel(new QLabel(tr("Kind:")))
    , m_nameLabel(new QLabel(tr("Name:")))
    , m_order(new QSpinBox)
    , m_timeout(new QSpinBox)
    , m_negate(new QCheckBox(tr("Negate the result")))
    , m_enabled(new QCheckBox(tr("Enabled")))
    , m_failureResult(new QCheckBox(tr("Pass when the policy fails with an error")))
{
    setWindowTitle(isEdit() ? tr("Edit %1").arg(PolicyBindingsModel::describe(binding)) : tr("Bind to %1").arg(targetLabel));
    m_bind->setObjectName(QStringLiteral("policyBindKind"));
    m_picker->setObjectName(QStringLiteral("policyBindPicker"));
    m_kind->setObjectName(QStringLiteral("policyBindNewKind"));
    m_name->setObjectName(QStringLiteral("policyBindNewName"));
    m_order->setObjectName(QStringLiteral("policyBindOrder"));
    m_timeout->setObjectName(QStringLiteral("policyBindTimeout"));
    m_negate->setObjectName(QStringLiteral("policyBindNegate"));
    m_enabled->setObjectName(QStringLiteral("policyBindEnabled"));
    m_failureResult->setObjectName(QStringLiteral("policyBindFailureResult"));
    m_bind->addItem(tr("An existing policy"), int(Bind::Policy));
    m_bind->addItem(tr("A group"), int(Bind::Group));
    m_bind->addItem(tr("A user"), int(Bind::User));
    m_bind->addItem(tr("A new policy"), int(Bind::NewPolicy));
    for (const ResourceDescriptor *kind : workspace->schema()->policyKinds())
        m_kind->addItem(kind->label, kind->key);
    m_name->setPlaceholderText(tr("Name of the new policy"));
    m_order->setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    // PolicyBinding's defaults (authentik/policies/models.py): enabled, timeout 30 s, no negate,
    // a failing policy does not pass.
    m_timeout->setRange(0, std::numeric_limits<int>::max());
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("How long the policy may run before it counts as failed."));
    m_failureResult->setToolTip(tr("The result when the policy raises an error or times out."));
    if (isEdit()) {
        m_order->setValue(binding.value(QLatin1String("order")).toInt());
        m_timeout->setValue(binding.value(QLatin1String("timeout")).toInt(30));
        m_negate->setChecked(binding.value(QLatin1String("negate")).toBool());
        m_enabled->setChecked(binding.value(QLatin1String("enabled")).toBool(true));
        m_failureResult->setChecked(binding.value(QLatin1String("failure_result")).toBool());
    } else {
        m_order->setValue(order);
        m_timeout->setValue(30);
        m_enabled->setChecked(true);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(isEdit() ? tr("Save") : tr("Bind"));
    auto *form = new QFormLayout(this);
    if (isEdit()) {
        form->addRow(tr("Bound:"), new QLabel(PolicyBindingsModel::describe(binding)));
    } else {
        form->addRow(tr("Bind:"), m_bind);
        form->addRow(m_pickerLabel, m_picker);
        form->addRow(m_kindLabel, m_kind);
        form->addRow(m_nameLabel, m_name);
    }
    form->addRow(tr("Order:"), m_order);
    form->addRow(tr("Timeout:"), m_timeout);
    form->addRow(QString(), m_negate);
    form->addRow(QString(), m_enabled);
    form->addRow(QString(), m_failureResult);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_bind, &QComboBox::currentIndexChanged, this, &PolicyBindingDialog::showBind);
    connect(m_picker, &QComboBox::currentIndexChanged, this, &PolicyBindingDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, &PolicyBindingDialog::validate);
    if (!isEdit())
        showBind();
    validate();
}

PolicyBindingDialog::~PolicyBindingDialog() = default;

PolicyBindingDialog::Bind PolicyBindingDialog::bind() const
{
    return Bind(m_bind->currentData().toInt());
}

void PolicyBindingDialog::showBind()
{
    const Bind what = bind();
    const bool fresh = what == Bind::NewPolicy;
    m_pickerLabel->setVisible(!fresh);
    m_picker->setVisible(!fresh);
    m_kindLabel->setVisible(fresh);
    m_kind->setVisible(fresh);
    m_nameLabel->setVisible(fresh);
    m_name->setVisible(fresh);
    if (!fresh) {
        m_pickerLabel->setText(what == Bind::Policy ? tr("Policy:") : what == Bind::Group ? tr("Group:") : tr("User:"));
        ReferenceModel *list = listOf(m_workspace, what == Bind::Policy ? "policies" : what == Bind::Group ? "groups" : "users");
        m_picker->setModel(list);
        list->ensureLoaded();
        m_picker->setCurrentIndex(list->rowCount() > 0 ? 0 : -1);
        connect(list, &ReferenceModel::loaded, m_picker, [this] {
            if (m_picker->currentIndex() < 0 && m_picker->count() > 0)
                m_picker->setCurrentIndex(0);
        });
    }
    validate();
}

void PolicyBindingDialog::validate()
{
    if (!m_ok)
        return;
    bool ok = true;
    if (!isEdit())
        ok = bind() == Bind::NewPolicy ? !m_name->text().trimmed().isEmpty() && m_kind->count() > 0 : m_picker->currentIndex() >= 0;
    m_ok->setEnabled(ok);
}

QString PolicyBindingDialog::newPolicyKind() const
{
    return m_kind->currentData().toString();
}

QString PolicyBindingDialog::newPolicyName() const
{
    return m_name->text().trimmed();
}

QString PolicyBindingDialog::boundLabel() const
{
    if (isEdit())
        return PolicyBindingsModel::describe(m_binding);
    switch (bind()) {
    case Bind::Policy: return tr("Policy “%1”").arg(m_picker->currentText());
    case Bind::Group: return tr("Group “%1”").arg(m_picker->currentText());
    case Bind::User: return tr("User “%1”").arg(m_picker->currentText());
    case Bind::NewPolicy: return tr("Policy “%1”").arg(newPolicyName());
    }
    return {};
}

QJsonObject PolicyBindingDialog::body() const
{
    QJsonObject body{
        {QStringLiteral("order"), m_order->value()},
        {QStringLiteral("timeout"), m_timeout->value()},
        {QStringLiteral("negate"), m_negate->isChecked()},
        {QStringLiteral("enabled"), m_enabled->isChecked()},
        {QStringLiteral("failure_result"), m_failureResult->isChecked()},
    };
    if (isEdit())
        return body;
    const QString id = m_picker->currentData(ReferenceModel::IdRole).toString();
    switch (bind()) {
    case Bind::Policy: body.insert(QStringLiteral("policy"), id); break;
    case Bind::Group: body.insert(QStringLiteral("group"), id); break;
    // A user's pk is a number (PolicyBinding.user, authentik/policies/models.py).
    case Bind::User: body.insert(QStringLiteral("user"), id.toInt()); break;
    case Bind::NewPolicy: break;  // the policy's pk is known once it is made
    }
    return body;
}

QJsonObject PolicyBindingDialog::patch() const
{
    QJsonObject changed;
    const QJsonObject now = body();
    for (auto it = now.begin(); it != now.end(); ++it) {
        if (m_binding.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    return changed;
}

} // namespace akdesk
