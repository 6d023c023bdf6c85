#include "views/flows/policybindingspanel.h"

#include "models/items/policybindingsmodel.h"
#include "models/operations/recordwriter.h"
#include "models/records/record.h"
#include "models/schema/schemaregistry.h"
#include "models/session/workspace.h"
#include "views/common/icons.h"
#include "views/flows/bindingsettestdialog.h"
#include "views/flows/policybindingdialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace akdesk {

namespace {
using akdesk::records::textOf;

WriteTarget bindingTarget(const QString &pk)
{
    return {QStringLiteral("policies/bindings"), QStringLiteral("/policies/bindings/"), pk};
}

/// Matches no target: a panel with none chosen shows nothing (an empty filter would show all).
const QString kNoTarget = QStringLiteral("\x01");
} // namespace

PolicyBindingsPanel::PolicyBindingsPanel(Workspace *workspace, PolicyBindingsModel *model, const QString &heading,
                                         QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_heading(heading)
    , m_title(new QLabel)
    , m_view(new QTableView)
    , m_status(new QLabel)
{
    m_proxy->setSourceModel(model);
    m_proxy->setFilterRole(PolicyBindingsModel::TargetRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterFixedString(kNoTarget);
    m_title->setText(QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped()));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    // What is bound is what people read: it takes the room the other columns leave.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PolicyBindingsModel::BoundColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumSectionSize(36);
    // The header does not measure again when the proxy's filter changes rows: it is asked to.
    auto fit = [this] { m_view->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents); };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, fit);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, fit);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, fit);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, fit);
    m_view->setAccessibleName(heading);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("policyStatus"));
    connect(m_view, &QAbstractItemView::doubleClicked, this, &PolicyBindingsPanel::editBinding);

    auto button = [this](const QString &text, const QString &name, QIcon icon, auto slot, bool needsSelection) {
        auto *b = new QPushButton(icon, text);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        (needsSelection ? m_needSelection : m_needTarget).append(b);
        return b;
    };
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(button(tr("Add…"), QStringLiteral("addPolicyBinding"), Icons::action(Icons::Action::Add),
                              &PolicyBindingsPanel::addBinding, false));
    buttons->addWidget(button(tr("Edit…"), QStringLiteral("editPolicyBinding"), Icons::action(Icons::Action::Properties),
                              &PolicyBindingsPanel::editBinding, true));
    buttons->addWidget(button(tr("Remove"), QStringLiteral("removePolicyBinding"), Icons::action(Icons::Action::Remove),
                              &PolicyBindingsPanel::removeBinding, true));
    buttons->addStretch(1);
    buttons->addWidget(button(tr("Test…"), QStringLiteral("testPolicyBindings"), QIcon(), &PolicyBindingsPanel::testSet, false));
    // A second row, so that the two panels side by side fit beside the navigator on a laptop screen.
    auto *options = new QHBoxLayout;
    options->addWidget(button(tr("Enable/disable"), QStringLiteral("togglePolicyBinding"), QIcon(),
                              [this] { toggle(QStringLiteral("enabled")); }, true));
    options->addWidget(button(tr("Negate"), QStringLiteral("negatePolicyBinding"), QIcon(),
                              [this] { toggle(QStringLiteral("negate")); }, true));
    options->addStretch(1);
    options->addWidget(button(QString(), QStringLiteral("policyUp"), Icons::action(Icons::Action::MoveUp),
                              [this] { moveSelected(-1); }, true));
    options->addWidget(button(QString(), QStringLiteral("policyDown"), Icons::action(Icons::Action::MoveDown),
                              [this] { moveSelected(1); }, true));
    // Icon-only buttons: a screen reader reads their accessible names.
    m_needSelection.last()->setToolTip(tr("Move down (Alt+Down)"));
    m_needSelection.last()->setAccessibleName(tr("Move the policy binding down"));
    m_needSelection.at(m_needSelection.size() - 2)->setToolTip(tr("Move up (Alt+Up)"));
    m_needSelection.at(m_needSelection.size() - 2)->setAccessibleName(tr("Move the policy binding up"));
    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_view->addAction(action);
    };
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveSelected(-1); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveSelected(1); });
    shortcut(QKeySequence::Delete, [this] { removeBinding(); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addLayout(options);
    layout->addWidget(m_status);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PolicyBindingsPanel::updateButtons);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &PolicyBindingsPanel::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PolicyBindingsPanel::updateButtons);
    connect(m_model, &PolicyBindingsModel::failed, this, [this](const ApiError &error, const QString &what) {
        say(QStringLiteral("%1: %2").arg(what, error.message()));
    });
    connect(m_model, &PolicyBindingsModel::queued, this, &PolicyBindingsPanel::say);
    updateButtons();
}

PolicyBindingsPanel::~PolicyBindingsPanel() = default;

void PolicyBindingsPanel::setTarget(const QString &target, const QString &label, const QString &mode)
{
    const bool changed = target != m_target;
    m_target = target;
    m_label = label;
    m_mode = mode;
    if (changed) {
        m_proxy->setFilterFixedString(target.isEmpty() ? kNoTarget : target);
        m_status->clear();
    }
    m_title->setText(label.isEmpty() ? QStringLiteral("<b>%1</b>").arg(m_heading.toHtmlEscaped())
                                     : QStringLiteral("<b>%1</b> — %2").arg(m_heading.toHtmlEscaped(), label.toHtmlEscaped()));
    updateButtons();
}

void PolicyBindingsPanel::updateButtons()
{
    const bool selected = m_view->currentIndex().isValid();
    for (QPushButton *b : std::as_const(m_needSelection))
        b->setEnabled(selected && !m_target.isEmpty());
    for (QPushButton *b : std::as_const(m_needTarget))
        b->setEnabled(!m_target.isEmpty());
}

void PolicyBindingsPanel::say(const QString &text)
{
    m_status->setText(text);
}

bool PolicyBindingsPanel::selectBinding(const QString &pk)
{
    const int row = m_model->rowOfBinding(pk);
    const QModelIndex at = m_proxy->mapFromSource(m_model->index(row, 0));
    if (row < 0 || !at.isValid())
        return false;
    m_view->setCurrentIndex(at);
    m_view->selectRow(at.row());
    m_view->scrollTo(at);
    return true;
}

bool PolicyBindingsPanel::selectPolicyAt(int index)
{
    // authentik/flows/api/flows_diagram.py: the target's bindings with a policy, by order.
    QList<QPair<int, QModelIndex>> policies;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex at = m_proxy->index(row, 0);
        const QJsonObject binding = m_model->binding(m_proxy->mapToSource(at).row());
        if (PolicyBindingsModel::boundOf(binding) == PolicyBindingsModel::Bound::Policy)
            policies.append({binding.value(QLatin1String("order")).toInt(), at});
    }
    std::stable_sort(policies.begin(), policies.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    if (index < 0 || index >= policies.size())
        return false;
    const QModelIndex at = policies.at(index).second;
    m_view->setCurrentIndex(at);
    m_view->selectRow(at.row());
    m_view->scrollTo(at);
    return true;
}

QJsonObject PolicyBindingsPanel::currentBinding() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->binding(m_proxy->mapToSource(current).row()) : QJsonObject();
}

void PolicyBindingsPanel::addBinding()
{
    if (m_target.isEmpty())
        return;
    PolicyBindingDialog dialog(m_workspace, m_label, {}, m_model->nextOrder(m_target), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QJsonObject body = dialog.body();
    body.insert(QStringLiteral("target"), m_target);
    const QString what = dialog.boundLabel();
    if (dialog.bind() != PolicyBindingDialog::Bind::NewPolicy) {
        create(body, what);
        return;
    }
    // A new policy first, then its binding: the binding needs the policy's pk.
    const ResourceDescriptor *kind = m_workspace->schema()->resource(dialog.newPolicyKind());
    if (!kind)
        return;
    const QJsonObject policy{{QStringLiteral("name"), dialog.newPolicyName()}};
    m_workspace->writer()->create(*kind, policy, what, this, [this, body, what](const WriteResult &result) mutable {
        if (result.outcome == WriteResult::Outcome::Queued) {
            say(tr("%1 is kept as a draft: the server cannot be reached. Bind it once it is sent.").arg(what));
        } else if (!result.accepted()) {
            say(tr("The policy was not created: %1").arg(result.error.message()));
        } else {
            body.insert(QStringLiteral("policy"), textOf(result.record, "pk"));
            create(body, what);
        }
    });
}

void PolicyBindingsPanel::create(const QJsonObject &body, const QString &what)
{
    const ResourceDescriptor *resource = m_workspace->schema()->resource(QStringLiteral("policies/bindings"));
    if (!resource)
        return;
    const QString label = m_label;
    m_workspace->writer()->create(*resource, body, tr("%1 bound to %2").arg(what, label), this,
                                  [this, what, label](const WriteResult &result) {
        if (result.outcome == WriteResult::Outcome::Queued) {
            say(tr("Binding %1 is queued as a draft: the server cannot be reached. It is sent with the next sync.").arg(what));
        } else if (!result.accepted()) {
            say(tr("Not bound: %1").arg(result.error.message()));
        } else {
            const QString text = tr("Bound %1 to %2").arg(what, label);
            say(text);
            selectBinding(textOf(result.record, "pk"));
            Q_EMIT statusMessage(text);
        }
    });
}

void PolicyBindingsPanel::editBinding()
{
    const QJsonObject binding = currentBinding();
    if (binding.isEmpty())
        return;
    PolicyBindingDialog dialog(m_workspace, m_label, binding, 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QJsonObject patch = dialog.patch();
    if (patch.isEmpty())
        return;
    update(binding, patch, tr("Saved %1").arg(PolicyBindingsModel::describe(binding)));
}

void PolicyBindingsPanel::toggle(const QString &field)
{
    const QJsonObject binding = currentBinding();
    if (binding.isEmpty())
        return;
    const bool now = !binding.value(field).toBool(field == QLatin1String("enabled"));
    const QString what = PolicyBindingsModel::describe(binding);
    QString done;
    if (field == QLatin1String("enabled"))
        done = now ? tr("Enabled %1").arg(what) : tr("Disabled %1").arg(what);
    else
        done = now ? tr("%1 now negated").arg(what) : tr("%1 no longer negated").arg(what);
    update(binding, {{field, now}}, done);
}

void PolicyBindingsPanel::update(const QJsonObject &binding, const QJsonObject &patch, const QString &done)
{
    const QString what = PolicyBindingsModel::describe(binding);
    m_workspace->writer()->update(bindingTarget(textOf(binding, "pk")), m_model->patchFor(binding, patch), binding, what, this,
                                  [this, what, done](const WriteResult &result) {
        if (result.outcome == WriteResult::Outcome::Queued) {
            say(tr("The change to %1 is queued as a draft: the server cannot be reached. It is sent with the next sync.").arg(what));
        } else if (!result.accepted()) {
            say(tr("%1 was not changed: %2").arg(what, result.error.message()));
        } else {
            say(done);
            Q_EMIT statusMessage(done);
        }
    });
}

void PolicyBindingsPanel::moveSelected(int delta)
{
    const QJsonObject binding = currentBinding();
    if (binding.isEmpty())
        return;
    const QString pk = textOf(binding, "pk");
    if (!m_model->move(pk, delta))
        return;
    const QString what = PolicyBindingsModel::describe(binding);
    connect(m_model, &PolicyBindingsModel::followed, this, [this, pk, what] {
        selectBinding(pk);
        const QString text = tr("Moved %1 to order %2").arg(what).arg(m_model->binding(m_model->rowOfBinding(pk)).value(QLatin1String("order")).toInt());
        say(text);
        Q_EMIT statusMessage(text);
    }, Qt::SingleShotConnection);
}

void PolicyBindingsPanel::removeBinding()
{
    const QJsonObject binding = currentBinding();
    if (binding.isEmpty())
        return;
    const QString what = PolicyBindingsModel::describe(binding);
    QMessageBox box(QMessageBox::Question, tr("Remove policy binding"), tr("Remove %1 from %2?").arg(what, m_label),
                    QMessageBox::Cancel, this);
    box.setInformativeText(PolicyBindingsModel::boundOf(binding) == PolicyBindingsModel::Bound::Policy
                               ? tr("The policy itself stays; only this binding is deleted.")
                               : tr("Only this binding is deleted."));
    QPushButton *confirm = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmRemovePolicyBinding"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    const QString label = m_label;
    m_workspace->writer()->remove(bindingTarget(textOf(binding, "pk")), binding, what, this,
                                  [this, what, label](const WriteResult &result) {
        if (result.outcome == WriteResult::Outcome::Queued) {
            say(tr("Removing %1 is queued as a draft: the server cannot be reached. It is sent with the next sync.").arg(what));
        } else if (!result.accepted()) {
            say(tr("%1 was not removed: %2").arg(what, result.error.message()));
        } else {
            const QString text = tr("Removed %1 from %2").arg(what, label);
            say(text);
            Q_EMIT statusMessage(text);
        }
    });
}

void PolicyBindingsPanel::testSet()
{
    if (m_target.isEmpty())
        return;
    auto *dialog = new BindingSetTestDialog(m_workspace, m_label, m_model->bindingsOf(m_target), m_mode, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("bindingSetTest"));
    dialog->open();
}

} // namespace akdesk
