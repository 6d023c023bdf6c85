// Flows in the main window against the sandbox: grouped list, inspector with bindings and
// diagram, reordering (drop and Alt+Up), adding and removing bindings, cloning, slug checks.

#include "models/api/apiclient.h"
#include "models/session/workspace.h"
#include "models/records/record.h"
#include "models/items/bindingsmodel.h"
#include "models/operations/editsession.h"
#include "models/items/pagedlistmodel.h"
#include "models/items/stagetypesmodel.h"
#include "models/schema/schemaregistry.h"
#include "tests/support/modal.h"
#include "tests/support/windowreset.h"
#include "tests/support/testserver.h"
#include "views/flows/addbindingdialog.h"
#include "views/flows/clonedialog.h"
#include "views/flows/flowdiagramview.h"
#include "views/flows/flowinspector.h"
#include "views/flows/policybindingspanel.h"
#include "views/flows/flowlistpane.h"
#include "views/forms/formview.h"
#include "views/forms/recordeditor.h"
#include "views/main/mainwindow.h"
#include "views/stages/createstagewizard.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScopeGuard>
#include <QSpinBox>
#include <QStatusBar>
#include <QUndoStack>
#include <QPointer>
#include <QSignalSpy>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTemporaryDir>
#include <QTimer>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QDir>
#include <QFile>
#include <QWizard>
#include <QTreeWidget>

using namespace akdesk;
using akdesk::test::onNextModal;

namespace {
using akdesk::records::textOf;

}

class TestFlows final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void exportAllFlowsIntoAFolder();
    void navigatorGroupsByDesignation();
    void inspectorShowsBindingsAndDiagram();
    void dropLastToFirst();
    void altUpMovesABinding();
    void addAndRemoveBinding();
    void cloneDefaultAuthentication();
    void invalidSlugKeepsSaveDisabled();
    void exportWritesBlueprint();
    void failedCloneLeavesNothing();
    void newStageFromTheFlow();
    void doubleClickOpensStage();
    void clickingADiagramStageOpensIt();
    void moveIsSaidAndUndone();
    void addOffersEveryOptionAndNoStage();
    void removeAsksAndUndoBindsAgain();
    void namesNotUuids();
    void diagramExportsSayWhere();

private:
    FlowInspector *openFlow(const QString &slug);
    QString statusBarText() const { return m_window->statusBar()->currentMessage(); }
    QStringList serverOrder(const QString &slug);
    QList<QJsonObject> serverBindings(const QString &slug);

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestFlows::initTestCase()
{
    m_server = std::make_unique<test::TestServer>();
    m_window.reset();
    m_workspace = std::make_unique<Workspace>(m_server->client(), SchemaRegistry::bundled());
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestFlows::init()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestFlows::cleanup()
{
    test::resetWindow(m_window.get());
}

QList<QJsonObject> TestFlows::serverBindings(const QString &slug)
{
    const QString pk = textOf(test::await(m_server->client()->get(QStringLiteral("/flows/instances/%1/").arg(slug))).object(), "pk");
    ListQuery query;
    query.filter(QStringLiteral("target"), pk);
    query.ordering = QStringLiteral("order");
    QList<QJsonObject> list;
    for (const QJsonValue &row : test::await(m_server->client()->list(QStringLiteral("/flows/bindings/"), query)).results())
        list.append(row.toObject());
    return list;
}

QStringList TestFlows::serverOrder(const QString &slug)
{
    QStringList names;
    for (const QJsonObject &binding : serverBindings(slug))
        names.append(binding.value(QLatin1String("stage_obj")).toObject().value(QLatin1String("name")).toString());
    return names;
}

FlowInspector *TestFlows::openFlow(const QString &slug)
{
    QTreeWidget *navigator = m_window->navigator();
    QTreeWidgetItem *flows = navigator->topLevelItem(1);
    navigator->setCurrentItem(flows->child(0));  // All flows
    FlowListPane *list = m_window->flowList();
    list->searchField()->clear();
    QTest::keyClicks(list->searchField(), slug);
    if (!QTest::qWaitFor([&] {
            return list->model()->state() == PagedListModel::State::Loaded && list->model()->rowCount() >= 1
                && list->model()->index(0, 0).data().toString() == slug;
        }, 10000))
        return nullptr;
    const QRect rect = list->view()->visualRect(list->model()->index(0, 0));
    QTest::mouseClick(list->view()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(list->view()->viewport(), Qt::LeftButton, {}, rect.center());
    auto *inspector = qobject_cast<FlowInspector *>(m_window->tabs()->currentWidget());
    if (!inspector || !QTest::qWaitFor([inspector] { return inspector->bindings()->rowCount() > 0 || !inspector->bindings()->isBusy(); }, 10000))
        return nullptr;
    (void)QTest::qWaitFor([inspector] { return !inspector->bindings()->isBusy(); }, 10000);
    return inspector;
}

void TestFlows::navigatorGroupsByDesignation()
{
    QTreeWidgetItem *flows = m_window->navigator()->topLevelItem(1);
    QCOMPARE(flows->text(0), QStringLiteral("Flows"));
    QCOMPARE(flows->childCount(), 1 + 7);  // all, then each designation
    QTreeWidgetItem *authentication = nullptr;
    for (int i = 0; i < flows->childCount(); ++i) {
        if (flows->child(i)->text(0).startsWith(QLatin1String("Authentication")))
            authentication = flows->child(i);
    }
    QVERIFY(authentication);
    QTRY_VERIFY(authentication->text(0).contains(QLatin1String("(2)")));  // default + source authentication
    QTest::mouseClick(m_window->navigator()->viewport(), Qt::LeftButton, {},
                      m_window->navigator()->visualItemRect(authentication).center());
    PagedListModel *model = m_window->flowList()->model();
    QTRY_VERIFY(model->state() == PagedListModel::State::Loaded && model->rowCount() == 2);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, 3).data().toString(), QStringLiteral("Authentication"));  // in words, as the form says it
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->flowList());
}

void TestFlows::inspectorShowsBindingsAndDiagram()
{
    FlowInspector *inspector = openFlow(QStringLiteral("default-authentication-flow"));
    QVERIFY(inspector);
    new QAbstractItemModelTester(inspector->bindings(), QAbstractItemModelTester::FailureReportingMode::QtTest, inspector);
    QCOMPARE(inspector->bindings()->rowCount(), 4);
    QCOMPARE(inspector->bindings()->index(0, BindingsModel::StageColumn).data().toString(),
             QStringLiteral("default-authentication-identification"));
    // The stages, start, end and the password binding's policy.
    QTRY_COMPARE(inspector->diagram()->nodeItemCount(), inspector->bindings()->rowCount() + 2 + 1);
}

void TestFlows::dropLastToFirst()
{
    FlowInspector *inspector = openFlow(QStringLiteral("default-authentication-flow"));
    QVERIFY(inspector);
    const QStringList before = serverOrder(QStringLiteral("default-authentication-flow"));
    // What the view does on a drop: the dragged row's mime data dropped before row 0.
    BindingsModel *model = inspector->bindings();
    std::unique_ptr<QMimeData> mime(model->mimeData({model->index(3, 0)}));
    QVERIFY(model->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
    model->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {});
    QSignalSpy reordered(model, &BindingsModel::reordered);
    QVERIFY(reordered.wait(10000));
    QStringList expected = before;
    expected.move(3, 0);
    QCOMPARE(serverOrder(QStringLiteral("default-authentication-flow")), expected);
    // The diagram follows.
    QTRY_VERIFY(inspector->diagram()->graph().node(QStringLiteral("stage_0"))
                && inspector->diagram()->graph().node(QStringLiteral("stage_0"))->name == expected.first());
    // Put it back for the other tests.
    model->moveBinding(0, 3);
    QVERIFY(reordered.wait(10000));
    QCOMPARE(serverOrder(QStringLiteral("default-authentication-flow")), before);
}

void TestFlows::altUpMovesABinding()
{
    FlowInspector *inspector = openFlow(QStringLiteral("default-authentication-flow"));
    QVERIFY(inspector);
    const QStringList before = serverOrder(QStringLiteral("default-authentication-flow"));
    QTableView *view = inspector->bindingsView();
    view->setFocus();
    view->selectRow(2);
    QSignalSpy reordered(inspector->bindings(), &BindingsModel::reordered);
    QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
    QVERIFY(reordered.wait(10000));
    QStringList expected = before;
    expected.move(2, 1);
    QCOMPARE(serverOrder(QStringLiteral("default-authentication-flow")), expected);
    QTRY_COMPARE(view->currentIndex().row(), 1);  // the moved binding stays selected
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    QVERIFY(reordered.wait(10000));
    QCOMPARE(serverOrder(QStringLiteral("default-authentication-flow")), before);
}

void TestFlows::addAndRemoveBinding()
{
    FlowInspector *inspector = openFlow(QStringLiteral("default-invalidation-flow"));
    QVERIFY(inspector);
    const int before = inspector->bindings()->rowCount();
    const int nextOrder = inspector->bindings()->nextOrder();
    onNextModal([](QWidget *modal) {
        auto *dialog = qobject_cast<QDialog *>(modal);
        auto *stage = dialog->findChild<QComboBox *>(QStringLiteral("bindingStage"));
        if (!QTest::qWaitFor([stage] { return stage->findText(QStringLiteral("akdesk-sandbox-dummy")) >= 0; }, 10000))
            return;
        stage->setCurrentIndex(stage->findText(QStringLiteral("akdesk-sandbox-dummy")));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    QTest::mouseClick(inspector->findChild<QPushButton *>(QStringLiteral("addBinding")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(statusBarText(), QStringLiteral("Added “akdesk-sandbox-dummy” to default-invalidation-flow at order %1")
                                                   .arg(nextOrder), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(inspector->bindings()->rowCount(), before + 1, 10000);
    const QList<QJsonObject> bindings = serverBindings(QStringLiteral("default-invalidation-flow"));
    QCOMPARE(bindings.last().value(QLatin1String("stage_obj")).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("akdesk-sandbox-dummy"));
    QCOMPARE(bindings.last().value(QLatin1String("order")).toInt(), nextOrder);

    // Remove it again with the Delete key; the stage itself stays.
    m_window->activateWindow();  // the add dialog had the activation
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTableView *view = inspector->bindingsView();
    view->setFocus();
    view->selectRow(inspector->bindings()->rowCount() - 1);
    onNextModal([](QWidget *modal) { modal->findChild<QPushButton *>(QStringLiteral("confirmRemove"))->click(); });
    QTest::keyClick(view, Qt::Key_Delete);
    QTRY_COMPARE_WITH_TIMEOUT(inspector->bindings()->rowCount(), before, 10000);
    QCOMPARE(serverBindings(QStringLiteral("default-invalidation-flow")).size(), before);
    ListQuery query;
    query.filter(QStringLiteral("name"), QStringLiteral("akdesk-sandbox-dummy"));
    QCOMPARE(test::await(m_server->client()->list(QStringLiteral("/stages/dummy/"), query)).pagination.count, 1);
}

void TestFlows::cloneDefaultAuthentication()
{
    QVERIFY(openFlow(QStringLiteral("default-authentication-flow")));
    m_window->tabs()->setCurrentWidget(m_window->flowList());
    m_window->flowList()->view()->setFocus();
    m_window->flowList()->view()->setCurrentIndex(m_window->flowList()->model()->index(0, 0));
    QTest::keyClick(m_window->flowList()->view(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<CloneFlowDialog> dialog = qobject_cast<CloneFlowDialog *>(QApplication::activeModalWidget());
    QVERIFY(dialog);
    QCOMPARE(dialog->slugField()->text(), QStringLiteral("default-authentication-flow-copy"));
    dialog->slugField()->setFocus();
    dialog->slugField()->selectAll();
    QTest::keyClicks(dialog->slugField(), QStringLiteral("bad slug"));
    QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog->slugField()->selectAll();
    QTest::keyClicks(dialog->slugField(), QStringLiteral("akdesk-test-clone"));
    QVERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 10000);

    const QList<QJsonObject> original = serverBindings(QStringLiteral("default-authentication-flow"));
    const QList<QJsonObject> clone = serverBindings(QStringLiteral("akdesk-test-clone"));
    QCOMPARE(clone.size(), original.size());
    for (int i = 0; i < original.size(); ++i) {
        for (const char *field : {"stage", "order", "evaluate_on_plan", "re_evaluate_policies", "invalid_response_action",
                                  "policy_engine_mode"})
            QCOMPARE(clone.at(i).value(QLatin1String(field)), original.at(i).value(QLatin1String(field)));
        QVERIFY(textOf(clone.at(i), "pk") != textOf(original.at(i), "pk"));
    }
    // The clone opens in its inspector.
    QTRY_VERIFY(qobject_cast<FlowInspector *>(m_window->tabs()->currentWidget())
                && qobject_cast<FlowInspector *>(m_window->tabs()->currentWidget())->slug() == QLatin1String("akdesk-test-clone"));
}

void TestFlows::invalidSlugKeepsSaveDisabled()
{
    FlowInspector *inspector = openFlow(QStringLiteral("default-invalidation-flow"));
    QVERIFY(inspector);
    inspector->pages()->setCurrentWidget(inspector->settings());
    QTRY_VERIFY(!inspector->settings()->session()->isBusy());
    auto *slug = qobject_cast<QLineEdit *>(inspector->settings()->form()->editorFor(QStringLiteral("slug"))->focusWidget());
    QVERIFY(slug);
    slug->setFocus();
    slug->selectAll();
    QTest::keyClicks(slug, QStringLiteral("not a slug!"));
    QVERIFY(!inspector->settings()->saveButton()->isEnabled());
    QLabel *reason = inspector->settings()->form()->errorLabelFor(QStringLiteral("slug"));
    QVERIFY(reason->isVisible());
    QVERIFY(reason->text().contains(QLatin1String("slug")));
    slug->selectAll();
    QTest::keyClicks(slug, QString(51, QLatin1Char('a')));
    QVERIFY(!inspector->settings()->saveButton()->isEnabled());
    QVERIFY(reason->text().contains(QLatin1String("50")));
}

void TestFlows::exportWritesBlueprint()
{
    FlowInspector *inspector = openFlow(QStringLiteral("default-authentication-flow"));
    QVERIFY(inspector);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("flow.yaml"));
    QTRY_VERIFY(inspector->status()->text().contains(QLatin1String("4 stage")));
    inspector->exportBlueprint(path);
    QTRY_VERIFY(QFile::exists(path) && statusBarText().contains(QLatin1String("Exported to")));
    QVERIFY(statusBarText().contains(QDir::toNativeSeparators(path)));
    QCOMPARE(inspector->status()->text(), QStringLiteral("4 stage(s) bound"));  // the bindings' summary stays
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray yaml = file.readAll();
    QCOMPARE(yaml, test::await(m_server->client()->flowExport(QStringLiteral("default-authentication-flow"))).body);
    QVERIFY(yaml.startsWith("version: 1"));
}

void TestFlows::failedCloneLeavesNothing()
{
    QVERIFY(openFlow(QStringLiteral("default-invalidation-flow")));
    const QJsonObject flow = m_window->flowList()->currentRecord().isEmpty()
        ? test::await(m_server->client()->get(QStringLiteral("/flows/instances/default-invalidation-flow/"))).object()
        : m_window->flowList()->currentRecord();
    const int flowsBefore = test::await(m_server->client()->list(QStringLiteral("/flows/instances/"))).pagination.count;
    Workspace workspace(m_server->client(), SchemaRegistry::bundled());
    CloneFlowDialog dialog(&workspace, flow);
    dialog.show();
    dialog.slugField()->selectAll();
    QTest::keyClicks(dialog.slugField(), QStringLiteral("default-authentication-flow"));  // taken
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.message()->text().contains(QLatin1String("failed")), 10000);
    QVERIFY(dialog.message()->text().contains(QLatin1String("Creating the flow")));
    QVERIFY(dialog.message()->text().contains(QLatin1String("Nothing was left behind")));
    QVERIFY(dialog.isVisible());
    QCOMPARE(test::await(m_server->client()->list(QStringLiteral("/flows/instances/"))).pagination.count, flowsBefore);
}

void TestFlows::newStageFromTheFlow()
{
    FlowInspector *inspector = openFlow(QStringLiteral("default-invalidation-flow"));
    QVERIFY(inspector);
    const int before = inspector->bindings()->rowCount();
    QTest::mouseClick(inspector->findChild<QPushButton *>(QStringLiteral("newStageHere")), Qt::LeftButton);
    QPointer<CreateStageWizard> wizard = qobject_cast<CreateStageWizard *>(QApplication::activeModalWidget());
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->types()->rowCount() > 0);
    QTest::keyClicks(wizard->searchField(), QStringLiteral("Deny"));
    QTest::keyClick(wizard->searchField(), Qt::Key_Return);
    auto *name = qobject_cast<QLineEdit *>(wizard->form()->editorFor(QStringLiteral("name"))->focusWidget());
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("akdesk-test-deny-here"));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QVERIFY(wizard->bindCheck()->isChecked());  // this flow is chosen already
    QTRY_VERIFY(wizard->flowPicker()->currentText() == QLatin1String("Logout (default-invalidation-flow)"));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard || !wizard->isVisible(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(inspector->bindings()->rowCount(), before + 1, 10000);
    QCOMPARE(inspector->bindings()->index(before, BindingsModel::StageColumn).data().toString(), QStringLiteral("akdesk-test-deny-here"));
}

void TestFlows::doubleClickOpensStage()
{
    FlowInspector *inspector = openFlow(QStringLiteral("default-authentication-flow"));
    QVERIFY(inspector);
    QTableView *view = inspector->bindingsView();
    const QRect rect = view->visualRect(inspector->bindings()->index(1, BindingsModel::StageColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    auto *editor = qobject_cast<RecordEditor *>(m_window->tabs()->currentWidget());
    QVERIFY(editor);
    QCOMPARE(editor->session()->resource()->key, QStringLiteral("stages/password"));
    QTRY_COMPARE(editor->title(), QStringLiteral("default-authentication-password"));
}

void TestFlows::clickingADiagramStageOpensIt()
{
    FlowInspector *inspector = openFlow(QStringLiteral("default-authentication-flow"));
    QVERIFY(inspector);
    inspector->pages()->setCurrentWidget(inspector->diagramPage());
    FlowDiagramView *diagram = inspector->diagram();
    QTRY_COMPARE(diagram->nodeItemCount(), 7);  // four stages, start, end, the password binding's policy
    QGraphicsItem *target = nullptr;
    for (QGraphicsItem *item : diagram->scene()->items()) {
        if (item->data(2).toString() == QLatin1String("default-authentication-mfa-validation") && item->data(1).toInt() == 2)
            target = item;
    }
    QVERIFY(target);
    // A click selects its binding (who reaches it shows beside the diagram); a double-click opens it.
    const QPoint at = diagram->mapFromScene(target->sceneBoundingRect().center());
    QTest::mouseClick(diagram->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(inspector->bindingsView()->currentIndex().row(), 2);
    QCOMPARE(m_window->tabs()->currentWidget(), inspector);
    QVERIFY(inspector->stagePolicies()->isVisible());
    QCOMPARE(inspector->stagePolicies()->target(), textOf(inspector->bindings()->binding(2), "policybindingmodel_ptr_id"));
    QTest::mouseDClick(diagram->viewport(), Qt::LeftButton, {}, at);
    auto *editor = qobject_cast<RecordEditor *>(m_window->tabs()->currentWidget());
    QVERIFY(editor);
    QCOMPARE(editor->session()->resource()->key, QStringLiteral("stages/authenticator/validate"));
}

void TestFlows::moveIsSaidAndUndone()
{
    FlowInspector *inspector = openFlow(QStringLiteral("default-authentication-flow"));
    QVERIFY(inspector);
    const QList<QJsonObject> before = serverBindings(QStringLiteral("default-authentication-flow"));
    QTableView *view = inspector->bindingsView();
    view->setFocus();
    view->selectRow(1);  // default-authentication-password at 20
    QSignalSpy reordered(inspector->bindings(), &BindingsModel::reordered);
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    QVERIFY(reordered.wait(10000));
    QCOMPARE(statusBarText(), QStringLiteral("Moved “default-authentication-password” to order 30 in default-authentication-flow"));
    QCOMPARE(serverOrder(QStringLiteral("default-authentication-flow")).at(2), QStringLiteral("default-authentication-password"));

    // Ctrl+Z in the inspector puts the previous orders back, through the window's Edit ▸ Undo.
    QVERIFY(m_window->action(QStringLiteral("undo"))->isEnabled());
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(reordered.wait(10000));
    QList<QJsonObject> after = serverBindings(QStringLiteral("default-authentication-flow"));
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < before.size(); ++i) {
        QCOMPARE(textOf(after.at(i), "pk"), textOf(before.at(i), "pk"));
        QCOMPARE(after.at(i).value(QLatin1String("order")).toInt(), before.at(i).value(QLatin1String("order")).toInt());
    }
    QVERIFY2(statusBarText().startsWith(QLatin1String("Undone")), qPrintable(statusBarText()));
    // Ctrl+Shift+Z does it again; Ctrl+Z once more leaves the flow as it was.
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(reordered.wait(10000));
    QCOMPARE(serverOrder(QStringLiteral("default-authentication-flow")).at(2), QStringLiteral("default-authentication-password"));
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(reordered.wait(10000));
    after = serverBindings(QStringLiteral("default-authentication-flow"));
    for (int i = 0; i < before.size(); ++i)
        QCOMPARE(after.at(i).value(QLatin1String("order")).toInt(), before.at(i).value(QLatin1String("order")).toInt());

    // On the Settings page the same keys act on the settings' edits instead.
    QVERIFY(m_window->action(QStringLiteral("redo"))->isEnabled());
    inspector->pages()->setCurrentWidget(inspector->settings());
    QVERIFY(!m_window->action(QStringLiteral("redo"))->isEnabled());
    inspector->pages()->setCurrentIndex(0);
    QVERIFY(m_window->action(QStringLiteral("redo"))->isEnabled());
}

void TestFlows::addOffersEveryOptionAndNoStage()
{
    FlowInspector *inspector = openFlow(QStringLiteral("default-authentication-flow"));
    QVERIFY(inspector);
    bool checked = false;
    onNextModal([&checked](QWidget *modal) {
        auto *dialog = qobject_cast<AddBindingDialog *>(modal);
        if (!dialog)
            return;
        auto guard = qScopeGuard([dialog] { dialog->reject(); });
        // Every stage is listed, none chosen: OK waits for the user.
        if (!QTest::qWaitFor([dialog] { return dialog->stagePicker()->count() > 20; }, 10000))
            return;
        QTest::qWait(50);
        QCOMPARE(dialog->stagePicker()->currentIndex(), -1);
        QVERIFY(dialog->stagePicker()->currentText().isEmpty());
        QVERIFY(!dialog->okButton()->isEnabled());
        QCOMPARE(dialog->orderField()->value(), 110);  // the last order (100) + 10
        for (const char *option : {"evaluate_on_plan", "re_evaluate_policies", "invalid_response_action", "policy_engine_mode"})
            QVERIFY2(dialog->optionInput(QLatin1String(option)), option);
        QCOMPARE(qobject_cast<QCheckBox *>(dialog->optionInput(QStringLiteral("evaluate_on_plan")))->isChecked(), false);
        QCOMPARE(qobject_cast<QCheckBox *>(dialog->optionInput(QStringLiteral("re_evaluate_policies")))->isChecked(), true);
        QCOMPARE(qobject_cast<QComboBox *>(dialog->optionInput(QStringLiteral("invalid_response_action")))->count(), 3);
        QCOMPARE(qobject_cast<QComboBox *>(dialog->optionInput(QStringLiteral("policy_engine_mode")))->count(), 2);
        dialog->stagePicker()->setCurrentIndex(dialog->stagePicker()->findText(QStringLiteral("akdesk-sandbox-dummy")));
        QVERIFY(dialog->okButton()->isEnabled());
        checked = true;
    });
    QTest::mouseClick(inspector->findChild<QPushButton *>(QStringLiteral("addBinding")), Qt::LeftButton);
    QVERIFY(checked);
    QCOMPARE(serverBindings(QStringLiteral("default-authentication-flow")).size(), 4);  // cancelled: nothing bound
}

void TestFlows::removeAsksAndUndoBindsAgain()
{
    FlowInspector *inspector = openFlow(QStringLiteral("default-invalidation-flow"));
    QVERIFY(inspector);
    const int before = inspector->bindings()->rowCount();
    // Bound with options other than the defaults, so that Undo has something to keep.
    onNextModal([](QWidget *modal) {
        auto *dialog = qobject_cast<AddBindingDialog *>(modal);
        if (!QTest::qWaitFor([dialog] { return dialog->stagePicker()->findText(QStringLiteral("akdesk-sandbox-dummy")) >= 0; }, 10000))
            return;
        dialog->stagePicker()->setCurrentIndex(dialog->stagePicker()->findText(QStringLiteral("akdesk-sandbox-dummy")));
        dialog->orderField()->setValue(55);
        qobject_cast<QCheckBox *>(dialog->optionInput(QStringLiteral("evaluate_on_plan")))->setChecked(true);
        auto *action = qobject_cast<QComboBox *>(dialog->optionInput(QStringLiteral("invalid_response_action")));
        action->setCurrentIndex(action->findData(QStringLiteral("restart_with_context")));
        auto *mode = qobject_cast<QComboBox *>(dialog->optionInput(QStringLiteral("policy_engine_mode")));
        mode->setCurrentIndex(mode->findData(QStringLiteral("all")));
        dialog->okButton()->click();
    });
    QTest::mouseClick(inspector->findChild<QPushButton *>(QStringLiteral("addBinding")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(inspector->bindings()->rowCount(), before + 1, 10000);
    auto added = [this] {
        for (const QJsonObject &binding : serverBindings(QStringLiteral("default-invalidation-flow"))) {
            if (binding.value(QLatin1String("stage_obj")).toObject().value(QLatin1String("name")).toString() == QLatin1String("akdesk-sandbox-dummy"))
                return binding;
        }
        return QJsonObject();
    };
    const QJsonObject original = added();
    QCOMPARE(original.value(QLatin1String("order")).toInt(), 55);
    QCOMPARE(original.value(QLatin1String("evaluate_on_plan")).toBool(), true);
    QCOMPARE(textOf(original, "invalid_response_action"), QStringLiteral("restart_with_context"));
    QCOMPARE(textOf(original, "policy_engine_mode"), QStringLiteral("all"));

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTableView *view = inspector->bindingsView();
    view->setFocus();
    view->selectRow(inspector->bindings()->rowOfBinding(textOf(original, "pk")));
    // Remove asks first, naming the stage and the flow; Cancel keeps the binding.
    QString question;
    onNextModal([&question](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        question = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(question, QStringLiteral("Remove “akdesk-sandbox-dummy” (order 55) from default-invalidation-flow?"));
    QTest::qWait(200);
    QCOMPARE(serverBindings(QStringLiteral("default-invalidation-flow")).size(), before + 1);

    m_window->activateWindow();  // the question had the activation
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    view->setFocus();
    onNextModal([](QWidget *modal) { modal->findChild<QPushButton *>(QStringLiteral("confirmRemove"))->click(); });
    QTest::keyClick(view, Qt::Key_Delete);
    QTRY_COMPARE_WITH_TIMEOUT(serverBindings(QStringLiteral("default-invalidation-flow")).size(), before, 10000);
    QTRY_COMPARE(statusBarText(), QStringLiteral("Removed “akdesk-sandbox-dummy” (order 55) from default-invalidation-flow"));

    // Ctrl+Z binds the same stage again with the same order and options.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY(!inspector->bindings()->isBusy());
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(inspector->bindings()->rowCount(), before + 1, 10000);
    const QJsonObject again = added();
    for (const char *field : {"stage", "target", "order", "evaluate_on_plan", "re_evaluate_policies", "invalid_response_action",
                              "policy_engine_mode"})
        QCOMPARE(again.value(QLatin1String(field)), original.value(QLatin1String(field)));
    QTRY_VERIFY2(statusBarText().startsWith(QLatin1String("Undone")), qPrintable(statusBarText()));
    // Ctrl+Shift+Z removes it again.
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(serverBindings(QStringLiteral("default-invalidation-flow")).size(), before, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(inspector->bindings()->rowCount(), before, 10000);
}

void TestFlows::namesNotUuids()
{
    FlowInspector *inspector = openFlow(QStringLiteral("default-authentication-flow"));
    QVERIFY(inspector);
    // Two default flows are called "Welcome to authentik!": the tab shows the slug beside.
    const QString flowLabel = QStringLiteral("Welcome to authentik! (default-authentication-flow)");
    QTRY_COMPARE(m_window->tabs()->tabText(m_window->tabs()->indexOf(inspector)), flowLabel);
    // The binding options dialog names the stage, the flow and the order.
    QString title;
    onNextModal([&title](QWidget *modal) {
        QTest::qWait(100);
        title = modal->windowTitle();
        qobject_cast<QDialog *>(modal)->reject();
    });
    QTableView *view = inspector->bindingsView();
    view->selectRow(1);
    QTest::mouseClick(inspector->findChild<QPushButton *>(QStringLiteral("editBinding")), Qt::LeftButton);
    QCOMPARE(title, QStringLiteral("Binding: default-authentication-password in default-authentication-flow (order 20)"));

    // A binding's editor tab and its unsaved-changes prompt name it the same way.
    RecordEditor *editor = m_window->openRecord(*SchemaRegistry::bundled()->resource(QStringLiteral("flows/bindings")),
                                                inspector->bindings()->binding(1));
    QTRY_COMPARE(m_window->tabs()->tabText(m_window->tabs()->indexOf(editor)),
                 QStringLiteral("Binding: default-authentication-password in default-authentication-flow (order 20)"));
    QTRY_VERIFY(!editor->session()->isBusy());
    auto *order = qobject_cast<QSpinBox *>(editor->form()->editorFor(QStringLiteral("order"))->focusWidget());
    QVERIFY(order);
    order->setFocus();
    order->selectAll();
    QTest::keyClicks(order, QStringLiteral("25"));
    QString prompt;
    onNextModal([&prompt](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        prompt = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    QVERIFY(!editor->confirmClose());
    QVERIFY2(prompt.contains(QLatin1String("Binding: default-authentication-password in default-authentication-flow")), qPrintable(prompt));
    editor->revert();
    m_window->tabs()->removeTab(m_window->tabs()->indexOf(editor));
    editor->deleteLater();

    // The stage's "Bound into flows" line names the flow with its slug.
    m_window->tabs()->setCurrentWidget(inspector);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const QRect rect = view->visualRect(inspector->bindings()->index(1, BindingsModel::StageColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    auto *stage = qobject_cast<RecordEditor *>(m_window->tabs()->currentWidget());
    QVERIFY(stage);
    auto *links = stage->findChild<QLabel *>(QStringLiteral("flowLinks"));
    QTRY_VERIFY(links->text().contains(flowLabel));
}

void TestFlows::diagramExportsSayWhere()
{
    FlowInspector *inspector = openFlow(QStringLiteral("default-authentication-flow"));
    QVERIFY(inspector);
    QTRY_VERIFY(inspector->diagram()->nodeItemCount() > 0);
    QTemporaryDir dir;
    for (const QString &name : {QStringLiteral("diagram.png"), QStringLiteral("diagram.svg")}) {
        const QString path = dir.filePath(name);
        inspector->exportDiagram(path);
        QVERIFY(QFile::exists(path));
        QCOMPARE(statusBarText(), QStringLiteral("Diagram written to %1.").arg(QDir::toNativeSeparators(path)));
    }
    QString warning;
    onNextModal([&warning](QWidget *modal) {
        warning = qobject_cast<QMessageBox *>(modal)->text();
        modal->close();
    });
    const QString nowhere = dir.filePath(QStringLiteral("missing/folder/diagram.png"));
    inspector->exportDiagram(nowhere);
    QCOMPARE(warning, QStringLiteral("Could not write %1.").arg(QDir::toNativeSeparators(nowhere)));
}

void TestFlows::exportAllFlowsIntoAFolder()
{
    // Flow ▸ Export all flows to a folder: the action is there; the folder it asks for gets one
    // blueprint a flow, and the status bar says what was written; a second export changes nothing.
    QAction *action = m_window->action(QStringLiteral("exportAllFlows"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QTemporaryDir dir;
    const int flows = int(test::await(m_server->client()->list(QStringLiteral("/flows/instances/"), {})).pagination.count);
    m_window->exportAllFlowsTo(dir.path());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().startsWith(QLatin1String("Exported")), 20000);
    const QString said = m_window->statusBar()->currentMessage();
    QVERIFY2(said.contains(QStringLiteral("%1 new or changed, 0 unchanged").arg(flows)), qPrintable(said));
    QCOMPARE(int(QDir(dir.path()).entryList({QStringLiteral("*.yaml")}, QDir::Files).size()), flows);
    m_window->statusBar()->clearMessage();
    m_window->exportAllFlowsTo(dir.path());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().startsWith(QLatin1String("Exported")), 20000);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("0 new or changed, %1 unchanged").arg(flows)),
             qPrintable(m_window->statusBar()->currentMessage()));
}

QTEST_MAIN(TestFlows)
#include "tst_flows.moc"
