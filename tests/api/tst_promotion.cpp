// Blueprint import with a preview and promotion of a flow between two servers (issue 19), on two
// in-process sandboxes with different data: what the preview says it will create, update or leave,
// that a preview and a dry run write nothing, that applying makes what the preview said and a
// second preview finds nothing to do, unresolved references, and failures part-way (the server's
// import undoes everything; the entry-by-entry write path says what exists now).

#include "app/sandbox/sandboxserver.h"
#include "models/api/apiclient.h"
#include "models/blueprints/importplan.h"
#include "models/operations/blueprintimport.h"
#include "models/operations/flowpromotion.h"
#include "models/schema/schemaregistry.h"
#include "tests/support/testserver.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace akdesk;
using blueprints::ImportPlan;
using blueprints::PlannedEntry;
using Action = PlannedEntry::Action;

namespace {

struct Server
{
    std::unique_ptr<sandbox::SandboxServer> sandbox;
    std::unique_ptr<ApiClient> client;

    Server()
    {
        sandbox::SandboxServer::Options options;
        options.debug = true;  // the Dummy stage exists (settings.DEBUG)
        sandbox = std::make_unique<sandbox::SandboxServer>(options);
        if (sandbox->start(0) == 0)
            qFatal("could not start a sandbox");
        client = std::make_unique<ApiClient>();
        client->setServerUrl(sandbox->url());
        client->setToken(sandbox->token());
        client->setRetries(0);
    }
    QJsonObject post(const QString &path, const QJsonObject &body)
    {
        const ApiResult result = test::await(client->create(path, body));
        if (!result.ok())
            qWarning() << path << result.body;
        return result.object();
    }
    QJsonArray list(const QString &path, const QList<QPair<QString, QString>> &filters = {})
    {
        ListQuery query;
        query.pageSize = 100;
        query.filters = filters;
        return test::await(client->list(path, query)).results();
    }
    int flowCount() { return int(list(QStringLiteral("/flows/instances/")).size()); }
};

const PlannedEntry *entryFor(const ImportPlan &plan, const QString &model, const QString &name)
{
    for (const PlannedEntry &entry : plan.entries) {
        const QJsonObject &named = entry.server.isEmpty() ? entry.attrs : entry.server;
        if (entry.model == model
            && (entry.identifiers.value(QLatin1String("slug")).toString() == name || entry.identifiers.value(QLatin1String("name")).toString() == name
                || named.value(QLatin1String("name")).toString() == name))
            return &entry;
    }
    return nullptr;
}

} // namespace

class TestPromotion final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void exportPreviewedOnItsOwnServerIsUnchanged();
    void promotionPreviewSaysWhatItWillCreateAndWritesNothing();
    void promotionAppliedThenNothingLeftToDo();
    void changedFieldsAreShownServerToBlueprintThenPatched();
    void unresolvedReferencesAreSaidAndNothingIsApplied();
    void serverImportIsAllOrNothing();
    void writePathFailurePartWaySaysWhatExistsNow();
    void targetDraftsAreLeftAlone();

private:
    ImportPlan preview(BlueprintImport &import, const QByteArray &yaml);
    ImportPlan prepare(FlowPromotion &promotion, const QString &slug);
    BlueprintImport::Report waitApplied(QObject *source);
    void buildFlowOnStaging();

    std::shared_ptr<const SchemaRegistry> m_schema = SchemaRegistry::bundled();
    std::unique_ptr<Server> m_staging;
    std::unique_ptr<Server> m_production;
};

void TestPromotion::init()
{
    m_staging = std::make_unique<Server>();
    m_production = std::make_unique<Server>();
}

void TestPromotion::cleanup()
{
    m_staging.reset();
    m_production.reset();
}

ImportPlan TestPromotion::preview(BlueprintImport &import, const QByteArray &yaml)
{
    QSignalSpy done(&import, &BlueprintImport::previewed);
    QSignalSpy failed(&import, &BlueprintImport::failed);
    import.preview(yaml);
    if (done.isEmpty() && failed.isEmpty())
        done.wait(15000);
    if (!failed.isEmpty())
        qWarning() << failed.first().first().toString();
    return done.isEmpty() ? ImportPlan{} : done.first().first().value<ImportPlan>();
}

ImportPlan TestPromotion::prepare(FlowPromotion &promotion, const QString &slug)
{
    QSignalSpy done(&promotion, &FlowPromotion::prepared);
    QSignalSpy failed(&promotion, &FlowPromotion::failed);
    promotion.prepare(slug);
    for (int i = 0; i < 30 && done.isEmpty() && failed.isEmpty(); ++i)
        done.wait(500);
    if (!failed.isEmpty())
        qWarning() << failed.first().first().toString();
    return done.isEmpty() ? ImportPlan{} : done.first().first().value<ImportPlan>();
}

BlueprintImport::Report TestPromotion::waitApplied(QObject *source)
{
    QSignalSpy *spy = qobject_cast<FlowPromotion *>(source) ? new QSignalSpy(qobject_cast<FlowPromotion *>(source), &FlowPromotion::applied)
                                                            : new QSignalSpy(qobject_cast<BlueprintImport *>(source), &BlueprintImport::applied);
    std::unique_ptr<QSignalSpy> owned(spy);
    if (spy->isEmpty())
        spy->wait(15000);
    return spy->isEmpty() ? BlueprintImport::Report{} : spy->first().first().value<BlueprintImport::Report>();
}

void TestPromotion::buildFlowOnStaging()
{
    // A flow built on staging: a new stage, a binding, and a policy on that binding.
    const QJsonObject stage = m_staging->post(QStringLiteral("/stages/dummy/"), {{QStringLiteral("name"), QStringLiteral("promo-dummy")},
                                                                                 {QStringLiteral("throw_error"), false}});
    QVERIFY(!stage.value(QLatin1String("pk")).toString().isEmpty());
    const QJsonObject flow = m_staging->post(QStringLiteral("/flows/instances/"), {{QStringLiteral("name"), QStringLiteral("Promo login")},
                                                                                   {QStringLiteral("slug"), QStringLiteral("promo-login")},
                                                                                   {QStringLiteral("title"), QStringLiteral("Welcome")},
                                                                                   {QStringLiteral("designation"), QStringLiteral("authentication")}});
    QVERIFY(!flow.value(QLatin1String("pk")).toString().isEmpty());
    const QJsonObject binding = m_staging->post(QStringLiteral("/flows/bindings/"), {{QStringLiteral("target"), flow.value(QLatin1String("pk"))},
                                                                                     {QStringLiteral("stage"), stage.value(QLatin1String("pk"))},
                                                                                     {QStringLiteral("order"), 10}});
    QVERIFY(!binding.value(QLatin1String("pk")).toString().isEmpty());
    const QJsonObject policy = m_staging->post(QStringLiteral("/policies/expression/"), {{QStringLiteral("name"), QStringLiteral("promo-policy")},
                                                                                         {QStringLiteral("expression"), QStringLiteral("return True")}});
    QVERIFY(!policy.value(QLatin1String("pk")).toString().isEmpty());
    const QJsonObject policyBinding = m_staging->post(QStringLiteral("/policies/bindings/"),
                                                      {{QStringLiteral("policy"), policy.value(QLatin1String("pk"))},
                                                       {QStringLiteral("target"), binding.value(QLatin1String("policybindingmodel_ptr_id"))},
                                                       {QStringLiteral("order"), 0}});
    QVERIFY(!policyBinding.value(QLatin1String("pk")).toString().isEmpty());
}

void TestPromotion::exportPreviewedOnItsOwnServerIsUnchanged()
{
    const ApiResult exported = test::await(m_staging->client->flowExport(QStringLiteral("default-authentication-flow")));
    QVERIFY(exported.ok());
    BlueprintImport import(m_staging->client.get(), m_schema);
    const ImportPlan plan = preview(import, exported.body);
    QVERIFY2(plan.entries.size() >= 5, qPrintable(plan.summary()));
    QVERIFY2(!plan.changes(), qPrintable(plan.summary()));
    QCOMPARE(plan.count(Action::Unchanged), plan.entries.size());
    QVERIFY(plan.valid());

    // The same flow rekeyed (names, never pks) and previewed on the same server: unchanged too.
    FlowPromotion promotion(m_staging->client.get(), m_staging->client.get(), m_schema);
    const ImportPlan again = prepare(promotion, QStringLiteral("default-authentication-flow"));
    QCOMPARE(again.entries.size(), plan.entries.size());
    QVERIFY2(!again.changes(), qPrintable(again.summary()));
    QVERIFY(!promotion.blueprint().contains("pk:"));
}

void TestPromotion::promotionPreviewSaysWhatItWillCreateAndWritesNothing()
{
    buildFlowOnStaging();
    const int flowsBefore = m_production->flowCount();
    const int writesBefore = m_production->sandbox->requestCount();
    FlowPromotion promotion(m_staging->client.get(), m_production->client.get(), m_schema);
    const ImportPlan plan = prepare(promotion, QStringLiteral("promo-login"));
    QVERIFY2(plan.valid(), qPrintable(plan.summary()));
    const PlannedEntry *flow = entryFor(plan, QStringLiteral("authentik_flows.flow"), QStringLiteral("promo-login"));
    QVERIFY(flow);
    QCOMPARE(flow->action, Action::Create);
    const PlannedEntry *stage = entryFor(plan, QStringLiteral("authentik_stages_dummy.dummystage"), QStringLiteral("promo-dummy"));
    QVERIFY(stage);
    QCOMPARE(stage->action, Action::Create);
    const PlannedEntry *policy = entryFor(plan, QStringLiteral("authentik_policies_expression.expressionpolicy"), QStringLiteral("promo-policy"));
    QVERIFY(policy);
    QCOMPARE(policy->action, Action::Create);
    QCOMPARE(plan.count(Action::Create), 5);  // flow, stage, policy, binding, policy binding
    QCOMPARE(m_production->flowCount(), flowsBefore);
    // Reads only: one list read per object the export names on the target (flow by slug, stage
    // and policy by name); the new flow's bindings are not read, nothing can be bound to it yet.
    const int reads = m_production->sandbox->requestCount() - writesBefore - 1;  // minus flowCount()
    QVERIFY2(reads <= 3, qPrintable(QString::number(reads)));
    QCOMPARE(promotion.requestCount(), 1 + 3);  // the source's export, and those reads
}

void TestPromotion::promotionAppliedThenNothingLeftToDo()
{
    buildFlowOnStaging();
    FlowPromotion promotion(m_staging->client.get(), m_production->client.get(), m_schema);
    QVERIFY(prepare(promotion, QStringLiteral("promo-login")).valid());
    promotion.apply();
    const BlueprintImport::Report report = waitApplied(&promotion);
    QVERIFY2(report.ok, qPrintable(report.failedAt + QLatin1Char(' ') + report.error));
    QCOMPARE(report.done.size(), 5);

    const QJsonArray flows = m_production->list(QStringLiteral("/flows/instances/"), {{QStringLiteral("slug"), QStringLiteral("promo-login")}});
    QCOMPARE(flows.size(), 1);
    const QJsonArray bindings = m_production->list(QStringLiteral("/flows/bindings/"),
                                                   {{QStringLiteral("target"), flows.first()[QLatin1String("pk")].toString()}});
    QCOMPARE(bindings.size(), 1);
    QCOMPARE(bindings.first()[QLatin1String("stage_obj")][QLatin1String("name")].toString(), QStringLiteral("promo-dummy"));
    const QJsonArray policyBindings = m_production->list(QStringLiteral("/policies/bindings/"),
                                                         {{QStringLiteral("target"), bindings.first()[QLatin1String("policybindingmodel_ptr_id")].toString()}});
    QCOMPARE(policyBindings.size(), 1);
    QCOMPARE(policyBindings.first()[QLatin1String("policy_obj")][QLatin1String("name")].toString(), QStringLiteral("promo-policy"));

    FlowPromotion again(m_staging->client.get(), m_production->client.get(), m_schema);
    const ImportPlan second = prepare(again, QStringLiteral("promo-login"));
    QVERIFY2(!second.changes(), qPrintable(second.summary()));
    QCOMPARE(second.count(Action::Unchanged), second.entries.size());
}

void TestPromotion::changedFieldsAreShownServerToBlueprintThenPatched()
{
    buildFlowOnStaging();
    {
        FlowPromotion first(m_staging->client.get(), m_production->client.get(), m_schema);
        QVERIFY(prepare(first, QStringLiteral("promo-login")).valid());
        first.apply();
        QVERIFY(waitApplied(&first).ok);
    }
    const QString stagePk = m_staging->list(QStringLiteral("/stages/dummy/"), {{QStringLiteral("name"), QStringLiteral("promo-dummy")}})
                                .first()[QLatin1String("pk")].toString();
    QVERIFY(test::await(m_staging->client->update(QStringLiteral("/stages/dummy/%1/").arg(stagePk), {{QStringLiteral("throw_error"), true}})).ok());
    QVERIFY(test::await(m_staging->client->update(QStringLiteral("/flows/instances/promo-login/"), {{QStringLiteral("title"), QStringLiteral("Hello")}})).ok());

    FlowPromotion promotion(m_staging->client.get(), m_production->client.get(), m_schema);
    const ImportPlan plan = prepare(promotion, QStringLiteral("promo-login"));
    const PlannedEntry *stage = entryFor(plan, QStringLiteral("authentik_stages_dummy.dummystage"), QStringLiteral("promo-dummy"));
    QVERIFY(stage);
    QCOMPARE(stage->action, Action::Update);
    QCOMPARE(stage->changes.size(), 1);
    QCOMPARE(stage->changes.first().field, QStringLiteral("throw_error"));
    QCOMPARE(stage->changes.first().server, QJsonValue(false));
    QCOMPARE(stage->changes.first().blueprint, QJsonValue(true));
    const PlannedEntry *flow = entryFor(plan, QStringLiteral("authentik_flows.flow"), QStringLiteral("promo-login"));
    QCOMPARE(flow->action, Action::Update);
    QCOMPARE(flow->changes.first().server, QJsonValue(QStringLiteral("Welcome")));
    QCOMPARE(plan.count(Action::Update), 2);
    QCOMPARE(plan.count(Action::Unchanged), 3);

    promotion.apply();
    QVERIFY(waitApplied(&promotion).ok);
    const QJsonArray stages = m_production->list(QStringLiteral("/stages/dummy/"), {{QStringLiteral("name"), QStringLiteral("promo-dummy")}});
    QCOMPARE(stages.first()[QLatin1String("throw_error")].toBool(), true);
}

void TestPromotion::unresolvedReferencesAreSaidAndNothingIsApplied()
{
    const QByteArray yaml = "version: 1\n"
                            "entries:\n"
                            "- model: authentik_flows.flow\n"
                            "  id: flow\n"
                            "  identifiers: {slug: half-flow}\n"
                            "  attrs: {name: Half, title: Half, designation: authentication}\n"
                            "- model: authentik_flows.flowstagebinding\n"
                            "  identifiers:\n"
                            "    target: !KeyOf flow\n"
                            "    stage: !KeyOf no-such-stage\n"
                            "    order: 10\n";
    const int flowsBefore = m_production->flowCount();
    BlueprintImport import(m_production->client.get(), m_schema);
    const ImportPlan plan = preview(import, yaml);
    QCOMPARE(plan.entries.size(), 2);
    QCOMPARE(plan.entries.at(0).action, Action::Create);
    QCOMPARE(plan.entries.at(1).action, Action::Invalid);
    QVERIFY(!plan.entries.at(1).unresolved.isEmpty());
    QVERIFY2(plan.entries.at(1).unresolved.first().contains(QLatin1String("no-such-stage")), qPrintable(plan.entries.at(1).unresolved.first()));
    QVERIFY(!plan.valid());

    import.applyAll(yaml);
    const BlueprintImport::Report report = waitApplied(&import);
    QVERIFY(report.viaServerImport);
    QVERIFY(!report.ok);
    QVERIFY(!report.logs.isEmpty());
    QCOMPARE(m_production->flowCount(), flowsBefore);
}

void TestPromotion::serverImportIsAllOrNothing()
{
    // The flow is fine; the stage's enum value is not: authentik's apply() is one transaction.
    const QByteArray yaml = "version: 1\n"
                            "entries:\n"
                            "- model: authentik_flows.flow\n"
                            "  identifiers: {slug: all-or-nothing}\n"
                            "  attrs: {name: AON, title: AON, designation: authentication}\n"
                            "- model: authentik_stages_identification.identificationstage\n"
                            "  identifiers: {name: aon-identification}\n"
                            "  attrs: {user_fields: [telepathy]}\n";
    const int flowsBefore = m_production->flowCount();
    BlueprintImport import(m_production->client.get(), m_schema);
    import.applyAll(yaml);
    const BlueprintImport::Report report = waitApplied(&import);
    QVERIFY(!report.ok);
    bool said = false;
    for (const QJsonObject &log : report.logs)
        said = said || log.value(QLatin1String("event")).toString().startsWith(QLatin1String("Entry invalid"));
    QVERIFY(said);
    QCOMPARE(m_production->flowCount(), flowsBefore);

    // A blueprint that is fine: applied, and authentik's logs come back.
    const QByteArray fine = "version: 1\nentries:\n- model: authentik_flows.flow\n  identifiers: {slug: imported}\n"
                            "  attrs: {name: Imported, title: Imported, designation: authentication}\n";
    import.applyAll(fine);
    const BlueprintImport::Report ok = waitApplied(&import);
    QVERIFY(ok.ok);
    QCOMPARE(m_production->flowCount(), flowsBefore + 1);
    QCOMPARE(preview(import, fine).count(Action::Unchanged), 1);
}

void TestPromotion::writePathFailurePartWaySaysWhatExistsNow()
{
    const QByteArray yaml = "version: 1\n"
                            "entries:\n"
                            "- model: authentik_flows.flow\n"
                            "  identifiers: {slug: part-way}\n"
                            "  attrs: {name: Part, title: Part, designation: authentication}\n"
                            "- model: authentik_stages_identification.identificationstage\n"
                            "  identifiers: {name: part-identification}\n"
                            "  attrs: {user_fields: [telepathy]}\n"
                            "- model: authentik_stages_dummy.dummystage\n"
                            "  identifiers: {name: part-dummy}\n"
                            "  attrs: {throw_error: false}\n";
    BlueprintImport import(m_production->client.get(), m_schema);
    const ImportPlan plan = preview(import, yaml);
    QCOMPARE(plan.count(Action::Create), 3);
    import.applyEntries({0, 1, 2});
    const BlueprintImport::Report report = waitApplied(&import);
    QVERIFY(!report.ok);
    QCOMPARE(report.done.size(), 1);
    QVERIFY(report.done.first().title.contains(QLatin1String("part-way")));
    QVERIFY(report.failedAt.contains(QLatin1String("part-identification")));
    QVERIFY2(report.error.contains(QLatin1String("user_fields")) || report.error.contains(QLatin1String("telepathy")), qPrintable(report.error));
    QCOMPARE(report.notApplied.size(), 1);
    QVERIFY(report.notApplied.first().contains(QLatin1String("part-dummy")));
    // What the report says exists does.
    QCOMPARE(m_production->list(QStringLiteral("/flows/instances/"), {{QStringLiteral("slug"), QStringLiteral("part-way")}}).size(), 1);
}

void TestPromotion::targetDraftsAreLeftAlone()
{
    buildFlowOnStaging();
    {
        FlowPromotion first(m_staging->client.get(), m_production->client.get(), m_schema);
        QVERIFY(prepare(first, QStringLiteral("promo-login")).valid());
        first.apply();
        QVERIFY(waitApplied(&first).ok);
    }
    QVERIFY(test::await(m_staging->client->update(QStringLiteral("/flows/instances/promo-login/"), {{QStringLiteral("title"), QStringLiteral("Changed")}})).ok());
    const QString targetFlow = m_production->list(QStringLiteral("/flows/instances/"), {{QStringLiteral("slug"), QStringLiteral("promo-login")}})
                                   .first()[QLatin1String("pk")].toString();
    FlowPromotion promotion(m_staging->client.get(), m_production->client.get(), m_schema);
    promotion.setTargetDrafts({targetFlow});
    const ImportPlan plan = prepare(promotion, QStringLiteral("promo-login"));
    QCOMPARE(plan.count(Action::Update), 1);
    QCOMPARE(promotion.heldByDrafts().size(), 1);
    promotion.apply();
    const BlueprintImport::Report report = waitApplied(&promotion);
    QVERIFY(report.ok);
    QCOMPARE(report.done.size(), 0);
    QCOMPARE(m_production->list(QStringLiteral("/flows/instances/"), {{QStringLiteral("slug"), QStringLiteral("promo-login")}})
                 .first()[QLatin1String("title")].toString(),
             QStringLiteral("Welcome"));
}

QTEST_GUILESS_MAIN(TestPromotion)
#include "tst_promotion.moc"
