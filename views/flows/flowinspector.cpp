#include "views/flows/flowinspector.h"
#include "models/records/record.h"

#include "models/api/apiclient.h"
#include "models/drafts/draftstore.h"
#include "models/diagram/flowgraph.h"
#include "models/items/bindingsmodel.h"
#include "models/items/editsession.h"
#include "models/items/referencemodel.h"
#include "models/schema/schemaregistry.h"
#include "views/common/icondelegate.h"
#include "views/common/icons.h"
#include "views/flows/flowdiagramview.h"
#include "views/forms/recordeditor.h"
#include "views/stages/createstagewizard.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace akdesk {

namespace {
using akdesk::records::textOf;
}

FlowInspector::FlowInspector(ApiClient *client, std::shared_ptr<const SchemaRegistry> schema, const QJsonObject &flow,
                             QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_schema(std::move(schema))
    , m_flow(flow)
    , m_pages(new QTabWidget)
    , m_settings(new RecordEditor(client, m_schema))
    , m_bindings(new BindingsModel(client, this))
    , m_bindingsView(new QTableView)
    , m_diagram(new FlowDiagramView)
    , m_status(new QLabel)
{
    m_settings->open(*m_schema->resource(QStringLiteral("flows")), flow);
    connect(m_settings, &RecordEditor::titleChanged, this, &FlowInspector::titleChanged);
    connect(m_settings->session(), &EditSession::loaded, this, [this](const QJsonObject &record) {
        const bool first = textOf(m_flow, "pk").isEmpty();
        m_flow = record;
        if (first)
            m_bindings->load(textOf(record, "pk"));
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
    m_bindingsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_bindingsView->horizontalHeader()->setSectionResizeMode(BindingsModel::StageColumn, QHeaderView::Stretch);
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
        auto *wizard = new CreateStageWizard(m_client, m_schema, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->presetBinding(textOf(m_flow, "pk"));
        connect(wizard, &CreateStageWizard::bindingCreated, m_bindings, &BindingsModel::reload);
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
    auto *bindingsPage = new QWidget;
    auto *bindingsLayout = new QVBoxLayout(bindingsPage);
    bindingsLayout->addWidget(m_bindingsView, 1);
    bindingsLayout->addLayout(bindingButtons);

    // Diagram.
    m_diagram->setObjectName(QStringLiteral("diagram"));
    connect(m_diagram, &FlowDiagramView::stageClicked, this, [this](int stageIndex) {
        // stage_N is the N-th binding in run order.
        if (stageIndex < m_bindings->rowCount()) {
            m_bindingsView->selectRow(stageIndex);
            const QJsonObject binding = m_bindings->binding(stageIndex);
            Q_EMIT stageRequested(textOf(binding, "stage"), binding.value(QLatin1String("stage_obj")).toObject()
                                                             .value(QLatin1String("meta_model_name")).toString());
        }
    });
    auto *fit = new QPushButton(tr("Fit"));
    connect(fit, &QPushButton::clicked, m_diagram, &FlowDiagramView::fitToWindow);
    auto *png = new QPushButton(tr("Export PNG…"));
    connect(png, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export diagram"), slug() + QStringLiteral(".png"), tr("PNG images (*.png)"));
        if (!path.isEmpty() && !m_diagram->exportPng(path))
            QMessageBox::warning(this, tr("Not exported"), tr("Could not write %1.").arg(path));
    });
    auto *svg = new QPushButton(tr("Export SVG…"));
    connect(svg, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export diagram"), slug() + QStringLiteral(".svg"), tr("SVG images (*.svg)"));
        if (!path.isEmpty() && !m_diagram->exportSvg(path))
            QMessageBox::warning(this, tr("Not exported"), tr("Could not write %1.").arg(path));
    });
    auto *diagramButtons = new QHBoxLayout;
    diagramButtons->addWidget(new QLabel(tr("Wheel or +/- zoom, drag to pan, click a stage to open it.")), 1);
    diagramButtons->addWidget(fit);
    diagramButtons->addWidget(png);
    diagramButtons->addWidget(svg);
    auto *diagramPage = new QWidget;
    auto *diagramLayout = new QVBoxLayout(diagramPage);
    diagramLayout->addWidget(m_diagram, 1);
    diagramLayout->addLayout(diagramButtons);

    m_pages->setObjectName(QStringLiteral("flowPages"));
    m_pages->addTab(bindingsPage, Icons::binding(), tr("Stages"));
    m_pages->addTab(diagramPage, Icons::forFlowDesignation(textOf(flow, "designation")), tr("Diagram"));
    m_pages->addTab(m_settings, Icons::action(Icons::Action::Properties), tr("Settings"));

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

    connect(m_bindings, &BindingsModel::loaded, this, [this] {
        m_status->setText(tr("%n stage(s) bound", nullptr, m_bindings->rowCount()));
        refreshDiagram();
    });
    connect(m_bindings, &BindingsModel::failed, this, [this](const ApiError &error, const QString &what) {
        m_status->setText(QStringLiteral("%1: %2").arg(what, error.message()));
    });
    connect(m_bindings, &BindingsModel::queued, m_status, &QLabel::setText);
    if (!textOf(flow, "pk").isEmpty())
        m_bindings->load(textOf(flow, "pk"));
}

FlowInspector::~FlowInspector() = default;

QString FlowInspector::slug() const
{
    return textOf(m_flow, "slug");
}

QString FlowInspector::title() const
{
    return textOf(m_flow, "name").isEmpty() ? slug() : textOf(m_flow, "name");
}

void FlowInspector::setDrafts(DraftStore *store, DraftSync *sync)
{
    m_store = store;
    m_sync = sync;
    m_bindings->setDraftStore(store);
    m_settings->setDrafts(store, sync);
    m_settings->open(*m_schema->resource(QStringLiteral("flows")), m_flow);  // restores a draft of the settings
}

bool FlowInspector::queueIfOffline(const ApiReply *reply, const std::function<void()> &queue, const QString &what)
{
    // A DELETE may wait whatever became of it; a POST only when it surely never arrived.
    const ApiError &error = reply->error();
    const bool idempotent = reply->method() == QLatin1String("DELETE");
    if (!m_store || reply->ok() || !(error.neverReachedServer() || (idempotent && error.outcomeUnknown())))
        return false;
    queue();
    m_status->setText(tr("%1 is queued as a draft: the server cannot be reached. It is sent with the next sync.").arg(what));
    return true;
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
        // Keep the moved binding selected once the server's order is back.
        connect(m_bindings, &BindingsModel::loaded, m_bindingsView, [this, pk] {
            const int row = m_bindings->rowOfBinding(pk);
            if (row >= 0)
                m_bindingsView->selectRow(row);
        }, Qt::SingleShotConnection);
        m_bindingsView->selectRow(to);
    }
}

void FlowInspector::addBinding()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add a stage to “%1”").arg(title()));
    auto *stages = new ReferenceModel(m_client, &dialog);
    stages->load(QStringLiteral("/stages/all/"));
    auto *stage = new QComboBox;
    stage->setObjectName(QStringLiteral("bindingStage"));
    stage->setModel(stages);
    stage->setEditable(true);
    stage->setInsertPolicy(QComboBox::NoInsert);
    auto *order = new QSpinBox;
    order->setObjectName(QStringLiteral("bindingOrder"));
    order->setRange(-2147483647, 2147483647);
    order->setValue(m_bindings->nextOrder());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Stage:"), stage);
    form->addRow(tr("Order:"), order);
    form->addRow(new QLabel(tr("The stage itself is not changed; it also runs in this flow.")));
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted || stage->currentIndex() < 0)
        return;
    const QJsonObject body{{QStringLiteral("target"), textOf(m_flow, "pk")},
                           {QStringLiteral("stage"), stages->idAt(stage->currentIndex())},
                           {QStringLiteral("order"), order->value()}};
    const QString label = tr("%1 in %2").arg(stage->currentText(), title());
    ApiReply *reply = m_client->create(QStringLiteral("/flows/bindings/"), body);
    connect(reply, &ApiReply::finished, this, [this, body, label](ApiReply *finished) {
        if (queueIfOffline(finished, [this, body, label] { m_store->queueCreate(QStringLiteral("flows/bindings"), label, body); },
                           tr("Binding “%1”").arg(label)))
            return;
        if (!finished->ok())
            m_status->setText(tr("The stage was not added: %1").arg(finished->error().message()));
        m_bindings->reload();
    });
}

void FlowInspector::editBinding()
{
    const QModelIndex current = m_bindingsView->currentIndex();
    if (!current.isValid())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Binding options"));
    auto *editor = new RecordEditor(m_client, m_schema, &dialog);
    editor->setDrafts(m_store, m_sync);
    editor->open(*m_schema->resource(QStringLiteral("flows/bindings")), m_bindings->binding(current.row()));
    connect(editor, &RecordEditor::saved, &dialog, &QDialog::accept);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(editor);
    dialog.resize(560, 520);
    dialog.exec();
    m_bindings->reload();
}

void FlowInspector::removeBinding()
{
    const QModelIndex current = m_bindingsView->currentIndex();
    if (!current.isValid())
        return;
    const QJsonObject binding = m_bindings->binding(current.row());
    ApiReply *reply = m_client->remove(QStringLiteral("/flows/bindings/%1/").arg(textOf(binding, "pk")));
    const QString label = tr("%1 in %2").arg(binding.value(QLatin1String("stage_obj")).toObject()
                                                 .value(QLatin1String("name")).toString(), title());
    connect(reply, &ApiReply::finished, this, [this, binding, label](ApiReply *finished) {
        if (queueIfOffline(finished, [this, binding, label] {
                m_store->queueDelete(QStringLiteral("flows/bindings"), textOf(binding, "pk"), label, binding);
            }, tr("Removing “%1”").arg(label)))
            return;
        if (!finished->ok())
            m_status->setText(tr("The binding was not removed: %1").arg(finished->error().message()));
        m_bindings->reload();
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
        if (!finished->ok()) {
            m_status->setText(tr("Not exported: %1").arg(finished->error().message()));
            return;
        }
        // Written beside and renamed over: an earlier export is never left half-overwritten.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(finished->body()) != finished->body().size() || !file.commit()) {
            m_status->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
            return;
        }
        m_status->setText(tr("Exported to %1.").arg(path));
    });
}

void FlowInspector::refreshDiagram()
{
    if (slug().isEmpty())
        return;
    ApiReply *reply = m_client->flowDiagram(slug());
    connect(reply, &ApiReply::finished, this, [this](ApiReply *finished) {
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
