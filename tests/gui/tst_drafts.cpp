// Drafts as a user meets them, against the sandbox: edit while the server is away, restart, see
// the draft, sync when it is back; conflicts settled each way; different fields merged without a
// question; deletes queued offline.
#include "app/sandbox/sandboxserver.h"
#include "models/api/apiclient.h"
#include "models/session/workspace.h"
#include "models/drafts/draftsmodel.h"
#include "models/storage/localstore.h"
#include "models/drafts/draftsync.h"
#include "models/items/stagetypesmodel.h"
#include "models/operations/editsession.h"
#include "models/items/formmodel.h"
#include "models/items/pagedlistmodel.h"
#include "models/records/record.h"
#include "models/schema/schemaregistry.h"
#include "tests/support/failingwrites.h"
#include "tests/support/modal.h"
#include "tests/support/samplebody.h"
#include "tests/support/testserver.h"
#include "views/drafts/draftreviewdialog.h"
#include "views/drafts/draftspane.h"
#include "views/flows/flowinspector.h"
#include "models/items/bindingsmodel.h"
#include "views/forms/fieldeditor.h"
#include "views/forms/formview.h"
#include "views/forms/recordeditor.h"
#include "views/main/mainwindow.h"
#include "views/stages/createstagewizard.h"
#include "views/common/deleterecordsdialog.h"
#include "views/stages/stagelistpane.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QPointer>
#include <QStatusBar>
#include <QTest>
#include <QWizard>

using namespace akdesk;
using records::textOf;
using test::onNextModal;

class TestDrafts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void editOfflineRestartAndSync();
    void conflictResolved_data();
    void conflictResolved();
    void conflictLeftForTheDraftsPanel();
    void differentFieldsMergeWithoutAsking();
    void deleteQueuedOffline();
    void workOfflineByChoice();
    void newStageBoundOfflineSyncsInOrder();
    void typingBeforeTheRecordLoadedMergesCleanly();
    void reviewAndDiscardFromThePanel();
    void bindingChangesQueuedOffline();
    void bindingRemovedWhileWorkingOfflineSaysWhy();
    void unwritableDraftsFileIsSaid();
    void saveSendsWhatIsShownWhenDraftsCannotBeWritten();

private:
    /// A window like akdesk's own: its own client, on the profile's store file.
    void startApp();
    void stopApp();
    QJsonObject createDummy(const QString &prefix);
    RecordEditor *openEditor(const QJsonObject &record);
    QLineEdit *nameField(RecordEditor *editor);
    void typeInto(QLineEdit *edit, const QString &text);
    QJsonObject fetch(const QString &pk);
    bool waitUntilNoDrafts();
    /// The status bar's word that edits are not being written to disk.
    QLabel *storeProblem() const { return m_window->statusBar()->findChild<QLabel *>(QStringLiteral("storeProblem")); }

    std::shared_ptr<const SchemaRegistry> m_schema;
    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestDrafts::initTestCase()
{
    if (!test::TestServer().isSandbox())
        QSKIP("stops and starts the server: needs the sandbox");
    m_schema = SchemaRegistry::bundled();
}

void TestDrafts::init()
{
    m_server = std::make_unique<test::TestServer>();
    m_dir = std::make_unique<QTemporaryDir>();
    startApp();
}

void TestDrafts::cleanup()
{
    while (QWidget *modal = QApplication::activeModalWidget())
        modal->close();
    stopApp();
    m_server.reset();
}

void TestDrafts::startApp()
{
    m_client = std::make_unique<ApiClient>();
    m_client->setServerUrl(m_server->url());
    m_client->setToken(m_server->token());
    m_client->setProbeInterval(100);
    m_store = std::make_unique<LocalStore>();
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("akdesk.sqlite"))));
    m_client->setCache(m_store.get());
    m_window.reset();
    m_workspace = std::make_unique<Workspace>(m_client.get(), m_schema, m_store.get());
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    new QAbstractItemModelTester(m_window->draftsPane()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_window.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
}

void TestDrafts::stopApp()
{
    m_window.reset();
    m_store.reset();
    m_client.reset();
}

QJsonObject TestDrafts::createDummy(const QString &prefix)
{
    return test::await(m_server->client()->create(
                           QStringLiteral("/stages/dummy/"),
                           {{QStringLiteral("name"), test::SampleBodyBuilder::uniqueName(prefix)}}))
        .object();
}

QJsonObject TestDrafts::fetch(const QString &pk)
{
    return test::await(m_server->client()->get(QStringLiteral("/stages/dummy/%1/").arg(pk))).object();
}

RecordEditor *TestDrafts::openEditor(const QJsonObject &record)
{
    RecordEditor *editor = m_window->openRecord(*m_schema->resource(QStringLiteral("stages/dummy")), record);
    editor->setConfirmMultiFieldSaves(false);
    if (!QTest::qWaitFor([editor] { return !editor->session()->isBusy(); }, 10000))
        return nullptr;
    return editor;
}

QLineEdit *TestDrafts::nameField(RecordEditor *editor)
{
    FieldEditor *input = editor->form()->editorFor(QStringLiteral("name"));
    return input ? qobject_cast<QLineEdit *>(input->focusWidget()) : nullptr;
}

void TestDrafts::typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

bool TestDrafts::waitUntilNoDrafts()
{
    return QTest::qWaitFor([this] { return m_store->count() == 0; }, 10000);
}

void TestDrafts::editOfflineRestartAndSync()
{
    const QJsonObject stage = createDummy(QStringLiteral("offline"));
    const QString pk = textOf(stage, "pk");
    const QString edited = textOf(stage, "name") + QStringLiteral("-edited-offline");
    // akdesk has seen the list once; then the server goes away.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->stageList()->model()->state() == PagedListModel::State::Loaded, 10000);
    m_server->sandbox()->stop();

    RecordEditor *editor = openEditor(stage);
    QVERIFY(editor);
    typeInto(nameField(editor), edited);
    QCOMPARE(m_store->count(), 1);  // kept as typed, before any save
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(editor->notice()->isVisible(), 10000);
    QVERIFY2(editor->notice()->text().contains(QLatin1String("cannot be reached")), qPrintable(editor->notice()->text()));
    QVERIFY(!editor->banner()->isVisible());
    QCOMPARE(nameField(editor)->text(), edited);
    QTRY_VERIFY(m_window->connectionLabel()->text().contains(QLatin1String("Offline")));

    // akdesk is closed (and the server still away) and started again.
    stopApp();
    startApp();
    QCOMPARE(m_store->count(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::AltModifier);  // Go to drafts
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->draftsPane());
    QTableView *drafts = m_window->draftsPane()->view();
    QCOMPARE(drafts->model()->rowCount(), 1);
    QCOMPARE(drafts->model()->index(0, DraftsModel::RecordColumn).data().toString(), textOf(stage, "name"));
    QCOMPARE(drafts->model()->index(0, DraftsModel::FieldsColumn).data().toString(), QStringLiteral("Name"));
    QCOMPARE(drafts->model()->index(0, DraftsModel::StatusColumn).data().toString(), QStringLiteral("Pending"));
    QTest::mouseClick(drafts->viewport(), Qt::LeftButton, {},
                      drafts->visualRect(drafts->model()->index(0, DraftsModel::RecordColumn)).center());
    QTest::mouseClick(m_window->draftsPane()->button(QStringLiteral("open")), Qt::LeftButton);
    auto *reopened = qobject_cast<RecordEditor *>(m_window->tabs()->currentWidget());
    QVERIFY(reopened);
    QCOMPARE(nameField(reopened)->text(), edited);
    QVERIFY(reopened->notice()->text().contains(QLatin1String("Restored")));
    QTRY_VERIFY_WITH_TIMEOUT(reopened->saveButton()->isEnabled(), 5000);

    // The server comes back: akdesk notices, and Sync all delivers the edit.
    QVERIFY(m_server->sandbox()->start(m_server->url().port()) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_client->isOnline(), 5000);
    QTRY_VERIFY(m_window->connectionLabel()->text().contains(QLatin1String("Online")));
    m_window->showDrafts();
    QPushButton *syncAll = m_window->draftsPane()->button(QStringLiteral("syncAll"));
    QTRY_VERIFY(syncAll->isEnabled());
    QTest::mouseClick(syncAll, Qt::LeftButton);
    QVERIFY(waitUntilNoDrafts());
    QCOMPARE(textOf(fetch(pk), "name"), edited);
    QTRY_VERIFY(!reopened->session()->form()->isDirty());
    QVERIFY(m_window->draftsPane()->summary()->text().contains(QLatin1String("No drafts")));
}

void TestDrafts::conflictResolved_data()
{
    QTest::addColumn<QString>("choice");
    QTest::newRow("keep mine") << QStringLiteral("mine");
    QTest::newRow("take the server's") << QStringLiteral("theirs");
    QTest::newRow("edit a third value") << QStringLiteral("edit");
}

void TestDrafts::conflictResolved()
{
    QFETCH(QString, choice);
    const QJsonObject stage = createDummy(QStringLiteral("conflict"));
    const QString pk = textOf(stage, "pk");
    const QString mine = textOf(stage, "name") + QStringLiteral("-mine");
    const QString theirs = textOf(stage, "name") + QStringLiteral("-theirs");
    const QString third = textOf(stage, "name") + QStringLiteral("-both");
    RecordEditor *editor = openEditor(stage);
    QVERIFY(editor);
    typeInto(nameField(editor), mine);
    QVERIFY(test::await(m_server->client()->update(QStringLiteral("/stages/dummy/%1/").arg(pk),
                                                   {{QStringLiteral("name"), theirs}})).ok());

    QStringList shown;
    onNextModal([&](QWidget *modal) {
        shown.append(modal->windowTitle());
        if (auto *value = modal->findChild<QLineEdit *>(QStringLiteral("value:name")); value && choice == QLatin1String("edit")) {
            QTest::mouseClick(modal->findChild<QRadioButton *>(QStringLiteral("edit:name")), Qt::LeftButton);
            typeInto(value, third);
        } else if (auto *radio = modal->findChild<QRadioButton *>(choice + QStringLiteral(":name"))) {
            QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(4, radio->height() / 2));
        }
        QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("apply")), Qt::LeftButton);
    });
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 10000);
    QVERIFY(shown.first().contains(QLatin1String("Resolve conflicts")));
    QVERIFY(waitUntilNoDrafts());
    const QString expected = choice == QLatin1String("mine") ? mine : choice == QLatin1String("theirs") ? theirs : third;
    QCOMPARE(textOf(fetch(pk), "name"), expected);
    QTRY_COMPARE(nameField(editor)->text(), expected);
    QVERIFY(!editor->session()->form()->isDirty());
}

void TestDrafts::conflictLeftForTheDraftsPanel()
{
    const QJsonObject stage = createDummy(QStringLiteral("later"));
    const QString pk = textOf(stage, "pk");
    RecordEditor *editor = openEditor(stage);
    QVERIFY(editor);
    typeInto(nameField(editor), textOf(stage, "name") + QStringLiteral("-mine"));
    const QString theirs = textOf(stage, "name") + QStringLiteral("-theirs");
    QVERIFY(test::await(m_server->client()->update(QStringLiteral("/stages/dummy/%1/").arg(pk),
                                                   {{QStringLiteral("name"), theirs}})).ok());
    bool cancelled = false;
    onNextModal([&](QWidget *modal) {
        modal->close();
        cancelled = true;
    });
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(cancelled, 10000);
    QTRY_VERIFY(editor->notice()->text().contains(QLatin1String("changed on the server too")));
    QCOMPARE(m_store->drafts().first().status, Draft::Status::Conflict);
    QCOMPARE(textOf(fetch(pk), "name"), theirs);  // nothing overwritten

    m_window->showDrafts();
    DraftsPane *pane = m_window->draftsPane();
    QCOMPARE(pane->model()->index(0, DraftsModel::StatusColumn).data().toString(), QStringLiteral("Conflict"));
    QVERIFY(pane->summary()->text().contains(QLatin1String("need your decision")));
    pane->view()->selectRow(0);
    QVERIFY(pane->button(QStringLiteral("resolve"))->isEnabled());
    onNextModal([](QWidget *modal) {
        QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("allTheirs")), Qt::LeftButton);
        QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("apply")), Qt::LeftButton);
    });
    QTest::mouseClick(pane->button(QStringLiteral("resolve")), Qt::LeftButton);
    QVERIFY(waitUntilNoDrafts());
    QCOMPARE(textOf(fetch(pk), "name"), theirs);
}

void TestDrafts::differentFieldsMergeWithoutAsking()
{
    const QJsonObject stage = createDummy(QStringLiteral("merge"));
    const QString pk = textOf(stage, "pk");
    RecordEditor *editor = openEditor(stage);
    QVERIFY(editor);
    auto *throwError = qobject_cast<QCheckBox *>(editor->form()->editorFor(QStringLiteral("throw_error"))->focusWidget());
    QVERIFY(throwError);
    throwError->setFocus();
    QTest::keyClick(throwError, Qt::Key_Space);
    QVERIFY(throwError->isChecked());
    const QString renamed = textOf(stage, "name") + QStringLiteral("-server");
    QVERIFY(test::await(m_server->client()->update(QStringLiteral("/stages/dummy/%1/").arg(pk),
                                                   {{QStringLiteral("name"), renamed}})).ok());

    bool asked = false;
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] {
        asked = asked || QApplication::activeModalWidget();
        return m_store->count() == 0;
    }, 10000));
    QVERIFY(!asked);
    const QJsonObject now = fetch(pk);
    QCOMPARE(textOf(now, "name"), renamed);
    QCOMPARE(now.value(QLatin1String("throw_error")).toBool(), true);
    // The editor shows the merged record: the server's name, my checkbox.
    QTRY_COMPARE(nameField(editor)->text(), renamed);
    QVERIFY(qobject_cast<QCheckBox *>(editor->form()->editorFor(QStringLiteral("throw_error"))->focusWidget())->isChecked());
    QVERIFY(!editor->session()->form()->isDirty());
}

void TestDrafts::deleteQueuedOffline()
{
    const QJsonObject stage = createDummy(QStringLiteral("delete"));
    const QString pk = textOf(stage, "pk");
    StageListPane *list = m_window->stageList();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(list->searchField(), textOf(stage, "name"));
    QTRY_VERIFY_WITH_TIMEOUT(list->model()->state() == PagedListModel::State::Loaded && list->model()->rowCount() == 1
                                 && list->model()->index(0, 0).data().toString() == textOf(stage, "name"),
                             10000);
    m_server->sandbox()->stop();

    bool confirmed = false;
    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<DeleteRecordsDialog *>(modal);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitFor([dialog] { return dialog->deleteButton()->isEnabled(); }, 10000));
        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
        confirmed = true;
    });
    list->view()->setFocus();
    list->view()->selectRow(0);
    QTest::keyClick(list->view(), Qt::Key_Delete);
    QTRY_VERIFY_WITH_TIMEOUT(confirmed, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->count(), 1, 10000);
    const Draft queued = m_store->drafts().first();
    QCOMPARE(queued.operation, Draft::Operation::Delete);
    QCOMPARE(queued.recordId, pk);

    QVERIFY(m_server->sandbox()->start(m_server->url().port()) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_client->isOnline(), 5000);
    m_window->activateWindow();  // the dialog had taken the activation; shortcuts need it back
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);  // Sync drafts
    QVERIFY(waitUntilNoDrafts());
    QCOMPARE(test::await(m_server->client()->get(QStringLiteral("/stages/dummy/%1/").arg(pk))).error.kind,
             ApiError::Kind::NotFound);
}

void TestDrafts::workOfflineByChoice()
{
    const QJsonObject stage = createDummy(QStringLiteral("choice"));
    const QString pk = textOf(stage, "pk");
    QTRY_COMPARE_WITH_TIMEOUT(m_client->pendingCount(), 0, 10000);  // the window's first lists and counts
    QAction *offline = m_window->action(QStringLiteral("workOffline"));
    offline->trigger();
    QVERIFY(offline->isChecked());
    QVERIFY(m_window->connectionLabel()->text().contains(QLatin1String("Working offline")));
    const int requests = m_server->sandbox()->requestCount();
    RecordEditor *editor = openEditor(stage);
    QVERIFY(editor);
    typeInto(nameField(editor), textOf(stage, "name") + QStringLiteral("-later"));
    QTest::keyClick(nameField(editor), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(editor->notice()->isVisible());
    QCOMPARE(m_server->sandbox()->requestCount(), requests);  // nothing went out
    QCOMPARE(textOf(fetch(pk), "name"), textOf(stage, "name"));
    const int stageReads = m_server->sandbox()->requestCount(QStringLiteral("/stages/all/"));
    const int flowReads = m_server->sandbox()->requestCount(QStringLiteral("/flows/instances/"));
    const int policyReads = m_server->sandbox()->requestCount(QStringLiteral("/policies/all/"));

    offline->trigger();
    QTRY_VERIFY(m_window->connectionLabel()->text().contains(QLatin1String("Online")));
    // Back online, each list reads the server's page again, once.
    QTRY_COMPARE_WITH_TIMEOUT(m_client->pendingCount(), 0, 10000);
    QCOMPARE(m_server->sandbox()->requestCount(QStringLiteral("/stages/all/")), stageReads + 1);
    QCOMPARE(m_server->sandbox()->requestCount(QStringLiteral("/flows/instances/")), flowReads + 1);
    QCOMPARE(m_server->sandbox()->requestCount(QStringLiteral("/policies/all/")), policyReads + 1);
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QVERIFY(waitUntilNoDrafts());
    QCOMPARE(textOf(fetch(pk), "name"), textOf(stage, "name") + QStringLiteral("-later"));
}

void TestDrafts::newStageBoundOfflineSyncsInOrder()
{
    const QString flowPk = textOf(test::await(m_server->client()->get(QStringLiteral("/flows/instances/default-authentication-flow/"))).object(), "pk");
    const QString name = test::SampleBodyBuilder::uniqueName(QStringLiteral("offline-wizard"));
    QTest::keyClick(m_window->stageList()->view(), Qt::Key_N, Qt::ControlModifier);
    QPointer<CreateStageWizard> wizard = qobject_cast<CreateStageWizard *>(QApplication::activeModalWidget());
    QVERIFY(wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->types()->rowCount() > 0, 10000);
    wizard->searchField()->setFocus();
    QTest::keyClicks(wizard->searchField(), QStringLiteral("Dummy"));
    QTest::keyClick(wizard->searchField(), Qt::Key_Return);
    auto *nameEdit = qobject_cast<QLineEdit *>(wizard->form()->editorFor(QStringLiteral("name"))->focusWidget());
    nameEdit->setFocus();
    QTest::keyClicks(nameEdit, name);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    wizard->bindCheck()->setFocus();
    QTest::keyClick(wizard->bindCheck(), Qt::Key_Space);
    QTRY_VERIFY(wizard->flowPicker()->findText(QStringLiteral("Welcome to authentik! (default-authentication-flow)")) >= 0);
    int row = -1;
    for (int i = 0; i < wizard->flowPicker()->count(); ++i) {
        if (wizard->flowPicker()->itemData(i, Qt::UserRole + 1).toString() == flowPk)
            row = i;
    }
    QVERIFY(row >= 0);
    wizard->flowPicker()->setCurrentIndex(row);
    // The server goes away just before Finish.
    m_server->sandbox()->stop();
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard || !wizard->isVisible(), 10000);
    QCOMPARE(m_store->count(), 2);
    const QList<Draft> queued = DraftSync::ordered(m_store->drafts());
    QCOMPARE(queued.at(0).resourceKey, QStringLiteral("stages/dummy"));
    QCOMPARE(queued.at(1).resourceKey, QStringLiteral("flows/bindings"));
    QCOMPARE(queued.at(1).changes.value(QLatin1String("stage")).toString(), queued.at(0).localId);

    QVERIFY(m_server->sandbox()->start(m_server->url().port()) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_client->isOnline(), 5000);
    m_window->showDrafts();
    QTest::mouseClick(m_window->draftsPane()->button(QStringLiteral("syncAll")), Qt::LeftButton);
    QVERIFY(waitUntilNoDrafts());
    ListQuery named;
    named.filter(QStringLiteral("name"), name);
    const QJsonArray stages = test::await(m_server->client()->list(QStringLiteral("/stages/all/"), named)).results();
    QCOMPARE(stages.size(), 1);
    ListQuery bound;
    bound.filter(QStringLiteral("target"), flowPk);
    bound.ordering = QStringLiteral("-order");
    const QJsonArray bindings = test::await(m_server->client()->list(QStringLiteral("/flows/bindings/"), bound)).results();
    // Bound into the flow, after every binding it already had.
    QCOMPARE(textOf(bindings.first().toObject(), "stage"), textOf(stages.first().toObject(), "pk"));
}

void TestDrafts::typingBeforeTheRecordLoadedMergesCleanly()
{
    const QJsonObject stage = createDummy(QStringLiteral("summary"));
    const QString pk = textOf(stage, "pk");
    // The list's summary has no kind-specific fields; the user types before the record arrives.
    QJsonObject summary{{QStringLiteral("pk"), pk}, {QStringLiteral("name"), textOf(stage, "name")}};
    RecordEditor *editor = m_window->openRecord(*m_schema->resource(QStringLiteral("stages/dummy")), summary);
    editor->setConfirmMultiFieldSaves(false);
    typeInto(nameField(editor), textOf(stage, "name") + QStringLiteral("-fast"));
    QTRY_VERIFY_WITH_TIMEOUT(!editor->session()->isBusy(), 10000);
    QVERIFY(m_store->drafts().first().base.contains(QLatin1String("throw_error")));  // rebased on the whole record
    QCOMPARE(nameField(editor)->text(), textOf(stage, "name") + QStringLiteral("-fast"));
    QVERIFY(test::await(m_server->client()->update(QStringLiteral("/stages/dummy/%1/").arg(pk),
                                                   {{QStringLiteral("throw_error"), true}})).ok());
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QVERIFY(waitUntilNoDrafts());
    QVERIFY(!QApplication::activeModalWidget());
    const QJsonObject now = fetch(pk);
    QCOMPARE(textOf(now, "name"), textOf(stage, "name") + QStringLiteral("-fast"));
    QCOMPARE(now.value(QLatin1String("throw_error")).toBool(), true);
}

void TestDrafts::reviewAndDiscardFromThePanel()
{
    const QJsonObject stage = createDummy(QStringLiteral("review"));
    const QString pk = textOf(stage, "pk");
    RecordEditor *editor = openEditor(stage);
    QVERIFY(editor);
    typeInto(nameField(editor), textOf(stage, "name") + QStringLiteral("-draft"));
    m_window->showDrafts();
    DraftsPane *pane = m_window->draftsPane();
    pane->view()->selectRow(0);
    QStringList rows;
    onNextModal([&rows](QWidget *modal) {
        auto *review = qobject_cast<DraftReviewDialog *>(modal);
        QVERIFY(review);
        for (int i = 0; i < review->table()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = review->table()->topLevelItem(i);
            rows.append(QStringLiteral("%1|%2|%3").arg(item->text(0), item->text(2), item->text(3)));
        }
        modal->close();
    });
    QTest::mouseClick(pane->button(QStringLiteral("review")), Qt::LeftButton);
    QTRY_COMPARE(rows.size(), 1);
    QCOMPARE(rows.first(), QStringLiteral("Name|%1|%1-draft").arg(textOf(stage, "name")));

    onNextModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        box->button(QMessageBox::Discard)->click();
    });
    m_window->activateWindow();  // the review dialog had the activation; the shortcut needs it back
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    pane->view()->setFocus();
    pane->view()->selectRow(0);
    QTest::keyClick(pane->view(), Qt::Key_Delete);
    QTRY_COMPARE(m_store->count(), 0);
    QCOMPARE(textOf(fetch(pk), "name"), textOf(stage, "name"));
}

void TestDrafts::bindingChangesQueuedOffline()
{
    FlowInspector *inspector = m_window->openFlow({{QStringLiteral("slug"), QStringLiteral("default-authentication-flow")}});
    QTRY_VERIFY_WITH_TIMEOUT(inspector->bindings()->rowCount() >= 3 && !inspector->bindings()->isBusy(), 10000);
    auto stageOrder = [this] {
        const QString flowPk = textOf(test::await(m_server->client()->get(QStringLiteral("/flows/instances/default-authentication-flow/"))).object(), "pk");
        ListQuery query;
        query.filter(QStringLiteral("target"), flowPk);
        query.ordering = QStringLiteral("order");
        QStringList names;
        for (const QJsonValue &binding : test::await(m_server->client()->list(QStringLiteral("/flows/bindings/"), query)).results())
            names.append(binding.toObject().value(QLatin1String("stage_obj")).toObject().value(QLatin1String("name")).toString());
        return names;
    };
    const QStringList before = stageOrder();
    m_server->sandbox()->stop();

    QTableView *view = inspector->bindingsView();
    view->setFocus();
    view->selectRow(0);
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(inspector->status()->text().contains(QLatin1String("kept as")), 10000);
    // The new arrangement stays on screen, kept as ONE draft: a change to the flow's order.
    QCOMPARE(inspector->bindings()->index(1, 1).data().toString(), before.at(0));
    QCOMPARE(m_store->count(), 1);
    QCOMPARE(m_store->drafts().first().operation, Draft::Operation::Reorder);
    // The Drafts panel names the flow and the stages that move, not pks.
    QAbstractItemModel *drafts = m_window->draftsPane()->view()->model();
    QTRY_COMPARE(drafts->rowCount(), 1);
    QCOMPARE(drafts->index(0, DraftsModel::RecordColumn).data().toString(), QStringLiteral("default-authentication-flow"));
    QCOMPARE(drafts->index(0, DraftsModel::ChangeColumn).data().toString(), QStringLiteral("Reorder"));
    const QString moved = drafts->index(0, DraftsModel::FieldsColumn).data().toString();
    QVERIFY2(moved.contains(before.at(0)) && moved.contains(before.at(1)), qPrintable(moved));
    // Closed and opened again while the server is still away: the flow shows the unsent order.
    m_window->tabs()->setCurrentWidget(inspector);
    m_window->action(QStringLiteral("closeTab"))->trigger();
    QTRY_VERIFY(m_window->tabs()->indexOf(inspector) < 0);
    inspector = m_window->openFlow({{QStringLiteral("slug"), QStringLiteral("default-authentication-flow")}});
    QTRY_VERIFY_WITH_TIMEOUT(inspector->bindings()->rowCount() >= 3 && !inspector->bindings()->isBusy(), 10000);
    QCOMPARE(inspector->bindings()->index(1, 1).data().toString(), before.at(0));

    QVERIFY(m_server->sandbox()->start(m_server->url().port()) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_client->isOnline(), 5000);
    m_window->showDrafts();
    QTRY_COMPARE_WITH_TIMEOUT(m_client->pendingCount(), 0, 10000);
    const QString diagram = QStringLiteral("/flows/instances/default-authentication-flow/diagram/");
    const int diagramsBefore = m_server->sandbox()->requestCount(diagram);
    QTest::mouseClick(m_window->draftsPane()->button(QStringLiteral("syncAll")), Qt::LeftButton);
    QVERIFY(waitUntilNoDrafts());
    QStringList expected = before;
    expected.move(0, 1);
    QCOMPARE(stageOrder(), expected);
    // The open flow follows the sync's PATCHes, and its diagram is read once for them, not once
    // a PATCH.
    QTRY_COMPARE_WITH_TIMEOUT(m_client->pendingCount(), 0, 10000);
    QTest::qWait(200);
    QTRY_COMPARE_WITH_TIMEOUT(m_client->pendingCount(), 0, 10000);
    QCOMPARE(m_server->sandbox()->requestCount(diagram) - diagramsBefore, 1);
    QCOMPARE(inspector->bindings()->index(1, 1).data().toString(), before.at(0));
}

void TestDrafts::bindingRemovedWhileWorkingOfflineSaysWhy()
{
    FlowInspector *inspector = m_window->openFlow({{QStringLiteral("slug"), QStringLiteral("default-authentication-flow")}});
    QTRY_VERIFY_WITH_TIMEOUT(inspector->bindings()->rowCount() >= 3 && !inspector->bindings()->isBusy(), 10000);
    m_window->action(QStringLiteral("workOffline"))->trigger();
    QVERIFY(m_client->isWorkingOffline());
    QTableView *view = inspector->bindingsView();
    view->setFocus();
    view->selectRow(0);
    onNextModal([](QWidget *modal) {
        auto *confirm = modal->findChild<QPushButton *>(QStringLiteral("confirmRemove"));
        QVERIFY(confirm);
        confirm->click();
    });
    QTest::keyClick(view, Qt::Key_Delete);
    QTRY_VERIFY_WITH_TIMEOUT(m_store->count() == 1, 10000);
    // Working offline is the user's choice, not a server that went away.
    const QString said = inspector->status()->text();
    QVERIFY2(!said.contains(QLatin1String("cannot be reached")), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("working offline")) && said.contains(QLatin1String("go online")), qPrintable(said));
    m_window->action(QStringLiteral("workOffline"))->trigger();
}

void TestDrafts::unwritableDraftsFileIsSaid()
{
    const QJsonObject stage = createDummy(QStringLiteral("unkept"));
    RecordEditor *editor = openEditor(stage);
    QVERIFY(editor);
    const QString typed = textOf(stage, "name") + QStringLiteral("-typed-on-a-full-disk");
    {
        const test::FailingWrites full;
        typeInto(nameField(editor), typed);
        // Where the user looks: the status bar, and the editor the edit is in.
        QTRY_VERIFY(storeProblem() && storeProblem()->isVisible());
        QVERIFY2(storeProblem()->text().contains(QLatin1String("not being kept")), qPrintable(storeProblem()->text()));
        QVERIFY(editor->notice()->isVisible());
        QVERIFY2(editor->notice()->text().contains(QLatin1String("not being kept")), qPrintable(editor->notice()->text()));
        QCOMPARE(nameField(editor)->text(), typed);  // kept in memory, on screen
        QVERIFY(editor->session()->form()->isDirty());
    }
    // The disk has room again: the next keystroke is written, and the warning goes.
    QTest::keyClick(nameField(editor), Qt::Key_X);
    QTRY_VERIFY(!storeProblem()->isVisible());
    QCOMPARE(textOf(m_store->draftFor(QStringLiteral("stages/dummy"), textOf(stage, "pk"))->changes, "name"),
             typed + QStringLiteral("x"));
}

void TestDrafts::saveSendsWhatIsShownWhenDraftsCannotBeWritten()
{
    const QJsonObject stage = createDummy(QStringLiteral("stale"));
    const QString pk = textOf(stage, "pk");
    RecordEditor *editor = openEditor(stage);
    QVERIFY(editor);
    typeInto(nameField(editor), textOf(stage, "name") + QStringLiteral("-kept"));  // this one reaches the file
    const QString shown = textOf(stage, "name") + QStringLiteral("-shown");
    {
        const test::FailingWrites full;
        typeInto(nameField(editor), shown);
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->session()->isBusy() && !editor->session()->form()->isDirty(), 10000);
    }
    QCOMPARE(textOf(fetch(pk), "name"), shown);
    QCOMPARE(nameField(editor)->text(), shown);
}

QTEST_MAIN(TestDrafts)
#include "tst_drafts.moc"
