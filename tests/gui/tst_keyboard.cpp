// akdesk driven from the keyboard alone: every action is reachable by a shortcut or a menu, the
// shortcuts dialog lists them, Ctrl+K jumps to actions, lists, stages and flows, the Edit menu's
// keys act on the editor in front, tab order runs through every field, and the window comes back
// as it was left.

#include "app/sandbox/sandboxserver.h"
#include "models/items/bindingsmodel.h"
#include "models/session/workspace.h"
#include "models/operations/editsession.h"
#include "models/items/formmodel.h"
#include "models/items/pagedlistmodel.h"
#include "models/items/palettemodel.h"
#include "models/schema/schemaregistry.h"
#include "tests/support/testserver.h"
#include "tests/support/windowreset.h"
#include "views/flows/flowinspector.h"
#include "views/flows/flowlistpane.h"
#include "views/forms/fieldeditor.h"
#include "views/forms/formview.h"
#include "views/forms/recordeditor.h"
#include "views/main/commandpalette.h"
#include "views/main/mainwindow.h"
#include "views/main/shortcutsdialog.h"
#include "views/stages/createstagewizard.h"
#include "views/stages/stagelistpane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace akdesk;

class TestKeyboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void everyActionHasShortcutOrMenu();
    void noShortcutIsClaimedTwice();
    void shortcutsDialogListsAndFilters();
    void paletteRunsAnAction();
    void paletteShowsAList();
    void paletteOpensStageAndFlow_data();
    void paletteOpensStageAndFlow();
    void paletteSearchIsDebouncedAndCancelsEarlier();
    void paletteOfflineSaysWhy();
    void editMenuUndoesAndSavesTheEditorInFront();
    void flowMenuMovesBindings();
    void tabOrderRunsThroughEveryField();
    void windowComesBackAsLeft();
    void flowsBehindAFlowComeBackInFront();

private:
    bool waitLoaded() const;
    CommandPalette *openPalette();
    QString stagePk(const QString &name);

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestKeyboard::initTestCase()
{
    m_server = std::make_unique<test::TestServer>();
    m_window.reset();
    m_workspace = std::make_unique<Workspace>(m_server->client(), SchemaRegistry::bundled());
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(waitLoaded());
}

void TestKeyboard::init()
{
    test::resetWindow(m_window.get());
    m_window->tabs()->setCurrentWidget(m_window->stageList());
    m_server->client()->setWorkOffline(false);
    // Shortcuts reach only the active window; a closed dialog may have taken that away.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

bool TestKeyboard::waitLoaded() const
{
    return QTest::qWaitFor([this] { return m_window->stageList()->model()->state() == PagedListModel::State::Loaded; },
                           10000);
}

QString TestKeyboard::stagePk(const QString &name)
{
    const ApiResult result = test::await(m_server->client()->get(QStringLiteral("/stages/all/"),
                                                                  QUrlQuery({{QStringLiteral("name"), name}})));
    return result.results().first().toObject().value(QLatin1String("pk")).toString();
}

namespace {

bool inMenu(const QMenu *menu, const QAction *wanted)
{
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions) {
        if (action == wanted || (action->menu() && inMenu(action->menu(), wanted)))
            return true;
    }
    return false;
}

bool inMenuBar(const QMenuBar *bar, const QAction *wanted)
{
    const QList<QAction *> menus = bar->actions();
    return std::any_of(menus.begin(), menus.end(), [wanted](const QAction *m) { return m->menu() && inMenu(m->menu(), wanted); });
}

QStringList shownActions(const QTreeWidget *table)
{
    QStringList rows;
    for (int g = 0; g < table->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *heading = table->topLevelItem(g);
        for (int i = 0; i < heading->childCount(); ++i) {
            if (!heading->isHidden() && !heading->child(i)->isHidden())
                rows.append(heading->child(i)->text(0) + QLatin1Char('=') + heading->child(i)->text(1));
        }
    }
    return rows;
}

} // namespace

void TestKeyboard::everyActionHasShortcutOrMenu()
{
    // Every place that brings actions of its own is open: a stage editor, a flow inspector, drafts.
    m_window->openStageById(stagePk(QStringLiteral("default-authentication-identification")),
                            QStringLiteral("authentik_stages_identification.identificationstage"));
    m_window->openFlow({{QStringLiteral("slug"), QStringLiteral("default-authentication-flow")}});
    m_window->showDrafts();
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    int checked = 0;
    QStringList unreachable;
    for (const QAction *action : actions) {
        // Menus themselves and actions without a text (the line edits' clear buttons) are not commands.
        if (action->isSeparator() || action->menu() || action->text().isEmpty())
            continue;
        ++checked;
        if (action->shortcuts().isEmpty() && !inMenuBar(m_window->menuBar(), action))
            unreachable.append(action->text());
    }
    QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable.join(QLatin1String(", "))));
    QVERIFY2(checked > 30, qPrintable(QString::number(checked)));
    // The frequent ones by their usual keys.
    QCOMPARE(m_window->action(QStringLiteral("new"))->shortcut(), QKeySequence(QKeySequence::New));
    QCOMPARE(m_window->action(QStringLiteral("save"))->shortcut(), QKeySequence(QKeySequence::Save));
    QCOMPARE(m_window->action(QStringLiteral("undo"))->shortcut(), QKeySequence(QKeySequence::Undo));
    QVERIFY(!m_window->action(QStringLiteral("redo"))->shortcuts().isEmpty());
    QCOMPARE(m_window->action(QStringLiteral("find"))->shortcut(), QKeySequence(QKeySequence::Find));
    QCOMPARE(m_window->action(QStringLiteral("refresh"))->shortcut(), QKeySequence(QKeySequence::Refresh));
    QCOMPARE(m_window->action(QStringLiteral("commandPalette"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
    QVERIFY(m_window->action(QStringLiteral("moveBindingUp"))->text().endsWith(
        QKeySequence(Qt::ALT | Qt::Key_Up).toString(QKeySequence::NativeText)));
}

void TestKeyboard::noShortcutIsClaimedTwice()
{
    // Two window-wide actions on one key cancel each other out in Qt ("ambiguous shortcut").
    m_window->openStageById(stagePk(QStringLiteral("default-authentication-password")),
                            QStringLiteral("authentik_stages_password.passwordstage"));
    QHash<QString, QString> owners;
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->shortcutContext() != Qt::WindowShortcut && action->shortcutContext() != Qt::ApplicationShortcut)
            continue;
        for (const QKeySequence &keys : action->shortcuts()) {
            const QString key = keys.toString();
            QVERIFY2(!owners.contains(key), qPrintable(QStringLiteral("%1: %2 and %3").arg(key, owners.value(key), action->text())));
            owners.insert(key, action->text());
        }
    }
}

void TestKeyboard::shortcutsDialogListsAndFilters()
{
    QTest::keyClick(m_window.get(), Qt::Key_Slash, Qt::ControlModifier);
    ShortcutsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ShortcutsDialog *>()) && dialog->isVisible());
    const QStringList rows = shownActions(dialog->table());
    const QString newStage = QStringLiteral("New stage…=") + QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText);
    QVERIFY2(rows.contains(newStage), qPrintable(rows.join(QLatin1Char('\n'))));
    QVERIFY(rows.contains(QStringLiteral("Go to anything…=Ctrl+K")));
    QVERIFY(rows.contains(QStringLiteral("Move binding up=Alt+Up")));
    QVERIFY(rows.contains(QStringLiteral("Sync drafts=Ctrl+Shift+S")));
    QVERIFY(rows.size() >= 30);
    // Typing filters by action or by key.
    QTest::keyClicks(dialog->filterField(), QStringLiteral("sync"));
    QCOMPARE(shownActions(dialog->table()), QStringList{QStringLiteral("Sync drafts=Ctrl+Shift+S")});
    dialog->filterField()->clear();
    QTest::keyClicks(dialog->filterField(), QStringLiteral("alt+3"));
    QCOMPARE(shownActions(dialog->table()), QStringList{QStringLiteral("Go to drafts=Alt+3")});
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<ShortcutsDialog *>());
}

CommandPalette *TestKeyboard::openPalette()
{
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get())) {
        qWarning() << "not active" << QApplication::activeWindow() << QApplication::activePopupWidget() << QApplication::activeModalWidget();
        return nullptr;
    }
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    if (!QTest::qWaitFor([this] { return m_window->commandPalette() && m_window->commandPalette()->isVisible(); }))
        return nullptr;
    CommandPalette *palette = m_window->commandPalette();
    new QAbstractItemModelTester(palette->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, palette);
    return palette;
}

void TestKeyboard::paletteRunsAnAction()
{
    CommandPalette *palette = openPalette();
    QVERIFY(palette);
    QVERIFY(palette->searchField()->hasFocus());
    // Every menu action and every list is offered before anything is typed.
    QVERIFY(palette->model()->rowCount() > 40);
    QTest::keyClicks(palette->searchField(), QStringLiteral("new st"));
    QCOMPARE(palette->results()->currentIndex().data().toString(), QStringLiteral("New stage…"));
    QTest::keyClick(palette->searchField(), Qt::Key_Return);
    CreateStageWizard *wizard = nullptr;
    QTRY_VERIFY((wizard = m_window->findChild<CreateStageWizard *>()) && wizard->isVisible());
    wizard->reject();
    QTRY_VERIFY(!m_window->commandPalette());
}

void TestKeyboard::paletteShowsAList()
{
    CommandPalette *palette = openPalette();
    QVERIFY(palette);
    QTest::keyClicks(palette->searchField(), QStringLiteral("recovery flows"));
    const QModelIndex first = palette->results()->currentIndex();
    QCOMPARE(first.data(PaletteModel::KindRole).toInt(), int(PaletteEntry::Kind::List));
    QTest::keyClick(palette->searchField(), Qt::Key_Return);
    QTRY_COMPARE(m_window->tabs()->currentWidget(), m_window->flowList());
    QCOMPARE(m_window->navigator()->currentItem()->text(0).section(QLatin1String(" ("), 0, 0), QStringLiteral("Recovery"));
    // Escape closes without going anywhere.
    palette = openPalette();
    QVERIFY(palette);
    QTest::keyClicks(palette->searchField(), QStringLiteral("drafts"));
    QTest::keyClick(palette->searchField(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->commandPalette());
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->flowList());
}

void TestKeyboard::paletteOpensStageAndFlow_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("tabTitle");
    QTest::newRow("stage") << QStringLiteral("authentication-passw") << int(PaletteEntry::Kind::Stage)
                           << QStringLiteral("default-authentication-password");
    QTest::newRow("flow") << QStringLiteral("default-invalidation") << int(PaletteEntry::Kind::Flow)
                          << QStringLiteral("Logout (default-invalidation-flow)");
}

void TestKeyboard::paletteOpensStageAndFlow()
{
    QFETCH(QString, typed);
    QFETCH(int, kind);
    QFETCH(QString, tabTitle);
    CommandPalette *palette = openPalette();
    QVERIFY(palette);
    QTest::keyClicks(palette->searchField(), typed);
    // The server's matches arrive after the pause; Down moves to the first of the wanted kind.
    QTRY_VERIFY(!palette->model()->isSearching() && palette->model()->rowCount() > 0
                && palette->model()->entry(palette->model()->rowCount() - 1).kind != PaletteEntry::Kind::Action);
    int guard = 0;
    while (palette->results()->currentIndex().data(PaletteModel::KindRole).toInt() != kind && guard++ < 40)
        QTest::keyClick(palette->searchField(), Qt::Key_Down);
    QCOMPARE(palette->results()->currentIndex().data(PaletteModel::KindRole).toInt(), kind);
    QTest::keyClick(palette->searchField(), Qt::Key_Return);
    QTRY_VERIFY(m_window->tabs()->currentIndex() >= MainWindow::FirstRecordTab);
    QTRY_VERIFY2(m_window->tabs()->tabText(m_window->tabs()->currentIndex()).contains(tabTitle),
                 qPrintable(m_window->tabs()->tabText(m_window->tabs()->currentIndex())));
}

void TestKeyboard::paletteSearchIsDebouncedAndCancelsEarlier()
{
    CommandPalette *palette = openPalette();
    QVERIFY(palette);
    const int before = m_server->sandbox()->requestCount(QStringLiteral("/stages/all/"));
    // Typed faster than the pause: one search, for the whole word.
    QTest::keyClicks(palette->searchField(), QStringLiteral("password"), Qt::NoModifier, 20);
    const auto hasStages = [palette] {
        for (int row = 0; row < palette->model()->rowCount(); ++row)
            if (palette->model()->entry(row).kind == PaletteEntry::Kind::Stage)
                return true;
        return false;
    };
    QTRY_VERIFY(!palette->model()->isSearching() && hasStages());
    QTest::qWait(CommandPalette::SearchDelayMs * 2);
    QCOMPARE(m_server->sandbox()->requestCount(QStringLiteral("/stages/all/")) - before, 1);
    // A new word while a search runs: the earlier one is cancelled, only the latest lands.
    palette->model()->setQuery(QStringLiteral("identification"));
    palette->model()->searchServer();
    QVERIFY(palette->model()->isSearching());
    palette->model()->setQuery(QStringLiteral("consent"));
    palette->model()->searchServer();
    QTRY_VERIFY(!palette->model()->isSearching());
    for (int row = 0; row < palette->model()->rowCount(); ++row) {
        const PaletteEntry entry = palette->model()->entry(row);
        if (entry.kind == PaletteEntry::Kind::Stage)
            QVERIFY2(entry.title.contains(QStringLiteral("consent"), Qt::CaseInsensitive), qPrintable(entry.title));
    }
    QTest::keyClick(palette->searchField(), Qt::Key_Escape);
}

void TestKeyboard::paletteOfflineSaysWhy()
{
    m_server->client()->setWorkOffline(true);
    CommandPalette *palette = openPalette();
    QVERIFY(palette);
    QTest::keyClicks(palette->searchField(), QStringLiteral("sync"));
    auto *status = palette->findChild<QLabel *>(QStringLiteral("paletteStatus"));
    QTRY_VERIFY2(status->text().contains(QStringLiteral("offline")), qPrintable(status->text()));
    // The actions still answer.
    QCOMPARE(palette->results()->currentIndex().data().toString(), QStringLiteral("Sync drafts"));
    QTest::keyClick(palette->searchField(), Qt::Key_Escape);
    m_server->client()->setWorkOffline(false);
}

void TestKeyboard::editMenuUndoesAndSavesTheEditorInFront()
{
    const QString pk = stagePk(QStringLiteral("default-authentication-password"));
    m_window->openStageById(pk, QStringLiteral("authentik_stages_password.passwordstage"));
    RecordEditor *editor = m_window->currentEditor();
    QVERIFY(editor);
    QTRY_VERIFY(!editor->session()->isBusy() && editor->session()->form()->rowCount() > 0 && editor->form());
    FieldEditor *attempts = editor->form()->editorFor(QStringLiteral("failed_attempts_before_cancel"));
    QVERIFY(attempts);
    attempts->setValue(QJsonValue(7));
    Q_EMIT attempts->edited(QJsonValue(7));
    QTRY_COMPARE(editor->undoStack()->count(), 1);
    // Ctrl+Z from the tab bar (outside the editor) still undoes the editor in front.
    m_window->tabs()->tabBar()->setFocus();
    QTest::keyClick(m_window->tabs()->tabBar(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(editor->undoStack()->index(), 0);
    QVERIFY(editor->session()->form()->changedFields().isEmpty());
    QTest::keyClick(m_window->tabs()->tabBar(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(editor->undoStack()->index(), 1);
    // Ctrl+S saves it; the server holds the value.
    editor->setConfirmMultiFieldSaves(false);
    QTest::keyClick(m_window->tabs()->tabBar(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY2(editor->session()->form()->changedFields().isEmpty(), qPrintable(editor->banner()->text() + editor->notice()->text()));
    const ApiResult stored = test::await(m_server->client()->get(QStringLiteral("/stages/password/%1/").arg(pk)));
    QCOMPARE(stored.object().value(QLatin1String("failed_attempts_before_cancel")).toInt(), 7);
    // Lists in front: nothing to save or undo.
    m_window->tabs()->setCurrentWidget(m_window->stageList());
    QVERIFY(!m_window->action(QStringLiteral("save"))->isEnabled());
    QVERIFY(!m_window->action(QStringLiteral("undo"))->isEnabled());
}

void TestKeyboard::flowMenuMovesBindings()
{
    FlowInspector *inspector = m_window->openFlow({{QStringLiteral("slug"), QStringLiteral("default-authentication-flow")}});
    BindingsModel *bindings = inspector->bindings();
    QTRY_VERIFY(bindings->rowCount() >= 2);
    const QString first = bindings->binding(0).value(QLatin1String("pk")).toString();
    inspector->bindingsView()->selectRow(0);
    QAction *down = m_window->action(QStringLiteral("moveBindingDown"));
    QVERIFY(down->isEnabled());
    QSignalSpy reordered(bindings, &BindingsModel::reordered);
    down->trigger();
    QVERIFY(reordered.wait(10000));
    QCOMPARE(bindings->binding(1).value(QLatin1String("pk")).toString(), first);
    // Alt+Up in the bindings table (its own key there) moves it back.
    inspector->bindingsView()->setFocus();
    inspector->bindingsView()->selectRow(1);
    QTest::keyClick(inspector->bindingsView(), Qt::Key_Up, Qt::AltModifier);
    QVERIFY(reordered.wait(10000));
    QCOMPARE(bindings->binding(0).value(QLatin1String("pk")).toString(), first);
    // Elsewhere the flow actions have nothing to act on.
    m_window->tabs()->setCurrentWidget(m_window->stageList());
    QVERIFY(!down->isEnabled());
}

void TestKeyboard::tabOrderRunsThroughEveryField()
{
    m_window->openStageById(stagePk(QStringLiteral("default-authentication-identification")),
                            QStringLiteral("authentik_stages_identification.identificationstage"));
    RecordEditor *editor = m_window->currentEditor();
    QTRY_VERIFY(!editor->session()->isBusy() && editor->form() && editor->session()->form()->rowCount() > 5);
    FormModel *form = editor->session()->form();
    // The inputs in the form's order, as the eye reads them.
    QList<QWidget *> expected;
    for (int row = 0; row < form->rowCount(); ++row) {
        if (FieldEditor *field = editor->form()->editorFor(form->index(row).data(FormModel::NameRole).toString()))
            if (field->focusWidget()->isEnabled() && field->focusWidget()->isVisibleTo(editor))
                expected.append(field->focusWidget());
    }
    QVERIFY(expected.size() > 5);
    expected.first()->setFocus();
    QTRY_VERIFY(expected.first()->hasFocus());
    int next = 1;
    for (int presses = 0; presses < 200 && next < expected.size(); ++presses) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY2(focus && editor->isAncestorOf(focus), "Tab left the editor before reaching every field");
        for (QWidget *w = focus; w && w != editor; w = w->parentWidget()) {
            if (w == expected.at(next)) {
                ++next;
                break;
            }
            QVERIFY2(!expected.mid(next + 1).contains(w),
                     qPrintable(QStringLiteral("field %1 skipped").arg(expected.at(next)->accessibleName())));
        }
    }
    QCOMPARE(next, expected.size());
}

void TestKeyboard::windowComesBackAsLeft()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("akdesk.ini")), QSettings::IniFormat);
    const QString pk = stagePk(QStringLiteral("default-authentication-password"));
    QList<int> splitterSizes;
    {
        Workspace firstWorkspace(m_server->client(), SchemaRegistry::bundled());
        MainWindow first(&firstWorkspace);
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        first.resize(1000, 700);
        auto *splitter = qobject_cast<QSplitter *>(first.centralWidget());
        splitter->setSizes({333, 667});
        splitterSizes = splitter->sizes();
        PaletteEntry passwordStages;  // as picked in the navigator or through Ctrl+K
        passwordStages.kind = PaletteEntry::Kind::List;
        passwordStages.key = QStringLiteral("stages:stages/password");
        first.goTo(passwordStages);
        QTRY_VERIFY(first.stageList()->model()->state() == PagedListModel::State::Loaded
                    && first.stageList()->model()->rowCount() > 0);
        first.stageList()->view()->horizontalHeader()->resizeSection(0, 321);
        first.stageList()->view()->selectRow(0);
        QCOMPARE(first.stageList()->selectedRecords().first().value(QLatin1String("pk")).toString(), pk);
        // A record's tab is in front when the window closes: its tab closes first, and the window
        // comes back on the list, not on whatever tab was left (the Drafts panel).
        RecordEditor *editor = first.openRecord(*SchemaRegistry::bundled()->resource(QStringLiteral("stages/password")),
                                                first.stageList()->selectedRecords().first());
        QCOMPARE(first.tabs()->currentWidget(), editor);
        first.setSettings(&settings);
        QVERIFY(first.close());
    }
    settings.sync();
    Workspace secondWorkspace(m_server->client(), SchemaRegistry::bundled());
    MainWindow second(&secondWorkspace);
    second.restoreSettings(settings);
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QCOMPARE(second.size(), QSize(1000, 700));
    QCOMPARE(qobject_cast<QSplitter *>(second.centralWidget())->sizes(), splitterSizes);
    QVERIFY(splitterSizes.first() != 280);  // not merely the default
    // The list comes back once the first page of all stages is in: that page counts the
    // navigator's entries, which a list filtered at once left without counts.
    QTRY_COMPARE(second.stageList()->kind(), QStringLiteral("stages/password"));
    QCOMPARE(second.tabs()->currentWidget(), second.stageList());
    QTreeWidgetItem *allStages = second.navigator()->topLevelItem(0)->child(0);
    QTRY_VERIFY2(allStages->text(0).endsWith(QLatin1Char(')')), qPrintable(allStages->text(0)));
    QVERIFY2(second.navigator()->currentItem()->text(0).startsWith(QLatin1String("Password Stage (")),
             qPrintable(second.navigator()->currentItem()->text(0)));
    QCOMPARE(second.stageList()->view()->horizontalHeader()->sectionSize(0), 321);
    QTRY_VERIFY(!second.stageList()->selectedRecords().isEmpty());
    QCOMPARE(second.stageList()->selectedRecords().first().value(QLatin1String("pk")).toString(), pk);
}

void TestKeyboard::flowsBehindAFlowComeBackInFront()
{
    // Authentication flows picked in the navigator, a flow open in front when the window closes:
    // the next start shows the authentication flows, with the navigator's counts, not the stages.
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("akdesk.ini")), QSettings::IniFormat);
    {
        Workspace firstWorkspace(m_server->client(), SchemaRegistry::bundled());
        MainWindow first(&firstWorkspace);
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        PaletteEntry authentication;
        authentication.kind = PaletteEntry::Kind::List;
        authentication.key = QStringLiteral("flows:authentication");
        first.goTo(authentication);
        QCOMPARE(first.tabs()->currentWidget(), first.flowList());
        FlowInspector *inspector = first.openFlow({{QStringLiteral("slug"), QStringLiteral("default-authentication-flow")}});
        QCOMPARE(first.tabs()->currentWidget(), inspector);
        first.setSettings(&settings);
        QVERIFY(first.close());
    }
    settings.sync();
    Workspace secondWorkspace(m_server->client(), SchemaRegistry::bundled());
    MainWindow second(&secondWorkspace);
    second.restoreSettings(settings);
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QTRY_COMPARE(second.tabs()->currentWidget(), second.flowList());
    QTRY_VERIFY2(second.navigator()->currentItem()->text(0).startsWith(QLatin1String("Authentication (")),
                 qPrintable(second.navigator()->currentItem()->text(0)));
    QTreeWidgetItem *allFlows = second.navigator()->topLevelItem(1)->child(0);
    QVERIFY2(allFlows->text(0).endsWith(QLatin1Char(')')), qPrintable(allFlows->text(0)));
    QTRY_VERIFY(second.flowList()->model()->state() == PagedListModel::State::Loaded && second.flowList()->model()->rowCount() > 0);
    for (int row = 0; row < second.flowList()->model()->rowCount(); ++row)
        QCOMPARE(second.flowList()->model()->record(row).value(QLatin1String("designation")).toString(), QStringLiteral("authentication"));
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
