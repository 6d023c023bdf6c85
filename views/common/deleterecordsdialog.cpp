#include "views/common/deleterecordsdialog.h"
#include "views/common/icons.h"
#include "views/common/theme.h"
#include "models/session/workspace.h"
#include "models/records/record.h"
#include "models/schema/resourcedescriptor.h"

#include "models/operations/deletionplan.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace akdesk {

namespace {
using akdesk::records::textOf;
}

DeleteRecordsDialog::DeleteRecordsDialog(Workspace *workspace, const QList<QJsonObject> &stages, QWidget *parent,
                                         const ResourceDescriptor *resource)
    : QDialog(parent)
    , m_plan(new DeletionPlan(workspace, this))
    , m_tree(new QTreeWidget)
    , m_status(new QLabel)
    , m_progress(new QProgressBar)
    , m_delete(new QPushButton(tr("&Delete")))
    , m_cancel(new QPushButton(tr("Cancel")))
{
    // A policy's used_by lists its bindings (authentik/core/api/used_by.py): they go with it.
    const bool policies = resource && resource->category == ResourceDescriptor::Category::Policy;
    setWindowTitle(policies   ? tr("Delete %n policy(ies)", nullptr, int(stages.size()))
                   : resource ? tr("Delete %n flow(s)", nullptr, int(stages.size()))
                              : tr("Delete %n stage(s)", nullptr, int(stages.size())));
    auto *intro = new QLabel(tr("Deleting cannot be undone. This is what happens:"));
    m_tree->setObjectName(QStringLiteral("consequences"));
    m_tree->setHeaderHidden(true);
    m_tree->setWordWrap(true);
    m_tree->setAccessibleName(tr("What the delete does"));
    m_status->setObjectName(QStringLiteral("deleteStatus"));
    m_status->setWordWrap(true);
    m_status->setText(policies ? tr("Checking what uses these policies…") : tr("Checking what uses these stages…"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(10);
    m_progress->setTextVisible(false);

    m_delete->setObjectName(QStringLiteral("confirmDelete"));
    m_delete->setIcon(Icons::action(Icons::Action::Delete));
    m_delete->setEnabled(false);
    m_delete->setAutoDefault(false);
    m_cancel->setObjectName(QStringLiteral("cancelDelete"));
    m_cancel->setDefault(true);
    m_delete->setStyleSheet(QStringLiteral("QPushButton:enabled { color: %1; font-weight: bold; }").arg(theme::errorText(palette()).name()));
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    buttons->addButton(m_delete, QDialogButtonBox::DestructiveRole);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    // Cancel (or Esc, or closing) while akdesk still checks what uses the records stops the checks.
    connect(this, &QDialog::rejected, m_plan, &DeletionPlan::cancel);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        m_delete->setEnabled(false);
        m_cancel->setEnabled(false);
        m_progress->setRange(0, int(m_plan->items().size()));
        m_progress->setValue(0);
        m_progress->show();
        m_status->setText(tr("Deleting…"));
        m_plan->execute();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(620, 380);

    for (const QJsonObject &stage : stages) {
        const QString kind = resource && !policies ? tr("flow %1").arg(textOf(stage, "slug")) : textOf(stage, "verbose_name");
        auto *item = new QTreeWidgetItem(m_tree, {QStringLiteral("%1 — %2").arg(textOf(stage, "name"), kind)});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        new QTreeWidgetItem(item, {tr("Checking…")});
        item->setExpanded(true);
    }
    connect(m_plan, &DeletionPlan::usageReady, this, &DeleteRecordsDialog::showUsage);
    connect(m_plan, &DeletionPlan::progress, m_progress, &QProgressBar::setValue);
    connect(m_plan, &DeletionPlan::finished, this, &DeleteRecordsDialog::showResults);
    m_plan->prepare(stages, resource);
}

DeleteRecordsDialog::~DeleteRecordsDialog() = default;

void DeleteRecordsDialog::showUsage()
{
    m_progress->hide();
    const QList<DeletionPlan::Item> &items = m_plan->items();
    for (int i = 0; i < items.size(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        qDeleteAll(top->takeChildren());
        const DeletionPlan::Item &item = items.at(i);
        if (!item.usageKnown) {
            auto *error = new QTreeWidgetItem(top, {tr("Could not check what uses it: %1").arg(item.usageError)});
            error->setForeground(0, QColor(0xb3, 0x26, 0x1e));
            continue;
        }
        for (const QString &sentence : item.consequences)
            new QTreeWidgetItem(top, {sentence});
    }
    if (m_plan->canDelete()) {
        m_status->setText(tr("Delete these %n item(s)?", nullptr, int(items.size())));
        m_delete->setEnabled(true);
    } else {
        m_status->setText(tr("Nothing is deleted until akdesk knows what uses every stage. Close and try again."));
    }
}

void DeleteRecordsDialog::showResults()
{
    QStringList gone;
    const QList<DeletionPlan::Item> &items = m_plan->items();
    for (int i = 0; i < items.size(); ++i) {
        const DeletionPlan::Item &item = items.at(i);
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        if (item.result == DeletionPlan::Item::Result::Failed) {
            auto *error = new QTreeWidgetItem(top, {tr("Not deleted: %1").arg(item.resultError)});
            error->setForeground(0, QColor(0xb3, 0x26, 0x1e));
        } else if (item.result == DeletionPlan::Item::Result::Queued) {
            top->setText(0, top->text(0) + tr(" — queued for deletion (offline)"));
        } else {
            gone.append(textOf(item.stage, "pk"));
            top->setText(0, top->text(0) + tr(" — deleted"));
        }
    }
    Q_EMIT deleted(gone);
    m_cancel->setEnabled(true);
    m_cancel->setText(tr("Close"));
    if (m_plan->queuedCount() > 0 && m_plan->failedCount() == 0) {
        Q_EMIT queued(m_plan->queuedCount());
        accept();
        return;
    }
    if (m_plan->failedCount() == 0) {
        accept();
        return;
    }
    m_status->setText(tr("%1, %2; see the reasons above.")
                          .arg(tr("%n deleted", nullptr, m_plan->deletedCount()), tr("%n failed", nullptr, m_plan->failedCount())));
}

} // namespace akdesk
