// Issue 16's read budgets, counted on the sandbox: what akdesk sends to start, to open a stage of
// each kind, and for a picker; and that a cached profile shows its list before any answer.
// A real authentik answers in tens to hundreds of milliseconds: every request counted here is time
// an administrator waits there.

#include "app/sandbox/sandboxserver.h"
#include "models/api/apiclient.h"
#include "models/session/workspace.h"
#include "models/items/pagedlistmodel.h"
#include "models/operations/editsession.h"
#include "models/records/record.h"
#include "models/schema/schemaregistry.h"
#include "models/storage/localstore.h"
#include "tests/support/faultproxy.h"
#include "tests/support/testserver.h"
#include "tests/support/windowreset.h"
#include "views/flows/flowlistpane.h"
#include "views/forms/formview.h"
#include "views/forms/recordeditor.h"
#include "views/forms/referenceeditor.h"
#include "views/main/mainwindow.h"
#include "views/stages/stagelistpane.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace akdesk;

namespace {

/// Waits until no request has been running for a while: everything the action set off was sent.
bool settle(ApiClient *client)
{
    QElapsedTimer quiet;
    quiet.start();
    return QTest::qWaitFor([&] {
        if (client->pendingCount() > 0)
            quiet.restart();
        return quiet.elapsed() > 400;
    }, 20000);
}

/// The navigator entry of a stage kind.
QTreeWidgetItem *kindItem(MainWindow *window, const QString &label)
{
    // Stage and policy kinds, in their groups of the navigator.
    for (int g = 0; g < window->navigator()->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = window->navigator()->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->text(0).startsWith(label))
                return group->child(i);
        }
    }
    return nullptr;
}

} // namespace

class TestReadBudgets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void start();
    void openEveryKind();
    void pickerLoadsOnceShared();
    void cachedProfileShowsRowsFirst();

private:
    /// A window on the sandbox, its first list shown and every request it set off answered.
    std::unique_ptr<MainWindow> startWindow(int *requests = nullptr);

    std::shared_ptr<const SchemaRegistry> m_schema;
    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<MainWindow> m_window;
};

void TestReadBudgets::initTestCase()
{
    m_schema = SchemaRegistry::bundled();
    m_server = std::make_unique<test::TestServer>();
    QVERIFY(m_server->isSandbox());  // it counts the sandbox's requests
}

void TestReadBudgets::cleanup()
{
    if (m_window)
        test::resetWindow(m_window.get());
}

std::unique_ptr<MainWindow> TestReadBudgets::startWindow(int *requests)
{
    const int before = m_server->sandbox()->requestCount();
    auto *workspace = new Workspace(m_server->client(), m_schema);
    auto window = std::make_unique<MainWindow>(workspace);
    workspace->setParent(window.get());  // goes with the window, after its editors
    window->show();
    if (!QTest::qWaitFor([&] { return window->stageList()->model()->state() == PagedListModel::State::Loaded; }, 15000))
        return nullptr;
    settle(m_server->client());
    if (requests)
        *requests = m_server->sandbox()->requestCount() - before;
    return window;
}

void TestReadBudgets::start()
{
    int requests = 0;
    m_window = startWindow(&requests);
    QVERIFY(m_window);
    qInfo("start: %d requests until the window is usable and quiet", requests);
    QVERIFY2(requests <= 6, qPrintable(QStringLiteral("start sent %1 requests (budget 6)").arg(requests)));

    // The counts are right, from the rows the list already holds.
    const QJsonArray all = test::await(m_server->client()->list(QStringLiteral("/stages/identification/"), {})).results();
    QTreeWidgetItem *identification = kindItem(m_window.get(), QStringLiteral("Identification Stage"));
    QVERIFY(identification);
    QCOMPARE(identification->text(0), QStringLiteral("Identification Stage (%1)").arg(all.size()));
    // Policies are counted by kind from the start too, from the one read of /policies/all/.
    const QJsonArray dummies = test::await(m_server->client()->list(QStringLiteral("/policies/dummy/"), {})).results();
    QTreeWidgetItem *dummy = kindItem(m_window.get(), QStringLiteral("Dummy Policy"));
    QVERIFY(dummy);
    QTRY_COMPARE(dummy->text(0), QStringLiteral("Dummy Policy (%1)").arg(dummies.size()));
    QTreeWidgetItem *authentication = nullptr;
    QTreeWidgetItem *flows = m_window->navigator()->topLevelItem(1);
    for (int i = 0; i < flows->childCount(); ++i) {
        if (flows->child(i)->text(0).startsWith(QStringLiteral("Authentication")))
            authentication = flows->child(i);
    }
    QVERIFY(authentication);
    const QJsonArray authenticationFlows =
        test::await(m_server->client()->list(QStringLiteral("/flows/instances/"),
                                             [] { ListQuery q; q.filter(QStringLiteral("designation"), QStringLiteral("authentication")); return q; }()))
            .results();
    QCOMPARE(authentication->text(0), QStringLiteral("Authentication (%1)").arg(authenticationFlows.size()));
}

void TestReadBudgets::openEveryKind()
{
    // Per kind, the stage whose form names the most other records, each opened in a window of its
    // own (nothing listed yet by an earlier form).
    const QJsonArray all = test::await(m_server->client()->list(QStringLiteral("/stages/all/"), [] {
                                           ListQuery query;
                                           query.pageSize = 100;
                                           return query;
                                       }()))
                               .results();
    QHash<QString, QPair<QJsonObject, QStringList>> chosen;  // kind key -> stage, the lists it names
    for (const QJsonValue &value : all) {
        const QJsonObject stage = value.toObject();
        const ResourceDescriptor *kind = m_schema->stageKindForModel(records::textOf(stage, "meta_model_name"));
        if (!kind)
            continue;
        const QJsonObject record = test::await(m_server->client()->get(kind->detailPath(records::textOf(stage, "pk")))).object();
        QStringList named;
        for (const FieldDescriptor &field : kind->fields) {
            const QJsonValue shown = record.value(field.name);
            const bool set = shown.isArray() ? !shown.toArray().isEmpty() : !shown.toString().isEmpty();
            const ResourceDescriptor *target = m_schema->resource(field.reference);
            if (!field.isReference() || field.readOnly || !set || !target)
                continue;
            QString list = target->listPath;  // with the picker's filter, as the form asks for it
            for (auto filter = field.referenceFilter.begin(); filter != field.referenceFilter.end(); ++filter)
                list += QStringLiteral(" %1=%2").arg(filter.key(), filter.value().toString());
            if (!named.contains(list))
                named.append(list);
        }
        if (!chosen.contains(kind->key) || chosen.value(kind->key).second.size() < named.size())
            chosen.insert(kind->key, {stage, named});
    }
    QVERIFY(chosen.size() >= 10);
    QStringList over;
    for (auto it = chosen.begin(); it != chosen.end(); ++it) {
        const ResourceDescriptor *kind = m_schema->resource(it.key());
        std::unique_ptr<MainWindow> window = startWindow();
        QVERIFY(window);
        const int before = m_server->sandbox()->requestCount();
        RecordEditor *editor = window->openRecord(*kind, it.value().first);
        QVERIFY(editor);
        QVERIFY(settle(m_server->client()));
        QVERIFY(!editor->session()->isBusy());
        const int requests = m_server->sandbox()->requestCount() - before;
        const QStringList &named = it.value().second;
        qInfo("open %s (%s): %d requests; names records of %lld other list(s)", qPrintable(kind->key),
              qPrintable(records::textOf(it.value().first, "name")), requests, static_cast<long long>(named.size()));
        // The record, and one list for the names it shows. authentik's list endpoints cannot be
        // asked for a few pks at once (StageViewSet's filterset_fields is ["name"],
        // authentik/flows/api/stages.py; no list in the schema filters by pk): a form naming
        // records of two lists needs both.
        if (requests > std::max<qsizetype>(2, 1 + named.size()))
            over.append(QStringLiteral("%1 (%2)").arg(kind->key).arg(requests));
        // Usable: every reference the form shows is named, not shown as its id or "Loading…".
        const QJsonObject record = editor->session()->form()->baseRecord();
        for (const FieldDescriptor &field : kind->fields) {
            auto *picker = qobject_cast<ReferenceEditor *>(editor->form()->editorFor(field.name));
            const QString id = records::textOf(record, field.name.toUtf8().constData());
            if (!picker || id.isEmpty())
                continue;
            QVERIFY2(picker->combo()->currentText() != id && picker->combo()->currentText() != QStringLiteral("Loading…"),
                     qPrintable(kind->key + QLatin1Char('.') + field.name));
        }
    }
    QVERIFY2(over.isEmpty(), qPrintable(QStringLiteral("over the budget: ") + over.join(QStringLiteral(", "))));
}

void TestReadBudgets::pickerLoadsOnceShared()
{
    if (!m_window)
        m_window = startWindow();
    QVERIFY(m_window);
    const ResourceDescriptor *identification = m_schema->resource(QStringLiteral("stages/identification"));
    QVERIFY(identification);
    QList<QJsonObject> stages;
    for (const char *name : {"akdesk-budget-one", "akdesk-budget-two"}) {
        const ApiResult created = test::await(m_server->client()->create(
            identification->listPath, {{QStringLiteral("name"), QString::fromLatin1(name)},
                                       {QStringLiteral("user_fields"), QJsonArray{QStringLiteral("email")}}}));
        QCOMPARE(created.status, 201);
        stages.append(created.object());
    }
    const QString passwords = QStringLiteral("/stages/password/");
    auto pickerOf = [this](const QJsonObject &stage, const ResourceDescriptor &kind) -> QComboBox * {
        RecordEditor *editor = m_window->openRecord(kind, stage);
        if (!editor || !settle(m_server->client()))
            return nullptr;
        auto *picker = qobject_cast<ReferenceEditor *>(editor->form()->editorFor(QStringLiteral("password_stage")));
        return picker ? picker->combo() : nullptr;
    };

    const int beforeOpen = m_server->sandbox()->requestCount(passwords);
    QComboBox *first = pickerOf(stages.at(0), *identification);
    QVERIFY(first);
    QCOMPARE(m_server->sandbox()->requestCount(passwords), beforeOpen);  // not opened yet: not loaded
    first->showPopup();
    QVERIFY(settle(m_server->client()));
    first->hidePopup();
    QCOMPARE(m_server->sandbox()->requestCount(passwords) - beforeOpen, 1);  // one page holds them all
    QVERIFY(first->findText(QStringLiteral("default-authentication-password")) >= 0);
    first->showPopup();  // again: nothing new
    QVERIFY(settle(m_server->client()));
    first->hidePopup();

    QComboBox *second = pickerOf(stages.at(1), *identification);
    QVERIFY(second);
    second->showPopup();
    QVERIFY(settle(m_server->client()));
    second->hidePopup();
    QCOMPARE(m_server->sandbox()->requestCount(passwords) - beforeOpen, 1);  // shared with the first form
    QVERIFY(second->findText(QStringLiteral("default-authentication-password")) >= 0);
    for (const QJsonObject &stage : std::as_const(stages))
        test::await(m_server->client()->remove(identification->detailPath(records::textOf(stage, "pk"))));
}

void TestReadBudgets::cachedProfileShowsRowsFirst()
{
    // A first run fills the profile's cache.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("profile.sqlite"));
    int cachedRows = 0;
    {
        LocalStore store;
        QVERIFY(store.open(path));
        ApiClient client;
        client.setServerUrl(m_server->url());
        client.setToken(m_server->token());
        Workspace windowWorkspace(&client, m_schema, &store);
        MainWindow window(&windowWorkspace);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.stageList()->model()->state() == PagedListModel::State::Loaded, 15000);
        QVERIFY(settle(&client));
        cachedRows = window.stageList()->model()->rowCount();
        client.flushCache();
    }
    QVERIFY(cachedRows > 0);

    // The next start reaches a server that takes its time: the cached rows show before any answer.
    test::FaultProxy slow(QHostAddress::LocalHost, quint16(m_server->url().port()));
    test::FaultProxy::Rule stall;
    stall.fault = test::FaultProxy::Fault::Delay;
    stall.times = 1000;
    stall.delayMs = 30000;
    slow.addRule(stall);
    LocalStore store;
    QVERIFY(store.open(path));
    QUrl url = m_server->url();
    url.setPort(slow.port());
    ApiClient client;
    client.setServerUrl(url);
    client.setToken(m_server->token());
    Workspace windowWorkspace(&client, m_schema, &store);
    MainWindow window(&windowWorkspace);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.stageList()->model()->rowCount() == cachedRows, 2000);
    QCOMPARE(slow.forwarded(), 0);  // no answer came yet
    QTreeWidgetItem *identification = kindItem(&window, QStringLiteral("Identification Stage"));
    QVERIFY(identification);
    QVERIFY2(identification->text(0).contains(QLatin1Char('(')), qPrintable(identification->text(0)));  // counted from the cache
    client.cancelAll();
}

QTEST_MAIN(TestReadBudgets)
#include "tst_readbudgets.moc"
