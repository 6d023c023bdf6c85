#include "views/main/mainwindow.h"

#include "models/api/apiclient.h"
#include "models/storage/localstore.h"
#include "models/drafts/draftsync.h"
#include "models/operations/editsession.h"
#include "models/operations/recordwriter.h"
#include "models/items/stagetypesmodel.h"
#include "models/items/pagedlistmodel.h"
#include "models/items/listcounts.h"
#include "models/session/workspace.h"
#include "models/records/record.h"
#include "models/schema/schemaregistry.h"
#include "views/drafts/draftspane.h"
#include "views/flows/clonedialog.h"
#include "views/common/announce.h"
#include "views/common/icondelegate.h"
#include "views/common/icons.h"
#include "views/common/theme.h"
#include "views/main/commandpalette.h"
#include "views/flows/flowinspector.h"
#include "views/flows/flowlistpane.h"
#include "views/forms/fieldeditor.h"
#include "views/forms/recordeditor.h"
#include "models/operations/duplicator.h"
#include "views/stages/createstagewizard.h"
#include "views/common/deleterecordsdialog.h"
#include "views/stages/stagelistpane.h"
#include "views/policies/policytestdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QTimer>
#include <QTreeWidget>
#include <QSettings>
#include <QUndoGroup>
#include <QUndoStack>

namespace akdesk {

namespace {
const char *const kRecordIdProperty = "akdeskRecordId";
}

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_client(workspace->client())
    , m_schema(workspace->schema())
    , m_drafts(workspace->store())
    , m_sync(workspace->sync())
    , m_undoGroup(new QUndoGroup(this))
{
    connect(m_workspace->writer(), &RecordWriter::changed, this, &MainWindow::onRecordChanged);
    setWindowTitle(tr("akdesk — %1").arg(m_client->serverUrl().toDisplayString()));
    resize(1200, 760);

    m_navigator = new QTreeWidget;
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setHeaderHidden(true);
    m_navigator->setAccessibleName(tr("Navigator"));
    m_navigator->setUniformRowHeights(true);
    // Long kind names ("Authenticator Validate Stage (3)") keep both ends, and the icon of the
    // selected entry stays visible (IconDelegate).
    m_navigator->setTextElideMode(Qt::ElideMiddle);
    m_navigator->setItemDelegate(new IconDelegate([](const QModelIndex &index) {
        return index.data(Qt::DecorationRole).value<QIcon>();
    }, m_navigator));

    m_list = new StageListPane(m_workspace);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->addTab(m_list, tr("Stages"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);  // the lists stay
    m_flowList = new FlowListPane(m_client);
    m_tabs->addTab(m_flowList, tr("Flows"));
    m_tabs->tabBar()->setTabButton(1, QTabBar::RightSide, nullptr);
    m_draftsPane = new DraftsPane(m_workspace);
    m_tabs->addTab(m_draftsPane, tr("Drafts"));
    m_tabs->tabBar()->setTabButton(2, QTabBar::RightSide, nullptr);
    m_policyList = new StageListPane(m_workspace, nullptr, ResourceDescriptor::Category::Policy);
    m_policyList->setObjectName(QStringLiteral("policyPane"));
    // Every policy's first page is read with the lists, so the navigator counts policies by kind
    // from the start (one request, the rows of /policies/all/), as it counts stages.
    m_policyList->showKind(QString());
    m_tabs->addTab(m_policyList, tr("Policies"));
    m_tabs->tabBar()->setTabButton(3, QTabBar::RightSide, nullptr);
    connect(m_draftsPane, &DraftsPane::openRequested, this, &MainWindow::openDraft);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigator);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    buildNavigator();
    // As wide as the longest entry with a count, so that no entry is cut in a fresh window.
    const QAbstractItemView *entries = m_navigator;  // QTreeView hides sizeHintForColumn()
    const int navigatorWidth = entries->sizeHintForColumn(0)
        + m_navigator->fontMetrics().horizontalAdvance(QStringLiteral(" (000)"))
        + m_navigator->verticalScrollBar()->sizeHint().width() + 2 * m_navigator->frameWidth();
    const int navigatorShare = qBound(240, navigatorWidth, 460);
    splitter->setSizes({navigatorShare, 1200 - navigatorShare});
    buildActions();

    const auto showItem = [this](QTreeWidgetItem *item) {
        if (item && item == m_draftsItem)
            showDrafts();
        else if (item && item->data(0, PolicyKindRole).isValid())
            showPolicyKind(item->data(0, PolicyKindRole).toString());
        else if (item && item->data(0, DesignationRole).isValid())
            showFlows(item->data(0, DesignationRole).toString());
        else if (item && item->data(0, ListPathRole).isValid())
            showStageKind(item->data(0, KindKeyRole).toString());
    };
    connect(m_navigator, &QTreeWidget::currentItemChanged, this, showItem);
    // A click on the item already current brings its list to the front too (a record's tab or
    // another list may be in front of it).
    connect(m_navigator, &QTreeWidget::itemClicked, this, showItem);
    connect(m_flowList, &FlowListPane::openRequested, this, [this](const QJsonObject &flow) { openFlow(flow); });
    connect(m_list, &StageListPane::openRequested, this, [this](const QJsonObject &record) {
        if (const ResourceDescriptor *kind = m_schema->stageKindForModel(record.value(QLatin1String("meta_model_name")).toString()))
            openRecord(*kind, record);
        else
            statusBar()->showMessage(tr("akdesk has no form for this kind of stage."), 5000);
    });
    connect(m_list, &StageListPane::selectionChanged, this, &MainWindow::updateActions);
    connect(m_policyList, &StageListPane::openRequested, this, [this](const QJsonObject &record) {
        if (const ResourceDescriptor *kind = m_schema->policyKindForModel(record.value(QLatin1String("meta_model_name")).toString()))
            openRecord(*kind, record);
        else
            statusBar()->showMessage(tr("akdesk has no form for this kind of policy."), 5000);
    });
    connect(m_policyList, &StageListPane::selectionChanged, this, &MainWindow::updateActions);
    // Counts from the rows the lists load anyway: not one request of their own.
    m_stageCounts = new ListCounts(m_list->model(), QStringLiteral("/stages/all/"), [this](const QJsonObject &stage) {
        const ResourceDescriptor *kind = m_schema->stageKindForModel(stage.value(QLatin1String("meta_model_name")).toString());
        return kind ? kind->key : QString();
    }, this);
    m_flowCounts = new ListCounts(m_flowList->model(), QStringLiteral("/flows/instances/"), [](const QJsonObject &flow) {
        return flow.value(QLatin1String("designation")).toString();
    }, this);
    // Policies are counted as stages are, from the rows of /policies/all/ (meta_model_name).
    m_policyCounts = new ListCounts(m_policyList->model(), QStringLiteral("/policies/all/"), [this](const QJsonObject &policy) {
        const ResourceDescriptor *kind = m_schema->policyKindForModel(policy.value(QLatin1String("meta_model_name")).toString());
        return kind ? kind->key : QString();
    }, this);
    connect(m_policyCounts, &ListCounts::changed, this, &MainWindow::showCounts);
    connect(m_stageCounts, &ListCounts::changed, this, &MainWindow::showCounts);
    connect(m_flowCounts, &ListCounts::changed, this, &MainWindow::showCounts);
    connect(m_client, &ApiClient::requestFailed, this, [this](const ApiError &error) {
        if (error.kind != ApiError::Kind::Cancelled && error.kind != ApiError::Kind::Offline
            && !(error.neverReachedServer() && !m_client->isReachable()))
            statusBar()->showMessage(error.message(), 8000);
        if (!error.sslErrors.isEmpty() && !m_certificatesShown.contains(error.certificatePem)) {
            // Never silently: show the certificate once, and let the user decide to trust it.
            m_certificatesShown.insert(error.certificatePem);
            QMessageBox box(QMessageBox::Warning, tr("Untrusted certificate"),
                            tr("akdesk did not connect to %1: %2").arg(error.host, error.sslErrors.join(QLatin1Char(' '))),
                            QMessageBox::Close, this);
            box.setInformativeText(tr("The server presented: %1\n\nTrust it only if you know it is your server's "
                                      "certificate (compare the fingerprint).").arg(error.certificateText));
            box.setDetailedText(QString::fromLatin1(error.certificatePem));
            QPushButton *trust = box.addButton(tr("&Trust for this connection"), QMessageBox::AcceptRole);
            trust->setObjectName(QStringLiteral("trustCertificate"));
            box.exec();
            if (box.clickedButton() == trust)
                Q_EMIT trustCertificateRequested(error.certificatePem);
        }
    });

    m_connection = new QLabel;
    m_connection->setObjectName(QStringLiteral("connection"));
    m_draftCount = new QPushButton;
    m_draftCount->setObjectName(QStringLiteral("draftCount"));
    m_draftCount->setFlat(true);
    m_draftCount->setIcon(Icons::status(Icons::Status::Draft));
    m_draftCount->setToolTip(tr("Show the drafts (Alt+3)"));
    connect(m_draftCount, &QPushButton::clicked, this, &MainWindow::showDrafts);
    // Every running request can be stopped; the button shows only while some run for a while.
    auto *stop = new QPushButton(Icons::action(Icons::Action::Stop), tr("Stop"));
    stop->setObjectName(QStringLiteral("stopRequests"));
    stop->setFlat(true);
    stop->setToolTip(tr("Cancel every request still waiting for the server"));
    stop->setVisible(false);
    connect(stop, &QPushButton::clicked, m_client, &ApiClient::cancelAll);
    auto *watch = new QTimer(this);
    watch->setInterval(700);
    connect(watch, &QTimer::timeout, stop, [this, stop] { stop->setVisible(m_client->pendingCount() > 0); });
    watch->start();
    // For as long as it lasts, not as a passing message: a full or read-only disk stays so.
    auto *storeProblem = new QLabel;
    storeProblem->setObjectName(QStringLiteral("storeProblem"));
    storeProblem->setVisible(false);
    QPalette problemPalette = storeProblem->palette();
    problemPalette.setColor(QPalette::WindowText, theme::errorText(palette()));
    storeProblem->setPalette(problemPalette);
    connect(m_drafts, &LocalStore::keepingChanged, storeProblem, [storeProblem](bool keeping, const QString &why) {
        storeProblem->setText(keeping ? QString() : tr("Edits are not being kept on disk"));
        storeProblem->setToolTip(keeping ? QString()
                                         : tr("The drafts file refuses writes: %1. Open editors keep what you typed; "
                                              "save it to the server.").arg(why));
        storeProblem->setVisible(!keeping);
        if (!keeping)
            announce(storeProblem, storeProblem->toolTip());
    });
    statusBar()->addPermanentWidget(storeProblem);
    statusBar()->addPermanentWidget(stop);
    statusBar()->addPermanentWidget(m_draftCount);
    statusBar()->addPermanentWidget(m_connection);
    connect(m_client, &ApiClient::refusingChanged, this, &MainWindow::updateConnection);
    connect(m_client, &ApiClient::onlineChanged, this, [this](bool online) {
        updateConnection();
        if (online) {
            // Back: show the server's current lists, and say what waits to be sent.
            m_list->reload();
            m_flowList->reload();
            m_policyList->reload();
            const int waiting = m_drafts->count();
            statusBar()->showMessage(waiting > 0 ? tr("Back online. %n draft(s) wait to be synced.", nullptr, waiting)
                                                 : tr("Back online."), 8000);
        } else {
            statusBar()->showMessage(m_client->isWorkingOffline()
                                         ? tr("Working offline: lists show what was fetched last; changes are kept as drafts.")
                                         : tr("The server cannot be reached: lists show what was fetched last; changes are kept as drafts."));
        }
    });
    connect(m_drafts, &LocalStore::draftsChanged, this, &MainWindow::updateDraftCount);

    statusBar()->showMessage(tr("Connected to %1").arg(m_client->serverUrl().toDisplayString()));
    if (const int waiting = m_drafts->count(); waiting > 0)
        statusBar()->showMessage(tr("%n draft(s) from earlier are kept, not yet on the server: see Drafts (Alt+3).", nullptr,
                                    waiting));
    updateConnection();
    updateDraftCount();
    m_navigator->setCurrentItem(m_allStages->child(0));
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::setProfiles(const QStringList &names, const QString &current)
{
    m_profileNames = names;
    m_currentProfile = current;
    m_switchMenu->clear();
    for (const QString &name : names) {
        QAction *action = m_switchMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(name == current);
        connect(action, &QAction::triggered, this, [this, name, current] {
            if (name != current)
                Q_EMIT switchRequested(name);
        });
    }
    m_switchMenu->setEnabled(!names.isEmpty());
}

void MainWindow::showDrafts()
{
    m_tabs->setCurrentWidget(m_draftsPane);
    m_draftsPane->view()->setFocus();
}

void MainWindow::updateConnection()
{
    if (m_client->isWorkingOffline()) {
        m_connection->setText(tr("● Working offline"));
        m_connection->setToolTip(tr("Nothing is sent to the server; changes are kept as drafts. "
                                    "Turn off File ▸ Work offline to connect."));
    } else if (!m_client->isReachable()) {
        m_connection->setText(tr("● Offline — the server cannot be reached"));
        m_connection->setToolTip(tr("Lists show what akdesk fetched last; changes are kept as drafts. akdesk "
                                    "checks every few seconds and says when the server is back."));
    } else if (m_client->isRefusing()) {
        m_connection->setText(tr("● Online, but the server refuses every request"));
        m_connection->setToolTip(m_client->lastRefusal().message());
    } else {
        m_connection->setText(tr("● Online"));
        m_connection->setToolTip(m_client->serverUrl().toDisplayString());
    }
    m_connection->setStyleSheet(m_client->isOnline() && !m_client->isRefusing()
                                    ? QStringLiteral("QLabel { color: %1; }").arg(theme::okText(palette()).name())
                                    : QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                                          .arg(theme::warningText(palette()).name()));
    // Losing or regaining the server is said aloud, not only coloured.
    if (m_connection->accessibleName() != m_connection->text()) {
        m_connection->setAccessibleName(m_connection->text());
        announce(m_connection, m_connection->text());
    }
    if (QAction *offline = m_actions.value(QStringLiteral("workOffline")))
        offline->setChecked(m_client->isWorkingOffline());
    if (QAction *sync = m_actions.value(QStringLiteral("syncDrafts")))
        sync->setEnabled(m_client->isOnline());
}

void MainWindow::updateDraftCount()
{
    const int count = m_drafts->count();
    m_draftCount->setText(count == 0 ? tr("No drafts") : tr("%n draft(s)", nullptr, count));
    m_draftCount->setAccessibleName(m_draftCount->text());
    const QString label = count == 0 ? tr("Drafts") : tr("Drafts (%1)").arg(count);
    if (m_draftsItem)
        m_draftsItem->setText(0, label);
    m_tabs->setTabText(m_tabs->indexOf(m_draftsPane), label);
}

void MainWindow::openDraft(const Draft &draft)
{
    const ResourceDescriptor *resource = m_schema->resource(draft.resourceKey);
    if (!resource || draft.operation != Draft::Operation::Update)
        return;
    if (resource->category == ResourceDescriptor::Category::Flow) {
        QJsonObject flow = draft.base;
        flow.insert(resource->lookupField, draft.recordId);
        openFlow(flow);
        return;
    }
    QJsonObject record = draft.base;
    record.insert(resource->lookupField, draft.recordId);
    openRecord(*resource, record);
}

void MainWindow::buildNavigator()
{
    m_allStages = new QTreeWidgetItem(m_navigator, {tr("Stages")});
    m_allStages->setFlags(Qt::ItemIsEnabled);
    auto *all = new QTreeWidgetItem(m_allStages, {tr("All stages")});
    all->setIcon(0, Icons::genericStage());
    all->setData(0, KindKeyRole, QString());
    all->setData(0, ListPathRole, QStringLiteral("/stages/all/"));
    all->setData(0, LabelRole, tr("All stages"));
    const QList<const ResourceDescriptor *> kinds = m_schema->stageKinds();
    for (const ResourceDescriptor *kind : kinds) {
        auto *item = new QTreeWidgetItem(m_allStages, {kind->label});
        item->setIcon(0, Icons::forStageKey(kind->key));
        item->setData(0, KindKeyRole, kind->key);
        item->setData(0, ListPathRole, kind->listPath);
        item->setData(0, LabelRole, kind->label);
        // The tooltip names the kind in full, however narrow the navigator is.
        item->setToolTip(0, kind->description.isEmpty() ? kind->label : tr("%1: %2").arg(kind->label, kind->description));
    }
    m_allStages->setExpanded(true);
    // Flows, grouped by what they are for.
    m_allFlows = new QTreeWidgetItem(m_navigator, {tr("Flows")});
    m_allFlows->setFlags(Qt::ItemIsEnabled);
    auto *everyFlow = new QTreeWidgetItem(m_allFlows, {tr("All flows")});
    everyFlow->setIcon(0, Icons::flow());
    everyFlow->setData(0, DesignationRole, QString());
    everyFlow->setData(0, LabelRole, tr("All flows"));
    if (const ResourceDescriptor *flowsResource = m_schema->resource(QStringLiteral("flows"))) {
        for (const QString &designation : flowsResource->field(QStringLiteral("designation"))->enumValues) {
            const QString label = FieldEditor::humanize(designation);
            auto *item = new QTreeWidgetItem(m_allFlows, {label});
            item->setIcon(0, Icons::forFlowDesignation(designation));
            item->setData(0, DesignationRole, designation);
            item->setData(0, LabelRole, label);
        }
    }
    m_allFlows->setExpanded(true);
    // Policies, by kind, as the stages: after the flows, as they decide who passes them.
    m_allPolicies = new QTreeWidgetItem(m_navigator, {tr("Policies")});
    m_allPolicies->setFlags(Qt::ItemIsEnabled);
    auto *everyPolicy = new QTreeWidgetItem(m_allPolicies, {tr("All policies")});
    everyPolicy->setIcon(0, Icons::action(Icons::Action::Properties));
    everyPolicy->setData(0, PolicyKindRole, QString());
    everyPolicy->setData(0, LabelRole, tr("All policies"));
    for (const ResourceDescriptor *kind : m_schema->policyKinds()) {
        auto *item = new QTreeWidgetItem(m_allPolicies, {kind->label});
        item->setIcon(0, Icons::action(Icons::Action::Properties));
        item->setData(0, PolicyKindRole, kind->key);
        item->setData(0, LabelRole, kind->label);
        item->setToolTip(0, kind->description.isEmpty() ? kind->label : tr("%1: %2").arg(kind->label, kind->description));
    }
    m_allPolicies->setExpanded(true);
    m_draftsItem = new QTreeWidgetItem(m_navigator, {tr("Drafts")});
    m_draftsItem->setIcon(0, Icons::status(Icons::Status::Draft));
    m_draftsItem->setToolTip(0, tr("Changes not yet on the server"));
}

QAction *MainWindow::action(const QString &name) const
{
    return m_actions.value(name);
}

void MainWindow::showCounts()
{
    auto label = [this](QTreeWidgetItem *item, int count) {
        const QString base = item->data(0, LabelRole).toString();
        item->setText(0, count < 0 ? base : QStringLiteral("%1 (%2)").arg(base).arg(count));
        item->setForeground(0, count == 0 ? palette().brush(QPalette::Disabled, QPalette::Text) : palette().brush(QPalette::Text));
    };
    for (int i = 0; i < m_allStages->childCount(); ++i) {
        QTreeWidgetItem *item = m_allStages->child(i);
        const QString key = item->data(0, KindKeyRole).toString();
        label(item, key.isEmpty() ? m_stageCounts->total() : m_stageCounts->countOf(key));
    }
    for (int i = 0; i < m_allPolicies->childCount(); ++i) {
        QTreeWidgetItem *item = m_allPolicies->child(i);
        const QString key = item->data(0, PolicyKindRole).toString();
        label(item, key.isEmpty() ? m_policyCounts->total() : m_policyCounts->countOf(key));
    }
    for (int i = 0; i < m_allFlows->childCount(); ++i) {
        QTreeWidgetItem *item = m_allFlows->child(i);
        const QString designation = item->data(0, DesignationRole).toString();
        label(item, designation.isEmpty() ? m_flowCounts->total() : m_flowCounts->countOf(designation));
    }
}

void MainWindow::onRecordChanged(const RecordChange &change)
{
    m_list->model()->apply(change);
    m_flowList->model()->apply(change);
    m_policyList->model()->apply(change);
    // Counts change only when records come and go (ListCounts ignores the rest).
    m_policyCounts->apply(change);
    m_stageCounts->apply(change);
    m_flowCounts->apply(change);
}

void MainWindow::showFlows(const QString &designation)
{
    m_flowList->showDesignation(designation);
    m_tabs->setCurrentWidget(m_flowList);
}

FlowInspector *MainWindow::openFlow(const QJsonObject &flow)
{
    const QString id = QStringLiteral("flow:") + flow.value(QLatin1String("slug")).toString();
    for (int i = FirstRecordTab; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->property(kRecordIdProperty).toString() == id) {
            m_tabs->setCurrentIndex(i);
            return qobject_cast<FlowInspector *>(m_tabs->widget(i));
        }
    }
    auto *inspector = new FlowInspector(m_workspace, flow);
    adoptEditor(inspector->settings());
    m_undoGroup->addStack(inspector->undoStack());
    connect(inspector, &FlowInspector::activeUndoStackChanged, this, &MainWindow::updateActions);
    connect(inspector, &FlowInspector::statusMessage, this, [this](const QString &text) {
        statusBar()->showMessage(text, 15000);
    });
    inspector->setProperty(kRecordIdProperty, id);
    const int index = m_tabs->addTab(inspector, inspector->title());
    m_tabs->setTabToolTip(index, tr("Flow %1").arg(inspector->slug()));
    connect(inspector, &FlowInspector::titleChanged, this, [this, inspector](const QString &title) {
        m_tabs->setTabText(m_tabs->indexOf(inspector), title);
    });
    connect(inspector, &FlowInspector::stageRequested, this, &MainWindow::openStageById);
    m_tabs->setCurrentIndex(index);
    return inspector;
}

void MainWindow::openStageById(const QString &pk, const QString &metaModelName)
{
    if (const ResourceDescriptor *kind = m_schema->stageKindForModel(metaModelName))
        openRecord(*kind, {{QStringLiteral("pk"), pk}});
    else
        statusBar()->showMessage(tr("akdesk has no form for this kind of stage."), 5000);
}

void MainWindow::showStageKind(const QString &key)
{
    m_list->showKind(key);
    m_tabs->setCurrentWidget(m_list);
}

void MainWindow::showPolicyKind(const QString &key)
{
    m_policyList->showKind(key);
    m_tabs->setCurrentWidget(m_policyList);
}

void MainWindow::testPolicy(const QJsonObject &policy)
{
    auto *dialog = new PolicyTestDialog(m_workspace, policy, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

StageListPane *MainWindow::frontList() const
{
    return m_tabs->currentWidget() == m_policyList ? m_policyList : m_list;
}

RecordEditor *MainWindow::currentEditor() const
{
    return qobject_cast<RecordEditor *>(m_tabs->currentWidget());
}

RecordEditor *MainWindow::openRecord(const ResourceDescriptor &resource, const QJsonObject &record)
{
    const QString id = records::recordId(record, resource);
    for (int i = FirstRecordTab; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->property(kRecordIdProperty).toString() == id) {
            m_tabs->setCurrentIndex(i);
            return qobject_cast<RecordEditor *>(m_tabs->widget(i));
        }
    }
    auto *editor = new RecordEditor(m_workspace);
    adoptEditor(editor);
    editor->setProperty(kRecordIdProperty, id);
    editor->open(resource, record);
    const int index = m_tabs->addTab(editor, editor->title());
    m_tabs->setTabToolTip(index, resource.label);
    connect(editor, &RecordEditor::titleChanged, this, [this, editor](const QString &title) {
        m_tabs->setTabText(m_tabs->indexOf(editor), title);
    });
    // A flow link in "Bound into flows" opens that flow.
    connect(editor, &RecordEditor::flowActivated, this, [this](const QString &slug) {
        openFlow({{QStringLiteral("slug"), slug}, {QStringLiteral("name"), slug}});
    });
    connect(editor, &RecordEditor::testRequested, this, &MainWindow::testPolicy);
    connect(editor, &RecordEditor::saved, this, [this](const QJsonObject &, bool) {
        statusBar()->showMessage(tr("Saved."), 4000);
    });
    m_tabs->setCurrentIndex(index);
    return editor;
}

void MainWindow::createStage()
{
    StageListPane *list = frontList();
    auto *wizard = new CreateStageWizard(m_workspace, this, list->family());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &CreateStageWizard::queued, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });
    if (!list->kind().isEmpty())
        connect(wizard->types(), &StageTypesModel::loaded, wizard, [wizard, kind = list->kind()] { wizard->selectKind(kind); },
                Qt::SingleShotConnection);
    connect(wizard, &CreateStageWizard::stageCreated, this, [this, family = list->family()](const QJsonObject &stage) {
        statusBar()->showMessage(tr("Created “%1”.").arg(stage.value(QLatin1String("name")).toString()), 5000);
        if (const ResourceDescriptor *kind = m_schema->kindForModel(family, stage.value(QLatin1String("meta_model_name")).toString()))
            openRecord(*kind, stage);
    });
    wizard->open();
}

void MainWindow::duplicateSelected()
{
    const QList<QJsonObject> records = frontList()->selectedRecords();
    if (records.size() != 1)
        return;
    auto *duplicator = new Duplicator(m_workspace, this);
    connect(duplicator, &Duplicator::duplicated, this, [this, duplicator](const QJsonObject &copy) {
        duplicator->deleteLater();
        statusBar()->showMessage(tr("Duplicated as “%1”.").arg(copy.value(QLatin1String("name")).toString()), 5000);
        const QString model = copy.value(QLatin1String("meta_model_name")).toString();
        const ResourceDescriptor *kind = m_schema->stageKindForModel(model);
        if (const ResourceDescriptor *found = kind ? kind : m_schema->policyKindForModel(model))
            openRecord(*found, copy);
    });
    connect(duplicator, &Duplicator::failed, this, [this, duplicator](const ApiError &error) {
        duplicator->deleteLater();
        QMessageBox::warning(this, tr("Not duplicated"), tr("It was not duplicated: %1").arg(error.message()));
    });
    duplicator->duplicate(records.first());
}

void MainWindow::deleteSelected()
{
    StageListPane *list = frontList();
    const QList<QJsonObject> records = list->selectedRecords();
    if (records.isEmpty() || m_tabs->currentWidget() != list)
        return;
    const bool policies = list == m_policyList;
    // Policies are deleted at /policies/all/<pk>/ whatever their kind (PolicyViewSet's destroy).
    auto *dialog = new DeleteRecordsDialog(m_workspace, records, this,
                                           policies ? m_schema->resource(QStringLiteral("policies")) : nullptr);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeleteRecordsDialog::queued, this, [this](int count) {
        statusBar()->showMessage(tr("Offline: %n delete(s) queued as drafts, sent with the next sync.", nullptr, count), 8000);
    });
    connect(dialog, &DeleteRecordsDialog::deleted, this, [this, policies](const QStringList &pks) {
        // Editors of deleted stages close; there is nothing left to save into.
        for (int i = m_tabs->count() - 1; i >= FirstRecordTab; --i) {
            if (pks.contains(m_tabs->widget(i)->property(kRecordIdProperty).toString())) {
                QWidget *page = m_tabs->widget(i);
                m_tabs->removeTab(i);
                page->deleteLater();
            }
        }
        statusBar()->showMessage(policies ? tr("Deleted %n policy(ies).", nullptr, int(pks.size()))
                                          : tr("Deleted %n stage(s).", nullptr, int(pks.size())), 5000);
    });
    dialog->open();
}

void MainWindow::openSelected()
{
    StageListPane *list = frontList();
    const QList<QJsonObject> records = list->selectedRecords();
    for (const QJsonObject &record : records)
        Q_EMIT list->openRequested(record);
}

bool MainWindow::confirmCloseOf(QWidget *page)
{
    if (auto *editor = qobject_cast<RecordEditor *>(page))
        return editor->confirmClose();
    if (auto *inspector = qobject_cast<FlowInspector *>(page))
        return inspector->confirmClose();
    return true;
}

bool MainWindow::closeTab(int index)
{
    if (index < FirstRecordTab)
        return false;
    if (!confirmCloseOf(m_tabs->widget(index)))
        return false;
    QWidget *widget = m_tabs->widget(index);
    m_tabs->removeTab(index);
    widget->deleteLater();
    return true;
}

void MainWindow::adoptEditor(RecordEditor *editor)
{
    editor->useWindowShortcuts();
    m_undoGroup->addStack(editor->undoStack());
}

void MainWindow::updateActions()
{
    RecordEditor *editor = activeEditor();
    if (auto *inspector = qobject_cast<FlowInspector *>(m_tabs->currentWidget()))
        m_undoGroup->setActiveStack(inspector->activeUndoStack());  // its bindings' changes or its settings'
    else
        m_undoGroup->setActiveStack(editor ? editor->undoStack() : nullptr);
    m_actions.value(QStringLiteral("save"))->setEnabled(editor != nullptr);
    m_actions.value(QStringLiteral("revert"))->setEnabled(editor != nullptr);
    const bool onFlow = qobject_cast<FlowInspector *>(m_tabs->currentWidget()) != nullptr;
    for (QAction *action : std::as_const(m_inspectorActions))
        action->setEnabled(onFlow);
    const bool onList = m_tabs->currentWidget() == m_list || m_tabs->currentWidget() == m_policyList;
    const int selected = int(frontList()->selectedRecords().size());
    m_actions.value(QStringLiteral("open"))->setEnabled(onList && selected > 0);
    m_actions.value(QStringLiteral("duplicate"))->setEnabled(onList && selected == 1);
    m_actions.value(QStringLiteral("delete"))->setEnabled(onList && selected > 0);
    m_actions.value(QStringLiteral("closeTab"))->setEnabled(m_tabs->currentIndex() >= FirstRecordTab);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Each tab the user answered for closes at once: cancelling at a later tab must not ask again
    // about the changes already kept or discarded.
    const int shown = m_tabs->currentIndex();
    for (int i = m_tabs->count() - 1; i >= FirstRecordTab; --i) {
        if (!closeTab(i)) {
            m_tabs->setCurrentIndex(i);
            event->ignore();
            return;
        }
    }
    // The next start shows the list that was in front, not the tab left once the records closed;
    // behind a record's tab, that is the list the navigator points at.
    if (shown < FirstRecordTab) {
        m_tabs->setCurrentIndex(shown);
    } else {
        QWidget *list = listOf(navigatorPlace(m_navigator->currentItem()));
        m_tabs->setCurrentWidget(list ? list : m_list);
    }
    if (m_settings)
        saveSettings(*m_settings);
    event->accept();
    Q_EMIT closed();
}

} // namespace akdesk
