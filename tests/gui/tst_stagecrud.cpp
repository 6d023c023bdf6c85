// Creating (wizard), duplicating and deleting stages from the main window, with real keys and
// clicks, against the sandbox.

#include "app/sandbox/sandboxserver.h"
#include "models/records/record.h"
#include "models/session/workspace.h"
#include "models/api/apiclient.h"
#include "models/operations/deletionplan.h"
#include "models/operations/editsession.h"
#include "models/items/formmodel.h"
#include "models/items/pagedlistmodel.h"
#include "models/items/stagetypesmodel.h"
#include "models/schema/schemaregistry.h"
#include "tests/support/testserver.h"
#include "tests/support/windowreset.h"
#include "views/forms/choicelisteditor.h"
#include "views/forms/formview.h"
#include "views/forms/recordeditor.h"
#include "views/forms/referenceeditor.h"
#include "views/main/mainwindow.h"
#include "views/stages/createstagewizard.h"
#include "views/common/deleterecordsdialog.h"
#include "views/stages/stagelistpane.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

using namespace akdesk;

namespace {
using akdesk::records::textOf;

/// What the wizard's form finds wrong, for failure messages.
QString problems(CreateStageWizard *wizard)
{
    QStringList list;
    FormModel *form = wizard->session()->form();
    for (int row = 0; row < form->rowCount(); ++row) {
        const QString error = form->index(row).data(FormModel::ErrorRole).toString();
        if (!error.isEmpty())
            list.append(form->index(row).data(FormModel::NameRole).toString() + QStringLiteral(": ") + error);
    }
    return list.join(QLatin1String("; "));
}
}

class TestStageCrud final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void createThroughWizard_data();
    void createThroughWizard();
    void wizardNeedsAName();
    void wizardKeepsInputOnServerError();
    void wizardBindsAtTheEnd();
    void wizardListsKinds();
    void deleteShowsWhatHappens();
    void cancelDeletesNothing();
    void duplicateStage();
    void largeListLoadsLazily();

private:
    CreateStageWizard *openWizard();
    void goToSettings(CreateStageWizard *wizard, const QString &search);
    QJsonObject stageNamed(const QString &name);
    void selectInList(const QStringList &names);

    std::shared_ptr<const SchemaRegistry> m_schema;
    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QPointer<CreateStageWizard> m_wizard;  ///< closes (and deletes itself) when done
};

void TestStageCrud::initTestCase()
{
    m_schema = SchemaRegistry::bundled();
    m_server = std::make_unique<test::TestServer>();
    m_window.reset();
    m_workspace = std::make_unique<Workspace>(m_server->client(), m_schema);
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestStageCrud::init()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->tabs()->setCurrentIndex(0);
    QTRY_COMPARE(m_window->stageList()->model()->state(), PagedListModel::State::Loaded);
}

void TestStageCrud::cleanup()
{
    while (QWidget *modal = QApplication::activeModalWidget())
        modal->close();
    test::resetWindow(m_window.get());
    m_window->stageList()->searchField()->clear();
}

QJsonObject TestStageCrud::stageNamed(const QString &name)
{
    ListQuery query;
    query.filter(QStringLiteral("name"), name);
    const ApiResult result = test::await(m_server->client()->list(QStringLiteral("/stages/all/"), query));
    if (result.results().isEmpty())
        return {};
    const QJsonObject summary = result.results().first().toObject();
    const ResourceDescriptor *kind = m_schema->stageKindForModel(textOf(summary, "meta_model_name"));
    return test::await(m_server->client()->get(kind->detailPath(textOf(summary, "pk")))).object();
}

CreateStageWizard *TestStageCrud::openWizard()
{
    QTest::keyClick(m_window->stageList()->view(), Qt::Key_N, Qt::ControlModifier);
    auto *wizard = qobject_cast<CreateStageWizard *>(QApplication::activeModalWidget());
    if (!wizard)
        return nullptr;
    m_wizard = wizard;
    new QAbstractItemModelTester(wizard->types(), QAbstractItemModelTester::FailureReportingMode::QtTest, wizard);
    if (!QTest::qWaitFor([wizard] { return wizard->types()->rowCount() > 0; }, 10000))
        return nullptr;
    return wizard;
}

void TestStageCrud::goToSettings(CreateStageWizard *wizard, const QString &search)
{
    wizard->searchField()->setFocus();
    QTest::keyClicks(wizard->searchField(), search);
    QTest::keyClick(wizard->searchField(), Qt::Key_Return);
}

void TestStageCrud::createThroughWizard_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("key");
    QTest::newRow("dummy") << QStringLiteral("Dummy") << QStringLiteral("stages/dummy");
    QTest::newRow("source") << QStringLiteral("Source Stage") << QStringLiteral("stages/source");
    QTest::newRow("identification") << QStringLiteral("Identification") << QStringLiteral("stages/identification");
}

void TestStageCrud::createThroughWizard()
{
    QFETCH(QString, search);
    QFETCH(QString, key);
    CreateStageWizard *wizard = openWizard();
    QVERIFY(wizard);
    goToSettings(wizard, search);
    QCOMPARE(wizard->currentId(), int(CreateStageWizard::SettingsPage));
    QCOMPARE(wizard->selectedKind(), key);

    const QString name = QStringLiteral("akdesk-test-wizard-") + key.section(QLatin1Char('/'), -1);
    auto *nameEdit = qobject_cast<QLineEdit *>(wizard->form()->editorFor(QStringLiteral("name"))->focusWidget());
    nameEdit->setFocus();
    QTest::keyClicks(nameEdit, name);
    QString sourcePk;
    if (key == QLatin1String("stages/source")) {
        auto *picker = qobject_cast<ReferenceEditor *>(wizard->form()->editorFor(QStringLiteral("source")));
        picker->combo()->showPopup();  // opening the picker asks for its list
        picker->combo()->hidePopup();
        QTRY_VERIFY(picker->combo()->findText(QStringLiteral("GitHub")) >= 0);
        picker->combo()->setFocus();
        QTest::keyClicks(picker->combo()->lineEdit(), QStringLiteral("GitHub"));
        QTest::keyClick(picker->combo()->lineEdit(), Qt::Key_Return);
        sourcePk = picker->combo()->currentData().toString();
        QVERIFY(!sourcePk.isEmpty());
    }
    if (key == QLatin1String("stages/identification")) {
        auto *fields = qobject_cast<ChoiceListEditor *>(wizard->form()->editorFor(QStringLiteral("user_fields")));
        fields->list()->setFocus();
        fields->list()->setCurrentRow(1);  // Username
        QTest::keyClick(fields->list(), Qt::Key_Space);
    }
    QTRY_VERIFY2(wizard->button(QWizard::NextButton)->isEnabled(), qPrintable(problems(wizard)));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(CreateStageWizard::BindPage));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_wizard || !m_wizard->isVisible(), 10000);

    const QJsonObject stage = stageNamed(name);
    QVERIFY2(!stage.isEmpty(), qPrintable(name));
    QCOMPARE(textOf(stage, "meta_model_name"), m_schema->resource(key)->modelName);
    if (key == QLatin1String("stages/source")) {
        QCOMPARE(textOf(stage, "source"), sourcePk);
        QCOMPARE(textOf(stage, "resume_timeout"), QStringLiteral("minutes=10"));  // the overlay's default
    }
    if (key == QLatin1String("stages/identification")) {
        QCOMPARE(stage.value(QLatin1String("user_fields")).toArray(), QJsonArray{QStringLiteral("username")});
        QCOMPARE(stage.value(QLatin1String("pretend_user_exists")).toBool(), true);
    }
    if (key == QLatin1String("stages/dummy"))
        QCOMPARE(stage.value(QLatin1String("throw_error")).toBool(), false);
    // The new stage opens in an editor.
    QTRY_VERIFY(qobject_cast<RecordEditor *>(m_window->tabs()->currentWidget()));
}

void TestStageCrud::wizardNeedsAName()
{
    CreateStageWizard *wizard = openWizard();
    QVERIFY(wizard);
    goToSettings(wizard, QStringLiteral("Dummy"));
    QCOMPARE(wizard->currentId(), int(CreateStageWizard::SettingsPage));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    // Nothing typed yet: no error greets the user; typing and clearing the name says what to do.
    QLabel *reason = wizard->form()->errorLabelFor(QStringLiteral("name"));
    QVERIFY(reason->text().isEmpty());
    auto *nameEdit = qobject_cast<QLineEdit *>(wizard->form()->editorFor(QStringLiteral("name"))->focusWidget());
    nameEdit->setFocus();
    QTest::keyClicks(nameEdit, QStringLiteral("x"));
    QTest::keyClick(nameEdit, Qt::Key_Backspace);
    QVERIFY(reason->isVisible());
    QCOMPARE(reason->text(), QStringLiteral("Enter a name."));
}

void TestStageCrud::wizardKeepsInputOnServerError()
{
    CreateStageWizard *wizard = openWizard();
    QVERIFY(wizard);
    goToSettings(wizard, QStringLiteral("Dummy"));
    auto *nameEdit = qobject_cast<QLineEdit *>(wizard->form()->editorFor(QStringLiteral("name"))->focusWidget());
    nameEdit->setFocus();
    QTest::keyClicks(nameEdit, QStringLiteral("default-authentication-password"));  // taken
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(CreateStageWizard::SettingsPage), 10000);
    QVERIFY(wizard->isVisible());
    QTRY_VERIFY(wizard->form()->errorLabelFor(QStringLiteral("name"))->text().contains(QLatin1String("already exists")));
    QCOMPARE(nameEdit->text(), QStringLiteral("default-authentication-password"));
}

void TestStageCrud::wizardBindsAtTheEnd()
{
    const QString flowPk = textOf(test::await(m_server->client()->get(QStringLiteral("/flows/instances/default-authentication-flow/"))).object(), "pk");
    ListQuery query;
    query.filter(QStringLiteral("target"), flowPk);
    query.ordering = QStringLiteral("-order");
    const int lastOrder = test::await(m_server->client()->list(QStringLiteral("/flows/bindings/"), query))
                              .results().first().toObject().value(QLatin1String("order")).toInt();

    CreateStageWizard *wizard = openWizard();
    QVERIFY(wizard);
    goToSettings(wizard, QStringLiteral("Dummy"));
    auto *nameEdit = qobject_cast<QLineEdit *>(wizard->form()->editorFor(QStringLiteral("name"))->focusWidget());
    nameEdit->setFocus();
    QTest::keyClicks(nameEdit, QStringLiteral("akdesk-test-bound-by-wizard"));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    wizard->bindCheck()->setFocus();
    QTest::keyClick(wizard->bindCheck(), Qt::Key_Space);
    QVERIFY(wizard->flowPicker()->isEnabled());
    QTRY_VERIFY(wizard->flowPicker()->findText(QStringLiteral("Welcome to authentik! (default-authentication-flow)")) >= 0);
    int row = -1;
    for (int i = 0; i < wizard->flowPicker()->count(); ++i) {
        if (wizard->flowPicker()->itemData(i, Qt::UserRole + 1).toString() == flowPk)
            row = i;
    }
    QVERIFY(row >= 0);
    wizard->flowPicker()->setFocus();
    wizard->flowPicker()->setCurrentIndex(row);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_wizard || !m_wizard->isVisible(), 10000);

    const QJsonObject stage = stageNamed(QStringLiteral("akdesk-test-bound-by-wizard"));
    ListQuery bound;
    bound.filter(QStringLiteral("stage"), textOf(stage, "pk"));
    const QJsonArray bindings = test::await(m_server->client()->list(QStringLiteral("/flows/bindings/"), bound)).results();
    QCOMPARE(bindings.size(), 1);
    QCOMPARE(textOf(bindings.first().toObject(), "target"), flowPk);
    QCOMPARE(bindings.first().toObject().value(QLatin1String("order")).toInt(), lastOrder + 10);  // as Add binding
}

void TestStageCrud::wizardListsKinds()
{
    CreateStageWizard *wizard = openWizard();
    QVERIFY(wizard);
    QAbstractItemModel *shown = wizard->kindList()->model();
    QCOMPARE(shown->rowCount(), int(m_schema->stageKinds().size()));
    bool enterpriseMarked = false;
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (shown->index(row, 0).data().toString().startsWith(QLatin1String("Source Stage")))
            enterpriseMarked = shown->index(row, 0).data().toString().contains(QLatin1String("Enterprise"));
    }
    QVERIFY(enterpriseMarked);
    // Search looks at descriptions too: the source stage's docstring, as /stages/all/types/ gives it
    // (authentik/enterprise/stages/source/models.py), finds it.
    QTest::keyClicks(wizard->searchField(), QStringLiteral("send the user to a source"));
    QCOMPARE(shown->rowCount(), 1);
    QVERIFY(shown->index(0, 0).data().toString().startsWith(QLatin1String("Source Stage")));
}

void TestStageCrud::selectInList(const QStringList &names)
{
    StageListPane *list = m_window->stageList();
    list->searchField()->setFocus();
    QTest::keyClicks(list->searchField(), QStringLiteral("akdesk-test-del"));
    QTRY_VERIFY(list->model()->state() == PagedListModel::State::Loaded && list->model()->rowCount() == names.size()
                && names.contains(list->model()->index(0, 0).data().toString()));
    list->view()->setFocus();
    list->view()->setCurrentIndex(list->model()->index(0, 0));
    QTest::keyClick(list->view(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(list->selectedRecords().size(), names.size());
}

void TestStageCrud::deleteShowsWhatHappens()
{
    ApiClient *client = m_server->client();
    const QString bound = textOf(test::await(client->create(QStringLiteral("/stages/dummy/"), {{QStringLiteral("name"), QStringLiteral("akdesk-test-del-bound")}})).object(), "pk");
    const QString loose = textOf(test::await(client->create(QStringLiteral("/stages/dummy/"), {{QStringLiteral("name"), QStringLiteral("akdesk-test-del-loose")}})).object(), "pk");
    const QString flowPk = textOf(test::await(client->get(QStringLiteral("/flows/instances/default-invalidation-flow/"))).object(), "pk");
    QCOMPARE(test::await(client->create(QStringLiteral("/flows/bindings/"), {{QStringLiteral("target"), flowPk}, {QStringLiteral("stage"), bound}, {QStringLiteral("order"), 50}})).status, 201);
    m_window->stageList()->reload();
    selectInList({QStringLiteral("akdesk-test-del-bound"), QStringLiteral("akdesk-test-del-loose")});

    QTest::keyClick(m_window->stageList()->view(), Qt::Key_Delete);
    QPointer<DeleteRecordsDialog> dialog = qobject_cast<DeleteRecordsDialog *>(QApplication::activeModalWidget());
    QVERIFY(dialog);
    QVERIFY(dialog->cancelButton()->isDefault());
    QTRY_VERIFY(dialog->deleteButton()->isEnabled());
    QStringList sentences;
    for (int i = 0; i < dialog->consequences()->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = dialog->consequences()->topLevelItem(i);
        for (int j = 0; j < top->childCount(); ++j)
            sentences.append(top->child(j)->text(0));
    }
    QVERIFY2(sentences.contains(QStringLiteral("Its binding in the flow “Logout” (order 50) is deleted with it.")),
             qPrintable(sentences.join(QLatin1Char('|'))));
    QVERIFY(sentences.contains(QStringLiteral("Nothing else uses it.")));

    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 10000);
    QCOMPARE(test::await(client->get(QStringLiteral("/stages/dummy/%1/").arg(bound))).status, 404);
    QCOMPARE(test::await(client->get(QStringLiteral("/stages/dummy/%1/").arg(loose))).status, 404);
    QTRY_COMPARE(m_window->stageList()->model()->rowCount(), 0);
}

void TestStageCrud::cancelDeletesNothing()
{
    ApiClient *client = m_server->client();
    const QString pk = textOf(test::await(client->create(QStringLiteral("/stages/dummy/"), {{QStringLiteral("name"), QStringLiteral("akdesk-test-del-kept")}})).object(), "pk");
    m_window->stageList()->reload();
    selectInList({QStringLiteral("akdesk-test-del-kept")});
    QTest::keyClick(m_window->stageList()->view(), Qt::Key_Delete);
    QPointer<DeleteRecordsDialog> dialog = qobject_cast<DeleteRecordsDialog *>(QApplication::activeModalWidget());
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->deleteButton()->isEnabled());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(test::await(client->get(QStringLiteral("/stages/dummy/%1/").arg(pk))).status, 200);
}

void TestStageCrud::duplicateStage()
{
    StageListPane *list = m_window->stageList();
    list->searchField()->setFocus();
    QTest::keyClicks(list->searchField(), QStringLiteral("default-authentication-identification"));
    // Wait for this search's answer (the list may still show the previous one).
    QTRY_VERIFY(list->model()->state() == PagedListModel::State::Loaded && list->model()->rowCount() == 1
                && list->model()->index(0, 0).data().toString() == QLatin1String("default-authentication-identification"));
    list->view()->setFocus();
    list->view()->setCurrentIndex(list->model()->index(0, 0));
    QTest::keyClick(list->view(), Qt::Key_D, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<RecordEditor *>(m_window->tabs()->currentWidget()), 10000);

    const QJsonObject original = stageNamed(QStringLiteral("default-authentication-identification"));
    const QJsonObject copy = stageNamed(QStringLiteral("default-authentication-identification (copy)"));
    QVERIFY(!copy.isEmpty());
    QVERIFY(textOf(copy, "pk") != textOf(original, "pk"));
    for (const char *field : {"user_fields", "password_stage", "case_insensitive_matching", "show_matched_user", "sources",
                              "pretend_user_exists", "enrollment_flow"})
        QCOMPARE(copy.value(QLatin1String(field)), original.value(QLatin1String(field)));
    QVERIFY(copy.value(QLatin1String("flow_set")).toArray().isEmpty());  // bindings are not copied

    // The copy is listed beside the original, in name order; a second duplicate of the original
    // takes the next free name.
    m_window->tabs()->setCurrentIndex(0);
    QTRY_VERIFY(list->model()->state() == PagedListModel::State::Loaded && list->model()->rowCount() == 2
                && list->model()->index(0, 0).data().toString() == QLatin1String("default-authentication-identification")
                && list->model()->index(1, 0).data().toString() == QLatin1String("default-authentication-identification (copy)"));
    // The user clicks the original, then presses Ctrl+D again.
    QTest::mouseClick(list->view()->viewport(), Qt::LeftButton, {},
                      list->view()->visualRect(list->view()->model()->index(0, 0)).center());
    QTRY_VERIFY(m_window->action(QStringLiteral("duplicate"))->isEnabled());
    QTest::keyClick(list->view(), Qt::Key_D, Qt::ControlModifier);
    // What the user sees first, then what the server holds.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().contains(QLatin1String("(copy 2)")), 10000);
    QVERIFY(!stageNamed(QStringLiteral("default-authentication-identification (copy 2)")).isEmpty());
}

void TestStageCrud::largeListLoadsLazily()
{
    test::TestServer big(5000);
    Workspace windowWorkspace(big.client(), m_schema);
    MainWindow window(&windowWorkspace);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    PagedListModel *model = window.stageList()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->state(), PagedListModel::State::Loaded, 10000);
    QVERIFY(model->totalCount() > 5000);
    const int firstPages = big.sandbox()->requestCount(QStringLiteral("/stages/all/"));
    QVERIFY2(firstPages <= 2, qPrintable(QString::number(firstPages)));  // the list's first page (+ the navigator's count)
    QCOMPARE(model->rowCount(), 100);

    // Scrolling to the end fetches one more page at a time, never everything.
    QScrollBar *bar = window.stageList()->view()->verticalScrollBar();
    for (int i = 0; i < 3; ++i) {
        const int rows = model->rowCount();
        window.stageList()->view()->setFocus();
        QTest::keyClick(window.stageList()->view(), Qt::Key_End, Qt::ControlModifier);
        bar->setValue(bar->maximum());
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > rows && model->state() == PagedListModel::State::Loaded, 10000);
    }
    QVERIFY(model->rowCount() >= 400);
    QVERIFY(model->rowCount() < 1000);
    QVERIFY(big.sandbox()->requestCount(QStringLiteral("/stages/all/")) < 15);
}

QTEST_MAIN(TestStageCrud)
#include "tst_stagecrud.moc"
