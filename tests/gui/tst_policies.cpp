// Policies in the main window against the sandbox: the navigator's counts, opening and saving
// (with the request budgets of stages), creating, deleting with the bindings named, testing against
// a user; and, against a scripted server, the expression editor marking the line of a 400.

#include "app/sandbox/sandboxserver.h"
#include "models/api/apiclient.h"
#include "models/items/formmodel.h"
#include "models/items/listcounts.h"
#include "models/items/pagedlistmodel.h"
#include "models/items/stagetypesmodel.h"
#include "models/operations/editsession.h"
#include "models/records/record.h"
#include "models/schema/schemaregistry.h"
#include "models/session/workspace.h"
#include "tests/support/scriptedserver.h"
#include "tests/support/testserver.h"
#include "tests/support/windowreset.h"
#include "views/common/deleterecordsdialog.h"
#include "views/forms/codeeditor.h"
#include "views/forms/formview.h"
#include "views/forms/recordeditor.h"
#include "views/main/mainwindow.h"
#include "views/policies/policytestdialog.h"
#include "views/stages/createstagewizard.h"
#include "views/stages/stagelistpane.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>

using namespace akdesk;

namespace {
using akdesk::records::textOf;
}

class TestPolicies final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void navigatorCountsMatchTheServer();
    void openAndSaveWithinBudget_data();
    void openAndSaveWithinBudget();
    void createDummyPolicy();
    void deleteNamesTheBindings();
    void testDummyPolicyAgainstAUser();
    void expressionTestShowsTheServersRefusal();
    void contextMustBeAnObject();
    void expressionEditorMarksTheErrorLine();

private:
    /// Every policy the server lists, by kind key.
    QHash<QString, int> serverCounts();
    QTreeWidgetItem *navigatorItem(const QString &label);
    void showPolicies(const QString &label);
    RecordEditor *openFromList(const QString &name);
    QJsonObject createPolicy(const QString &kind, QJsonObject body);
    int settle() const;
    PolicyTestDialog *openTest(RecordEditor *editor);

    std::shared_ptr<const SchemaRegistry> m_schema;
    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestPolicies::initTestCase()
{
    m_schema = SchemaRegistry::bundled();
    m_server = std::make_unique<test::TestServer>();
    QVERIFY2(m_server->isSandbox(), "the request budgets count the sandbox's requests");
    m_workspace = std::make_unique<Workspace>(m_server->client(), m_schema);
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->stageList()->model()->state(), PagedListModel::State::Loaded, 10000);
}

void TestPolicies::init()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestPolicies::cleanup()
{
    while (QWidget *modal = QApplication::activeModalWidget())
        modal->close();
    test::resetWindow(m_window.get());
    m_window->policyList()->searchField()->clear();
    // The cleared search asks the server again once typing pauses: let it land before the next test.
    QTest::qWait(400);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->policyList()->model()->state() != PagedListModel::State::Loading, 10000);
}

int TestPolicies::settle() const
{
    int seen = -1;
    while (seen != m_server->sandbox()->requestCount()) {
        seen = m_server->sandbox()->requestCount();
        QTest::qWait(300);
    }
    return seen;
}

QHash<QString, int> TestPolicies::serverCounts()
{
    QHash<QString, int> counts;
    for (int page = 1; page > 0;) {
        ListQuery query;
        query.page = page;
        query.pageSize = 100;
        const ApiResult result = test::await(m_server->client()->list(QStringLiteral("/policies/all/"), query));
        for (const QJsonValue &row : result.results()) {
            if (const ResourceDescriptor *kind = m_schema->policyKindForModel(textOf(row.toObject(), "meta_model_name")))
                ++counts[kind->key];
        }
        page = result.json.object().value(QLatin1String("pagination")).toObject().value(QLatin1String("next")).toInt();
    }
    return counts;
}

QTreeWidgetItem *TestPolicies::navigatorItem(const QString &label)
{
    for (QTreeWidgetItemIterator it(m_window->navigator()); *it; ++it) {
        if ((*it)->parent() && (*it)->parent()->text(0) == QLatin1String("Policies") && (*it)->text(0).startsWith(label))
            return *it;
    }
    return nullptr;
}

void TestPolicies::showPolicies(const QString &label)
{
    QTreeWidgetItem *item = navigatorItem(label);
    QVERIFY2(item, qPrintable(label));
    const QRect rect = m_window->navigator()->visualItemRect(item);
    QTest::mouseClick(m_window->navigator()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->policyList());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->policyList()->model()->state(), PagedListModel::State::Loaded, 10000);
}

QJsonObject TestPolicies::createPolicy(const QString &kind, QJsonObject body)
{
    const ApiResult created = test::await(m_server->client()->create(m_schema->resource(kind)->listPath, body));
    return created.object();
}

RecordEditor *TestPolicies::openFromList(const QString &name)
{
    StageListPane *list = m_window->policyList();
    list->searchField()->clear();
    QTest::keyClicks(list->searchField(), name);
    if (!QTest::qWaitFor([&] {
            return list->model()->state() == PagedListModel::State::Loaded && list->model()->rowCount() >= 1
                && list->model()->index(0, 0).data().toString() == name;
        }, 10000))
        return nullptr;
    QTableView *view = list->view();
    const QRect rect = view->visualRect(view->model()->index(0, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    auto *editor = qobject_cast<RecordEditor *>(m_window->tabs()->currentWidget());
    if (editor)
        (void)QTest::qWaitFor([editor] { return !editor->session()->isBusy(); }, 10000);
    return editor;
}

void TestPolicies::navigatorCountsMatchTheServer()
{
    QVERIFY(navigatorItem(QStringLiteral("Dummy Policy")));
    QVERIFY(navigatorItem(QStringLiteral("Expression Policy")));
    showPolicies(QStringLiteral("All policies"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->policyCounts()->isKnown(), 10000);
    const QHash<QString, int> server = serverCounts();
    int total = 0;
    for (const ResourceDescriptor *kind : m_schema->policyKinds()) {
        const int count = server.value(kind->key);
        total += count;
        QTreeWidgetItem *item = navigatorItem(kind->label);
        QVERIFY2(item, qPrintable(kind->key));
        QCOMPARE(item->text(0), QStringLiteral("%1 (%2)").arg(kind->label).arg(count));
    }
    QVERIFY2(total > 0, "the sandbox seeds authentik's default policies");
    QCOMPARE(navigatorItem(QStringLiteral("All policies"))->text(0), QStringLiteral("All policies (%1)").arg(total));
    // The list of one kind shows that kind only.
    showPolicies(QStringLiteral("Expression Policy"));
    QCOMPARE(m_window->policyList()->model()->rowCount(), server.value(QStringLiteral("policies/expression")));
}

void TestPolicies::openAndSaveWithinBudget_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonObject>("body");
    QTest::newRow("dummy") << QStringLiteral("policies/dummy")
                           << QJsonObject{{QStringLiteral("name"), QStringLiteral("akdesk-budget-dummy")}};
    QTest::newRow("expression") << QStringLiteral("policies/expression")
                                << QJsonObject{{QStringLiteral("name"), QStringLiteral("akdesk-budget-expression")},
                                               {QStringLiteral("expression"), QStringLiteral("return True")}};
}

void TestPolicies::openAndSaveWithinBudget()
{
    QFETCH(QString, kind);
    QFETCH(QJsonObject, body);
    const QJsonObject created = createPolicy(kind, body);
    QVERIFY(!textOf(created, "pk").isEmpty());
    showPolicies(QStringLiteral("All policies"));
    m_window->policyList()->searchField()->clear();
    QTest::keyClicks(m_window->policyList()->searchField(), textOf(body, "name"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->policyList()->model()->state() == PagedListModel::State::Loaded
                                 && m_window->policyList()->model()->rowCount() == 1, 10000);
    const int before = settle();
    QTableView *view = m_window->policyList()->view();
    const QRect rect = view->visualRect(view->model()->index(0, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    auto *editor = qobject_cast<RecordEditor *>(m_window->tabs()->currentWidget());
    QVERIFY(editor);
    QCOMPARE(editor->session()->resource()->key, kind);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->session()->isBusy(), 10000);
    const int opened = settle() - before;
    qInfo("Open a %s: %d request(s)", qPrintable(kind), opened);
    QVERIFY2(opened <= 2, qPrintable(QString::number(opened)));

    auto *name = editor->findChild<QLineEdit *>(QStringLiteral("name_input"));
    QVERIFY(name);
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, textOf(body, "name") + QStringLiteral("-renamed"));
    const int beforeSave = settle();
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->session()->form()->isDirty() && !editor->session()->isBusy(), 10000);
    const int saved = settle() - beforeSave;
    qInfo("Save one field of a %s: %d request(s)", qPrintable(kind), saved);
    QCOMPARE(saved, 2);
    const QJsonObject server = test::await(m_server->client()->get(m_schema->resource(kind)->detailPath(textOf(created, "pk")))).object();
    QCOMPARE(textOf(server, "name"), textOf(body, "name") + QStringLiteral("-renamed"));
}

void TestPolicies::createDummyPolicy()
{
    showPolicies(QStringLiteral("Dummy Policy"));
    const int before = m_window->policyList()->model()->rowCount();
    QTest::keyClick(m_window->policyList()->view(), Qt::Key_N, Qt::ControlModifier);
    QPointer<CreateStageWizard> wizard = qobject_cast<CreateStageWizard *>(QApplication::activeModalWidget());
    QVERIFY(wizard);
    QCOMPARE(wizard->windowTitle(), QStringLiteral("New policy"));
    QAbstractItemModelTester tester(wizard->types(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The kinds are the server's policy types, and the list's kind is chosen already.
    QTRY_VERIFY_WITH_TIMEOUT(wizard->selectedKind() == QLatin1String("policies/dummy"), 10000);
    QVERIFY(wizard->types()->rowOfKey(QStringLiteral("policies/expression")) >= 0);
    QCOMPARE(wizard->types()->rowOfKey(QStringLiteral("stages/dummy")), -1);
    QTest::keyClick(wizard->searchField(), Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(CreateStageWizard::SettingsPage));
    auto *name = wizard->form()->findChild<QLineEdit *>(QStringLiteral("name_input"));
    QVERIFY(name);
    QTest::keyClicks(name, QStringLiteral("akdesk-created-dummy"));
    // A policy has no "bind to a flow" page: Finish is on the settings page.
    QVERIFY(wizard->button(QWizard::FinishButton)->isVisible());
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.isNull() || !wizard->isVisible(), 10000);
    auto *editor = qobject_cast<RecordEditor *>(m_window->tabs()->currentWidget());
    QVERIFY(editor);
    QCOMPARE(editor->session()->resource()->key, QStringLiteral("policies/dummy"));
    QTRY_COMPARE(m_window->policyList()->model()->rowCount(), before + 1);  // the list follows the create
    ListQuery query;
    query.search = QStringLiteral("akdesk-created-dummy");
    QCOMPARE(test::await(m_server->client()->list(QStringLiteral("/policies/dummy/"), query)).results().size(), 1);
}

void TestPolicies::deleteNamesTheBindings()
{
    const QJsonObject policy = createPolicy(QStringLiteral("policies/dummy"), {{QStringLiteral("name"), QStringLiteral("akdesk-delete-me")}});
    QVERIFY(!textOf(policy, "pk").isEmpty());
    ListQuery flows;
    flows.pageSize = 1;
    const QJsonObject flow = test::await(m_server->client()->list(QStringLiteral("/flows/instances/"), flows)).results().first().toObject();
    const ApiResult binding = test::await(m_server->client()->create(
        QStringLiteral("/policies/bindings/"),
        {{QStringLiteral("policy"), textOf(policy, "pk")}, {QStringLiteral("target"), textOf(flow, "policybindingmodel_ptr_id")},
         {QStringLiteral("order"), 77}}));
    QCOMPARE(binding.status, 201);

    showPolicies(QStringLiteral("All policies"));
    QTest::keyClicks(m_window->policyList()->searchField(), QStringLiteral("akdesk-delete-me"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->policyList()->model()->state() == PagedListModel::State::Loaded
                                 && m_window->policyList()->model()->rowCount() == 1, 10000);
    QTableView *view = m_window->policyList()->view();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(0, 0)).center());
    QCOMPARE(view->model()->index(0, 2).data().toInt(), 1);  // the Bindings column
    QTest::keyClick(view, Qt::Key_Delete);
    auto *dialog = qobject_cast<DeleteRecordsDialog *>(QApplication::activeModalWidget());
    QVERIFY(dialog);
    QVERIFY2(dialog->windowTitle().startsWith(QLatin1String("Delete 1 polic")), qPrintable(dialog->windowTitle()));
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("consequences"));
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmDelete"));
    QTRY_VERIFY_WITH_TIMEOUT(confirm->isEnabled(), 10000);
    QTreeWidgetItem *top = tree->topLevelItem(0);
    QStringList said;
    for (int i = 0; i < top->childCount(); ++i)
        said.append(top->child(i)->text(0));
    QVERIFY2(said.join(QLatin1Char(' ')).contains(QLatin1String("binding"), Qt::CaseInsensitive), qPrintable(said.join(QLatin1Char('|'))));
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->policyList()->model()->rowCount(), 0, 10000);
    QCOMPARE(test::await(m_server->client()->get(QStringLiteral("/policies/all/%1/").arg(textOf(policy, "pk")))).status, 404);
    QCOMPARE(test::await(m_server->client()->get(QStringLiteral("/policies/bindings/%1/").arg(textOf(binding.object(), "pk")))).status, 404);
}

PolicyTestDialog *TestPolicies::openTest(RecordEditor *editor)
{
    if (!editor || !editor->testButton()->isVisible() || !editor->testButton()->isEnabled())
        return nullptr;
    editor->testButton()->setFocus();
    QTest::keyClick(editor->testButton(), Qt::Key_T, Qt::ControlModifier);
    return qobject_cast<PolicyTestDialog *>(QApplication::activeModalWidget());
}

void TestPolicies::testDummyPolicyAgainstAUser()
{
    createPolicy(QStringLiteral("policies/dummy"), {{QStringLiteral("name"), QStringLiteral("akdesk-test-passes")},
                                                    {QStringLiteral("result"), true},
                                                    {QStringLiteral("wait_min"), 0},
                                                    {QStringLiteral("wait_max"), 1}});
    showPolicies(QStringLiteral("All policies"));
    RecordEditor *editor = openFromList(QStringLiteral("akdesk-test-passes"));
    QVERIFY(editor);
    PolicyTestDialog *dialog = openTest(editor);
    QVERIFY(dialog);
    QVERIFY(!dialog->runButton()->isEnabled());  // no user yet
    // Search as you type narrows the users.
    QTest::keyClicks(dialog->userSearch(), QStringLiteral("akadmin"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->userList()->model()->rowCount() >= 1 && dialog->runButton()->isEnabled(), 10000);
    QAbstractItemModelTester tester(dialog->userList()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Found by username, shown with the name too.
    QVERIFY2(dialog->userList()->currentIndex().data().toString().contains(QLatin1String("authentik Default Admin")),
             qPrintable(dialog->userList()->currentIndex().data().toString()));
    QTest::keyClicks(dialog->userSearch(), QStringLiteral("-nobody"));
    QCOMPARE(dialog->userList()->model()->rowCount(), 0);
    QVERIFY(!dialog->runButton()->isEnabled());
    for (int i = 0; i < 7; ++i)
        QTest::keyClick(dialog->userSearch(), Qt::Key_Backspace);
    QTRY_VERIFY(dialog->runButton()->isEnabled());
    QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->verdict()->text(), QStringLiteral("✔ Passing"), 10000);
    QVERIFY(dialog->messages()->text().contains(QLatin1String("dummy")));
    QVERIFY(dialog->logLines()->topLevelItemCount() >= 1);
    QTreeWidgetItem *line = dialog->logLines()->topLevelItem(0);
    QCOMPARE(line->text(2), QStringLiteral("Policy waiting"));
    QCOMPARE(line->text(1), QStringLiteral("info"));
    QVERIFY(!line->text(0).isEmpty());
    QVERIFY(line->text(3).contains(QLatin1String("akdesk-test-passes")));
}

void TestPolicies::expressionTestShowsTheServersRefusal()
{
    createPolicy(QStringLiteral("policies/expression"), {{QStringLiteral("name"), QStringLiteral("akdesk-test-expression")},
                                                         {QStringLiteral("expression"), QStringLiteral("return True")}});
    showPolicies(QStringLiteral("All policies"));
    RecordEditor *editor = openFromList(QStringLiteral("akdesk-test-expression"));
    QVERIFY(editor);
    PolicyTestDialog *dialog = openTest(editor);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->userList()->model()->rowCount() >= 1, 10000);
    dialog->userList()->setCurrentIndex(dialog->userList()->model()->index(0, 0));
    QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(dialog->verdict()->text().contains(QLatin1String("does not run Python")),
                              qPrintable(dialog->verdict()->text()), 10000);
    QCOMPARE(dialog->logLines()->topLevelItemCount(), 0);
}

void TestPolicies::contextMustBeAnObject()
{
    showPolicies(QStringLiteral("Dummy Policy"));
    RecordEditor *editor = openFromList(textOf(m_window->policyList()->model()->record(0), "name"));
    PolicyTestDialog *dialog = openTest(editor);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->userList()->model()->rowCount() >= 1, 10000);
    dialog->userList()->setCurrentIndex(dialog->userList()->model()->index(0, 0));
    QVERIFY(dialog->runButton()->isEnabled());
    dialog->contextField()->setFocus();
    QTest::keyClicks(dialog->contextField(), QStringLiteral("[1, 2]"));
    QVERIFY(dialog->contextError()->text().contains(QLatin1String("JSON object")));
    QVERIFY(!dialog->runButton()->isEnabled());
    dialog->contextField()->clear();
    QTest::keyClicks(dialog->contextField(), QStringLiteral("{\"a\": "));
    QVERIFY(dialog->contextError()->text().startsWith(QLatin1String("Not valid JSON")));
    QTest::keyClicks(dialog->contextField(), QStringLiteral("1}"));
    QVERIFY(dialog->contextError()->text().isEmpty());
    QVERIFY(dialog->runButton()->isEnabled());
}

void TestPolicies::expressionEditorMarksTheErrorLine()
{
    // authentik compiles the expression inside `def handler():` and answers Python's words: line 4
    // of the compiled text is line 3 of the expression (authentik/lib/expression/evaluator.py).
    const QByteArray record = R"({"pk":"e1","name":"akdesk-syntax","execution_logging":false,"component":"ak-policy-expression-form",)"
                              R"("verbose_name":"Expression Policy","verbose_name_plural":"Expression Policies",)"
                              R"("meta_model_name":"authentik_policies_expression.expressionpolicy","bound_to":0,)"
                              R"("expression":"x = 1\nif x:\n    return True\n"})";
    test::ScriptedServer server([record](const QByteArray &method, const QByteArray &) {
        if (method == "PATCH")
            return test::ScriptedServer::json(R"x({"expression":["Expression Syntax Error: invalid syntax (PolicyEvaluator, line 4)"]})x", 400);
        return test::ScriptedServer::json(record);
    });
    ApiClient client;
    client.setServerUrl(server.url());
    client.setToken(QStringLiteral("policies-token"));
    client.setRetries(0);
    Workspace workspace(&client, m_schema);
    RecordEditor editor(&workspace);
    editor.setConfirmMultiFieldSaves(false);
    editor.open(*m_schema->resource(QStringLiteral("policies/expression")), QJsonDocument::fromJson(record).object());
    editor.resize(700, 600);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTRY_VERIFY_WITH_TIMEOUT(!editor.session()->isBusy(), 10000);
    auto *code = editor.findChild<CodeEditor *>();
    QVERIFY(code);
    QVERIFY(code->font().fixedPitch() || QFontInfo(code->font()).fixedPitch());
    QCOMPARE(code->markedLine(), 0);
    // Tab indents by four spaces.
    code->setFocus();
    code->moveCursor(QTextCursor::End);
    QTest::keyClick(code, Qt::Key_Tab);
    QTest::keyClicks(code, QStringLiteral("retur True"));
    QVERIFY(code->toPlainText().endsWith(QLatin1String("\n    retur True")));
    // Ctrl+S in the code editor saves.
    QTest::keyClick(code, Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(code->markedLine(), 3, 10000);
    QCOMPARE(code->textCursor().blockNumber(), 2);  // the cursor went to the line
    auto *error = editor.findChild<QLabel *>(QStringLiteral("expression_error"));
    QVERIFY(error);
    QVERIFY(error->text().contains(QLatin1String("line 4")));
    QCOMPARE(code->extraSelections().size(), 1);
    QCOMPARE(code->extraSelections().first().cursor.blockNumber(), 2);
    QVERIFY(code->toPlainText().endsWith(QLatin1String("retur True")));  // what was typed stays
    // Editing the marked line takes the mark away.
    code->setTextCursor(QTextCursor(code->document()->findBlockByNumber(2)));
    QTest::keyClick(code, Qt::Key_Space);
    QCOMPARE(code->markedLine(), 0);
    QVERIFY(code->extraSelections().isEmpty());
}

QTEST_MAIN(TestPolicies)
#include "tst_policies.moc"
