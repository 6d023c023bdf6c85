// Policies and who may pass, over raw HTTP, as authentik has them: each kind's serializer
// (authentik/policies/<kind>/api.py), PolicyViewSet (api/policies.py: types, used_by, test),
// PolicyBindingSerializer and PolicyBindingFilter (api/bindings.py), the users and groups
// (authentik/core/api/users.py, groups.py), the default blueprints' policies and the flow
// diagram with them (authentik/flows/api/flows_diagram.py). Makes its own flow and stages.

#include "app/sandbox/sandboxserver.h"
#include "tests/support/rawapi.h"
#include "tests/support/testserver.h"

#include <QTest>

using namespace akdesk;
using test::RawAnswer;

class TestSandboxPolicies final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void exactlyOneSubject_data();
    void exactlyOneSubject();
    void targets_data();
    void targets();
    void relatedFieldErrors_data();
    void relatedFieldErrors();
    void uniquePolicyTargetOrder();
    void patchCarriesTargetAndSubject();
    void orderingAndFilters();
    void kindValidation_data();
    void kindValidation();
    void policyFields();
    void typesAndCache();
    void testEndpoint_data();
    void testEndpoint();
    void testRequestErrors();
    void usersAndGroups();
    void defaultData();
    void diagramWithPolicies();
    void exportCarriesPolicies();
    void cascades();

private:
    QString policyPk(const QString &name);
    QString makeStage(const QString &name);
    RawAnswer bind(const QJsonObject &body) { return m_api->post(QStringLiteral("/policies/bindings/"), body); }
    QString pk(const RawAnswer &answer) const { return answer.object().value(QLatin1String("pk")).toString(); }

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::RawApi> m_api;
    QString m_flow;       ///< pk of the flow made here
    QString m_flowPbm;    ///< its policybindingmodel_ptr_id
    QString m_binding;    ///< pk of its first stage binding
    QString m_bindingPbm;
    QString m_stage;      ///< pk of a stage bound to no flow
    QString m_group;      ///< pk of the seeded "Engineering"
};

namespace {

const QString kFlowSlug = QStringLiteral("akdesk-policy-rules");

QString firstError(const RawAnswer &answer, const QString &field)
{
    const QJsonValue value = answer.object().value(field);
    if (value.isArray())
        return value.toArray().first().toString();
    return value.toObject().begin().value().toArray().first().toString();  // a list field's per-item errors
}

} // namespace

void TestSandboxPolicies::initTestCase()
{
    m_server = std::make_unique<test::TestServer>();
    m_api = std::make_unique<test::RawApi>(m_server->url(), m_server->token());
    const RawAnswer flow = m_api->post(QStringLiteral("/flows/instances/"), {{QStringLiteral("name"), QStringLiteral("Policy rules")},
                                                                            {QStringLiteral("slug"), kFlowSlug},
                                                                            {QStringLiteral("title"), QStringLiteral("Policy rules")},
                                                                            {QStringLiteral("designation"), QStringLiteral("authentication")}});
    QCOMPARE(flow.status, 201);
    m_flow = pk(flow);
    m_flowPbm = flow.object().value(QLatin1String("policybindingmodel_ptr_id")).toString();
    QVERIFY(m_flowPbm != m_flow);
    const RawAnswer binding = m_api->post(QStringLiteral("/flows/bindings/"), {{QStringLiteral("target"), m_flow},
                                                                              {QStringLiteral("stage"), makeStage(QStringLiteral("pr-first"))},
                                                                              {QStringLiteral("order"), 10}});
    QCOMPARE(binding.status, 201);
    m_binding = pk(binding);
    m_bindingPbm = binding.object().value(QLatin1String("policybindingmodel_ptr_id")).toString();
    QCOMPARE(m_api->post(QStringLiteral("/flows/bindings/"), {{QStringLiteral("target"), m_flow},
                                                             {QStringLiteral("stage"), makeStage(QStringLiteral("pr-second"))},
                                                             {QStringLiteral("order"), 20}}).status, 201);
    m_stage = makeStage(QStringLiteral("pr-unbound"));
    const RawAnswer groups = m_api->get(QStringLiteral("/core/groups/?name=Engineering"));
    QCOMPARE(groups.count(), 1);
    m_group = groups.results().first().toObject().value(QLatin1String("pk")).toString();
}

void TestSandboxPolicies::cleanupTestCase()
{
    m_api->remove(QStringLiteral("/flows/instances/%1/").arg(kFlowSlug));
}

QString TestSandboxPolicies::policyPk(const QString &name)
{
    const RawAnswer found = m_api->get(QStringLiteral("/policies/all/?search=") + name);
    for (const QJsonValue &row : found.results()) {
        if (row.toObject().value(QLatin1String("name")).toString() == name)
            return row.toObject().value(QLatin1String("pk")).toString();
    }
    return {};
}

QString TestSandboxPolicies::makeStage(const QString &name)
{
    const RawAnswer created = m_api->post(QStringLiteral("/stages/dummy/"), {{QStringLiteral("name"), name}});
    return created.object().value(QLatin1String("pk")).toString();
}

void TestSandboxPolicies::exactlyOneSubject_data()
{
    // PolicyBindingSerializer.validate: Flow and FlowStageBinding support "policy", "user",
    // "group"; none or more than one is refused with those names, in that order.
    QTest::addColumn<QStringList>("subjects");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    const QString none = QStringLiteral("One of 'policy', 'user', 'group' must be set.");
    const QString many = QStringLiteral("Only one of 'policy', 'user', 'group' can be set.");
    QTest::newRow("nothing") << QStringList() << 400 << none;
    QTest::newRow("all null") << QStringList{QStringLiteral("policy=null"), QStringLiteral("group=null"), QStringLiteral("user=null")} << 400 << none;
    QTest::newRow("policy") << QStringList{QStringLiteral("policy")} << 201 << QString();
    QTest::newRow("group") << QStringList{QStringLiteral("group")} << 201 << QString();
    QTest::newRow("user") << QStringList{QStringLiteral("user")} << 201 << QString();
    QTest::newRow("group, policy null") << QStringList{QStringLiteral("group"), QStringLiteral("policy=null")} << 201 << QString();
    QTest::newRow("policy and group") << QStringList{QStringLiteral("policy"), QStringLiteral("group")} << 400 << many;
    QTest::newRow("group and user") << QStringList{QStringLiteral("group"), QStringLiteral("user")} << 400 << many;
    QTest::newRow("all three") << QStringList{QStringLiteral("policy"), QStringLiteral("group"), QStringLiteral("user")} << 400 << many;
}

void TestSandboxPolicies::exactlyOneSubject()
{
    QFETCH(QStringList, subjects);
    QFETCH(int, status);
    QFETCH(QString, message);
    static int order = 1000;
    QJsonObject body{{QStringLiteral("target"), m_flowPbm}, {QStringLiteral("order"), ++order}};
    for (const QString &subject : std::as_const(subjects)) {
        if (subject.endsWith(QLatin1String("=null")))
            body.insert(subject.section(QLatin1Char('='), 0, 0), QJsonValue::Null);
        else if (subject == QLatin1String("policy"))
            body.insert(subject, policyPk(QStringLiteral("akdesk-sandbox-dummy-pass")));
        else if (subject == QLatin1String("group"))
            body.insert(subject, m_group);
        else
            body.insert(subject, 2);
    }
    const RawAnswer answer = bind(body);
    QCOMPARE(answer.status, status);
    if (status == 400) {
        QCOMPARE(answer.error(QStringLiteral("non_field_errors")), message);
        return;
    }
    // The one subject is set, its *_obj rendered, the other two null.
    const QJsonObject created = answer.object();
    for (const char *name : {"policy", "group", "user"}) {
        const bool set = subjects.contains(QLatin1String(name));
        QCOMPARE(created.value(QLatin1String(name)).isNull(), !set);
        QCOMPARE(created.value(QLatin1String(name) + QStringLiteral("_obj")).isObject(), set);
    }
    QCOMPARE(m_api->remove(QStringLiteral("/policies/bindings/%1/").arg(pk(answer))).status, 204);
}

void TestSandboxPolicies::targets_data()
{
    // PolicyBindingModelForeignKey: the subclass's own pk or the PolicyBindingModel's pbm_uuid;
    // the answer names the subclass's pk either way.
    QTest::addColumn<QString>("which");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("flow pk") << QStringLiteral("flow") << 201 << QString();
    QTest::newRow("flow pbm") << QStringLiteral("flowPbm") << 201 << QString();
    QTest::newRow("stage binding pk") << QStringLiteral("binding") << 201 << QString();
    QTest::newRow("stage binding pbm") << QStringLiteral("bindingPbm") << 201 << QString();
    QTest::newRow("a stage is no target") << QStringLiteral("stage") << 400 << QStringLiteral("Invalid pk \"%1\" - object does not exist.");
    QTest::newRow("not a uuid") << QStringLiteral("xyz") << 400 << QStringLiteral("\u201cxyz\u201d is not a valid UUID.");
    QTest::newRow("missing") << QString() << 400 << QStringLiteral("This field is required.");
    QTest::newRow("null") << QStringLiteral("null") << 400 << QStringLiteral("This field may not be null.");
}

void TestSandboxPolicies::targets()
{
    QFETCH(QString, which);
    QFETCH(int, status);
    QFETCH(QString, message);
    const QHash<QString, QString> ids{{QStringLiteral("flow"), m_flow}, {QStringLiteral("flowPbm"), m_flowPbm},
                                      {QStringLiteral("binding"), m_binding}, {QStringLiteral("bindingPbm"), m_bindingPbm},
                                      {QStringLiteral("stage"), m_stage}};
    QJsonObject body{{QStringLiteral("group"), m_group}, {QStringLiteral("order"), 7}};
    if (which == QLatin1String("null"))
        body.insert(QStringLiteral("target"), QJsonValue::Null);
    else if (!which.isEmpty())
        body.insert(QStringLiteral("target"), ids.value(which, which));
    const RawAnswer answer = bind(body);
    QCOMPARE(answer.status, status);
    if (status == 400) {
        QCOMPARE(answer.error(QStringLiteral("target")), message.contains(QLatin1String("%1")) ? message.arg(ids.value(which)) : message);
        return;
    }
    QCOMPARE(answer.object().value(QLatin1String("target")).toString(), which.startsWith(QLatin1String("flow")) ? m_flow : m_binding);
    QCOMPARE(m_api->remove(QStringLiteral("/policies/bindings/%1/").arg(pk(answer))).status, 204);
}

void TestSandboxPolicies::relatedFieldErrors_data()
{
    // The related fields (PrimaryKeyRelatedField) and the plain ones, as DRF words them.
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown policy") << QStringLiteral("policy") << QJsonValue(QStringLiteral("6b3f1c1e-0d5e-4d6a-9c1b-2f3e4d5c6b7a"))
                                    << QStringLiteral("Invalid pk \"6b3f1c1e-0d5e-4d6a-9c1b-2f3e4d5c6b7a\" - object does not exist.");
    QTest::newRow("policy not a uuid") << QStringLiteral("policy") << QJsonValue(QStringLiteral("nope"))
                                       << QStringLiteral("\u201cnope\u201d is not a valid UUID.");
    QTest::newRow("unknown group") << QStringLiteral("group") << QJsonValue(QStringLiteral("6b3f1c1e-0d5e-4d6a-9c1b-2f3e4d5c6b7a"))
                                   << QStringLiteral("Invalid pk \"6b3f1c1e-0d5e-4d6a-9c1b-2f3e4d5c6b7a\" - object does not exist.");
    QTest::newRow("unknown user") << QStringLiteral("user") << QJsonValue(999) << QStringLiteral("Invalid pk \"999\" - object does not exist.");
    QTest::newRow("user as text") << QStringLiteral("user") << QJsonValue(QStringLiteral("akadmin"))
                                  << QStringLiteral("Incorrect type. Expected pk value, received str.");
    QTest::newRow("negative timeout") << QStringLiteral("timeout") << QJsonValue(-1)
                                      << QStringLiteral("Ensure this value is greater than or equal to 0.");
    QTest::newRow("order not a number") << QStringLiteral("order") << QJsonValue(QStringLiteral("first"))
                                        << QStringLiteral("A valid integer is required.");
    QTest::newRow("negate not a boolean") << QStringLiteral("negate") << QJsonValue(QStringLiteral("perhaps"))
                                          << QStringLiteral("Must be a valid boolean.");
}

void TestSandboxPolicies::relatedFieldErrors()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    QJsonObject body{{QStringLiteral("target"), m_flow}, {QStringLiteral("order"), 3}};
    body.insert(field, value);
    const RawAnswer answer = bind(body);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.error(field), message);
}

void TestSandboxPolicies::uniquePolicyTargetOrder()
{
    // Meta.unique_together = ("policy", "target", "order"); a null policy never collides.
    const QString policy = policyPk(QStringLiteral("akdesk-sandbox-dummy-deny"));
    const RawAnswer first = bind({{QStringLiteral("policy"), policy}, {QStringLiteral("target"), m_flow}, {QStringLiteral("order"), 40}});
    QCOMPARE(first.status, 201);
    const RawAnswer again = bind({{QStringLiteral("policy"), policy}, {QStringLiteral("target"), m_flowPbm}, {QStringLiteral("order"), 40}});
    QCOMPARE(again.status, 400);
    QCOMPARE(again.error(QStringLiteral("non_field_errors")), QStringLiteral("The fields policy, target, order must make a unique set."));
    const RawAnswer elsewhere = bind({{QStringLiteral("policy"), policy}, {QStringLiteral("target"), m_binding}, {QStringLiteral("order"), 40}});
    QCOMPARE(elsewhere.status, 201);
    const RawAnswer group1 = bind({{QStringLiteral("group"), m_group}, {QStringLiteral("target"), m_flow}, {QStringLiteral("order"), 40}});
    const RawAnswer group2 = bind({{QStringLiteral("group"), m_group}, {QStringLiteral("target"), m_flow}, {QStringLiteral("order"), 40}});
    QCOMPARE(group1.status, 201);
    QCOMPARE(group2.status, 201);
    for (const RawAnswer *made : {&first, &elsewhere, &group1, &group2})
        QCOMPARE(m_api->remove(QStringLiteral("/policies/bindings/%1/").arg(pk(*made))).status, 204);
}

void TestSandboxPolicies::patchCarriesTargetAndSubject()
{
    // validate() sees the sent attributes only: a PATCH must carry target and its one subject.
    const RawAnswer made = bind({{QStringLiteral("group"), m_group}, {QStringLiteral("target"), m_flow}, {QStringLiteral("order"), 60}});
    QCOMPARE(made.status, 201);
    const QString detail = QStringLiteral("/policies/bindings/%1/").arg(pk(made));
    const RawAnswer subjectless = m_api->patch(detail, {{QStringLiteral("target"), m_flow}, {QStringLiteral("enabled"), false}});
    QCOMPARE(subjectless.status, 400);
    QCOMPARE(subjectless.error(QStringLiteral("non_field_errors")), QStringLiteral("One of 'policy', 'user', 'group' must be set."));
    QCOMPARE(m_api->patch(detail, {{QStringLiteral("group"), m_group}, {QStringLiteral("enabled"), false}}).status, 500);
    const RawAnswer patched = m_api->patch(detail, {{QStringLiteral("target"), m_flow}, {QStringLiteral("group"), m_group},
                                                    {QStringLiteral("enabled"), false}, {QStringLiteral("negate"), true},
                                                    {QStringLiteral("timeout"), 5}, {QStringLiteral("failure_result"), true}});
    QCOMPARE(patched.status, 200);
    const QJsonObject stored = m_api->get(detail).object();
    QCOMPARE(stored.value(QLatin1String("enabled")).toBool(true), false);
    QCOMPARE(stored.value(QLatin1String("negate")).toBool(), true);
    QCOMPARE(stored.value(QLatin1String("timeout")).toInt(), 5);
    QCOMPARE(stored.value(QLatin1String("failure_result")).toBool(), true);
    QCOMPARE(stored.value(QLatin1String("order")).toInt(), 60);
    // Switching the subject in a PUT: the group goes, the user comes.
    const RawAnswer put = m_api->call("PUT", detail, test::RawApi::json({{QStringLiteral("target"), m_flow}, {QStringLiteral("group"), QJsonValue::Null},
                                                                         {QStringLiteral("user"), 3}, {QStringLiteral("order"), 61}}));
    QCOMPARE(put.status, 200);
    QVERIFY(put.object().value(QLatin1String("group")).isNull());
    QCOMPARE(put.object().value(QLatin1String("user_obj")).toObject().value(QLatin1String("username")).toString(), QStringLiteral("bob"));
    QCOMPARE(m_api->remove(detail).status, 204);
    QCOMPARE(m_api->get(detail).status, 404);
}

void TestSandboxPolicies::orderingAndFilters()
{
    const QString pass = policyPk(QStringLiteral("akdesk-sandbox-dummy-pass"));
    const QString reputation = policyPk(QStringLiteral("akdesk-sandbox-reputation"));
    QStringList made;
    auto add = [&](const QJsonObject &body) {
        const RawAnswer answer = bind(body);
        QVERIFY2(answer.status == 201, answer.body.constData());
        made.append(pk(answer));
    };
    add({{QStringLiteral("policy"), reputation}, {QStringLiteral("target"), m_flow}, {QStringLiteral("order"), 30}});
    add({{QStringLiteral("policy"), pass}, {QStringLiteral("target"), m_flow}, {QStringLiteral("order"), 10}, {QStringLiteral("enabled"), false}});
    add({{QStringLiteral("group"), m_group}, {QStringLiteral("target"), m_flow}, {QStringLiteral("order"), 20}, {QStringLiteral("timeout"), 9}});
    add({{QStringLiteral("policy"), pass}, {QStringLiteral("target"), m_binding}, {QStringLiteral("order"), 0}});

    auto orders = [this](const QString &query) {
        const RawAnswer answer = m_api->get(QStringLiteral("/policies/bindings/?") + query);
        if (answer.status != 200)
            return QStringList{QString::number(answer.status)};
        QStringList out;
        for (const QJsonValue &row : answer.results())
            out.append(QString::number(row.toObject().value(QLatin1String("order")).toInt()));
        return out;
    };
    // `target` is the pbm_uuid (a ModelChoiceFilter on PolicyBindingModel): ordered by order.
    QCOMPARE(orders(QStringLiteral("target=") + m_flowPbm), (QStringList{QStringLiteral("10"), QStringLiteral("20"), QStringLiteral("30")}));
    QCOMPARE(orders(QStringLiteral("target=") + m_flowPbm + QStringLiteral("&ordering=-order")),
             (QStringList{QStringLiteral("30"), QStringLiteral("20"), QStringLiteral("10")}));
    const RawAnswer byFlowPk = m_api->get(QStringLiteral("/policies/bindings/?target=") + m_flow);
    QCOMPARE(byFlowPk.status, 400);
    QCOMPARE(byFlowPk.error(QStringLiteral("target")), QStringLiteral("Select a valid choice. That choice is not one of the available choices."));
    // target_in: repeated parameters; one parameter with a comma is one (invalid) value.
    QCOMPARE(orders(QStringLiteral("target_in=%1&target_in=%2").arg(m_flowPbm, m_bindingPbm)).size(), 4);
    QCOMPARE(orders(QStringLiteral("target_in=%1").arg(m_bindingPbm)), QStringList{QStringLiteral("0")});
    const RawAnswer comma = m_api->get(QStringLiteral("/policies/bindings/?target_in=%1,%2").arg(m_flowPbm, m_bindingPbm));
    QCOMPARE(comma.status, 400);
    QCOMPARE(comma.error(QStringLiteral("target_in")), QStringLiteral("\u201c%1,%2\u201d is not a valid value.").arg(m_flowPbm, m_bindingPbm));
    const RawAnswer unknown = m_api->get(QStringLiteral("/policies/bindings/?target_in=%1").arg(m_flow));
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.error(QStringLiteral("target_in")), QStringLiteral("Select a valid choice. %1 is not one of the available choices.").arg(m_flow));
    // The other filters, each within this flow.
    const QString flow = QStringLiteral("target=") + m_flowPbm;
    QCOMPARE(orders(flow + QStringLiteral("&policy=") + pass), QStringList{QStringLiteral("10")});
    QCOMPARE(orders(flow + QStringLiteral("&policy__isnull=true")), QStringList{QStringLiteral("20")});
    QCOMPARE(orders(flow + QStringLiteral("&policy__isnull=false")), (QStringList{QStringLiteral("10"), QStringLiteral("30")}));
    QCOMPARE(orders(flow + QStringLiteral("&enabled=false")), QStringList{QStringLiteral("10")});
    QCOMPARE(orders(flow + QStringLiteral("&order=30")), QStringList{QStringLiteral("30")});
    QCOMPARE(orders(flow + QStringLiteral("&timeout=9")), QStringList{QStringLiteral("20")});
    QCOMPARE(orders(flow + QStringLiteral("&search=reputation")), QStringList{QStringLiteral("30")});
    QCOMPARE(orders(QStringLiteral("policy=6b3f1c1e-0d5e-4d6a-9c1b-2f3e4d5c6b7a")), QStringList{QStringLiteral("400")});
    // Pagination like every list.
    const RawAnswer page = m_api->get(QStringLiteral("/policies/bindings/?page_size=2&") + flow);
    QCOMPARE(page.count(), 3);
    QCOMPARE(page.pagination().value(QLatin1String("total_pages")).toInt(), 2);
    // The default ordering is authentik's ["target", "order"]: grouped by target, by order within.
    const QJsonArray everything = m_api->get(QStringLiteral("/policies/bindings/?page_size=100")).results();
    for (qsizetype i = 1; i < everything.size(); ++i) {
        const QJsonObject a = everything.at(i - 1).toObject();
        const QJsonObject b = everything.at(i).toObject();
        if (a.value(QLatin1String("target")) == b.value(QLatin1String("target")))
            QVERIFY(a.value(QLatin1String("order")).toInt() <= b.value(QLatin1String("order")).toInt());
    }
    // The flow names the policies bound to it (Flow.policies).
    const QJsonArray bound = m_api->get(QStringLiteral("/flows/instances/%1/").arg(kFlowSlug)).object().value(QLatin1String("policies")).toArray();
    QCOMPARE(bound.size(), 2);
    for (const QString &pkMade : std::as_const(made))
        QCOMPARE(m_api->remove(QStringLiteral("/policies/bindings/%1/").arg(pkMade)).status, 204);
}

void TestSandboxPolicies::kindValidation_data()
{
    // Each kind's serializer on a create: required fields, choices, ranges, and validate().
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");  ///< empty: created
    QTest::addColumn<QString>("message");
    const QString required = QStringLiteral("This field is required.");
    const QString atLeastZero = QStringLiteral("Ensure this value is greater than or equal to 0.");
    QTest::newRow("dummy") << "dummy" << QByteArray(R"({"name": "kv-dummy", "result": true})") << QString() << QString();
    QTest::newRow("dummy without name") << "dummy" << QByteArray(R"({"result": true})") << "name" << required;
    QTest::newRow("dummy blank name") << "dummy" << QByteArray(R"({"name": "  "})") << "name" << QStringLiteral("This field may not be blank.");
    QTest::newRow("dummy name taken") << "dummy" << QByteArray(R"({"name": "akdesk-sandbox-dummy-pass"})") << "name"
                                      << QStringLiteral("Policy with this name already exists.");
    QTest::newRow("dummy wait not a number") << "dummy" << QByteArray(R"({"name": "kv-d2", "wait_min": "soon"})") << "wait_min"
                                             << QStringLiteral("A valid integer is required.");
    QTest::newRow("password") << "password" << QByteArray(R"({"name": "kv-password", "length_min": 12, "amount_digits": 1})") << QString() << QString();
    QTest::newRow("password negative digits") << "password" << QByteArray(R"({"name": "kv-p2", "amount_digits": -1})") << "amount_digits" << atLeastZero;
    QTest::newRow("password blank field") << "password" << QByteArray(R"({"name": "kv-p3", "password_field": ""})") << "password_field"
                                          << QStringLiteral("This field may not be blank.");
    QTest::newRow("password expiry") << "password_expiry" << QByteArray(R"({"name": "kv-expiry", "days": 30})") << QString() << QString();
    QTest::newRow("password expiry without days") << "password_expiry" << QByteArray(R"({"name": "kv-e2"})") << "days" << required;
    QTest::newRow("expression") << "expression" << QByteArray(R"({"name": "kv-expression", "expression": "return True"})") << QString() << QString();
    QTest::newRow("expression without code") << "expression" << QByteArray(R"({"name": "kv-x2"})") << "expression" << required;
    QTest::newRow("reputation") << "reputation" << QByteArray(R"({"name": "kv-reputation", "threshold": -10})") << QString() << QString();
    QTest::newRow("reputation threshold text") << "reputation" << QByteArray(R"({"name": "kv-r2", "threshold": "low"})") << "threshold"
                                               << QStringLiteral("A valid integer is required.");
    QTest::newRow("geoip") << "geoip" << QByteArray(R"({"name": "kv-geoip", "countries": ["DE"], "asns": [3320]})") << QString() << QString();
    QTest::newRow("geoip without countries") << "geoip" << QByteArray(R"({"name": "kv-g2"})") << "countries" << required;
    QTest::newRow("geoip negative distance") << "geoip" << QByteArray(R"({"name": "kv-g3", "countries": [], "distance_tolerance_km": -5})")
                                             << "distance_tolerance_km" << atLeastZero;
    QTest::newRow("event matcher") << "event_matcher" << QByteArray(R"({"name": "kv-event", "action": "login"})") << QString() << QString();
    QTest::newRow("event matcher without criteria") << "event_matcher" << QByteArray(R"({"name": "kv-ev2"})") << "non_field_errors"
                                                    << QStringLiteral("At least one criteria must be set.");
    QTest::newRow("event matcher unknown action") << "event_matcher" << QByteArray(R"({"name": "kv-ev3", "action": "explode"})") << "action"
                                                  << QStringLiteral("\"explode\" is not a valid choice.");
    QTest::newRow("unique password") << "unique_password" << QByteArray(R"({"name": "kv-unique", "num_historical_passwords": 5})") << QString() << QString();
    QTest::newRow("unique password negative") << "unique_password" << QByteArray(R"({"name": "kv-u2", "num_historical_passwords": -1})")
                                              << "num_historical_passwords" << atLeastZero;
}

void TestSandboxPolicies::kindValidation()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const QString list = QStringLiteral("/policies/%1/").arg(kind);
    const RawAnswer answer = m_api->call("POST", list, body);
    if (!field.isEmpty()) {
        QCOMPARE(answer.status, 400);
        QCOMPARE(firstError(answer, field), message);
        return;
    }
    QVERIFY2(answer.status == 201, answer.body.constData());
    const QJsonObject created = answer.object();
    const QJsonObject sent = QJsonDocument::fromJson(body).object();
    for (auto it = sent.begin(); it != sent.end(); ++it)
        QCOMPARE(created.value(it.key()), it.value());
    const QString detail = list + pk(answer) + QLatin1Char('/');
    QCOMPARE(m_api->get(detail).object(), created);
    // Through /policies/all/ the record is the kind's own (PolicySerializer resolves the subclass).
    QCOMPARE(m_api->get(QStringLiteral("/policies/all/%1/").arg(pk(answer))).object(), created);
    // Another kind's path does not find it.
    QCOMPARE(m_api->get(QStringLiteral("/policies/%1/%2/").arg(kind == QLatin1String("dummy") ? QStringLiteral("password") : QStringLiteral("dummy"), pk(answer))).status, 404);
    QCOMPARE(m_api->patch(detail, {{QStringLiteral("name"), created.value(QLatin1String("name")).toString() + QStringLiteral("-renamed")}}).status, 200);
    QCOMPARE(m_api->remove(detail).status, 204);
    QCOMPARE(m_api->get(detail).status, 404);
}

void TestSandboxPolicies::policyFields()
{
    // PolicySerializer: component, verbose names, meta_model_name and bound_to, which counts
    // the policy bindings and the prompt stages validating with it.
    const QString pk = policyPk(QStringLiteral("default-user-settings-authorization"));
    const QJsonObject policy = m_api->get(QStringLiteral("/policies/expression/%1/").arg(pk)).object();
    QCOMPARE(policy.value(QLatin1String("component")).toString(), QStringLiteral("ak-policy-expression-form"));
    QCOMPARE(policy.value(QLatin1String("verbose_name")).toString(), QStringLiteral("Expression Policy"));
    QCOMPARE(policy.value(QLatin1String("verbose_name_plural")).toString(), QStringLiteral("Expression Policies"));
    QCOMPARE(policy.value(QLatin1String("meta_model_name")).toString(), QStringLiteral("authentik_policies_expression.expressionpolicy"));
    QCOMPARE(policy.value(QLatin1String("bound_to")).toInt(), 1);  // the prompt stage's validation_policies
    QVERIFY(policy.value(QLatin1String("expression")).toString().contains(QLatin1String("prompt_data")));
    const RawAnswer binding = bind({{QStringLiteral("policy"), pk}, {QStringLiteral("target"), m_binding}, {QStringLiteral("order"), 5}});
    QCOMPARE(binding.status, 201);
    QCOMPARE(m_api->get(QStringLiteral("/policies/all/%1/").arg(pk)).object().value(QLatin1String("bound_to")).toInt(), 2);
    // used_by: the PolicyBindingModel rows it is bound to (the many-to-many `bindings`), then
    // the prompt stage (`promptstage_set`).
    const QJsonArray used = m_api->get(QStringLiteral("/policies/all/%1/used_by/").arg(pk)).array();
    QCOMPARE(used.size(), 2);
    QCOMPARE(used.at(0).toObject().value(QLatin1String("model_name")).toString(), QStringLiteral("policybindingmodel"));
    QCOMPARE(used.at(0).toObject().value(QLatin1String("pk")).toString(), m_bindingPbm);
    QCOMPARE(used.at(0).toObject().value(QLatin1String("action")).toString(), QStringLiteral("cascade_many"));
    QCOMPARE(used.at(1).toObject().value(QLatin1String("model_name")).toString(), QStringLiteral("promptstage"));
    // The stage binding's used_by names the policy binding and, through it, the policy.
    const QJsonArray bindingUsed = m_api->get(QStringLiteral("/flows/bindings/%1/used_by/").arg(m_binding)).array();
    QCOMPARE(bindingUsed.size(), 2);
    QCOMPARE(bindingUsed.at(0).toObject().value(QLatin1String("model_name")).toString(), QStringLiteral("policybinding"));
    QCOMPARE(bindingUsed.at(0).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("Binding from Flow-stage binding #10 to %1 #5 to Policy default-user-settings-authorization").arg(m_flow));
    QCOMPARE(bindingUsed.at(1).toObject().value(QLatin1String("model_name")).toString(), QStringLiteral("policy"));
    QCOMPARE(m_api->remove(QStringLiteral("/policies/bindings/%1/").arg(this->pk(binding))).status, 204);
    // The base viewset neither creates nor updates.
    QCOMPARE(m_api->post(QStringLiteral("/policies/all/"), {{QStringLiteral("name"), QStringLiteral("x")}}).status, 405);
    QCOMPARE(m_api->patch(QStringLiteral("/policies/all/%1/").arg(pk), {{QStringLiteral("name"), QStringLiteral("x")}}).status, 405);
    // bindings__isnull, promptstage__isnull and search on /policies/all/.
    const RawAnswer unbound = m_api->get(QStringLiteral("/policies/all/?bindings__isnull=true&promptstage__isnull=true&search=akdesk-sandbox-dummy"));
    QCOMPARE(test::RawApi::names(unbound.results()), (QStringList{QStringLiteral("akdesk-sandbox-dummy-deny"), QStringLiteral("akdesk-sandbox-dummy-pass")}));
}

void TestSandboxPolicies::typesAndCache()
{
    // TypesMixin: sorted by name; the Dummy policy (__debug_only__) only with DEBUG, which the
    // test server has on, as a developer's authentik.
    const auto namesOf = [](const QJsonArray &types) {
        QStringList names;
        for (const QJsonValue &type : types)
            names.append(type.toObject().value(QLatin1String("name")).toString());
        return names;
    };
    const QJsonArray types = m_api->get(QStringLiteral("/policies/all/types/")).array();
    const QStringList withoutDummy{QStringLiteral("Event Matcher Policy"), QStringLiteral("Expression Policy"), QStringLiteral("GeoIP Policy"),
                                   QStringLiteral("Password Expiry Policy"), QStringLiteral("Password Policy"),
                                   QStringLiteral("Password Uniqueness Policy"), QStringLiteral("Reputation Policy")};
    QCOMPARE(namesOf(types), QStringList{QStringLiteral("Dummy Policy")} + withoutDummy);
    QCOMPARE(types.at(5).toObject().value(QLatin1String("component")).toString(), QStringLiteral("ak-policy-password-form"));
    QCOMPARE(types.at(5).toObject().value(QLatin1String("model_name")).toString(), QStringLiteral("passwordpolicy"));
    QCOMPARE(types.at(6).toObject().value(QLatin1String("requires_enterprise")).toBool(), true);
    if (m_server->isSandbox()) {
        sandbox::SandboxServer::Options options;
        options.token = QStringLiteral("t");
        sandbox::SandboxServer production(options);
        QVERIFY(production.start(0) != 0);
        test::RawApi api(production.url(), options.token);
        QCOMPARE(namesOf(api.get(QStringLiteral("/policies/all/types/")).array()), withoutDummy);
    }
    QCOMPARE(m_api->get(QStringLiteral("/policies/all/cache_info/")).object().value(QLatin1String("count")).toInt(-1), 0);
    QCOMPARE(m_api->post(QStringLiteral("/policies/all/cache_clear/"), {}).status, 204);
    QCOMPARE(m_api->get(QStringLiteral("/policies/all/cache_clear/")).status, 405);
}

void TestSandboxPolicies::testEndpoint_data()
{
    // POST /policies/all/{uuid}/test/ as PolicyViewSet.test runs the policy: passing, messages,
    // and the policy's own log lines.
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("policy");  ///< created for the row
    QTest::addColumn<int>("user");
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<bool>("passing");
    QTest::addColumn<QStringList>("messages");
    QTest::addColumn<QString>("logEvent");  ///< an event among log_messages
    const QByteArray dummyPass = R"({"result": true, "wait_min": 0, "wait_max": 2})";
    QTest::newRow("dummy passes") << "dummy" << dummyPass << 1 << QByteArray("{}") << true << QStringList{QStringLiteral("dummy")}
                                  << QStringLiteral("Policy waiting");
    QTest::newRow("dummy denies") << "dummy" << QByteArray(R"({"result": false, "wait_min": 1, "wait_max": 3})") << 1 << QByteArray("{}")
                                  << false << QStringList{QStringLiteral("dummy")} << QStringLiteral("Policy waiting");
    const QByteArray password = R"({"length_min": 8, "amount_digits": 1, "amount_uppercase": 1, "error_message": "Too weak."})";
    QTest::newRow("password too short") << "password" << password << 2 << QByteArray(R"({"password": "Ab1"})") << false
                                        << QStringList{QStringLiteral("Too weak.")} << QStringLiteral("password failed");
    QTest::newRow("password without digits") << "password" << password << 2 << QByteArray(R"({"password": "Abcdefghij"})") << false
                                             << QStringList{QStringLiteral("Too weak.")} << QStringLiteral("password failed");
    QTest::newRow("password from prompt data") << "password" << password << 2
                                               << QByteArray(R"({"password": "weak", "prompt_data": {"password": "Abcdefgh1"}})") << true
                                               << QStringList() << QString();
    QTest::newRow("password missing") << "password" << password << 2 << QByteArray(R"({"other": "x"})") << false
                                      << QStringList{QStringLiteral("Password not set in context")}
                                      << QStringLiteral("Password field not set in Policy Request");
    QTest::newRow("password other field") << "password" << QByteArray(R"({"password_field": "new_password", "length_min": 4})") << 2
                                          << QByteArray(R"({"new_password": "long enough"})") << true << QStringList() << QString();
    QTest::newRow("reputation of mallory") << "reputation" << QByteArray(R"({"threshold": -5})") << 5 << QByteArray("{}") << true
                                           << QStringList() << QStringLiteral("Score for user");
    QTest::newRow("reputation of alice") << "reputation" << QByteArray(R"({"threshold": -5})") << 2 << QByteArray("{}") << false
                                         << QStringList() << QStringLiteral("Score for user");
    QTest::newRow("reputation by ip only") << "reputation" << QByteArray(R"({"threshold": -5, "check_username": false})") << 5
                                           << QByteArray("{}") << false << QStringList() << QStringLiteral("Score for user");
    QTest::newRow("password not expired") << "password_expiry" << QByteArray(R"({"days": 100000})") << 3 << QByteArray("{}") << true
                                          << QStringList() << QString();
    QTest::newRow("password expired, deny only") << "password_expiry" << QByteArray(R"({"days": 1, "deny_only": true})") << 3
                                                 << QByteArray("{}") << false << QStringList{QStringLiteral("Password has expired.")} << QString();
    QTest::newRow("geoip allowed country") << "geoip" << QByteArray(R"({"countries": ["DE", "FR"]})") << 2
                                           << QByteArray(R"({"geoip": {"country": "FR"}})") << true << QStringList() << QString();
    QTest::newRow("geoip other country") << "geoip" << QByteArray(R"({"countries": ["DE", "FR"]})") << 2
                                         << QByteArray(R"({"geoip": {"country": "US"}})") << false
                                         << QStringList{QStringLiteral("Client IP is not in an allowed country.")} << QString();
    QTest::newRow("geoip without data") << "geoip" << QByteArray(R"({"countries": ["DE"]})") << 2 << QByteArray("{}") << false
                                        << QStringList{QStringLiteral("GeoIP: client IP address not found in City database.")} << QString();
    QTest::newRow("geoip asn") << "geoip" << QByteArray(R"({"countries": [], "asns": [3320]})") << 2
                               << QByteArray(R"({"asn": {"asn": 3320}})") << true << QStringList() << QString();
}

void TestSandboxPolicies::testEndpoint()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, policy);
    QFETCH(int, user);
    QFETCH(QByteArray, context);
    QFETCH(bool, passing);
    QFETCH(QStringList, messages);
    QFETCH(QString, logEvent);
    QJsonObject body = QJsonDocument::fromJson(policy).object();
    body.insert(QStringLiteral("name"), QStringLiteral("test-%1").arg(QString::fromLatin1(QTest::currentDataTag())));
    const RawAnswer created = m_api->post(QStringLiteral("/policies/%1/").arg(kind), body);
    QVERIFY2(created.status == 201, created.body.constData());
    const RawAnswer tested = m_api->post(QStringLiteral("/policies/all/%1/test/").arg(pk(created)),
                                         {{QStringLiteral("user"), user}, {QStringLiteral("context"), QJsonDocument::fromJson(context).object()}});
    QCOMPARE(m_api->remove(QStringLiteral("/policies/all/%1/").arg(pk(created))).status, 204);
    QVERIFY2(tested.status == 200, tested.body.constData());
    QCOMPARE(tested.object().value(QLatin1String("passing")).toBool(!passing), passing);
    QStringList got;
    for (const QJsonValue &message : tested.object().value(QLatin1String("messages")).toArray())
        got.append(message.toString());
    QCOMPARE(got, messages);
    QStringList events;
    for (const QJsonValue &log : tested.object().value(QLatin1String("log_messages")).toArray())
        events.append(log.toObject().value(QLatin1String("event")).toString());
    if (!logEvent.isEmpty())
        QVERIFY2(events.contains(logEvent), qPrintable(events.join(QLatin1Char('|'))));
}

void TestSandboxPolicies::testRequestErrors()
{
    const QString dummy = policyPk(QStringLiteral("akdesk-sandbox-dummy-pass"));
    const QString path = QStringLiteral("/policies/all/%1/test/").arg(dummy);
    QCOMPARE(m_api->post(path, {}).error(QStringLiteral("user")), QStringLiteral("This field is required."));
    QCOMPARE(m_api->post(path, {{QStringLiteral("user"), 999}}).error(QStringLiteral("user")), QStringLiteral("Invalid pk \"999\" - object does not exist."));
    QCOMPARE(m_api->post(path, {{QStringLiteral("user"), 1}, {QStringLiteral("context"), QJsonArray{1}}}).error(QStringLiteral("context")),
             QStringLiteral("Expected a dictionary of items but got type \"list\"."));
    QCOMPARE(m_api->get(path).status, 405);
    // An expression policy needs Python: the sandbox says so with a 400 (a real server runs it).
    const RawAnswer expression = m_api->post(QStringLiteral("/policies/all/%1/test/").arg(policyPk(QStringLiteral("default-oobe-password-usable"))),
                                             {{QStringLiteral("user"), 1}});
    QCOMPARE(expression.status, 400);
    QVERIFY2(expression.object().value(QLatin1String("detail")).toString().contains(QLatin1String("does not run Python")), expression.body.constData());
    // Kinds that need data the sandbox does not keep (events, password history) say so too.
    const RawAnswer unique = m_api->post(QStringLiteral("/policies/all/%1/test/").arg(policyPk(QStringLiteral("akdesk-sandbox-unique-password"))),
                                         {{QStringLiteral("user"), 1}});
    QCOMPARE(unique.status, 400);
    QVERIFY(unique.object().value(QLatin1String("detail")).toString().contains(QLatin1String("cannot evaluate")));
    QCOMPARE(m_api->post(QStringLiteral("/policies/all/6b3f1c1e-0d5e-4d6a-9c1b-2f3e4d5c6b7a/test/"), {{QStringLiteral("user"), 1}}).status, 404);
}

void TestSandboxPolicies::usersAndGroups()
{
    // akadmin is pk 1, in "authentik Admins", whose is_superuser makes the user one.
    const QJsonObject admin = m_api->get(QStringLiteral("/core/users/1/")).object();
    QCOMPARE(admin.value(QLatin1String("username")).toString(), QStringLiteral("akadmin"));
    QCOMPARE(admin.value(QLatin1String("is_superuser")).toBool(), true);
    QCOMPARE(admin.value(QLatin1String("groups_obj")).toArray().first().toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("authentik Admins"));
    QVERIFY(m_api->get(QStringLiteral("/core/users/1/?include_groups=false")).object().value(QLatin1String("groups_obj")).isNull());
    QCOMPARE(m_api->get(QStringLiteral("/core/users/999/")).status, 404);
    QCOMPARE(m_api->get(QStringLiteral("/core/users/akadmin/")).status, 404);
    // Ordered by username; search and the cheap filters.
    auto usernames = [this](const QString &query) {
        QStringList out;
        for (const QJsonValue &row : m_api->get(QStringLiteral("/core/users/?") + query).results())
            out.append(row.toObject().value(QLatin1String("username")).toString());
        return out;
    };
    const QStringList all = usernames(QString());
    QVERIFY(all.size() >= 6);
    QStringList sorted = all;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(all, sorted);
    QCOMPARE(usernames(QStringLiteral("search=example.invalid")), QStringList());
    QCOMPARE(usernames(QStringLiteral("search=alice")), QStringList{QStringLiteral("alice")});
    QCOMPARE(usernames(QStringLiteral("is_active=false")), QStringList{QStringLiteral("carol")});
    QCOMPARE(usernames(QStringLiteral("is_superuser=true")), QStringList{QStringLiteral("akadmin")});
    QCOMPARE(usernames(QStringLiteral("groups_by_name=Engineering")), (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
    QCOMPARE(usernames(QStringLiteral("groups_by_pk=") + m_group), (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
    QCOMPARE(usernames(QStringLiteral("type=service_account")), QStringList{QStringLiteral("svc-backup")});
    QCOMPARE(m_api->get(QStringLiteral("/core/users/?type=robot")).status, 400);
    QCOMPARE(usernames(QStringLiteral("username=bob")), QStringList{QStringLiteral("bob")});
    QCOMPARE(m_api->get(QStringLiteral("/core/users/1/")).status, 200);
    QCOMPARE(m_api->post(QStringLiteral("/core/users/"), {{QStringLiteral("username"), QStringLiteral("x")}}).status, 405);
    // Groups: by name, members, parents and children on request.
    const RawAnswer groups = m_api->get(QStringLiteral("/core/groups/"));
    // (Ordered by name; PostgreSQL's collation and the sandbox's code-point order differ on case.)
    QStringList groupNames = test::RawApi::names(groups.results());
    groupNames.sort(Qt::CaseInsensitive);
    QCOMPARE(groupNames, (QStringList{QStringLiteral("authentik Admins"), QStringLiteral("Contractors"), QStringLiteral("Engineering")}));
    const QJsonObject engineering = m_api->get(QStringLiteral("/core/groups/%1/?include_children=true").arg(m_group)).object();
    QCOMPARE(engineering.value(QLatin1String("users")).toArray(), (QJsonArray{2, 3}));
    QCOMPARE(engineering.value(QLatin1String("users_obj")).toArray().size(), 2);
    QCOMPARE(engineering.value(QLatin1String("children_obj")).toArray().first().toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("Contractors"));
    QVERIFY(engineering.value(QLatin1String("parents_obj")).isNull());
    QVERIFY(m_api->get(QStringLiteral("/core/groups/%1/?include_users=false").arg(m_group)).object().value(QLatin1String("users_obj")).isNull());
    QCOMPARE(test::RawApi::names(m_api->get(QStringLiteral("/core/groups/?members_by_username=carol")).results()), QStringList{QStringLiteral("Contractors")});
    QCOMPARE(test::RawApi::names(m_api->get(QStringLiteral("/core/groups/?is_superuser=true")).results()), QStringList{QStringLiteral("authentik Admins")});
    // A binding's group_obj and user_obj are the partial records.
    const RawAnswer byUser = bind({{QStringLiteral("user"), 1}, {QStringLiteral("target"), m_flow}, {QStringLiteral("order"), 70}});
    QCOMPARE(byUser.object().value(QLatin1String("user_obj")).toObject().value(QLatin1String("username")).toString(), QStringLiteral("akadmin"));
    QVERIFY(!byUser.object().value(QLatin1String("user_obj")).toObject().contains(QLatin1String("groups_obj")));
    const QJsonArray used = m_api->get(QStringLiteral("/core/users/1/used_by/")).array();
    QCOMPARE(used.size(), 1);
    QCOMPARE(used.first().toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("Binding from Flow Policy rules (%1) #70 to User authentik Default Admin").arg(kFlowSlug));
    QCOMPARE(m_api->remove(QStringLiteral("/policies/bindings/%1/").arg(pk(byUser))).status, 204);
}

void TestSandboxPolicies::defaultData()
{
    // blueprints/default: the policies and where they are bound.
    auto bindingsOf = [this](const QString &pbm) {
        QStringList out;
        for (const QJsonValue &row : m_api->get(QStringLiteral("/policies/bindings/?target=") + pbm).results()) {
            const QJsonObject binding = row.toObject();
            out.append(QStringLiteral("%1@%2").arg(binding.value(QLatin1String("policy_obj")).toObject().value(QLatin1String("name")).toString())
                           .arg(binding.value(QLatin1String("order")).toInt()));
        }
        return out;
    };
    auto stageBindings = [this](const QString &slug) {
        const QString flow = m_api->get(QStringLiteral("/flows/instances/%1/").arg(slug)).object().value(QLatin1String("pk")).toString();
        QHash<QString, QString> byStage;  // stage name -> pbm
        for (const QJsonValue &row : m_api->get(QStringLiteral("/flows/bindings/?target=") + flow).results())
            byStage.insert(row.toObject().value(QLatin1String("stage_obj")).toObject().value(QLatin1String("name")).toString(),
                           row.toObject().value(QLatin1String("policybindingmodel_ptr_id")).toString());
        return byStage;
    };
    // flow-default-authentication-flow.yaml: the password binding's expression policy.
    const QHash<QString, QString> authentication = stageBindings(QStringLiteral("default-authentication-flow"));
    QCOMPARE(bindingsOf(authentication.value(QStringLiteral("default-authentication-password"))),
             QStringList{QStringLiteral("default-authentication-flow-password-stage@10")});
    QCOMPARE(bindingsOf(authentication.value(QStringLiteral("default-authentication-identification"))), QStringList());
    // flow-oobe.yaml: one policy on the flow, one on the password write, one on the login.
    const QString oobe = m_api->get(QStringLiteral("/flows/instances/initial-setup/")).object().value(QLatin1String("policybindingmodel_ptr_id")).toString();
    QCOMPARE(bindingsOf(oobe), QStringList{QStringLiteral("default-oobe-password-usable@0")});
    const QHash<QString, QString> setup = stageBindings(QStringLiteral("initial-setup"));
    QCOMPARE(bindingsOf(setup.value(QStringLiteral("default-password-change-write"))), QStringList{QStringLiteral("default-oobe-prefill-user@0")});
    QCOMPARE(bindingsOf(setup.value(QStringLiteral("default-authentication-login"))),
             QStringList{QStringLiteral("default-oobe-flow-set-authentication@0")});
    // flow-password-change.yaml: the password policy on the write binding, with its rules.
    QCOMPARE(bindingsOf(stageBindings(QStringLiteral("default-password-change")).value(QStringLiteral("default-password-change-write"))),
             QStringList{QStringLiteral("default-password-change-password-policy@0")});
    const QJsonObject password = m_api->get(QStringLiteral("/policies/password/%1/").arg(policyPk(QStringLiteral("default-password-change-password-policy")))).object();
    QCOMPARE(password.value(QLatin1String("length_min")).toInt(), 8);
    QCOMPARE(password.value(QLatin1String("check_zxcvbn")).toBool(), true);
    QCOMPARE(password.value(QLatin1String("error_message")).toString(), QStringLiteral("Password needs to be 8 characters or longer."));
    // Every default policy of its kind.
    for (const char *name : {"default-authentication-flow-password-stage", "default-user-settings-authorization", "default-oobe-prefill-user",
                             "default-oobe-password-usable", "default-oobe-flow-set-authentication", "default-oobe-base-url-valid"})
        QCOMPARE(m_api->get(QStringLiteral("/policies/expression/%1/").arg(policyPk(QLatin1String(name)))).status, 200);
    // Listed by name (PolicyViewSet.ordering).
    const QStringList names = test::RawApi::names(m_api->get(QStringLiteral("/policies/all/?page_size=100")).results());
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(names, sorted);
}

void TestSandboxPolicies::diagramWithPolicies()
{
    // A flow with a flow policy and a policy on its first stage binding; a group binding is
    // not drawn (get_flow_policies and get_stage_policies exclude policy__isnull).
    const RawAnswer flow = m_api->post(QStringLiteral("/flows/instances/"), {{QStringLiteral("name"), QStringLiteral("Policy diagram")},
                                                                            {QStringLiteral("slug"), QStringLiteral("akdesk-policy-diagram")},
                                                                            {QStringLiteral("title"), QStringLiteral("d")},
                                                                            {QStringLiteral("designation"), QStringLiteral("authentication")}});
    QCOMPARE(flow.status, 201);
    const RawAnswer first = m_api->post(QStringLiteral("/flows/bindings/"), {{QStringLiteral("target"), pk(flow)},
                                                                            {QStringLiteral("stage"), makeStage(QStringLiteral("pd-first"))},
                                                                            {QStringLiteral("order"), 10}});
    QCOMPARE(m_api->post(QStringLiteral("/flows/bindings/"), {{QStringLiteral("target"), pk(flow)},
                                                             {QStringLiteral("stage"), makeStage(QStringLiteral("pd-second"))},
                                                             {QStringLiteral("order"), 20}}).status, 201);
    QCOMPARE(bind({{QStringLiteral("policy"), policyPk(QStringLiteral("akdesk-sandbox-dummy-pass"))}, {QStringLiteral("target"), pk(flow)},
                   {QStringLiteral("order"), 5}}).status, 201);
    QCOMPARE(bind({{QStringLiteral("policy"), policyPk(QStringLiteral("akdesk-sandbox-reputation"))}, {QStringLiteral("target"), pk(first)},
                   {QStringLiteral("order"), 0}}).status, 201);
    QCOMPARE(bind({{QStringLiteral("group"), m_group}, {QStringLiteral("target"), pk(first)}, {QStringLiteral("order"), 1}}).status, 201);
    const QString diagram = m_api->get(QStringLiteral("/flows/instances/akdesk-policy-diagram/diagram/")).object().value(QLatin1String("diagram")).toString();
    QCOMPARE(diagram, QStringLiteral("graph TD\n"
                                     "flow_pre[[\"Pre-flow policies\"]]\n"
                                     "flow_pre --Binding 5--> flow_policy_0{{\"Policy (Dummy Policy)\nakdesk-sandbox-dummy-pass\"}}\n"
                                     "flow_policy_0 --Policy denied--> done[[\"End of the flow\"]]\n"
                                     "flow_policy_0 --> flow_start[[\"Flow\nPolicy diagram\"]]\n"
                                     "stage_0_policy_0 --Policy passed--> stage_0([\"Stage (Dummy Stage)\npd-first\"])\n"
                                     "--> stage_1([\"Stage (Dummy Stage)\npd-second\"])\n"
                                     "flow_start --> stage_0_policy_0{{\"Policy (Reputation Policy)\nakdesk-sandbox-reputation\"}}\n"
                                     "stage_0_policy_0 --Policy denied--> stage_1([\"Stage (Dummy Stage)\npd-second\"])\n"
                                     "stage_1 --> done[[\"End of the flow\"]]"));
    QCOMPARE(m_api->remove(QStringLiteral("/flows/instances/akdesk-policy-diagram/")).status, 204);
}

void TestSandboxPolicies::exportCarriesPolicies()
{
    // FlowExporter with_policies (authentik/blueprints/v1/exporter.py): flow, prompts, the
    // policies, stages, stage bindings, then the policy bindings (pk, policy, target, order).
    const RawAnswer exported = m_api->get(QStringLiteral("/flows/instances/default-password-change/export/"));
    QCOMPARE(exported.status, 200);
    const QString yaml = QString::fromUtf8(exported.body);
    const qsizetype policy = yaml.indexOf(QLatin1String("model: authentik_policies_password.passwordpolicy\n"));
    const qsizetype binding = yaml.indexOf(QLatin1String("model: authentik_policies.policybinding\n"));
    QVERIFY(policy > 0);
    QVERIFY(yaml.lastIndexOf(QLatin1String("model: authentik_stages_prompt.prompt\n")) < policy);
    QVERIFY(policy < yaml.indexOf(QLatin1String("model: authentik_stages_prompt.promptstage\n")));
    QVERIFY(yaml.lastIndexOf(QLatin1String("model: authentik_flows.flowstagebinding\n")) < binding);
    QCOMPARE(yaml.count(QLatin1String("model: authentik_policies.policybinding\n")), 1);
    QVERIFY(yaml.contains(QLatin1String("    name: default-password-change-password-policy\n")));
    QVERIFY(yaml.contains(QLatin1String("    policy: %1\n").arg(policyPk(QStringLiteral("default-password-change-password-policy")))));
    // A flow without policies exports none.
    const QString plain = QString::fromUtf8(m_api->get(QStringLiteral("/flows/instances/default-invalidation-flow/export/")).body);
    QVERIFY(!plain.contains(QLatin1String("authentik_policies")));
}

void TestSandboxPolicies::cascades()
{
    // PolicyBinding.target, .policy, .group and .user are all on_delete=CASCADE.
    const RawAnswer policy = m_api->post(QStringLiteral("/policies/dummy/"), {{QStringLiteral("name"), QStringLiteral("cascade-dummy")}});
    QCOMPARE(policy.status, 201);
    const RawAnswer flow = m_api->post(QStringLiteral("/flows/instances/"), {{QStringLiteral("name"), QStringLiteral("Cascade")},
                                                                            {QStringLiteral("slug"), QStringLiteral("akdesk-policy-cascade")},
                                                                            {QStringLiteral("title"), QStringLiteral("c")},
                                                                            {QStringLiteral("designation"), QStringLiteral("authentication")}});
    const RawAnswer binding = m_api->post(QStringLiteral("/flows/bindings/"), {{QStringLiteral("target"), pk(flow)},
                                                                              {QStringLiteral("stage"), makeStage(QStringLiteral("pc-stage"))},
                                                                              {QStringLiteral("order"), 0}});
    QCOMPARE(binding.status, 201);
    auto gone = [this](const RawAnswer &made) { return m_api->get(QStringLiteral("/policies/bindings/%1/").arg(pk(made))).status == 404; };
    // A stage binding deleted: its policy bindings go, the flow's stay.
    const RawAnswer onBinding = bind({{QStringLiteral("policy"), pk(policy)}, {QStringLiteral("target"), pk(binding)}, {QStringLiteral("order"), 0}});
    const RawAnswer onFlow = bind({{QStringLiteral("policy"), pk(policy)}, {QStringLiteral("target"), pk(flow)}, {QStringLiteral("order"), 0}});
    QCOMPARE(m_api->remove(QStringLiteral("/flows/bindings/%1/").arg(pk(binding))).status, 204);
    QVERIFY(gone(onBinding));
    QVERIFY(!gone(onFlow));
    // The flow deleted: its own policy bindings and its stage bindings' go.
    const RawAnswer again = m_api->post(QStringLiteral("/flows/bindings/"), {{QStringLiteral("target"), pk(flow)},
                                                                            {QStringLiteral("stage"), makeStage(QStringLiteral("pc-stage-2"))},
                                                                            {QStringLiteral("order"), 1}});
    const RawAnswer onAgain = bind({{QStringLiteral("group"), m_group}, {QStringLiteral("target"), pk(again)}, {QStringLiteral("order"), 0}});
    QCOMPARE(m_api->remove(QStringLiteral("/flows/instances/akdesk-policy-cascade/")).status, 204);
    QVERIFY(gone(onFlow));
    QVERIFY(gone(onAgain));
    // A stage deleted: its bindings go, and their policy bindings with them.
    const QString stage = makeStage(QStringLiteral("pc-stage-3"));
    const RawAnswer onOurs = m_api->post(QStringLiteral("/flows/bindings/"), {{QStringLiteral("target"), m_flow}, {QStringLiteral("stage"), stage},
                                                                             {QStringLiteral("order"), 90}});
    const RawAnswer onStage = bind({{QStringLiteral("policy"), pk(policy)}, {QStringLiteral("target"), pk(onOurs)}, {QStringLiteral("order"), 0}});
    QCOMPARE(m_api->remove(QStringLiteral("/stages/dummy/%1/").arg(stage)).status, 204);
    QVERIFY(gone(onStage));
    // The policy deleted.
    const RawAnswer byPolicy = bind({{QStringLiteral("policy"), pk(policy)}, {QStringLiteral("target"), m_flow}, {QStringLiteral("order"), 91}});
    QCOMPARE(m_api->remove(QStringLiteral("/policies/dummy/%1/").arg(pk(policy))).status, 204);
    QVERIFY(gone(byPolicy));
    // A user and a group deleted (the seeded carol and Contractors, which nothing else here needs).
    const RawAnswer byUser = bind({{QStringLiteral("user"), 4}, {QStringLiteral("target"), m_flow}, {QStringLiteral("order"), 92}});
    const QString contractors = test::RawApi::names(m_api->get(QStringLiteral("/core/groups/?name=Contractors")).results()).isEmpty()
        ? QString()
        : m_api->get(QStringLiteral("/core/groups/?name=Contractors")).results().first().toObject().value(QLatin1String("pk")).toString();
    const RawAnswer byGroup = bind({{QStringLiteral("group"), contractors}, {QStringLiteral("target"), m_flow}, {QStringLiteral("order"), 93}});
    QCOMPARE(byUser.status, 201);
    QCOMPARE(byGroup.status, 201);
    QCOMPARE(m_api->remove(QStringLiteral("/core/users/4/")).status, 204);
    QCOMPARE(m_api->remove(QStringLiteral("/core/groups/%1/").arg(contractors)).status, 204);
    QVERIFY(gone(byUser));
    QVERIFY(gone(byGroup));
    QVERIFY(m_api->get(QStringLiteral("/core/groups/%1/?include_children=true").arg(m_group)).object().value(QLatin1String("children_obj")).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxPolicies)
#include "tst_sandboxpolicies.moc"
