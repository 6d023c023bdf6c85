#include "views/flows/flowinspector.h"
#include "models/records/record.h"

#include "models/api/apiclient.h"
#include "models/storage/localstore.h"
#include "models/diagram/flowgraph.h"
#include "models/items/bindingsmodel.h"
#include "models/items/policybindingsmodel.h"
#include "models/session/workspace.h"
#include "models/operations/editsession.h"
#include "models/operations/recordwriter.h"
#include "models/drafts/draftsync.h"
#include "models/items/referencemodel.h"
#include "models/schema/schemaregistry.h"
#include "views/common/elidingheader.h"
#include "views/common/icondelegate.h"
#include "views/common/icons.h"
#include "views/flows/addbindingdialog.h"
#include "views/flows/bindingcommand.h"
#include "views/flows/flowdiagramview.h"
#include "views/flows/policybindingspanel.h"
#include "views/forms/recordeditor.h"
#include "views/stages/createstagewizard.h"

#include <QAction>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QTimer>

#include <utility>
#include <QVBoxLayout>

namespace akdesk {

namespace {
using akdesk::records::textOf;

/// The binding options dialog asks before unsaved edits are dropped, as an editor tab does.
class BindingDialog final : public QDialog
{
public:
    using QDialog::QDialog;
    void setEditor(RecordEditor *editor) { m_editor = editor; }
    void reject() override
    {
        if (!m_editor || m_editor->confirmClose())
            QDialog::reject();
    }

private:
    RecordEditor *m_editor = nullptr;
};
} // namespace

FlowInspector::FlowInspector(Workspace *workspace, const QJsonObject &flow, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_client(workspace->client())
    , m_schema(workspace->schema())
    , m_flow(flow)
    , m_pages(new QTabWidget)
    , m_settings(new RecordEditor(workspace))
    , m_bindings(new BindingsModel(workspace, this))
    , m_policyBindings(new PolicyBindingsModel(workspace, this))
    , m_flowPolicies(new PolicyBindingsPanel(workspace, m_policyBindings, tr("Who may run it")))
    , m_stagePolicies(new PolicyBindingsPanel(workspace, m_policyBindings, tr("Who reaches this stage")))
    , m_bindingsView(new QTableView)
    , m_diagram(new FlowDiagramView)
    , m_status(new QLabel)
    , m_undo(new QUndoStack(this))
{
    m_settings->open(*m_schema->resource(QStringLiteral("flows")), flow);
    connect(m_settings, &RecordEditor::titleChanged, this, &FlowInspector::titleChanged);
    connect(m_settings->session(), &EditSession::loaded, this, [this](const QJsonObject &record) {
        const bool first = textOf(m_flow, "pk").isEmpty();
        m_flow = record;
        showPolicyTargets();
        if (first)
            m_bindings->load(textOf(record, "pk"), textOf(record, "slug"));
    });
    connect(m_settings, &RecordEditor::saved, this, [this](const QJsonObject &record) {
        m_flow = record;
        refreshDiagram();
    });

    // Bindings: run order, drag and drop, Alt+Up/Down.
    m_bindingsView->setObjectName(QStringLiteral("bindings"));
    m_bindingsView->setModel(m_bindings);
    m_bindingsView->setItemDelegateForColumn(BindingsModel::StageColumn, new IconDelegate([this](const QModelIndex &index) {
        const QJsonObject stage = m_bindings->binding(index.row()).value(QLatin1String("stage_obj")).toObject();
        return Icons::forStageComponent(stage.value(QLatin1String("component")).toString());
    }, m_bindingsView));
    m_bindingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_bindingsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_bindingsView->setDragEnabled(true);
    m_bindingsView->setAcceptDrops(true);
    m_bindingsView->setDropIndicatorShown(true);
    m_bindingsView->setDragDropMode(QAbstractItemView::InternalMove);
    m_bindingsView->setDefaultDropAction(Qt::MoveAction);
    m_bindingsView->verticalHeader()->hide();
    m_bindingsView->setWordWrap(false);
    // Every column as wide as its content, the stage's name included (a stretched column gave the
    // name what the others left, "default-authentic…" in German); a narrow window scrolls, and a
    // name cut anyway keeps both ends, the whole of it in the tooltip.
    m_bindingsView->setTextElideMode(Qt::ElideMiddle);
    m_bindingsView->setHorizontalHeader(new ElidingHeader(Qt::Horizontal, m_bindingsView));
    m_bindingsView->horizontalHeader()->setStretchLastSection(true);
    m_bindingsView->horizontalHeader()->setTextElideMode(Qt::ElideMiddle);
    m_bindingsView->installEventFilter(this);
    m_bindingsView->setAccessibleName(tr("Stage bindings in run order"));
    connect(m_bindingsView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const QJsonObject binding = m_bindings->binding(index.row());
        Q_EMIT stageRequested(textOf(binding, "stage"), binding.value(QLatin1String("stage_obj")).toObject()
                                                         .value(QLatin1String("meta_model_name")).toString());
    });
    auto addAction = [this](const QString &text, const QKeySequence &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_bindingsView->addAction(action);
        return action;
    };
    QAction *up = addAction(tr("Move up"), QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveSelected(-1); });
    QAction *down = addAction(tr("Move down"), QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveSelected(1); });
    QAction *remove = addAction(tr("Remove binding"), QKeySequence::Delete, [this] { removeBinding(); });
    up->setIcon(Icons::action(Icons::Action::MoveUp));
    down->setIcon(Icons::action(Icons::Action::MoveDown));
    remove->setIcon(Icons::action(Icons::Action::Remove));
    auto button = [](QAction *action, const QString &name) {
        auto *b = new QPushButton(action->icon(), action->text());
        b->setObjectName(name);
        QObject::connect(b, &QPushButton::clicked, action, &QAction::trigger);
        return b;
    };
    auto *add = new QPushButton(tr("Add binding…"));
    add->setObjectName(QStringLiteral("addBinding"));
    add->setIcon(Icons::action(Icons::Action::Add));
    connect(add, &QPushButton::clicked, this, &FlowInspector::addBinding);
    auto *create = new QPushButton(tr("New stage…"));
    create->setObjectName(QStringLiteral("newStageHere"));
    create->setIcon(Icons::action(Icons::Action::New));
    create->setToolTip(tr("Create a stage and bind it at the end of this flow"));
    connect(create, &QPushButton::clicked, this, [this] {
        // The binding it makes reaches the table through the writer.
        auto *wizard = new CreateStageWizard(m_workspace, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->presetBinding(textOf(m_flow, "pk"));
        connect(wizard, &CreateStageWizard::queued, m_status, &QLabel::setText);
        wizard->open();
    });
    auto *edit = new QPushButton(tr("Edit binding…"));
    edit->setObjectName(QStringLiteral("editBinding"));
    connect(edit, &QPushButton::clicked, this, &FlowInspector::editBinding);
    auto *bindingButtons = new QHBoxLayout;
    bindingButtons->addWidget(add);
    bindingButtons->addWidget(create);
    bindingButtons->addWidget(edit);
    bindingButtons->addWidget(button(remove, QStringLiteral("removeBinding")));
    bindingButtons->addStretch(1);
    bindingButtons->addWidget(button(up, QStringLiteral("moveUp")));
    bindingButtons->addWidget(button(down, QStringLiteral("moveDown")));
    auto *stagesPart = new QWidget;
    auto *bindingsLayout = new QVBoxLayout(stagesPart);
    bindingsLayout->setContentsMargins(0, 0, 0, 0);
    bindingsLayout->addWidget(m_bindingsView, 1);
    bindingsLayout->addLayout(bindingButtons);
    // Who passes: the flow's bindings beside the selected stage's, under the stages.
    m_flowPolicies->setObjectName(QStringLiteral("flowPolicies"));
    m_stagePolicies->setObjectName(QStringLiteral("stagePolicies"));
    auto *policies = new QSplitter(Qt::Horizontal);
    policies->addWidget(m_flowPolicies);
    policies->addWidget(m_stagePolicies);
    auto *bindingsPage = new QSplitter(Qt::Vertical);
    bindingsPage->setObjectName(QStringLiteral("stagesAndPolicies"));
    bindingsPage->addWidget(stagesPart);
    bindingsPage->addWidget(policies);
    bindingsPage->setStretchFactor(0, 3);
    bindingsPage->setStretchFactor(1, 2);
    connect(m_bindingsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FlowInspector::showPolicyTargets);
    connect(m_flowPolicies, &PolicyBindingsPanel::statusMessage, this, &FlowInspector::announceChange);
    connect(m_stagePolicies, &PolicyBindingsPanel::statusMessage, this, &FlowInspector::announceChange);
    // A policy binding the server accepted changes the server's diagram: read it again (one GET).
    connect(m_policyBindings, &PolicyBindingsModel::followed, this, &FlowInspector::refreshDiagram);

    // Diagram.
    m_diagram->setObjectName(QStringLiteral("diagram"));
    // A click selects what the diagram shows (its binding, and who reaches it, in the panels
    // beside the diagram); a double-click opens it. stage_N is the N-th binding in run order.
    connect(m_diagram, &FlowDiagramView::stageClicked, this, [this](int stageIndex) {
        if (stageIndex < m_bindings->rowCount())
            m_bindingsView->selectRow(stageIndex);
    });
    connect(m_diagram, &FlowDiagramView::stageDoubleClicked, this, [this](int stageIndex) {
        if (stageIndex < m_bindings->rowCount()) {
            m_bindingsView->selectRow(stageIndex);
            const QJsonObject binding = m_bindings->binding(stageIndex);
            Q_EMIT stageRequested(textOf(binding, "stage"), binding.value(QLatin1String("stage_obj")).toObject()
                                                             .value(QLatin1String("meta_model_name")).toString());
        }
    });
    auto selectPolicy = [this](int stageIndex, int policyIndex, const QString &policyPk, const QString &bindingPk) -> PolicyBindingsPanel * {
        // flow_policy_m is bound to the flow, stage_n_policy_m to the n-th stage binding.
        QJsonObject target = m_flow;
        if (stageIndex >= 0) {
            if (stageIndex >= m_bindings->rowCount())
                return nullptr;
            m_bindingsView->selectRow(stageIndex);
            target = m_bindings->binding(stageIndex);
        }
        const QString ptr = textOf(target, "policybindingmodel_ptr_id");
        Q_EMIT policyBindingRequested(ptr.isEmpty() ? textOf(target, "pk") : ptr, policyIndex, policyPk, bindingPk);
        PolicyBindingsPanel *panel = stageIndex >= 0 ? m_stagePolicies : m_flowPolicies;
        if (!(!bindingPk.isEmpty() && panel->selectBinding(bindingPk)) && !panel->selectPolicyAt(policyIndex)) {
            announceChange(tr("That policy binding is not among those akdesk read; refresh the flow"));
            return nullptr;
        }
        return panel;
    };
    connect(m_diagram, &FlowDiagramView::policyNodeActivated, this, selectPolicy);
    connect(m_diagram, &FlowDiagramView::policyNodeDoubleClicked, this,
            [selectPolicy](int stageIndex, int policyIndex, const QString &policyPk, const QString &bindingPk) {
                if (PolicyBindingsPanel *panel = selectPolicy(stageIndex, policyIndex, policyPk, bindingPk)) {
                    panel->view()->setFocus();
                    // Not from inside the diagram's mouse event: the dialog is modal.
                    QTimer::singleShot(0, panel, &PolicyBindingsPanel::editBinding);
                }
            });
    auto *fit = new QPushButton(tr("Fit"));
    connect(fit, &QPushButton::clicked, m_diagram, &FlowDiagramView::fitToWindow);
    auto *png = new QPushButton(tr("Export PNG…"));
    connect(png, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export diagram"), slug() + QStringLiteral(".png"), tr("PNG images (*.png)"));
        if (!path.isEmpty())
            exportDiagram(path);
    });
    auto *svg = new QPushButton(tr("Export SVG…"));
    connect(svg, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export diagram"), slug() + QStringLiteral(".svg"), tr("SVG images (*.svg)"));
        if (!path.isEmpty())
            exportDiagram(path);
    });
    auto *diagramButtons = new QHBoxLayout;
    diagramButtons->addWidget(new QLabel(tr("Wheel or +/- zoom, drag to pan. Click a stage or a policy to select it, double-click to open it.")), 1);
    diagramButtons->addWidget(fit);
    diagramButtons->addWidget(png);
    diagramButtons->addWidget(svg);
    auto *diagramPart = new QWidget;
    auto *diagramLayout = new QVBoxLayout(diagramPart);
    diagramLayout->setContentsMargins(0, 0, 0, 0);
    diagramLayout->addWidget(m_diagram, 1);
    diagramLayout->addLayout(diagramButtons);
    auto *diagramPage = new QSplitter(Qt::Vertical);
    diagramPage->setObjectName(QStringLiteral("diagramAndPolicies"));
    diagramPage->addWidget(diagramPart);
    diagramPage->setStretchFactor(0, 3);
    diagramPage->setStretchFactor(1, 2);

    m_pages->setObjectName(QStringLiteral("flowPages"));
    m_pages->addTab(bindingsPage, Icons::binding(), tr("Stages"));
    m_pages->addTab(diagramPage, Icons::forFlowDesignation(textOf(flow, "designation")), tr("Diagram"));
    m_pages->addTab(m_settings, Icons::action(Icons::Action::Properties), tr("Settings"));
    connect(m_pages, &QTabWidget::currentChanged, this, &FlowInspector::activeUndoStackChanged);
    // Who passes is shown beside the stages and beside the diagram alike: the panels go with the
    // page in front (a widget has one parent), where the same selection drives them.
    connect(m_pages, &QTabWidget::currentChanged, this, [this, policies, bindingsPage, diagramPage](int index) {
        QSplitter *page = index == 1 ? diagramPage : index == 0 ? bindingsPage : nullptr;
        auto *from = qobject_cast<QSplitter *>(policies->parentWidget());
        if (!page || !from || from == page)
            return;
        // Each page keeps the split the user left it; the diagram first gets two thirds.
        from->setProperty("policySplit", from->saveState());
        page->addWidget(policies);
        const QByteArray split = page->property("policySplit").toByteArray();
        if (split.isEmpty() || !page->restoreState(split)) {
            const int height = qMax(page->height(), from->height());
            page->setSizes({height * 2 / 3, height - height * 2 / 3});
        }
    });

    auto *execute = new QPushButton(tr("Execute in browser"));
    execute->setObjectName(QStringLiteral("execute"));
    connect(execute, &QPushButton::clicked, this, &FlowInspector::execute);
    auto *exportButton = new QPushButton(tr("Export blueprint…"));
    exportButton->setObjectName(QStringLiteral("export"));
    connect(exportButton, &QPushButton::clicked, this, [this] { exportBlueprint(); });
    auto *top = new QHBoxLayout;
    m_status->setObjectName(QStringLiteral("flowStatus"));
    m_status->setWordWrap(true);
    top->addWidget(m_status, 1);
    top->addWidget(execute);
    top->addWidget(exportButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);

    // Read, or changed on the server (the rows followed the writer): the diagram is the server's again.
    auto showBindings = [this] {
        fitBindingColumns();
        m_status->setText(tr("%n stage(s) bound", nullptr, m_bindings->rowCount()));
        refreshDiagram();
    };
    connect(m_bindings, &BindingsModel::loaded, this, showBindings);
    connect(m_bindings, &BindingsModel::followed, this, showBindings);
    // Every target's policy bindings in one request once the stage bindings are known; later
    // changes only move the targets (a new binding has none yet; a removed one took its own).
    connect(m_bindings, &BindingsModel::loaded, this, [this] {
        m_policyBindings->load(policyTargets());
        showPolicyTargets();
    });
    connect(m_bindings, &BindingsModel::followed, this, [this] {
        m_policyBindings->setTargets(policyTargets());
        showPolicyTargets();
    });
    connect(m_bindings, &BindingsModel::reordered, this, &FlowInspector::refreshDiagram);
    connect(m_bindings, &BindingsModel::failed, this, [this](const ApiError &error, const QString &what) {
        m_status->setText(QStringLiteral("%1: %2").arg(what, error.message()));
    });
    connect(m_bindings, &BindingsModel::queued, m_status, &QLabel::setText);
    connect(m_bindings, &BindingsModel::moved, this,
            [this](const QString &pk, const QHash<QString, int> &before, const QHash<QString, int> &after) {
        const int row = m_bindings->rowOfBinding(pk);
        const QString stage = stageNameOf(m_bindings->binding(row));
        const int order = after.value(pk, m_bindings->binding(row).value(QLatin1String("order")).toInt());
        announceChange(tr("Moved “%1” to order %2 in %3").arg(stage).arg(order).arg(slug()));
        m_undo->push(new BindingCommand(
            tr("Move “%1”").arg(stage),
            [this, before, stage] { applyOrders(before, tr("Undone: “%1” is back in its place in %2").arg(stage, slug())); },
            [this, after, stage, order] { applyOrders(after, tr("Moved “%1” to order %2 in %3").arg(stage).arg(order).arg(slug())); }));
    });
    if (!textOf(flow, "pk").isEmpty())
        m_bindings->load(textOf(flow, "pk"), textOf(flow, "slug"));
}

FlowInspector::~FlowInspector() = default;

QWidget *FlowInspector::diagramPage() const
{
    return m_pages->widget(1);
}

QStringList FlowInspector::policyTargets() const
{
    QHash<QString, QString> pbmByPk{{textOf(m_flow, "pk"), textOf(m_flow, "policybindingmodel_ptr_id")}};
    for (int row = 0; row < m_bindings->rowCount(); ++row)
        pbmByPk.insert(textOf(m_bindings->binding(row), "pk"), textOf(m_bindings->binding(row), "policybindingmodel_ptr_id"));
    m_policyBindings->setTargetKeys(pbmByPk);
    QStringList targets{textOf(m_flow, "policybindingmodel_ptr_id")};
    for (int row = 0; row < m_bindings->rowCount(); ++row)
        targets.append(textOf(m_bindings->binding(row), "policybindingmodel_ptr_id"));
    targets.removeAll(QString());
    return targets;
}

void FlowInspector::showPolicyTargets()
{
    const QString flowTarget = textOf(m_flow, "policybindingmodel_ptr_id");
    m_flowPolicies->setTarget(flowTarget, slug(), textOf(m_flow, "policy_engine_mode"));
    const QJsonObject binding = m_bindings->binding(m_bindingsView->currentIndex().row());
    const QString stageTarget = textOf(binding, "policybindingmodel_ptr_id");
    m_stagePolicies->setTarget(stageTarget, binding.isEmpty() ? QString() : stageNameOf(binding),
                               textOf(binding, "policy_engine_mode"));
}

bool FlowInspector::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_bindingsView && event->type() == QEvent::Resize)
        fitBindingColumns();
    return QWidget::eventFilter(watched, event);
}

void FlowInspector::fitBindingColumns()
{
    QHeaderView *header = m_bindingsView->horizontalHeader();
    const QAbstractItemView *view = m_bindingsView;  // QTableView hides sizeHintForColumn()
    auto content = [&](int column) { return qMax(view->sizeHintForColumn(column), 24); };
    int left = m_bindingsView->viewport()->width();
    for (int column : {int(BindingsModel::OrderColumn), int(BindingsModel::StageColumn), int(BindingsModel::KindColumn)}) {
        const int width = qMax(content(column), header->sectionSizeHint(column));
        header->resizeSection(column, width);
        left -= width;
    }
    // The options' headers are long in some languages ("Richtlinien erneut auswerten"): whole when
    // there is room, else each column gets its share (at least its values), the header cut in the
    // middle and whole in its tooltip.
    QList<int> wanted;
    int total = 0;
    for (int column = BindingsModel::EvaluateOnPlanColumn; column < BindingsModel::ColumnCount; ++column) {
        wanted.append(qMax(content(column), header->sectionSizeHint(column)));
        total += wanted.last();
    }
    for (int i = 0; i < wanted.size(); ++i) {
        const int column = BindingsModel::EvaluateOnPlanColumn + i;
        const int share = total <= left ? wanted.at(i) : qMax(content(column), left * wanted.at(i) / qMax(1, total));
        header->resizeSection(column, share);
    }
}

QString FlowInspector::slug() const
{
    return textOf(m_flow, "slug");
}

QString FlowInspector::title() const
{
    return ReferenceModel::flowLabel(m_flow);
}

QUndoStack *FlowInspector::activeUndoStack() const
{
    return m_pages->currentWidget() == m_settings ? m_settings->undoStack() : m_undo;
}

void FlowInspector::announceChange(const QString &text)
{
    Q_EMIT statusMessage(text);
}

QString FlowInspector::currentPk(QString pk) const
{
    for (int hops = 0; m_renamed.contains(pk) && hops < 1000; ++hops)
        pk = m_renamed.value(pk);
    return pk;
}

QString FlowInspector::stageNameOf(const QJsonObject &binding) const
{
    const QString name = binding.value(QLatin1String("stage_obj")).toObject().value(QLatin1String("name")).toString();
    return name.isEmpty() ? textOf(binding, "stage") : name;
}

bool FlowInspector::confirmClose()
{
    return m_settings->confirmClose();
}

void FlowInspector::moveSelected(int delta)
{
    const QModelIndex current = m_bindingsView->currentIndex();
    if (!current.isValid())
        return;
    const int to = current.row() + delta;
    if (to < 0 || to >= m_bindings->rowCount())
        return;
    const QString pk = m_bindings->binding(current.row()).value(QLatin1String("pk")).toString();
    if (m_bindings->moveBinding(current.row(), to)) {
        // Keep the moved binding selected if a refusal brings the server's order back.
        connect(m_bindings, &BindingsModel::loaded, m_bindingsView, [this, pk] {
            const int row = m_bindings->rowOfBinding(pk);
            if (row >= 0)
                m_bindingsView->selectRow(row);
        }, Qt::SingleShotConnection);
        connect(m_bindings, &BindingsModel::reordered, m_bindingsView,
                [this] { disconnect(m_bindings, &BindingsModel::loaded, m_bindingsView, nullptr); }, Qt::SingleShotConnection);
        m_bindingsView->selectRow(to);
    }
}

void FlowInspector::addBinding()
{
    AddBindingDialog dialog(m_client, *m_schema->resource(QStringLiteral("flows/bindings")), title(), m_bindings->nextOrder(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.stageName().isEmpty())
        return;
    QJsonObject body = dialog.body();
    body.insert(QStringLiteral("target"), textOf(m_flow, "pk"));
    const QString stage = dialog.stageName();
    const int order = body.value(QLatin1String("order")).toInt();
    // What a binding read back from the server holds, so that Undo and Redo can name it.
    QJsonObject binding = body;
    binding.insert(QStringLiteral("stage_obj"), QJsonObject{{QStringLiteral("name"), stage}});
    createBinding(binding, [this, stage, order](const QJsonObject &created) {
        announceChange(tr("Added “%1” to %2 at order %3").arg(stage, slug()).arg(order));
        auto pk = std::make_shared<QString>(textOf(created, "pk"));
        m_undo->push(new BindingCommand(
            tr("Add “%1”").arg(stage),
            [this, created, pk, stage] {
                QJsonObject now = created;
                now.insert(QStringLiteral("pk"), *pk);
                deleteBinding(now, [this, stage] { announceChange(tr("Undone: “%1” is no longer in %2").arg(stage, slug())); });
            },
            [this, created, pk, stage, order] {
                createBinding(created, [this, pk, stage, order](const QJsonObject &again) {
                    m_renamed.insert(*pk, textOf(again, "pk"));
                    *pk = textOf(again, "pk");
                    announceChange(tr("Added “%1” to %2 at order %3").arg(stage, slug()).arg(order));
                });
            }));
    });
}

void FlowInspector::createBinding(const QJsonObject &binding, const std::function<void(const QJsonObject &)> &done)
{
    // The same stage, order and options; a new binding (and pk) on the server.
    const ResourceDescriptor &bindings = *m_schema->resource(QStringLiteral("flows/bindings"));
    const QJsonObject body = records::writablePayload(binding, bindings);
    const QString label = ReferenceModel::bindingLabel(binding, slug());
    m_workspace->writer()->create(bindings, body, label, this, [this, label, done](const WriteResult &result) {
        if (result.outcome == WriteResult::Outcome::Queued)
            showQueued(tr("Binding “%1”").arg(label));
        else if (!result.accepted())
            m_status->setText(tr("The stage was not added: %1").arg(result.error.message()));
        else
            done(result.record);
    });
}

void FlowInspector::deleteBinding(const QJsonObject &binding, const std::function<void()> &done)
{
    QJsonObject now = binding;
    now.insert(QStringLiteral("pk"), currentPk(textOf(binding, "pk")));
    const QString label = ReferenceModel::bindingLabel(binding, slug());
    const WriteTarget target = WriteTarget::of(*m_schema->resource(QStringLiteral("flows/bindings")), textOf(now, "pk"));
    m_workspace->writer()->remove(target, now, label, this, [this, label, done](const WriteResult &result) {
        if (result.outcome == WriteResult::Outcome::Queued)
            showQueued(tr("Removing “%1”").arg(label));
        else if (!result.accepted())
            m_status->setText(tr("The binding was not removed: %1").arg(result.error.message()));
        else
            done();
    });
}

void FlowInspector::showQueued(const QString &what)
{
    m_status->setText((m_client->isWorkingOffline()
                           ? tr("%1 is kept as a draft because akdesk is working offline. It is sent when you go online.")
                           : tr("%1 is queued as a draft: the server cannot be reached. It is sent with the next sync."))
                          .arg(what));
}

void FlowInspector::applyOrders(const QHash<QString, int> &orders, const QString &message)
{
    QHash<QString, int> now;
    for (auto it = orders.cbegin(); it != orders.cend(); ++it)
        now.insert(currentPk(it.key()), it.value());
    auto *context = new QObject(this);
    connect(m_bindings, &BindingsModel::reordered, context, [this, context, message] {
        announceChange(message);
        context->deleteLater();
    });
    connect(m_bindings, &BindingsModel::failed, context, [context] { context->deleteLater(); });
    connect(m_bindings, &BindingsModel::queued, context, [context] { context->deleteLater(); });
    if (!m_bindings->setOrders(now)) {
        context->deleteLater();
        announceChange(tr("The bindings are still being saved; try again in a moment."));
    }
}

void FlowInspector::editBinding()
{
    const QModelIndex current = m_bindingsView->currentIndex();
    if (!current.isValid())
        return;
    BindingDialog dialog(this);
    auto *editor = new RecordEditor(m_workspace, &dialog);
    dialog.setEditor(editor);
    connect(editor, &RecordEditor::titleChanged, &dialog, &QWidget::setWindowTitle);
    editor->open(*m_schema->resource(QStringLiteral("flows/bindings")), m_bindings->binding(current.row()));
    dialog.setWindowTitle(editor->title());
    connect(editor, &RecordEditor::saved, &dialog, &QDialog::accept);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(editor);
    dialog.resize(560, 520);
    dialog.exec();  // what was saved reaches the table through the writer
}

void FlowInspector::removeBinding()
{
    const QModelIndex current = m_bindingsView->currentIndex();
    if (!current.isValid())
        return;
    const QJsonObject binding = m_bindings->binding(current.row());
    const QString stage = stageNameOf(binding);
    const int order = binding.value(QLatin1String("order")).toInt();
    QMessageBox box(QMessageBox::Question, tr("Remove binding"),
                    tr("Remove “%1” (order %2) from %3?").arg(stage).arg(order).arg(slug()), QMessageBox::Cancel, this);
    box.setInformativeText(tr("The stage itself stays. Policies bound to this binding are deleted with it; "
                              "Undo binds the stage again with the same order and options, without them."));
    QPushButton *confirm = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmRemove"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    deleteBinding(binding, [this, binding, stage, order] {
        announceChange(tr("Removed “%1” (order %2) from %3").arg(stage).arg(order).arg(slug()));
        m_undo->push(new BindingCommand(
            tr("Remove “%1”").arg(stage),
            [this, binding, stage, order] {
                createBinding(binding, [this, binding, stage, order](const QJsonObject &again) {
                    m_renamed.insert(currentPk(textOf(binding, "pk")), textOf(again, "pk"));
                    announceChange(tr("Undone: “%1” is bound again at order %2 in %3").arg(stage).arg(order).arg(slug()));
                });
            },
            [this, binding, stage, order] {
                deleteBinding(binding, [this, stage, order] {
                    announceChange(tr("Removed “%1” (order %2) from %3").arg(stage).arg(order).arg(slug()));
                });
            }));
    });
}

void FlowInspector::execute()
{
    QUrl url = m_client->serverUrl();
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + QStringLiteral("/if/flow/%1/").arg(slug()));
    if (!QDesktopServices::openUrl(url))
        m_status->setText(tr("No browser opened %1.").arg(url.toDisplayString()));
}

void FlowInspector::exportBlueprint(const QString &chosen)
{
    const QString path = chosen.isEmpty()
        ? QFileDialog::getSaveFileName(this, tr("Export flow"), slug() + QStringLiteral(".yaml"), tr("Blueprints (*.yaml *.yml)"))
        : chosen;
    if (path.isEmpty())
        return;
    ApiReply *reply = m_client->flowExport(slug());
    connect(reply, &ApiReply::finished, this, [this, path](ApiReply *finished) {
        // Said in the status bar: the line above the bindings keeps their summary.
        if (!finished->ok()) {
            QMessageBox::warning(this, tr("Not exported"), tr("Not exported: %1").arg(finished->error().message()));
            return;
        }
        // Written beside and renamed over: an earlier export is never left half-overwritten.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(finished->body()) != finished->body().size() || !file.commit()) {
            QMessageBox::warning(this, tr("Not exported"), tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
            return;
        }
        Q_EMIT statusMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    });
}

void FlowInspector::exportDiagram(const QString &path)
{
    const bool svg = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    if (svg ? m_diagram->exportSvg(path) : m_diagram->exportPng(path))
        Q_EMIT statusMessage(tr("Diagram written to %1.").arg(QDir::toNativeSeparators(path)));
    else
        QMessageBox::warning(this, tr("Not exported"), tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

void FlowInspector::refreshDiagram()
{
    if (slug().isEmpty())
        return;
    // A sync's PATCHes are announced one by one as their answers come: the diagram is asked for
    // once they have come (a short pause), and once more only if one came while it was on its way.
    if (!m_diagramDelay) {
        m_diagramDelay = new QTimer(this);
        m_diagramDelay->setSingleShot(true);
        m_diagramDelay->setInterval(50);
        connect(m_diagramDelay, &QTimer::timeout, this, &FlowInspector::readDiagram);
    }
    if (m_diagramReply)
        m_diagramAgain = true;
    else
        m_diagramDelay->start();
}

void FlowInspector::readDiagram()
{
    m_diagramAgain = false;
    ApiReply *reply = m_client->flowDiagram(slug());
    m_diagramReply = reply;
    connect(reply, &ApiReply::finished, this, [this](ApiReply *finished) {
        m_diagramReply = nullptr;
        if (std::exchange(m_diagramAgain, false)) {
            m_diagramDelay->start();
            return;  // what it shows is already old
        }
        FlowGraph graph;
        QString error;
        if (!finished->ok())
            m_diagram->showMessage(tr("The diagram could not be loaded: %1").arg(finished->error().message()));
        else if (!FlowGraph::fromResponse(finished->object(), &graph, &error))
            m_diagram->showMessage(tr("The server's diagram could not be read: %1").arg(error));
        else
            m_diagram->setGraph(graph);
    });
}

} // namespace akdesk
