#include "views/flows/clonedialog.h"
#include "views/common/theme.h"
#include "models/session/workspace.h"
#include "models/records/record.h"

#include "models/operations/flowcloner.h"
#include "models/validation/validation.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>

namespace akdesk {

namespace {
using akdesk::records::textOf;
}

CloneFlowDialog::CloneFlowDialog(Workspace *workspace, const QJsonObject &flow, QWidget *parent)
    : QDialog(parent)
    , m_flow(flow)
    , m_cloner(new FlowCloner(workspace, this))
    , m_slug(new QLineEdit(textOf(flow, "slug") + QStringLiteral("-copy")))
    , m_name(new QLineEdit(tr("%1 (copy)").arg(textOf(flow, "name"))))
    , m_copyStages(new QCheckBox(tr("Copy the stages too (each under a new name)")))
    , m_slugError(new QLabel)
    , m_message(new QLabel)
    , m_progress(new QProgressBar)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Clone “%1”").arg(textOf(flow, "slug")));
    m_slug->setObjectName(QStringLiteral("cloneSlug"));
    m_name->setObjectName(QStringLiteral("cloneName"));
    m_slugError->setStyleSheet(QStringLiteral("color: %1;").arg(theme::errorText(palette()).name()));
    m_slugError->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("cloneMessage"));
    m_progress->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Clone"));
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("A new flow with the same settings, a copy of every stage binding (same stages, orders and options) "
                                  "and of the policy, group and user bindings of the flow and of each stage binding.")));
    form->addRow(tr("Slug:"), m_slug);
    form->addRow(QString(), m_slugError);
    form->addRow(tr("Name:"), m_name);
    m_copyStages->setObjectName(QStringLiteral("cloneStages"));
    m_copyStages->setToolTip(tr("Without this the clone binds the same stages as the original; with it, each stage "
                                "is copied as “<name> (copy)” and the copies are bound."));
    form->addRow(QString(), m_copyStages);
    form->addRow(m_progress);
    form->addRow(m_message);
    form->addRow(m_buttons);
    connect(m_slug, &QLineEdit::textChanged, this, &CloneFlowDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, &CloneFlowDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CloneFlowDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_cloner, &FlowCloner::progress, this, [this](int done, int total, const QString &step) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_message->setText(step);
    });
    connect(m_cloner, &FlowCloner::cloned, this, [this](const QJsonObject &created) {
        Q_EMIT cloned(created);
        accept();
    });
    connect(m_cloner, &FlowCloner::failed, this, [this](const QString &step, const ApiError &error, bool rolledBack) {
        m_message->setText(tr("%1 failed: %2\n%3")
                               .arg(step, error.message(),
                                    rolledBack ? tr("Nothing was left behind.")
                                               : tr("The new flow “%1” may still exist; check the flow list.").arg(m_slug->text())));
        m_buttons->setEnabled(true);
        m_slug->setEnabled(true);
        m_name->setEnabled(true);
        m_copyStages->setEnabled(true);
    });
    validate();
}

CloneFlowDialog::~CloneFlowDialog() = default;

void CloneFlowDialog::validate()
{
    const validation::Result slug = validation::checkSlug(m_slug->text());
    m_slugError->setText(slug.translated());
    m_slugError->setVisible(!slug.ok());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(slug.ok() && !m_name->text().trimmed().isEmpty());
}

void CloneFlowDialog::start()
{
    m_buttons->setEnabled(false);
    m_slug->setEnabled(false);
    m_name->setEnabled(false);
    m_copyStages->setEnabled(false);
    m_progress->show();
    m_cloner->clone(textOf(m_flow, "slug"), m_slug->text(), m_name->text().trimmed(), m_copyStages->isChecked());
}

} // namespace akdesk
