// What each write costs, counted on the sandbox (issue 16): saving one field, creating and binding
// a stage, deleting stages that are used, moving a binding. Each drives the real window and fails
// when the action sends more requests than it needs, however fast the sandbox answers them.

#include "app/sandbox/sandboxserver.h"
#include "models/items/bindingsmodel.h"
#include "models/session/workspace.h"
#include "models/items/pagedlistmodel.h"
#include "models/items/stagetypesmodel.h"
#include "models/operations/editsession.h"
#include "models/records/record.h"
#include "models/schema/schemaregistry.h"
#include "tests/support/modal.h"
#include "tests/support/testserver.h"
#include "tests/support/windowreset.h"
#include "views/common/deleterecordsdialog.h"
#include "views/flows/flowdiagramview.h"
#include "views/flows/flowinspector.h"
#include "views/forms/fieldeditor.h"
#include "views/forms/formview.h"
#include "views/forms/recordeditor.h"
#include "views/main/mainwindow.h"
#include "views/stages/createstagewizard.h"
#include "views/stages/stagelistpane.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace akdesk;

namespace {
using akdesk::records::textOf;
}

class TestWriteBudgets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void saveOneField();
    void createAndBind();
    void deleteUsedStages();
    void moveBinding();

private:
    /// Waits until no request has arrived for a while, and returns how many were answered.
    int settle() const;
    /// Requests since `from`, by the API paths they went to, for failure messages.
    QString sentSince(const QHash<QString, int> &from) const;
    QHash<QString, int> countsByArea() const;
    QJsonObject stageNamed(const QString &name);

    std::shared_ptr<const SchemaRegistry> m_schema;
    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestWriteBudgets::initTestCase()
{
    m_schema = SchemaRegistry::bundled();
    m_server = std::make_unique<test::TestServer>();
    QVERIFY(m_server->isSandbox());  // the sandbox counts what it is sent
    m_window.reset();
    m_workspace = std::make_unique<Workspace>(m_server->client(), m_schema);
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestWriteBudgets::init()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->tabs()->setCurrentIndex(0);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->stageList()->model()->state(), PagedListModel::State::Loaded, 10000);
}

void TestWriteBudgets::cleanup()
{
    while (QWidget *modal = QApplication::activeModalWidget())
        modal->close();
    test::resetWindow(m_window.get());
}

int TestWriteBudgets::settle() const
{
    int seen = -1;
    while (seen != m_server->sandbox()->requestCount()) {
        seen = m_server->sandbox()->requestCount();
        QTest::qWait(400);
    }
    return seen;
}

QHash<QString, int> TestWriteBudgets::countsByArea() const
{
    QHash<QString, int> counts;
    for (const char *area : {"/stages/all/", "/stages/", "/flows/bindings/", "/flows/instances/", "/policies/", "/sources/",
                             "/core/", "/root/", "/admin/"})
        counts.insert(QLatin1String(area), m_server->sandbox()->requestCount(QLatin1String(area)));
    return counts;
}

QString TestWriteBudgets::sentSince(const QHash<QString, int> &from) const
{
    QStringList parts;
    const QHash<QString, int> now = countsByArea();
    for (auto it = now.begin(); it != now.end(); ++it) {
        if (it.value() != from.value(it.key()))
            parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value() - from.value(it.key())));
    }
    parts.sort();
    return parts.join(QLatin1String(", "));
}

QJsonObject TestWriteBudgets::stageNamed(const QString &name)
{
    ListQuery query;
    query.filter(QStringLiteral("name"), name);
    const ApiResult result = test::await(m_server->client()->list(QStringLiteral("/stages/all/"), query));
    return result.results().isEmpty() ? QJsonObject() : result.results().first().toObject();
}

void TestWriteBudgets::saveOneField()
{
    const QJsonObject summary = stageNamed(QStringLiteral("default-authentication-identification"));
    RecordEditor *editor = m_window->openRecord(*m_schema->resource(QStringLiteral("stages/identification")), summary);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->session()->isBusy(), 10000);
    auto *box = qobject_cast<QCheckBox *>(editor->form()->editorFor(QStringLiteral("show_matched_user"))->focusWidget());
    QVERIFY(box);
    const bool was = box->isChecked();
    const int before = settle();
    const QHash<QString, int> areas = countsByArea();

    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage() == QLatin1String("Saved."), 10000);
    const int sent = settle() - before;
    qInfo("Save one field: %d request(s) (%s)", sent, qPrintable(sentSince(areas)));
    QCOMPARE(test::await(m_server->client()->get(QStringLiteral("/stages/identification/%1/").arg(textOf(summary, "pk"))))
                 .object().value(QLatin1String("show_matched_user")).toBool(),
             !was);
    QVERIFY2(sent <= 2, qPrintable(sentSince(areas)));  // the GET for the three-way merge, the PATCH
    // The editors stayed: the form was updated in place, not rebuilt.
    QCOMPARE(qobject_cast<QCheckBox *>(editor->form()->editorFor(QStringLiteral("show_matched_user"))->focusWidget()), box);
}

void TestWriteBudgets::createAndBind()
{
    const QString flowPk = textOf(test::await(m_server->client()->get(QStringLiteral("/flows/instances/default-invalidation-flow/"))).object(), "pk");
    QTest::keyClick(m_window->stageList()->view(), Qt::Key_N, Qt::ControlModifier);
    QPointer<CreateStageWizard> wizard = qobject_cast<CreateStageWizard *>(QApplication::activeModalWidget());
    QVERIFY(wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->types()->rowCount() > 0, 10000);
    QVERIFY(wizard->selectKind(QStringLiteral("stages/dummy")));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTRY_VERIFY(wizard->form() && wizard->form()->editorFor(QStringLiteral("name")));
    auto *name = qobject_cast<QLineEdit *>(wizard->form()->editorFor(QStringLiteral("name"))->focusWidget());
    QVERIFY(name);
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("akdesk-budget-bound"));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTRY_COMPARE(wizard->currentId(), int(CreateStageWizard::BindPage));
    wizard->bindCheck()->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->flowPicker()->findData(flowPk, Qt::UserRole + 1) >= 0, 10000);
    wizard->flowPicker()->setCurrentIndex(wizard->flowPicker()->findData(flowPk, Qt::UserRole + 1));
    const int before = settle();
    const QHash<QString, int> areas = countsByArea();

    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard || !wizard->isVisible(), 10000);
    const int sent = settle() - before;
    qInfo("Create a stage and bind it: %d request(s) (%s)", sent, qPrintable(sentSince(areas)));
    const QString pk = textOf(stageNamed(QStringLiteral("akdesk-budget-bound")), "pk");
    QVERIFY(!pk.isEmpty());
    ListQuery bound;
    bound.filter(QStringLiteral("stage"), pk);
    QCOMPARE(test::await(m_server->client()->list(QStringLiteral("/flows/bindings/"), bound)).results().size(), 1);
    // The new stage is listed without the list being read again.
    QTRY_VERIFY(m_window->stageList()->model()->match(m_window->stageList()->model()->index(0, 0), PagedListModel::IdRole, pk)
                    .size() == 1);
    QVERIFY2(sent <= 4, qPrintable(sentSince(areas)));
}

void TestWriteBudgets::deleteUsedStages()
{
    ApiClient *client = m_server->client();
    const QString flowPk = textOf(test::await(client->get(QStringLiteral("/flows/instances/default-invalidation-flow/"))).object(), "pk");
    QStringList pks;
    for (const QString &name : {QStringLiteral("akdesk-budget-del-a"), QStringLiteral("akdesk-budget-del-b")}) {
        pks.append(textOf(test::await(client->create(QStringLiteral("/stages/dummy/"), {{QStringLiteral("name"), name}})).object(), "pk"));
        QCOMPARE(test::await(client->create(QStringLiteral("/flows/bindings/"),
                                            {{QStringLiteral("target"), flowPk}, {QStringLiteral("stage"), pks.last()},
                                             {QStringLiteral("order"), 60 + int(pks.size())}})).status,
                 201);
    }
    StageListPane *list = m_window->stageList();
    list->reload();
    list->searchField()->setFocus();
    QTest::keyClicks(list->searchField(), QStringLiteral("akdesk-budget-del"));
    QTRY_VERIFY_WITH_TIMEOUT(list->model()->state() == PagedListModel::State::Loaded && list->model()->rowCount() == 2, 10000);
    list->view()->setFocus();
    list->view()->setCurrentIndex(list->model()->index(0, 0));
    QTest::keyClick(list->view(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(list->selectedRecords().size(), 2);
    const int before = settle();
    const QHash<QString, int> areas = countsByArea();

    QTest::keyClick(list->view(), Qt::Key_Delete);
    QPointer<DeleteRecordsDialog> dialog = qobject_cast<DeleteRecordsDialog *>(QApplication::activeModalWidget());
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->deleteButton()->isEnabled(), 10000);
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 10000);
    const int sent = settle() - before;
    qInfo("Delete 2 stages with used_by: %d request(s) (%s)", sent, qPrintable(sentSince(areas)));
    for (const QString &pk : std::as_const(pks))
        QCOMPARE(test::await(client->get(QStringLiteral("/stages/dummy/%1/").arg(pk))).status, 404);
    QTRY_COMPARE(list->model()->rowCount(), 0);  // gone from the list without reading it again
    QVERIFY2(sent <= 1 + 2 * 2, qPrintable(sentSince(areas)));
    list->searchField()->clear();
}

void TestWriteBudgets::moveBinding()
{
    FlowInspector *inspector = m_window->openFlow({{QStringLiteral("slug"), QStringLiteral("default-authentication-flow")},
                                                   {QStringLiteral("name"), QStringLiteral("default-authentication-flow")}});
    QVERIFY(inspector);
    BindingsModel *bindings = inspector->bindings();
    QTRY_VERIFY_WITH_TIMEOUT(bindings->rowCount() >= 2 && !bindings->isBusy(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(inspector->diagram()->graph().node(QStringLiteral("stage_0")), 10000);
    QList<QJsonObject> rows;
    QStringList pks;
    for (int row = 0; row < bindings->rowCount(); ++row) {
        rows.append(bindings->binding(row));
        pks.append(textOf(rows.last(), "pk"));
    }
    pks.move(0, 1);
    const int changed = int(BindingsModel::reorder(rows, pks).size());
    const QString second = textOf(rows.at(1), "pk");
    const int before = settle();
    const QHash<QString, int> areas = countsByArea();

    QTableView *view = inspector->bindingsView();
    view->setFocus();
    view->selectRow(0);
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!bindings->isBusy() && textOf(bindings->binding(0), "pk") == second, 10000);
    const int sent = settle() - before;
    qInfo("Move a binding (%d order(s) changed): %d request(s) (%s)", changed, sent, qPrintable(sentSince(areas)));
    QCOMPARE(m_server->sandbox()->requestCount(QStringLiteral("/flows/bindings/")) - areas.value(QStringLiteral("/flows/bindings/")),
             1 + changed);  // the flow's orders read once (merged as a whole), one PATCH per changed order
    QVERIFY2(sent <= 1 + changed + 1, qPrintable(sentSince(areas)));  // and the diagram's one GET
    QTRY_VERIFY(inspector->diagram()->graph().node(QStringLiteral("stage_0"))
                && inspector->diagram()->graph().node(QStringLiteral("stage_0"))->name
                       == bindings->binding(0).value(QLatin1String("stage_obj")).toObject().value(QLatin1String("name")).toString());
    // Back as it was, for whoever runs next.
    inspector->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(!bindings->isBusy() && textOf(bindings->binding(1), "pk") == second, 10000);
}

QTEST_MAIN(TestWriteBudgets)
#include "tst_writebudgets.moc"
