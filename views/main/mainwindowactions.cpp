// MainWindow's menus, keyboard, command palette and remembered state. Split from mainwindow.cpp to
// keep each file readable; both define the one class.
#include "views/main/mainwindow.h"

#include "models/api/apiclient.h"
#include "models/operations/editsession.h"
#include "models/operations/flowcloner.h"
#include "models/operations/flowfolderexport.h"
#include "models/operations/recordwriter.h"
#include "models/drafts/draftsync.h"
#include "models/items/pagedlistmodel.h"
#include "models/schema/schemaregistry.h"
#include "views/drafts/draftspane.h"
#include "views/flows/clonedialog.h"
#include "views/flows/flowinspector.h"
#include "views/flows/flowlistpane.h"
#include "views/forms/fieldeditor.h"
#include "views/forms/recordeditor.h"
#include "views/common/columnfit.h"
#include "views/common/icons.h"
#include "views/common/viewrows.h"
#include "views/main/aboutdialog.h"
#include "views/main/commandpalette.h"
#include "views/main/helpviewer.h"
#include "views/main/preferencesdialog.h"
#include "views/main/shortcutsdialog.h"
#include "views/common/deleterecordsdialog.h"
#include "views/stages/stagelistpane.h"

#include <QDir>
#include <QMessageBox>
#include <QFileDialog>
#include <QProgressDialog>
#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoGroup>
#include <QUndoStack>

#include <functional>

namespace akdesk {

namespace {

QString withoutMnemonic(const QString &text)
{
    return ShortcutsDialog::plainText(text);
}
} // namespace

void MainWindow::buildActions()
{
    auto add = [this](const QString &name, const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        m_actions.insert(name, action);
        return action;
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *offline = add(QStringLiteral("workOffline"), tr("Work &offline"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O),
                           [this](bool checked) {
        // Back online, the lists read the server again (onlineChanged): once, not here as well.
        m_client->setWorkOffline(checked);
    });
    offline->setCheckable(true);
    file->addAction(offline);
    file->addAction(add(QStringLiteral("syncDrafts"), tr("S&ync drafts"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                        [this] { m_draftsPane->syncAll(); }));
    file->addSeparator();
    file->addAction(add(QStringLiteral("importBlueprint"), tr("&Import blueprint…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a blueprint"), QString(), tr("Blueprints (*.yaml *.yml)"));
        if (!path.isEmpty())
            importBlueprintFile(path);
    }));
    file->addSeparator();
    file->addAction(add(QStringLiteral("connections"), tr("&Connections…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                        [this] { Q_EMIT connectionsRequested(); }));
    m_switchMenu = file->addMenu(tr("S&witch connection"));
    m_switchMenu->setObjectName(QStringLiteral("switchMenu"));
    m_switchMenu->setEnabled(false);
    file->addSeparator();
    file->addAction(add(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit, [this] { close(); }));

    // Undo, Redo and Save act on the editor in front, whether a stage's or a flow's settings.
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    m_actions.insert(undo->objectName(), undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts(QKeySequence::Redo);
    m_actions.insert(redo->objectName(), redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(add(QStringLiteral("save"), tr("&Save"), QKeySequence::Save, [this] {
        if (RecordEditor *editor = activeEditor())
            editor->save();
    }));
    edit->addAction(add(QStringLiteral("revert"), tr("Re&vert"), QKeySequence(), [this] {
        if (RecordEditor *editor = activeEditor())
            editor->revert();
    }));
    edit->addSeparator();
    edit->addAction(add(QStringLiteral("commandPalette"), tr("&Go to anything…"), QKeySequence(Qt::CTRL | Qt::Key_K),
                        [this] { showCommandPalette(); }));
    edit->addAction(add(QStringLiteral("preferences"), tr("&Preferences…"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
                        [this] {
        auto *dialog = new PreferencesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }));

    QMenu *stage = menuBar()->addMenu(tr("&Stage"));
    stage->addAction(add(QStringLiteral("new"), tr("&New stage…"), QKeySequence::New, [this] { createStage(); }));
    stage->addAction(add(QStringLiteral("open"), tr("&Open"), QKeySequence(Qt::CTRL | Qt::Key_O), [this] { openSelected(); }));
    stage->addAction(add(QStringLiteral("duplicate"), tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D),
                         [this] { duplicateSelected(); }));
    stage->addAction(add(QStringLiteral("delete"), tr("&Delete…"), QKeySequence::Delete, [this] { deleteSelected(); }));
    stage->addAction(add(QStringLiteral("closeTab"), tr("&Close tab"), QKeySequence(Qt::CTRL | Qt::Key_W),
                         [this] { closeTab(m_tabs->currentIndex()); }));
    m_actions.value(QStringLiteral("closeTab"))->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::CTRL | Qt::Key_F4)});
    stage->addSeparator();
    stage->addAction(add(QStringLiteral("refresh"), tr("&Refresh"), QKeySequence::Refresh, [this] {
        m_list->reload();
        m_flowList->reload();
        m_policyList->reload();
        if (RecordEditor *editor = currentEditor())
            editor->session()->refresh();
        else if (auto *inspector = qobject_cast<FlowInspector *>(m_tabs->currentWidget()))
            inspector->refreshDiagram();
    }));
    stage->addAction(add(QStringLiteral("find"), tr("&Find…"), QKeySequence::Find, [this] {
        // The search box of the list in front; the stage list's from anywhere else.
        QLineEdit *field = m_list->searchField();
        if (m_tabs->currentWidget() == m_flowList)
            field = m_flowList->searchField();
        else if (m_tabs->currentWidget() == m_policyList)
            field = m_policyList->searchField();
        else
            m_tabs->setCurrentWidget(m_list);
        field->setFocus();
        field->selectAll();
    }));

    QMenu *flow = menuBar()->addMenu(tr("F&low"));
    flow->addAction(add(QStringLiteral("newFlow"), tr("&New flow…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] {
        auto *editor = new RecordEditor(m_workspace);
        editor->useWindowShortcuts();
        m_undoGroup->addStack(editor->undoStack());
        editor->startNew(*m_schema->resource(QStringLiteral("flows")));
        const int index = m_tabs->addTab(editor, editor->title());
        m_tabs->setCurrentIndex(index);
        connect(editor, &RecordEditor::saved, this, [this, editor](const QJsonObject &created) {
            m_tabs->removeTab(m_tabs->indexOf(editor));
            editor->deleteLater();
            openFlow(created);
        });
    }));
    flow->addAction(add(QStringLiteral("cloneFlow"), tr("&Clone flow…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), [this] {
        const QJsonObject current = m_flowList->currentRecord();
        if (current.isEmpty())
            return;
        auto *dialog = new CloneFlowDialog(m_workspace, current, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &CloneFlowDialog::cloned, this, [this](const QJsonObject &created) { openFlow(created); });
        dialog->open();
    }));
    flow->addAction(add(QStringLiteral("deleteFlow"), tr("&Delete flow…"), QKeySequence(Qt::SHIFT | Qt::Key_Delete), [this] {
        const QJsonObject current = m_flowList->currentRecord();
        if (current.isEmpty())
            return;
        auto *dialog = new DeleteRecordsDialog(m_workspace, {current}, this, m_schema->resource(QStringLiteral("flows")));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // The flow's bindings went with it, so its stages' flow_set changed: no answer says how.
        connect(dialog, &DeleteRecordsDialog::deleted, m_list, &StageListPane::reload);
        dialog->open();
    }));
    flow->addSeparator();
    // These keys act in a flow's bindings table (where Alt+Up must not reach other inputs), so the
    // menu shows them after a tab instead of claiming them for the whole window.
    auto inspectorAction = [this, &add](const QString &name, const QString &text, const QKeySequence &keys,
                                        std::function<void(FlowInspector *)> act) {
        const QString shown = keys.isEmpty() ? text : text + QLatin1Char('\t') + keys.toString(QKeySequence::NativeText);
        QAction *action = add(name, shown, QKeySequence(), [this, act] {
            if (auto *inspector = qobject_cast<FlowInspector *>(m_tabs->currentWidget()))
                act(inspector);
        });
        m_inspectorActions.append(action);
        return action;
    };
    flow->addAction(inspectorAction(QStringLiteral("addBinding"), tr("&Add binding…"), {}, [](FlowInspector *i) { i->addBinding(); }));
    flow->addAction(inspectorAction(QStringLiteral("editBinding"), tr("&Edit binding…"), {}, [](FlowInspector *i) { i->editBinding(); }));
    flow->addAction(inspectorAction(QStringLiteral("moveBindingUp"), tr("Move binding &up"), QKeySequence(Qt::ALT | Qt::Key_Up),
                                    [](FlowInspector *i) { i->moveSelected(-1); }));
    flow->addAction(inspectorAction(QStringLiteral("moveBindingDown"), tr("Move binding do&wn"),
                                    QKeySequence(Qt::ALT | Qt::Key_Down), [](FlowInspector *i) { i->moveSelected(1); }));
    flow->addAction(inspectorAction(QStringLiteral("removeBinding"), tr("&Remove binding"), QKeySequence(QKeySequence::Delete),
                                    [](FlowInspector *i) { i->removeBinding(); }));
    flow->addSeparator();
    flow->addAction(inspectorAction(QStringLiteral("executeFlow"), tr("E&xecute flow"), {}, [](FlowInspector *i) { i->execute(); }));
    flow->addAction(inspectorAction(QStringLiteral("exportFlow"), tr("Ex&port flow…"), {}, [](FlowInspector *i) { i->exportBlueprint(); }));
    flow->addAction(inspectorAction(QStringLiteral("promoteFlow"), tr("Pro&mote flow to another connection…"), {},
                                    [this](FlowInspector *i) { promoteFlow(i->slug()); }));
    flow->addAction(add(QStringLiteral("exportAllFlows"), tr("Export all flows to a &folder…"), QKeySequence(), [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Export every flow into a folder"));
        if (!folder.isEmpty())
            exportAllFlowsTo(folder);
    }));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(add(QStringLiteral("focusNavigator"), tr("Go to &navigator"), QKeySequence(Qt::ALT | Qt::Key_1),
                        [this] { m_navigator->setFocus(); }));
    view->addAction(add(QStringLiteral("focusList"), tr("Go to &stages"), QKeySequence(Qt::ALT | Qt::Key_2), [this] {
        m_tabs->setCurrentWidget(m_list);
        m_list->view()->setFocus();
    }));
    view->addAction(add(QStringLiteral("showDrafts"), tr("Go to &drafts"), QKeySequence(Qt::ALT | Qt::Key_3),
                        [this] { showDrafts(); }));
    view->addAction(add(QStringLiteral("focusFlows"), tr("Go to &flows"), QKeySequence(Qt::ALT | Qt::Key_4), [this] {
        m_tabs->setCurrentWidget(m_flowList);
        m_flowList->view()->setFocus();
    }));
    view->addSeparator();
    view->addAction(add(QStringLiteral("nextTab"), tr("Ne&xt tab"), QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
    }));
    view->addAction(add(QStringLiteral("previousTab"), tr("Pre&vious tab"), QKeySequence(Qt::CTRL | Qt::Key_PageUp), [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() - 1 + m_tabs->count()) % m_tabs->count());
    }));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(add(QStringLiteral("userGuide"), tr("&User guide"), QKeySequence::HelpContents,
                        [this] { HelpViewer::showGuide(this); }));
    help->addAction(add(QStringLiteral("shortcuts"), tr("&Keyboard shortcuts"), QKeySequence(Qt::CTRL | Qt::Key_Slash),
                        [this] { showShortcuts(); }));
    help->addSeparator();
    help->addAction(add(QStringLiteral("about"), tr("&About akdesk"), QKeySequence(), [this] {
        auto *dialog = new AboutDialog(m_client, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }));

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_actions.value(QStringLiteral("new")));
    toolbar->addAction(m_actions.value(QStringLiteral("open")));
    toolbar->addAction(m_actions.value(QStringLiteral("duplicate")));
    toolbar->addAction(m_actions.value(QStringLiteral("delete")));
    toolbar->addSeparator();
    toolbar->addAction(m_actions.value(QStringLiteral("save")));
    toolbar->addAction(m_actions.value(QStringLiteral("refresh")));
    QAction *toolbarToggle = toolbar->toggleViewAction();
    toolbarToggle->setObjectName(QStringLiteral("toggleToolbar"));
    toolbarToggle->setText(tr("Show &toolbar"));
    view->addSeparator();
    view->addAction(toolbarToggle);
    // Delete acts on the list only; in an editor the key edits text.
    m_actions.value(QStringLiteral("delete"))->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_list->addAction(m_actions.value(QStringLiteral("delete")));
    m_policyList->addAction(m_actions.value(QStringLiteral("delete")));
    const QList<QPair<const char *, Icons::Action>> icons = {
        {"new", Icons::Action::New},          {"open", Icons::Action::Open},
        {"duplicate", Icons::Action::Copy},   {"delete", Icons::Action::Delete},
        {"save", Icons::Action::Save},        {"refresh", Icons::Action::Refresh},
        {"find", Icons::Action::Find},        {"undo", Icons::Action::Undo},
        {"redo", Icons::Action::Redo},        {"syncDrafts", Icons::Action::Sync},
        {"workOffline", Icons::Action::WorkOffline}, {"connections", Icons::Action::Connections},
        {"about", Icons::Action::About},      {"userGuide", Icons::Action::Help},
        {"moveBindingUp", Icons::Action::MoveUp}, {"moveBindingDown", Icons::Action::MoveDown},
        {"addBinding", Icons::Action::Add},   {"removeBinding", Icons::Action::Remove},
        {"closeTab", Icons::Action::Close},   {"preferences", Icons::Action::Properties},
        {"deleteFlow", Icons::Action::Delete}, {"cloneFlow", Icons::Action::Copy},
        {"quit", Icons::Action::Close}};
    for (const auto &[name, icon] : icons)
        if (QAction *action = m_actions.value(QLatin1String(name)))
            action->setIcon(Icons::action(icon));
    m_actions.value(QStringLiteral("newFlow"))->setIcon(Icons::flow());
    // In a menu an icon takes the place of the check mark, and a checked icon looks like an
    // unchecked one: a checkable action shows its mark there (the toolbar keeps the icon).
    for (QAction *action : std::as_const(m_actions)) {
        if (action->isCheckable())
            action->setIconVisibleInMenu(false);
    }
    // Every action shows its keys in its tooltip, so the toolbar teaches them.
    for (QAction *action : std::as_const(m_actions)) {
        if (!action->shortcut().isEmpty())
            action->setToolTip(QStringLiteral("%1 (%2)").arg(withoutMnemonic(action->text()),
                                                             action->shortcut().toString(QKeySequence::NativeText)));
    }
}

QWidget *MainWindow::listOf(const QString &place) const
{
    if (place.startsWith(QLatin1String("flows:")))
        return m_flowList;
    if (place.startsWith(QLatin1String("policies:")))
        return m_policyList;
    if (place.startsWith(QLatin1String("stages:")))
        return m_list;
    if (place == QLatin1String("drafts"))
        return m_draftsPane;
    return nullptr;
}

QString MainWindow::navigatorPlace(const QTreeWidgetItem *item) const
{
    if (!item)
        return {};
    if (item == m_draftsItem)
        return QStringLiteral("drafts");
    if (item->data(0, DesignationRole).isValid())
        return QStringLiteral("flows:") + item->data(0, DesignationRole).toString();
    if (item->data(0, PolicyKindRole).isValid())
        return QStringLiteral("policies:") + item->data(0, PolicyKindRole).toString();
    if (item->data(0, KindKeyRole).isValid())
        return QStringLiteral("stages:") + item->data(0, KindKeyRole).toString();
    return {};
}

RecordEditor *MainWindow::activeEditor() const
{
    if (RecordEditor *editor = currentEditor())
        return editor;
    if (auto *inspector = qobject_cast<FlowInspector *>(m_tabs->currentWidget()))
        return inspector->settings();
    return nullptr;
}

QList<PaletteEntry> MainWindow::paletteEntries() const
{
    QList<PaletteEntry> entries;
    const QList<QAction *> menus = menuBar()->actions();
    for (const QAction *menuAction : menus) {
        if (!menuAction->menu())
            continue;
        const QList<QAction *> actions = menuAction->menu()->actions();
        for (const QAction *action : actions) {
            if (action->isSeparator() || action->menu() || action->objectName().isEmpty()
                || action->objectName() == QLatin1String("commandPalette"))
                continue;
            PaletteEntry entry;
            entry.kind = PaletteEntry::Kind::Action;
            entry.title = withoutMnemonic(action->text());
            entry.key = action->objectName();
            entry.detail = action->shortcut().isEmpty() ? action->text().section(QLatin1Char('\t'), 1)
                                                        : action->shortcut().toString(QKeySequence::NativeText);
            if (entry.detail.isEmpty())
                entry.detail = withoutMnemonic(menuAction->text());
            entries.append(entry);
        }
    }
    // The navigator's lists: every stage kind, every flow designation, the drafts.
    for (QTreeWidgetItemIterator it(m_navigator); *it; ++it) {
        QTreeWidgetItem *item = *it;
        PaletteEntry entry;
        entry.kind = PaletteEntry::Kind::List;
        entry.key = navigatorPlace(item);
        if (entry.key.isEmpty())
            continue;  // the "Stages" and "Flows" headings
        entry.title = item->data(0, LabelRole).toString();  // the label without a count
        if (item == m_draftsItem)
            entry.title = tr("Drafts");
        else if (!item->data(0, DesignationRole).toString().isEmpty())
            entry.title = tr("%1 flows").arg(entry.title);
        entry.detail = item->parent() ? withoutMnemonic(item->parent()->text(0)) : QString();
        entries.append(entry);
    }
    return entries;
}

void MainWindow::showCommandPalette()
{
    auto *palette = new CommandPalette(m_client, paletteEntries(), this);
    palette->setAttribute(Qt::WA_DeleteOnClose);
    connect(palette, &CommandPalette::entryActivated, this, &MainWindow::goTo);
    m_palette = palette;
    palette->show();
    palette->searchField()->setFocus();
}

void MainWindow::goTo(const PaletteEntry &entry)
{
    switch (entry.kind) {
    case PaletteEntry::Kind::Action:
        if (QAction *action = m_actions.value(entry.key); action && action->isEnabled())
            action->trigger();
        else
            statusBar()->showMessage(tr("“%1” is not available here.").arg(entry.title), 5000);
        return;
    case PaletteEntry::Kind::List:
        for (QTreeWidgetItemIterator it(m_navigator); *it; ++it) {
            if (navigatorPlace(*it) == entry.key) {
                m_navigator->setCurrentItem(*it);
                break;
            }
        }
        if (m_tabs->currentWidget() == m_list || m_tabs->currentWidget() == m_policyList)
            frontList()->view()->setFocus();
        else if (m_tabs->currentWidget() == m_flowList)
            m_flowList->view()->setFocus();
        return;
    case PaletteEntry::Kind::Stage:
        openStageById(entry.key, entry.extra);
        return;
    case PaletteEntry::Kind::Flow:
        openFlow({{QStringLiteral("slug"), entry.key}, {QStringLiteral("name"), entry.title}});
        return;
    }
}

void MainWindow::showShortcuts()
{
    QList<ShortcutGroup> groups = ShortcutsDialog::fromMenuBar(menuBar());
    // Keys that act where the focus is, listed so nobody has to discover them.
    groups.append({tr("Lists"),
                   {{tr("Open the selected stage or flow"), QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)},
                    {tr("Select all"), QKeySequence(QKeySequence::SelectAll).toString(QKeySequence::NativeText)},
                    {tr("Load the next page"), tr("Scroll or move past the last row")}}});
    groups.append({tr("Editors"),
                   {{tr("Next field"), QKeySequence(Qt::Key_Tab).toString(QKeySequence::NativeText)},
                    {tr("Previous field"), QKeySequence(Qt::SHIFT | Qt::Key_Backtab).toString(QKeySequence::NativeText)},
                    {tr("Save"), QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)},
                    {tr("Keep as a draft and close"), QKeySequence(Qt::CTRL | Qt::Key_W).toString(QKeySequence::NativeText)}}});
    groups.append({tr("Drafts"),
                   {{tr("Discard the selected drafts"), QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText)},
                    {tr("Open the draft's record"), QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)}}});
    groups.append({tr("Go to anything"),
                   {{tr("Open"), QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText)},
                    {tr("Choose a result"), tr("Up, Down, Page Up, Page Down")},
                    {tr("Go there"), QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)},
                    {tr("Close"), QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)}}});
    auto *dialog = new ShortcutsDialog(groups, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::exportAllFlowsTo(const QString &folder)
{
    if (m_folderExport && m_folderExport->isRunning())
        return;
    if (!m_folderExport) {
        m_folderExport = new FlowFolderExport(m_client, this);
        connect(m_folderExport, &FlowFolderExport::finished, this, [this](const FlowFolderExport::Report &report) {
            if (m_exportProgress) {
                m_exportProgress->reset();
                m_exportProgress->deleteLater();
            }
            const QString where = QDir::toNativeSeparators(report.folder);
            const QString said = report.cancelled
                ? tr("Export stopped: %n flow(s) written to %1 so far.", nullptr, int(report.written.size())).arg(where)
                : tr("Exported %n flow(s) to %1: %2 new or changed, %3 unchanged.", nullptr,
                     int(report.written.size() + report.unchanged.size()))
                      .arg(where)
                      .arg(report.written.size())
                      .arg(report.unchanged.size());
            statusBar()->showMessage(said, 10000);
            if (report.failed.isEmpty())
                return;
            QStringList lines;
            for (const FlowFolderExport::Failure &failure : report.failed.mid(0, 10))
                lines.append(failure.slug.isEmpty() ? failure.message : tr("%1: %2").arg(failure.slug, failure.message));
            if (report.failed.size() > 10)
                lines.append(tr("…and %n more.", nullptr, int(report.failed.size() - 10)));
            statusBar()->showMessage(tr("%1 %n flow(s) not exported.", nullptr, int(report.failed.size())).arg(said), 10000);
            QMessageBox::warning(this, tr("Not every flow was exported"), lines.join(QLatin1Char('\n')));
        });
    }
    m_exportProgress = new QProgressDialog(tr("Exporting the flows…"), tr("Cancel"), 0, 0, this);
    m_exportProgress->setObjectName(QStringLiteral("exportProgress"));
    m_exportProgress->setWindowModality(Qt::WindowModal);
    m_exportProgress->setMinimumDuration(500);
    connect(m_exportProgress, &QProgressDialog::canceled, m_folderExport, &FlowFolderExport::cancel);
    connect(m_folderExport, &FlowFolderExport::progress, m_exportProgress,
            [progress = m_exportProgress](int done, int total, const QString &slug) {
        progress->setMaximum(total);
        progress->setValue(done);
        if (!slug.isEmpty())
            progress->setLabelText(tr("Exporting “%1” (%2 of %3)…").arg(slug).arg(done + 1).arg(total));
    });
    m_folderExport->start(folder);
}

void MainWindow::saveSettings(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("mainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        settings.setValue(QStringLiteral("splitter"), splitter->saveState());
    settings.setValue(QStringLiteral("stageColumns"), m_list->view()->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("flowColumns"), m_flowList->view()->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("draftColumns"), m_draftsPane->view()->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("navigator"), navigatorPlace(m_navigator->currentItem()));
    const int tab = m_tabs->currentIndex();
    // A record's tab is not reopened: -1 leaves the navigator's list in front, as it was behind it.
    settings.setValue(QStringLiteral("tab"), tab < FirstRecordTab ? tab : -1);
    const QList<QJsonObject> selected = m_list->selectedRecords();
    settings.setValue(QStringLiteral("selectedStage"),
                      selected.isEmpty() ? QString() : selected.first().value(QLatin1String("pk")).toString());
    settings.endGroup();
}

void MainWindow::restoreSettings(QSettings &settings)
{
    settings.beginGroup(QStringLiteral("mainWindow"));
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    // Widths the user left are kept; otherwise the lists fit their columns to the first rows.
    const QList<QPair<QTableView *, QString>> columns{{m_list->view(), QStringLiteral("stageColumns")},
                                                       {m_flowList->view(), QStringLiteral("flowColumns")},
                                                       {m_draftsPane->view(), QStringLiteral("draftColumns")}};
    for (const auto &[view, key] : columns) {
        if (view->horizontalHeader()->restoreState(settings.value(key).toByteArray()))
            ColumnFit::keep(view);
    }
    const QString place = settings.value(QStringLiteral("navigator")).toString();
    const int tab = settings.value(QStringLiteral("tab"), 0).toInt();
    const QString stagePk = settings.value(QStringLiteral("selectedStage")).toString();
    settings.endGroup();

    const auto restore = [this, place, tab, stagePk] {
        // The list shown already (the first one) is not asked for a second time.
        if (!place.isEmpty() && place != navigatorPlace(m_navigator->currentItem())) {
            PaletteEntry list;
            list.kind = PaletteEntry::Kind::List;
            list.key = place;
            goTo(list);
        }
        if (tab >= 0 && tab < FirstRecordTab)
            m_tabs->setCurrentIndex(tab);
        if (!stagePk.isEmpty())
            selectStageWhenListed(stagePk);
    };
    // A list whose first, unfiltered page is on its way counts the navigator's entries from it
    // (ListCounts): filtered at once, the entries would stay without counts. The place waits for
    // that page, unless the user has gone elsewhere meanwhile.
    QWidget *list = listOf(place);
    PagedListModel *counted = list == m_flowList ? m_flowList->model()
                              : qobject_cast<StageListPane *>(list) ? qobject_cast<StageListPane *>(list)->model()
                                                                    : nullptr;
    if (counted && counted->state() == PagedListModel::State::Loading) {
        auto *waiting = new QObject(this);
        QTreeWidgetItem *startedAt = m_navigator->currentItem();
        const int startedTab = m_tabs->currentIndex();
        connect(counted, &PagedListModel::stateChanged, waiting, [this, counted, waiting, startedAt, startedTab, restore] {
            if (counted->state() == PagedListModel::State::Loading)
                return;
            waiting->deleteLater();
            disconnect(counted, nullptr, waiting, nullptr);
            if (m_navigator->currentItem() == startedAt && m_tabs->currentIndex() == startedTab)
                restore();
        });
    } else {
        restore();
    }
}

void MainWindow::selectStageWhenListed(const QString &pk)
{
    // The list may still be loading (or show its cached first page): select once the row is there.
    auto trySelect = [this, pk]() {
        PagedListModel *model = m_list->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->record(row).value(QLatin1String("pk")).toString() == pk) {
                const QModelIndex index = viewIndex(m_list->view()->model(), model, row);
                m_list->view()->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                m_list->view()->scrollTo(index);
                return true;
            }
        }
        return false;
    };
    // Rows of a list being replaced (another kind asked for) go with the next page: wait for it.
    if (m_list->model()->state() != PagedListModel::State::Loading && trySelect())
        return;
    auto *context = new QObject(this);
    // Looked for until the first page is in: a row further down is not worth loading the list for.
    PagedListModel *model = m_list->model();
    auto settle = [context, trySelect, model] {
        if (trySelect() || model->state() == PagedListModel::State::Loaded || model->state() == PagedListModel::State::Error)
            context->deleteLater();
    };
    connect(model, &PagedListModel::pageLoaded, context, settle);
    connect(model, &PagedListModel::stateChanged, context, settle);
}

} // namespace akdesk
