// The read side follows the changes the server accepted (issue 16): pickers' shared lists and the
// navigator's counts take a RecordChange in without asking the server again, except a picker for
// a created record, whose list the server orders and filters.

#include "app/sandbox/sandboxserver.h"
#include "models/api/apiclient.h"
#include "models/session/workspace.h"
#include "models/items/listcounts.h"
#include "models/items/pagedlistmodel.h"
#include "models/items/referencedirectory.h"
#include "models/items/referencemodel.h"
#include "models/operations/recordchange.h"
#include "models/records/record.h"
#include "models/schema/schemaregistry.h"
#include "tests/support/testserver.h"
#include "models/operations/editsession.h"
#include "views/forms/formview.h"
#include "views/forms/recordeditor.h"
#include "views/main/mainwindow.h"
#include "views/stages/stagelistpane.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QPointer>
#include <QPushButton>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace akdesk;

class TestReadChanges final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pickerListFollowsChanges();
    void countsChangeOnCreateAndDelete();
    void formKeepsEditorsAcrossSave();

private:
    QJsonObject createPasswordStage(const QString &name);

    std::shared_ptr<const SchemaRegistry> m_schema;
    std::unique_ptr<test::TestServer> m_server;
};

void TestReadChanges::initTestCase()
{
    m_schema = SchemaRegistry::bundled();
    m_server = std::make_unique<test::TestServer>();
    QVERIFY(m_server->isSandbox());
}

QJsonObject TestReadChanges::createPasswordStage(const QString &name)
{
    return test::await(m_server->client()->create(
                           QStringLiteral("/stages/password/"),
                           {{QStringLiteral("name"), name},
                            {QStringLiteral("backends"), QJsonArray{QStringLiteral("authentik.core.auth.InbuiltBackend")}}}))
        .object();
}

void TestReadChanges::pickerListFollowsChanges()
{
    ReferenceDirectory directory(m_server->client(), m_schema);
    const FieldDescriptor *field = m_schema->resource(QStringLiteral("stages/identification"))->field(QStringLiteral("password_stage"));
    QVERIFY(field);
    ReferenceModel *model = directory.modelFor(*field);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(directory.modelFor(*field), model);  // one list for every form
    const QString path = QStringLiteral("/stages/password/");
    const int before = m_server->sandbox()->requestCount(path);
    RecordChange ignored{RecordChange::Kind::Created, QStringLiteral("stages/password"), path, QStringLiteral("x"), {}, {}};
    directory.apply(ignored);
    QCOMPARE(m_server->sandbox()->requestCount(path), before);  // nobody opened it: nothing asked

    model->ensureLoaded();
    QTRY_VERIFY(model->isLoaded());
    model->ensureLoaded();  // here already
    QCOMPARE(m_server->sandbox()->requestCount(path) - before, 1);

    // Created: the list is asked for again (the server says where the record goes).
    const QJsonObject created = createPasswordStage(QStringLiteral("akdesk-changes-password"));
    const QString pk = records::textOf(created, "pk");
    QVERIFY(!pk.isEmpty());
    const int afterPost = m_server->sandbox()->requestCount(path);  // with the POST itself
    directory.apply({RecordChange::Kind::Created, QStringLiteral("stages/password"), path, pk, {}, created});
    QTRY_VERIFY(model->isLoaded() && model->rowOf(pk) >= 0);
    QCOMPARE(m_server->sandbox()->requestCount(path) - afterPost, 1);

    // Updated: its row changes in place. Deleted: it leaves. Neither asks the server.
    QJsonObject renamed = created;
    renamed.insert(QStringLiteral("name"), QStringLiteral("akdesk-changes-renamed"));
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    directory.apply({RecordChange::Kind::Updated, QStringLiteral("stages/password"), path, pk, {QStringLiteral("name")}, renamed});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model->nameOf(pk), QStringLiteral("akdesk-changes-renamed"));
    // A stage of another kind is not in this list.
    directory.apply({RecordChange::Kind::Deleted, QStringLiteral("stages/dummy"), QStringLiteral("/stages/dummy/"), pk, {}, renamed});
    QVERIFY(model->rowOf(pk) >= 0);
    directory.apply({RecordChange::Kind::Deleted, QStringLiteral("stages/password"), path, pk, {}, renamed});
    QCOMPARE(model->rowOf(pk), -1);
    QCOMPARE(m_server->sandbox()->requestCount(path) - afterPost, 1);
    test::await(m_server->client()->remove(path + pk + QLatin1Char('/')));
}

void TestReadChanges::countsChangeOnCreateAndDelete()
{
    Workspace windowWorkspace(m_server->client(), m_schema);
    MainWindow window(&windowWorkspace);
    window.show();
    ListCounts *counts = window.stageCounts();
    QTRY_VERIFY_WITH_TIMEOUT(counts->isKnown(), 15000);
    const QString kind = QStringLiteral("stages/password");
    const int passwords = counts->countOf(kind);
    const int total = counts->total();
    QVERIFY(passwords >= 1);
    QCOMPARE(total, window.stageList()->model()->totalCount());
    QTreeWidgetItem *item = nullptr;
    QTreeWidgetItem *stages = window.navigator()->topLevelItem(0);
    for (int i = 0; i < stages->childCount(); ++i) {
        if (stages->child(i)->text(0).startsWith(QStringLiteral("Password Stage")))
            item = stages->child(i);
    }
    QVERIFY(item);
    QCOMPARE(item->text(0), QStringLiteral("Password Stage (%1)").arg(passwords));

    // The list shows one kind now: the counts stay, and follow the changes.
    window.showStageKind(QStringLiteral("stages/dummy"));
    QTRY_VERIFY(window.stageList()->model()->state() == PagedListModel::State::Loaded);
    const int requests = m_server->sandbox()->requestCount();
    const QJsonObject created = createPasswordStage(QStringLiteral("akdesk-counted-password"));
    const QString pk = records::textOf(created, "pk");
    const int sent = m_server->sandbox()->requestCount() - requests;  // the create itself
    counts->apply({RecordChange::Kind::Created, kind, QStringLiteral("/stages/password/"), pk, {}, created});
    QCOMPARE(item->text(0), QStringLiteral("Password Stage (%1)").arg(passwords + 1));
    QCOMPARE(counts->total(), total + 1);
    // An update changes no count.
    counts->apply({RecordChange::Kind::Updated, kind, QStringLiteral("/stages/password/"), pk, {QStringLiteral("name")}, created});
    QCOMPARE(counts->countOf(kind), passwords + 1);
    test::await(m_server->client()->remove(QStringLiteral("/stages/password/") + pk + QLatin1Char('/')));
    counts->apply({RecordChange::Kind::Deleted, kind, QStringLiteral("/stages/password/"), pk, {}, created});
    QCOMPARE(item->text(0), QStringLiteral("Password Stage (%1)").arg(passwords));
    QCOMPARE(counts->total(), total);
    QCOMPARE(m_server->sandbox()->requestCount() - requests, sent + 1);  // the delete; no count was asked for
}

void TestReadChanges::formKeepsEditorsAcrossSave()
{
    // Saving rebases the form on the server's answer: the inputs and pickers people are using stay.
    Workspace windowWorkspace(m_server->client(), m_schema);
    MainWindow window(&windowWorkspace);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.stageList()->model()->state() == PagedListModel::State::Loaded, 15000);
    const ResourceDescriptor *identification = m_schema->resource(QStringLiteral("stages/identification"));
    const QJsonObject stage = test::await(m_server->client()->create(
                                              identification->listPath,
                                              {{QStringLiteral("name"), QStringLiteral("akdesk-kept-editors")},
                                               {QStringLiteral("user_fields"), QJsonArray{QStringLiteral("email")}}}))
                                  .object();
    RecordEditor *editor = window.openRecord(*identification, stage);
    QVERIFY(editor);
    QTRY_VERIFY(!editor->session()->isBusy());
    QPointer<FieldEditor> picker = editor->form()->editorFor(QStringLiteral("password_stage"));
    QPointer<FieldEditor> box = editor->form()->editorFor(QStringLiteral("show_matched_user"));
    QVERIFY(picker && box);
    auto *check = qobject_cast<QCheckBox *>(box->focusWidget());
    QVERIFY(check);
    const bool was = check->isChecked();
    check->click();
    QTRY_VERIFY(editor->saveButton()->isEnabled());
    QSignalSpy saved(editor, &RecordEditor::saved);
    editor->save();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    QVERIFY(picker && box);  // not rebuilt
    QCOMPARE(editor->form()->editorFor(QStringLiteral("password_stage")), picker.data());
    QCOMPARE(editor->form()->editorFor(QStringLiteral("show_matched_user")), box.data());
    QCOMPARE(check->isChecked(), !was);
    QVERIFY(!editor->session()->form()->isDirty());
    test::await(m_server->client()->remove(identification->detailPath(records::textOf(stage, "pk"))));
}

QTEST_MAIN(TestReadChanges)
#include "tst_readchanges.moc"
