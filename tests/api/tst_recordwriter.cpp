// The one write path: RecordWriter's rule (sent, kept as a draft, looked up first, refused) and
// its change signal, against the sandbox, with a proxy that loses requests and answers.

#include "app/sandbox/sandboxserver.h"
#include "app/sandbox/sandboxstore.h"
#include "models/api/apiclient.h"
#include "models/drafts/draftsync.h"
#include "models/drafts/merge.h"
#include "models/operations/createcheck.h"
#include "models/session/workspace.h"
#include "models/operations/editsession.h"
#include "models/operations/recordwriter.h"
#include "models/records/record.h"
#include "models/schema/schemaregistry.h"
#include "models/storage/localstore.h"
#include "tests/support/faultproxy.h"
#include "tests/support/awaitwrite.h"
#include "tests/support/testserver.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace akdesk;

using Method = RecordWriter::Method;
using Fate = RecordWriter::Fate;
using Fault = test::FaultProxy::Fault;

namespace {
using akdesk::records::textOf;

ApiError errorOf(ApiError::Kind kind, int status = 0, QNetworkReply::NetworkError network = QNetworkReply::NoError)
{
    ApiError error;
    error.kind = kind;
    error.status = status;
    error.networkError = network;
    return error;
}
} // namespace

class TestRecordWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fate_data();
    void fate();
    void neverReachedIsKeptAsDraft_data();
    void neverReachedIsKeptAsDraft();
    void unansweredCreateIsFoundNotSentAgain();
    void unansweredCreateThatDidNotHappenIsRefused();
    void killDuringCreateLeavesItMarkedAndTheNextSyncLooks();
    void createdOnlyAfterTheFirstLookIsFoundOnTheSecond();
    void changeBetweenGetAndPatchIsSaidAndKeptForReview();
    void sentFieldAnsweredOtherwiseIsSaidAndKept();
    void refusedPutsErrorsAtFieldsAndKeepsWhatWasTyped();
    void changeCarriesTheServersRecord();

private:
    std::shared_ptr<const SchemaRegistry> m_schema;
    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::FaultProxy> m_proxy;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<RecordWriter> m_writer;
};

void TestRecordWriter::initTestCase()
{
    m_schema = SchemaRegistry::bundled();
    m_server = std::make_unique<test::TestServer>();
    QVERIFY(m_server->isSandbox());  // the proxy sits in front of the sandbox
    setCreateRecheckDelay(200);
}

void TestRecordWriter::init()
{
    m_proxy = std::make_unique<test::FaultProxy>(QHostAddress::LocalHost, m_server->url().port());
    m_client = test::clientThrough(*m_server, m_proxy->port());
    m_store = std::make_unique<LocalStore>();
    QVERIFY(m_store->open(QStringLiteral(":memory:")));
    m_writer = std::make_unique<RecordWriter>(m_client.get(), m_store.get());
}

void TestRecordWriter::cleanup()
{
    m_writer.reset();
    m_store.reset();
    m_client.reset();
    m_proxy.reset();
}


void TestRecordWriter::fate_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<int>("fate");
    const ApiError none;
    const ApiError offline = errorOf(ApiError::Kind::Offline);
    const ApiError refused = errorOf(ApiError::Kind::Transport, 0, QNetworkReply::ConnectionRefusedError);
    const ApiError timeout = errorOf(ApiError::Kind::Timeout);
    const ApiError closed = errorOf(ApiError::Kind::Transport, 0, QNetworkReply::RemoteHostClosedError);
    const ApiError gateway = errorOf(ApiError::Kind::Server, 502);
    const ApiError invalid = errorOf(ApiError::Kind::Validation, 400);
    const ApiError notFound = errorOf(ApiError::Kind::NotFound, 404);
    const ApiError failed = errorOf(ApiError::Kind::Server, 500);
    const ApiError forbidden = errorOf(ApiError::Kind::Forbidden, 403);
    QTest::newRow("create sent") << int(Method::Create) << none << int(Fate::Accepted);
    QTest::newRow("create offline") << int(Method::Create) << offline << int(Fate::KeepDraft);
    QTest::newRow("create refused connection") << int(Method::Create) << refused << int(Fate::KeepDraft);
    QTest::newRow("create timeout") << int(Method::Create) << timeout << int(Fate::LookFirst);
    QTest::newRow("create closed") << int(Method::Create) << closed << int(Fate::LookFirst);
    QTest::newRow("create 502") << int(Method::Create) << gateway << int(Fate::LookFirst);
    QTest::newRow("create 400") << int(Method::Create) << invalid << int(Fate::Refused);
    QTest::newRow("create 500") << int(Method::Create) << failed << int(Fate::Refused);
    QTest::newRow("update offline") << int(Method::Update) << offline << int(Fate::KeepDraft);
    QTest::newRow("update timeout") << int(Method::Update) << timeout << int(Fate::KeepDraft);  // safe to repeat
    QTest::newRow("update 400") << int(Method::Update) << invalid << int(Fate::Refused);
    QTest::newRow("update 404") << int(Method::Update) << notFound << int(Fate::Refused);
    QTest::newRow("update 403") << int(Method::Update) << forbidden << int(Fate::Refused);
    QTest::newRow("delete sent") << int(Method::Delete) << none << int(Fate::Accepted);
    QTest::newRow("delete gone already") << int(Method::Delete) << notFound << int(Fate::Accepted);
    QTest::newRow("delete closed") << int(Method::Delete) << closed << int(Fate::KeepDraft);
    QTest::newRow("delete 500") << int(Method::Delete) << failed << int(Fate::Refused);
}

void TestRecordWriter::fate()
{
    QFETCH(int, method);
    QFETCH(ApiError, error);
    QFETCH(int, fate);
    QCOMPARE(int(RecordWriter::fateOf(Method(method), error)), fate);
}

void TestRecordWriter::neverReachedIsKeptAsDraft_data()
{
    QTest::addColumn<int>("method");
    QTest::newRow("create") << int(Method::Create);
    QTest::newRow("update") << int(Method::Update);
    QTest::newRow("delete") << int(Method::Delete);
}

void TestRecordWriter::neverReachedIsKeptAsDraft()
{
    QFETCH(int, method);
    const ResourceDescriptor &dummy = *m_schema->resource(QStringLiteral("stages/dummy"));
    const QJsonObject stage = test::await(m_server->client()->create(dummy.listPath, {{QStringLiteral("name"), QStringLiteral("akdesk-writer-%1").arg(method)}})).object();
    QSignalSpy changed(m_writer.get(), &RecordWriter::changed);
    const int before = m_server->sandbox()->requestCount();
    m_client->setWorkOffline(true);
    const WriteTarget target = WriteTarget::of(dummy, textOf(stage, "pk"));
    const WriteResult result = test::awaitWrite([&](const RecordWriter::Done &done) {
        switch (Method(method)) {
        case Method::Create:
            m_writer->create(dummy, {{QStringLiteral("name"), QStringLiteral("akdesk-writer-offline")}}, QStringLiteral("offline"), this, done);
            break;
        case Method::Update:
            m_writer->update(target, {{QStringLiteral("throw_error"), true}}, stage, QStringLiteral("x"), this, done);
            break;
        case Method::Delete:
            m_writer->remove(target, stage, QStringLiteral("x"), this, done);
            break;
        }
    });
    QCOMPARE(int(result.outcome), int(WriteResult::Outcome::Queued));
    const std::optional<Draft> draft = m_store->draft(result.draftId);
    QVERIFY(draft);
    QCOMPARE(int(draft->operation), method == int(Method::Create) ? int(Draft::Operation::Create)
                                    : method == int(Method::Update) ? int(Draft::Operation::Update)
                                                                    : int(Draft::Operation::Delete));
    QCOMPARE(m_server->sandbox()->requestCount(), before);  // nothing was sent
    QCOMPARE(changed.size(), 0);                            // and nothing changed
}

void TestRecordWriter::unansweredCreateIsFoundNotSentAgain()
{
    // The server creates it and the answer is lost: the writer looks and finds it.
    test::FaultProxy::Rule lost;
    lost.fault = Fault::DropAfter;
    lost.method = "POST";
    m_proxy->addRule(lost);
    QSignalSpy changed(m_writer.get(), &RecordWriter::changed);
    const QString name = QStringLiteral("akdesk-writer-lost-answer");
    const WriteResult result = test::awaitWrite([&](const RecordWriter::Done &done) {
        m_writer->create(*m_schema->resource(QStringLiteral("stages/dummy")), {{QStringLiteral("name"), name}}, name, this, done);
    });
    QCOMPARE(int(result.outcome), int(WriteResult::Outcome::Accepted));
    QCOMPARE(textOf(result.record, "name"), name);
    QCOMPARE(m_proxy->faulted(), 1);
    QCOMPARE(test::stagesNamed(*m_server, name), 1);  // once, not twice
    QCOMPARE(m_store->count(), 0);
    QCOMPARE(changed.size(), 1);
    const auto change = changed.first().first().value<RecordChange>();
    QCOMPARE(int(change.kind), int(RecordChange::Kind::Created));
    QCOMPARE(change.id, textOf(result.record, "pk"));
}

void TestRecordWriter::unansweredCreateThatDidNotHappenIsRefused()
{
    // A gateway answers 502 without passing the POST on: the writer looks, finds nothing, and
    // says so; it sends nothing again by itself.
    test::FaultProxy::Rule gateway;
    gateway.fault = Fault::Status;
    gateway.status = 502;
    gateway.method = "POST";
    m_proxy->addRule(gateway);
    QSignalSpy changed(m_writer.get(), &RecordWriter::changed);
    const QString name = QStringLiteral("akdesk-writer-never-made");
    const int posts = m_server->sandbox()->requestCount(QStringLiteral("/stages/dummy/"));
    const WriteResult result = test::awaitWrite([&](const RecordWriter::Done &done) {
        m_writer->create(*m_schema->resource(QStringLiteral("stages/dummy")), {{QStringLiteral("name"), name}}, name, this, done);
    });
    QCOMPARE(int(result.outcome), int(WriteResult::Outcome::Refused));
    QCOMPARE(result.error.status, 502);
    // The look, and once more a moment later; no POST.
    QCOMPARE(m_server->sandbox()->requestCount(QStringLiteral("/stages/dummy/")) - posts, 2);
    QCOMPARE(m_proxy->requests("GET", QStringLiteral("/stages/dummy/")), 2);
    QCOMPARE(test::stagesNamed(*m_server, name), 0);
    QCOMPARE(changed.size(), 0);
}

void TestRecordWriter::killDuringCreateLeavesItMarkedAndTheNextSyncLooks()
{
    const QString name = QStringLiteral("akdesk-writer-killed-mid-post");
    const qint64 id = m_store->queueCreate(QStringLiteral("stages/dummy"), name, {{QStringLiteral("name"), name}});
    test::FaultProxy::Rule slow;
    slow.fault = Fault::Delay;
    slow.delayMs = 10000;
    slow.method = "POST";
    m_proxy->addRule(slow);
    {
        auto workspace = std::make_unique<Workspace>(m_client.get(), m_schema, m_store.get());
        workspace->sync()->sync(id);
        QTRY_COMPARE(m_proxy->requests("POST", QStringLiteral("/stages/dummy/")), 1);
        // The POST is out: the store already says its outcome is unknown.
        QVERIFY(m_store->draft(id)->checkFirst);
    }  // killed: the process state goes, the store stays
    m_client.reset();
    // The server did create it.
    QVERIFY(test::await(m_server->client()->create(QStringLiteral("/stages/dummy/"), {{QStringLiteral("name"), name}})).ok());

    m_client = test::clientThrough(*m_server, m_proxy->port());
    Workspace again(m_client.get(), m_schema, m_store.get());
    QSignalSpy finished(again.sync(), &DraftSync::finished);
    again.sync()->syncAll();
    QVERIFY(finished.wait(10000));
    QVERIFY2(m_store->count() == 0, qPrintable(m_store->drafts().value(0).message));
    QCOMPARE(test::stagesNamed(*m_server, name), 1);
    QCOMPARE(m_proxy->requests("POST", QStringLiteral("/stages/dummy/")), 1);  // the killed one only
    // One GET, filtered by the unique name: not a page to scan.
    QCOMPARE(m_proxy->requests("GET", QStringLiteral("/stages/dummy/")), 1);
    const QByteArray look = m_proxy->requestLines().last();
    QVERIFY2(look.contains("name=" + name.toLatin1()), look.constData());
}

void TestRecordWriter::createdOnlyAfterTheFirstLookIsFoundOnTheSecond()
{
    // The answer to the POST is lost while the server still works on it: the record appears
    // only after akdesk's first look.
    const QString name = QStringLiteral("akdesk-writer-slow-server");
    const qint64 id = m_store->queueCreate(QStringLiteral("stages/dummy"), name, {{QStringLiteral("name"), name}});
    test::FaultProxy::Rule lost;
    lost.fault = Fault::DropBefore;
    lost.method = "POST";
    m_proxy->addRule(lost);
    test::FaultProxy::Rule late;
    late.method = "GET";
    late.pathPrefix = QStringLiteral("/stages/dummy/");
    late.then = [this, name] {
        m_server->sandbox()->store().writeStage(QStringLiteral("stages/dummy"), {}, {{QStringLiteral("name"), name}}, false);
    };
    m_proxy->addRule(late);
    Workspace workspace(m_client.get(), m_schema, m_store.get());
    QSignalSpy synced(workspace.sync(), &DraftSync::draftSynced);
    QSignalSpy finished(workspace.sync(), &DraftSync::finished);
    workspace.sync()->sync(id);
    QVERIFY(finished.wait(10000));
    QCOMPARE(synced.count(), 1);
    QCOMPARE(m_store->count(), 0);
    QCOMPARE(test::stagesNamed(*m_server, name), 1);  // found, not made twice
    QCOMPARE(m_proxy->requests("GET", QStringLiteral("/stages/dummy/")), 2);
    QCOMPARE(m_proxy->requests("POST", QStringLiteral("/stages/dummy/")), 1);
}

void TestRecordWriter::changeBetweenGetAndPatchIsSaidAndKeptForReview()
{
    const QString name = QStringLiteral("akdesk-writer-raced");
    const QJsonObject stage = test::await(m_server->client()->create(QStringLiteral("/stages/dummy/"), {{QStringLiteral("name"), name}})).object();
    const QString pk = textOf(stage, "pk");
    const qint64 id = m_store->saveEdit(QStringLiteral("stages/dummy"), pk, name, stage, {{QStringLiteral("throw_error"), true}});
    // Another administrator renames it just after akdesk's GET, before its PATCH.
    const QString theirs = name + QStringLiteral("-theirs");
    test::FaultProxy::Rule race;
    race.method = "GET";
    race.pathPrefix = QStringLiteral("/stages/dummy/%1/").arg(pk);
    race.then = [this, pk, theirs] {
        m_server->sandbox()->store().writeStage(QStringLiteral("stages/dummy"), pk, {{QStringLiteral("name"), theirs}}, true);
    };
    m_proxy->addRule(race);
    Workspace workspace(m_client.get(), m_schema, m_store.get());
    QSignalSpy kept(workspace.sync(), &DraftSync::draftKept);
    QSignalSpy finished(workspace.sync(), &DraftSync::finished);
    workspace.sync()->sync(id);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_proxy->faulted(), 1);
    // The user is told which field and both values.
    QCOMPARE(kept.count(), 1);
    const QString message = kept.first().at(2).toString();
    QVERIFY2(message.contains(QLatin1String("Name")) && message.contains(theirs) && message.contains(QStringLiteral("“%1”").arg(name)),
             qPrintable(message));
    // A draft holds both values, for Review: the merge asks which name stays.
    const Draft draft = *m_store->draft(id);
    QCOMPARE(draft.status, Draft::Status::Conflict);
    QCOMPARE(textOf(draft.changes, "name"), name);
    QCOMPARE(textOf(draft.theirs, "name"), theirs);
    const MergeResult merge = MergeResult::merge(draft.base, draft.changes, draft.theirs, m_schema->resource(QStringLiteral("stages/dummy")));
    QCOMPARE(merge.conflicts(), QStringList{QStringLiteral("name")});
    // Two requests, as any save: the GET and the PATCH.
    QCOMPARE(m_proxy->requestLines().size(), 2);
    const QJsonObject now = test::await(m_server->client()->get(QStringLiteral("/stages/dummy/%1/").arg(pk))).object();
    QCOMPARE(now.value(QLatin1String("throw_error")).toBool(), true);
    // Put back as akdesk had it.
    QVERIFY(finished.count() > 0);
    workspace.sync()->resolve(id, {{QStringLiteral("name"), name}});
    QTRY_COMPARE_WITH_TIMEOUT(m_store->count(), 0, 10000);
    QCOMPARE(textOf(test::await(m_server->client()->get(QStringLiteral("/stages/dummy/%1/").arg(pk))).object(), "name"), name);
}

void TestRecordWriter::sentFieldAnsweredOtherwiseIsSaidAndKept()
{
    // The PATCH's answer holds another value for a field akdesk sent: someone's write landed with
    // it (or a proxy rewrote it). The draft is not dropped as delivered.
    const QString name = QStringLiteral("akdesk-writer-answered-otherwise");
    const QJsonObject stage = test::await(m_server->client()->create(QStringLiteral("/stages/dummy/"), {{QStringLiteral("name"), name}})).object();
    const QString pk = textOf(stage, "pk");
    const qint64 id = m_store->saveEdit(QStringLiteral("stages/dummy"), pk, name, stage, {{QStringLiteral("throw_error"), true}});
    QJsonObject answered = stage;
    answered.insert(QStringLiteral("throw_error"), false);
    test::FaultProxy::Rule rewrite;
    rewrite.fault = Fault::Status;
    rewrite.status = 200;
    rewrite.method = "PATCH";
    rewrite.body = QJsonDocument(answered).toJson(QJsonDocument::Compact);
    m_proxy->addRule(rewrite);
    Workspace workspace(m_client.get(), m_schema, m_store.get());
    QSignalSpy kept(workspace.sync(), &DraftSync::draftKept);
    QSignalSpy finished(workspace.sync(), &DraftSync::finished);
    workspace.sync()->sync(id);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_proxy->faulted(), 1);
    QCOMPARE(kept.count(), 1);
    const QString message = kept.first().at(2).toString();
    QVERIFY2(message.contains(QLatin1String("Throw an error")) && message.contains(QStringLiteral("“false” on the server, “true” in akdesk")),
             qPrintable(message));
    const Draft draft = *m_store->draft(id);
    QCOMPARE(draft.status, Draft::Status::Conflict);
    QCOMPARE(draft.changes.value(QLatin1String("throw_error")).toBool(), true);
    QCOMPARE(draft.theirs.value(QLatin1String("throw_error")).toBool(), false);
}

void TestRecordWriter::refusedPutsErrorsAtFieldsAndKeepsWhatWasTyped()
{
    Workspace workspace(m_client.get(), SchemaRegistry::bundled());
    EditSession session(&workspace);
    session.startNew(*m_schema->resource(QStringLiteral("stages/dummy")));
    // Names are unique across stages (authentik/flows/models.py, Stage.name unique=True).
    session.form()->setValue(QStringLiteral("name"), QStringLiteral("default-authentication-login"));
    QSignalSpy failed(&session, &EditSession::failed);
    QSignalSpy changed(session.writer(), &RecordWriter::changed);
    session.save();
    QVERIFY(failed.wait(10000));
    QCOMPARE(int(failed.first().first().value<ApiError>().kind), int(ApiError::Kind::Validation));
    QVERIFY2(session.form()->errorFor(QStringLiteral("name")).contains(QLatin1String("already exists")),
             qPrintable(session.form()->errorFor(QStringLiteral("name"))));
    QCOMPARE(session.form()->value(QStringLiteral("name")).toString(), QStringLiteral("default-authentication-login"));
    QVERIFY(session.form()->isCreating());
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_store->count(), 0);
}

void TestRecordWriter::changeCarriesTheServersRecord()
{
    const ResourceDescriptor &dummy = *m_schema->resource(QStringLiteral("stages/dummy"));
    const QJsonObject stage = test::await(m_server->client()->create(dummy.listPath, {{QStringLiteral("name"), QStringLiteral("akdesk-writer-trim")}})).object();
    QSignalSpy changed(m_writer.get(), &RecordWriter::changed);
    // authentik trims text fields (rest_framework/fields.py CharField trim_whitespace).
    const WriteResult result = test::awaitWrite([&](const RecordWriter::Done &done) {
        m_writer->update(WriteTarget::of(dummy, textOf(stage, "pk")), {{QStringLiteral("name"), QStringLiteral("  akdesk-writer-trimmed  ")}},
                         stage, QStringLiteral("x"), this, done);
    });
    QCOMPARE(int(result.outcome), int(WriteResult::Outcome::Accepted));
    QCOMPARE(changed.size(), 1);
    const auto change = changed.first().first().value<RecordChange>();
    QCOMPARE(int(change.kind), int(RecordChange::Kind::Updated));
    QCOMPARE(change.listPath, dummy.listPath);
    QCOMPARE(change.id, textOf(stage, "pk"));
    QCOMPARE(change.fields, QStringList{QStringLiteral("name")});
    QCOMPARE(textOf(change.record, "name"), QStringLiteral("akdesk-writer-trimmed"));  // as the server has it
}

QTEST_GUILESS_MAIN(TestRecordWriter)
#include "tst_recordwriter.moc"
