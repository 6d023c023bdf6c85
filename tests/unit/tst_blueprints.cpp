// Blueprints as authentik reads them (authentik/blueprints/v1/common.py, importer.py): authentik's
// own default blueprints and its test of every tag (tests/data/blueprints/, sources in each file),
// problems a user must see with their line, and akdesk's writer read back to the same entries.
#include "models/blueprints/blueprintparser.h"
#include "models/blueprints/blueprintresolver.h"
#include "models/blueprints/blueprintwriter.h"
#include "tests/support/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace akdesk;
using namespace akdesk::blueprints;

namespace {

QJsonValue json(const char *text)
{
    // Wrapped so that scalars parse too.
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().at(0);
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

QJsonObject object(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

/// "attrs/attributes/boolAnd" inside a resolved entry.
QJsonValue at(const ResolvedEntry &entry, const QString &path)
{
    QStringList parts = path.split(QLatin1Char('/'));
    const QString root = parts.takeFirst();
    QJsonValue value = root == QLatin1String("attrs") ? QJsonValue(entry.attrs) : QJsonValue(entry.identifiers);
    for (const QString &part : parts)
        value = value.toObject().value(part);
    return value;
}

/// Keys a server would give each applied entry: "pk:<id>", and for the policy binding models
/// (flows, flow stage bindings) "pbm:<id>", so the tests see which one `!KeyOf` chose.
EntryKey keyOf(const ResolvedEntry &entry)
{
    EntryKey key;
    key.pk = QStringLiteral("pk:") + entry.id;
    if (entry.model == QLatin1String(ModelFlow) || entry.model == QLatin1String(ModelFlowStageBinding))
        key.policyBindingModel = QStringLiteral("pbm:") + entry.id;
    return key;
}

/// A server holding the two flows the default blueprints look up, and authentik's openid scope.
QJsonValue find(const QString &model, const BlueprintResolver::Query &query)
{
    static const QStringList slugs = strings({"default-password-change", "default-source-authentication", "default-source-enrollment"});
    if (model == QLatin1String("authentik_flows.flow") && query.size() == 1 && query[0].first == QLatin1String("slug")
        && slugs.contains(query[0].second.toString()))
        return QStringLiteral("flow-uuid:") + query[0].second.toString();
    if (model == QLatin1String("authentik_policies_expression.expressionpolicy") && query.size() == 2
        && query[0] == qMakePair(QStringLiteral("name"), QJsonValue(QStringLiteral("foo-bar-baz-qux"))))
        return QStringLiteral("policy-uuid");
    return QJsonValue::Null;
}

QJsonValue findObject(const QString &model, const BlueprintResolver::Query &query)
{
    if (model == QLatin1String("authentik_providers_oauth2.scopemapping") && query.value(0).second == QLatin1String("openid"))
        return object(R"({"pk":"scope-uuid","scope_name":"openid","managed":"goauthentik.io/providers/oauth2/scope-openid"})");
    return QJsonValue::Null;
}

BlueprintResolver resolverFor(const Blueprint &blueprint)
{
    BlueprintResolver resolver(blueprint);
    resolver.setFind(find);
    resolver.setFindObject(findObject);
    // test_import_yaml_tags: {"bar": "baz"} as the instance's context, `foo` in the environment.
    resolver.setContext(object(R"({"bar":"baz"})"));
    resolver.setEnvironment({{QStringLiteral("foo"), QStringLiteral("env-foo")}});
    resolver.setReadFile([](const QString &path) -> std::optional<QString> {
        if (path == QLatin1String("/blueprints/test-file.txt"))
            return QStringLiteral("  file contents\n");
        return std::nullopt;
    });
    return resolver;
}

QList<ResolvedEntry> resolveFile(const QString &file, QList<BlueprintProblem> *problems = nullptr)
{
    const ParseResult parsed = parseBlueprint(test::testData(QStringLiteral("blueprints/") + file));
    BlueprintResolver resolver = resolverFor(parsed.blueprint);
    const QList<ResolvedEntry> entries = resolver.resolveAll(keyOf);
    if (problems)
        *problems = parsed.problems + resolver.problems();
    return entries;
}

QStringList messages(const QList<BlueprintProblem> &problems)
{
    QStringList list;
    for (const BlueprintProblem &problem : problems)
        list << problem.toString();
    return list;
}

/// A flow as the API returns it, with two stages, two prompts, a policy and three bindings.
FlowExport sampleFlow()
{
    FlowExport flow;
    flow.flow = object(R"({"pk":"f-1","policybindingmodel_ptr_id":"f-pbm","slug":"login","name":"Login","title":"Welcome",
        "designation":"authentication","authentication":"none","layout":"stacked","compatibility_mode":false,
        "background":null,"export_url":"/api/v3/flows/instances/login/export/","stages":["s-2","s-1"],"cache_count":0})");
    flow.stages = {
        object(R"({"pk":"s-2","name":"login-prompt","meta_model_name":"authentik_stages_prompt.promptstage",
            "component":"ak-stage-prompt-form","fields":["p-2","p-1"],"validation_policies":["x-1"],"flow_set":[]})"),
        object(R"({"pk":"s-1","name":"login-password","meta_model_name":"authentik_stages_password.passwordstage",
            "backends":["authentik.core.auth.InbuiltBackend"],"configure_flow":"f-other","failed_attempts_before_cancel":5,
            "allow_show_password":false})")};
    flow.prompts = {
        object(R"({"pk":"p-2","name":"login-username","field_key":"username","label":"Username","type":"username",
            "order":0,"required":true,"placeholder":"yes","placeholder_expression":false,"initial_value":"10",
            "sub_text":"","prompt_stages_obj":[]})"),
        object(R"({"pk":"p-1","name":"login-consent","field_key":"consent","label":"I agree","type":"checkbox",
            "order":1,"required":true,"placeholder":"","placeholder_expression":false,
            "sub_text":"Line one\nline two: with a colon\n"})")};
    flow.policies = {object(R"({"pk":"x-1","name":"usernames-are-lower","meta_model_name":"authentik_policies_expression.expressionpolicy",
        "execution_logging":false,"expression":"return request.context['prompt_data']['username'].islower()\n","bound_to":2})")};
    flow.bindings = {
        object(R"({"pk":"b-20","policybindingmodel_ptr_id":"b-20-pbm","target":"f-1","stage":"s-1","order":20,
            "evaluate_on_plan":false,"re_evaluate_policies":true,"policy_engine_mode":"any","invalid_response_action":"retry",
            "stage_obj":{"pk":"s-1"}})"),
        object(R"({"pk":"b-10","policybindingmodel_ptr_id":"b-10-pbm","target":"f-1","stage":"s-2","order":10,
            "evaluate_on_plan":false,"re_evaluate_policies":true,"policy_engine_mode":"any","invalid_response_action":"retry"})")};
    flow.policyBindings = {
        object(R"({"pk":"pb-2","policy":"x-1","group":null,"user":null,"target":"b-20-pbm","order":0,"negate":true,
            "enabled":true,"timeout":30,"failure_result":false,"policy_obj":{"pk":"x-1"}})"),
        object(R"({"pk":"pb-1","policy":"x-1","group":null,"user":null,"target":"f-pbm","order":5,"negate":false,
            "enabled":true,"timeout":30,"failure_result":false})")};
    return flow;
}

WriterOptions sampleOptions()
{
    WriterOptions options;
    options.external.insert(QStringLiteral("f-other"),
                            {QStringLiteral("authentik_flows.flow"), QStringLiteral("slug"), QStringLiteral("default-password-change")});
    return options;
}

} // namespace

class TestBlueprints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entries_data();
    void entries();
    void resolvedValues_data();
    void resolvedValues();
    void defaultBlueprintsResolveWithoutProblems_data();
    void defaultBlueprintsResolveWithoutProblems();
    void scalarsAsPyYamlTypesThem_data();
    void scalarsAsPyYamlTypesThem();
    void parseProblems_data();
    void parseProblems();
    void resolveProblems_data();
    void resolveProblems();
    void pythonFormat_data();
    void pythonFormat();
    void writerOrdersEntriesAndRefersByKeyOf();
    void writerOutputIsStable();
    void writtenFlowReadsBackToTheSameValues();
    void authentikBlueprintSurvivesWriteAndRead_data();
    void authentikBlueprintSurvivesWriteAndRead();
    void textThatLooksLikeOtherTypesStaysText_data();
    void textThatLooksLikeOtherTypesStaysText();
};

void TestBlueprints::entries_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("identifiers"); // as written, tags shown by name

    const QString auth = QStringLiteral("flow-default-authentication-flow.yaml");
    const QString password = QStringLiteral("flow-password-change.yaml");
    QTest::newRow("auth: meta entry first") << auth << 12 << 0 << "authentik_blueprints.metaapplyblueprint" << "" << "{}";
    QTest::newRow("auth: the flow") << auth << 12 << 1 << "authentik_flows.flow" << "flow"
                                    << R"({"slug":"default-authentication-flow"})";
    QTest::newRow("auth: password stage") << auth << 12 << 2 << "authentik_stages_password.passwordstage"
                                          << "default-authentication-password" << R"({"name":"default-authentication-password"})";
    QTest::newRow("auth: password binding") << auth << 12 << 7 << "authentik_flows.flowstagebinding"
                                            << "default-authentication-flow-password-binding"
                                            << R"({"order":20,"stage":"!KeyOf default-authentication-password","target":"!KeyOf flow"})";
    QTest::newRow("auth: policy binding last") << auth << 12 << 11 << "authentik_policies.policybinding" << ""
                                               << R"({"order":10,"policy":"!KeyOf default-authentication-flow-password-optional","target":"!KeyOf default-authentication-flow-password-binding"})";
    QTest::newRow("password: prompt") << password << 9 << 2 << "authentik_stages_prompt.prompt" << "prompt-field-password"
                                      << R"({"name":"default-password-change-field-password"})";
    QTest::newRow("password: write binding") << password << 9 << 7 << "authentik_flows.flowstagebinding"
                                             << "binding-password-change-write"
                                             << R"({"order":1,"stage":"!KeyOf default-password-change-write","target":"!KeyOf flow"})";
    QTest::newRow("tags: model from !Format") << QStringLiteral("tags.yaml") << 3 << 0 << "" << "" << R"({"slug":"test"})";
}

void TestBlueprints::entries()
{
    QFETCH(QString, file);
    QFETCH(int, count);
    QFETCH(int, index);
    QFETCH(QString, model);
    QFETCH(QString, id);
    QFETCH(QString, identifiers);

    const ParseResult parsed = parseBlueprint(test::testData(QStringLiteral("blueprints/") + file));
    QVERIFY2(parsed.ok(), qPrintable(messages(parsed.problems).join(QLatin1Char('\n'))));
    QCOMPARE(parsed.blueprint.version, 1);
    QVERIFY(parsed.blueprint.metadata.has_value() || file == QLatin1String("tags.yaml"));
    QCOMPARE(parsed.blueprint.entries.size(), count);
    const BlueprintEntry &entry = parsed.blueprint.entries[index];
    QCOMPARE(entry.modelName(), model);
    QCOMPARE(entry.id, id);
    QVERIFY(entry.line > 0);
    // Tags as text, so the table can say which identifier refers to which entry.
    QJsonObject shown;
    for (int i = 0; i < entry.identifiers.keys().size(); ++i) {
        const BlueprintValue &value = entry.identifiers.items()[size_t(i)];
        shown.insert(entry.identifiers.keys()[i], value.isTag() && value.isScalarTag()
                                                      ? QJsonValue(QLatin1Char('!') + value.tagName() + QLatin1Char(' ') + value.items()[0].toString())
                                                      : value.toJson());
    }
    QCOMPARE(shown, object(identifiers.toUtf8().constData()));
}

void TestBlueprints::resolvedValues_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("expected");

    const QString auth = QStringLiteral("flow-default-authentication-flow.yaml");
    const QString password = QStringLiteral("flow-password-change.yaml");
    const QString tags = QStringLiteral("tags.yaml");
    QTest::newRow("binding points at the identification stage") << auth << 6 << "identifiers/stage" << json(R"("pk:default-authentication-identification")");
    QTest::newRow("binding's target is the flow") << auth << 6 << "identifiers/target" << json(R"("pk:flow")");
    QTest::newRow("password binding points at the password stage") << auth << 7 << "identifiers/stage" << json(R"("pk:default-authentication-password")");
    QTest::newRow("password binding re-evaluates") << auth << 7 << "attrs/re_evaluate_policies" << json("true");
    QTest::newRow("login binding order") << auth << 9 << "identifiers/order" << json("100");
    QTest::newRow("!Find gives the password change flow") << auth << 2 << "attrs/configure_flow" << json(R"("flow-uuid:default-password-change")");
    QTest::newRow("backends keep their order") << auth << 2 << "attrs/backends/"
                                               << json(R"(["authentik.core.auth.InbuiltBackend","authentik.sources.kerberos.auth.KerberosBackend","authentik.sources.ldap.auth.LDAPBackend","authentik.core.auth.TokenBackend"])");
    QTest::newRow("policy binding targets the binding's policy binding model") << auth << 11 << "identifiers/target"
                                                                               << json(R"("pbm:default-authentication-flow-password-binding")");
    QTest::newRow("policy binding's policy is the policy's pk") << auth << 11 << "identifiers/policy"
                                                                << json(R"("pk:default-authentication-flow-password-optional")");
    QTest::newRow("literal block keeps its lines") << auth << 10 << "attrs/expression"
                                                   << QJsonValue(QString::fromUtf8(
                                                          "flow_plan = request.context.get(\"flow_plan\")\nif not flow_plan:\n    return True\n"
                                                          "# If the user does not have a backend attached to it, they haven't\n"
                                                          "# been authenticated yet and we need the password stage\n"
                                                          "return not hasattr(flow_plan.context.get(\"pending_user\"), \"backend\")\n"));
    QTest::newRow("prompt stage lists both prompts") << password << 4 << "attrs/fields"
                                                     << json(R"(["pk:prompt-field-password","pk:prompt-field-password-repeat"])");
    QTest::newRow("password policy length") << password << 1 << "attrs/length_min" << json("8");
    QTest::newRow("policy on the write binding") << password << 8 << "identifiers/target" << json(R"("pbm:binding-password-change-write")");
    QTest::newRow("order 0 is a number") << password << 6 << "identifiers/order" << json("0");

    // test_v1.py, test_import_yaml_tags: the values authentik itself expects.
    QTest::newRow("!Env set") << tags << 0 << "attrs/consumer_key" << json(R"("env-foo")");
    QTest::newRow("!Env default") << tags << 0 << "attrs/consumer_secret" << json(R"("baz")");
    QTest::newRow("!Find with a !Format model") << tags << 0 << "attrs/enrollment_flow" << json(R"("flow-uuid:default-source-enrollment")");
    QTest::newRow("!Format of context and caller context") << tags << 1 << "identifiers/name" << json(R"("foo-bar-baz-qux")");
    const auto attr = [&](const char *name, const char *value) {
        QTest::newRow(name) << tags << 2 << QStringLiteral("attrs/attributes/") + QLatin1String(name) << json(value);
    };
    attr("env_null", "null");
    attr("file_content", R"("file contents")");
    attr("file_default", R"("default")");
    attr("file_non_existent", "null");
    attr("json_parse", R"({"foo":"bar"})");
    attr("policy_pk1", R"("policy-uuid-suffix")");
    attr("policy_pk2", R"("pk:policy-suffix")");
    attr("boolAnd", "true");
    attr("boolNand", "false");
    attr("boolOr", "true");
    attr("boolNor", "false");
    attr("boolXor", "true");
    attr("boolXnor", "false");
    attr("boolComplex", "true");
    attr("if_true_complex", R"({"dictionary":{"with":{"keys":"and_values"},"and_nested_custom_tags":"foo-bar"}})");
    attr("if_false_complex", R"(["list","with","items","foo-bar"])");
    attr("if_true_simple", "true");
    attr("if_short", "true");
    attr("if_false_simple", "2");
    attr("enumerate_mapping_to_mapping", R"({"prefix-key1":"other-prefix-value","prefix-key2":"other-prefix-2"})");
    attr("enumerate_mapping_to_sequence", R"(["prefixed-pair-key1-value","prefixed-pair-key2-2"])");
    attr("enumerate_sequence_to_sequence", R"(["prefixed-items-0-foo","prefixed-items-1-bar"])");
    attr("enumerate_sequence_to_mapping", R"({"index: 0":"foo","index: 1":"bar"})");
    attr("nested_complex_enumeration", R"({
        "0":{"key1":[["prefixed-f","prefixed-o","prefixed-o"],{"outer_value":"foo","outer_index":0,"middle_value":"value","middle_index":"key1"}],
             "key2":[["prefixed-f","prefixed-o","prefixed-o"],{"outer_value":"foo","outer_index":0,"middle_value":2,"middle_index":"key2"}]},
        "1":{"key1":[["prefixed-b","prefixed-a","prefixed-r"],{"outer_value":"bar","outer_index":1,"middle_value":"value","middle_index":"key1"}],
             "key2":[["prefixed-b","prefixed-a","prefixed-r"],{"outer_value":"bar","outer_index":1,"middle_value":2,"middle_index":"key2"}]}})");
    attr("nested_context", R"("context-nested-value")");
    attr("at_index_sequence", R"("foo")");
    attr("at_index_sequence_default", R"("non existent")");
    attr("at_index_mapping", "2");
    attr("at_index_mapping_default", R"("non existent")");
    attr("find_object", R"("goauthentik.io/providers/oauth2/scope-openid")");
}

void TestBlueprints::resolvedValues()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    QFETCH(QString, path);
    QFETCH(QJsonValue, expected);

    const QList<ResolvedEntry> entries = resolveFile(file);
    QVERIFY(index < entries.size());
    const ResolvedEntry &entry = entries[index];
    QVERIFY(entry.conditionsMet);
    QString trimmed = path;
    if (trimmed.endsWith(QLatin1Char('/')))
        trimmed.chop(1);
    QCOMPARE(at(entry, trimmed), expected);
}

void TestBlueprints::defaultBlueprintsResolveWithoutProblems_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("models");
    QTest::addColumn<QStringList>("states");
    QTest::addColumn<QStringList>("warnings");

    QTest::newRow("authentication flow")
        << QStringLiteral("flow-default-authentication-flow.yaml")
        << strings({"authentik_blueprints.metaapplyblueprint", "authentik_flows.flow", "authentik_stages_password.passwordstage",
                       "authentik_stages_authenticator_validate.authenticatorvalidatestage",
                       "authentik_stages_identification.identificationstage", "authentik_stages_user_login.userloginstage",
                       "authentik_flows.flowstagebinding", "authentik_flows.flowstagebinding", "authentik_flows.flowstagebinding",
                       "authentik_flows.flowstagebinding", "authentik_policies_expression.expressionpolicy",
                       "authentik_policies.policybinding"})
        << QStringList(12, QStringLiteral("present")) << QStringList();
    // The one lookup that finds nothing on this server (a `!File` that does not exist is the default).
    QTest::newRow("tags") << QStringLiteral("tags.yaml")
                          << strings({"authentik_sources_oauth.oauthsource", "authentik_policies_expression.expressionpolicy",
                                         "authentik_core.group"})
                          << QStringList(3, QStringLiteral("present"))
                          << strings({"!File", "!File"});
}

void TestBlueprints::defaultBlueprintsResolveWithoutProblems()
{
    QFETCH(QString, file);
    QFETCH(QStringList, models);
    QFETCH(QStringList, states);
    QFETCH(QStringList, warnings);

    QList<BlueprintProblem> problems;
    const QList<ResolvedEntry> entries = resolveFile(file, &problems);
    QStringList gotModels, gotStates, gotWarnings;
    for (const ResolvedEntry &entry : entries) {
        QVERIFY2(entry.ok, qPrintable(messages(problems).join(QLatin1Char('\n'))));
        QVERIFY(entry.conditionsMet);
        gotModels << entry.model;
        gotStates << entryStateName(entry.state);
    }
    for (const BlueprintProblem &problem : problems) {
        QVERIFY2(problem.severity == BlueprintProblem::Severity::Warning, qPrintable(problem.toString()));
        gotWarnings << problem.tag;
    }
    QCOMPARE(gotModels, models);
    QCOMPARE(gotStates, states);
    QCOMPARE(gotWarnings, warnings);
}

void TestBlueprints::scalarsAsPyYamlTypesThem_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QJsonValue>("expected");

    QTest::newRow("yes is true") << QByteArray("yes") << json("true");
    QTest::newRow("Off is false") << QByteArray("Off") << json("false");
    QTest::newRow("quoted yes is text") << QByteArray("'yes'") << json(R"("yes")");
    QTest::newRow("tilde is null") << QByteArray("~") << json("null");
    QTest::newRow("empty is null") << QByteArray("") << json("null");
    QTest::newRow("decimal") << QByteArray("300") << json("300");
    QTest::newRow("negative") << QByteArray("-7") << json("-7");
    QTest::newRow("hex") << QByteArray("0x1F") << json("31");
    QTest::newRow("old octal") << QByteArray("017") << json("15");
    QTest::newRow("underscores") << QByteArray("1_000") << json("1000");
    QTest::newRow("float") << QByteArray("1.5") << json("1.5");
    QTest::newRow("1e5 has no dot: text") << QByteArray("1e5") << json(R"("1e5")");
    QTest::newRow("uuid stays text") << QByteArray("6f0b3c52-6a7e-4e8e-9a3c-1b2f0c9d8e7a") << json(R"("6f0b3c52-6a7e-4e8e-9a3c-1b2f0c9d8e7a")");
    QTest::newRow("!!str forces text") << QByteArray("!!str 10") << json(R"("10")");
    QTest::newRow("duration text") << QByteArray("seconds=0") << json(R"("seconds=0")");
}

void TestBlueprints::scalarsAsPyYamlTypesThem()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QJsonValue, expected);

    const ParseResult parsed = parseBlueprint("version: 1\nentries:\n- model: authentik_core.group\n  identifiers:\n    name: g\n  attrs:\n    value: " + yaml + "\n");
    QVERIFY2(parsed.ok(), qPrintable(messages(parsed.problems).join(QLatin1Char('\n'))));
    QCOMPARE(parsed.blueprint.entries.size(), 1);
    QCOMPARE(parsed.blueprint.entries[0].attrs.value(QStringLiteral("value")).toJson(), expected);
}

void TestBlueprints::parseProblems_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("entry");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("message");

    QTest::newRow("unclosed list") << QByteArray("version: 1\nentries:\n- model: authentik_flows.flow\n  attrs: {a: [1, 2}\n")
                                   << 4 << -1 << "" << "not valid YAML";
    QTest::newRow("bad indentation") << QByteArray("version: 1\nentries:\n- model: authentik_flows.flow\n identifiers:\n   slug: x\n")
                                     << 4 << -1 << "" << "not valid YAML";
    QTest::newRow("unknown tag") << QByteArray("version: 1\nentries:\n- model: authentik_flows.flow\n  identifiers:\n    slug: !Slug login\n")
                                 << 5 << 0 << "!Slug" << "unknown tag";
    QTest::newRow("!KeyOf on a list") << QByteArray("version: 1\nentries:\n- model: authentik_flows.flowstagebinding\n  identifiers:\n    order: 1\n    stage: !KeyOf [a, b]\n")
                                      << 6 << 0 << "!KeyOf" << "single value";
    QTest::newRow("!Find condition not a pair") << QByteArray("version: 1\nentries:\n- model: authentik_stages_password.passwordstage\n  identifiers:\n    name: p\n  attrs:\n    configure_flow: !Find [authentik_flows.flow, slug]\n")
                                                << 7 << 0 << "!Find" << "field and a value";
    QTest::newRow("wrong state") << QByteArray("version: 1\nentries:\n- model: authentik_flows.flow\n  state: maybe\n  identifiers:\n    slug: x\n")
                                 << 4 << 0 << "" << "must_created";
    QTest::newRow("no model") << QByteArray("version: 1\nentries:\n- identifiers:\n    slug: x\n- model: authentik_flows.flow\n  identifiers:\n    slug: y\n")
                              << 3 << 0 << "" << "no `model`";
    QTest::newRow("version 2") << QByteArray("version: 2\nentries: []\n") << 1 << -1 << "" << "version 2";
    QTest::newRow("not a mapping") << QByteArray("- model: authentik_flows.flow\n") << 1 << -1 << "" << "mapping";
    QTest::newRow("unquoted boolean label") << QByteArray("version: 1\nmetadata:\n  name: x\n  labels:\n    blueprints.goauthentik.io/instantiate: false\nentries: []\n")
                                            << 3 << -1 << "" << "quote it";
}

void TestBlueprints::parseProblems()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, entry);
    QFETCH(QString, tag);
    QFETCH(QString, message);

    const ParseResult parsed = parseBlueprint(yaml);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.problems.size(), 1);
    const BlueprintProblem &problem = parsed.problems.first();
    QVERIFY2(problem.message.contains(message), qPrintable(problem.toString()));
    QCOMPARE(problem.line, line);
    QVERIFY(problem.column > 0);
    QCOMPARE(problem.entry, entry);
    QCOMPARE(problem.tag, tag);
    QVERIFY(problem.toString().startsWith(QStringLiteral("line %1, column ").arg(line)));
}

void TestBlueprints::resolveProblems_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("entry");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("error");

    const QByteArray flow = "version: 1\nentries:\n- model: authentik_flows.flow\n  id: flow\n  identifiers:\n    slug: login\n";
    QTest::newRow("!KeyOf of no entry") << flow + "- model: authentik_flows.flowstagebinding\n  identifiers:\n    order: 1\n    target: !KeyOf flow\n    stage: !KeyOf missing-stage\n"
                                        << 1 << "!KeyOf" << "no entry has this id" << true;
    QTest::newRow("!KeyOf of a later entry") << QByteArray("version: 1\nentries:\n- model: authentik_flows.flowstagebinding\n  identifiers:\n    order: 1\n    target: !KeyOf flow\n"
                                                "- model: authentik_flows.flow\n  id: flow\n  identifiers:\n    slug: login\n")
                                             << 0 << "!KeyOf" << "comes later" << true;
    QTest::newRow("!KeyOf of a skipped entry") << QByteArray("version: 1\nentries:\n- model: authentik_flows.flow\n  id: flow\n  conditions: [false]\n  identifiers:\n    slug: login\n"
                                                  "- model: authentik_flows.flowstagebinding\n  identifiers:\n    order: 1\n    target: !KeyOf flow\n")
                                               << 1 << "!KeyOf" << "no object yet" << true;
    QTest::newRow("!Format short of arguments") << flow + "- model: authentik_core.group\n  identifiers:\n    name: !Format ['%s-%s', a]\n"
                                                << 1 << "!Format" << "not enough arguments" << true;
    QTest::newRow("!Index outside !Enumerate") << flow + "- model: authentik_core.group\n  identifiers:\n    name: !Index 0\n"
                                               << 1 << "!Index" << "inside an !Enumerate" << true;
    QTest::newRow("!AtIndex past the end") << flow + "- model: authentik_core.group\n  identifiers:\n    name: !AtIndex [[a], 3]\n"
                                           << 1 << "!AtIndex" << "Index out of range: 3" << true;
    QTest::newRow("!ParseJSON of bad JSON") << flow + "- model: authentik_core.group\n  identifiers:\n    name: !ParseJSON '{a'\n"
                                            << 1 << "!ParseJSON" << "not valid JSON" << true;
    QTest::newRow("!Condition without values") << flow + "- model: authentik_core.group\n  identifiers:\n    name: !Condition [AND]\n"
                                               << 1 << "!Condition" << "At least one value" << true;
    QTest::newRow("!Find finds nothing") << flow + "- model: authentik_stages_password.passwordstage\n  identifiers:\n    name: p\n  attrs:\n    configure_flow: !Find [authentik_flows.flow, [slug, nowhere]]\n"
                                         << 1 << "!Find" << "no authentik_flows.flow where slug = nowhere" << false;
    QTest::newRow("state from a tag, wrong") << flow + "- model: authentik_core.group\n  state: !Format ['%s', gone]\n  identifiers:\n    name: g\n"
                                             << 1 << "" << "not \"gone\"" << true;
    QTest::newRow("context refers to itself") << QByteArray("version: 1\ncontext:\n  a: !Context a\nentries:\n- model: authentik_core.group\n  identifiers:\n    name: !Context a\n")
                                              << 0 << "!Context" << "refers to itself" << true;
}

void TestBlueprints::resolveProblems()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, entry);
    QFETCH(QString, tag);
    QFETCH(QString, message);
    QFETCH(bool, error);

    const ParseResult parsed = parseBlueprint(yaml);
    QVERIFY2(parsed.ok(), qPrintable(messages(parsed.problems).join(QLatin1Char('\n'))));
    BlueprintResolver resolver = resolverFor(parsed.blueprint);
    const QList<ResolvedEntry> entries = resolver.resolveAll(keyOf);
    QCOMPARE(resolver.problems().size(), 1);
    const BlueprintProblem &problem = resolver.problems().first();
    QVERIFY2(problem.message.contains(message), qPrintable(problem.toString()));
    QCOMPARE(problem.entry, entry);
    QCOMPARE(problem.tag, tag);
    QCOMPARE(problem.severity == BlueprintProblem::Severity::Error, error);
    QVERIFY(problem.line > 0);
    QCOMPARE(entries[entry].ok, !error);
    // The rest of the blueprint still resolves.
    for (const ResolvedEntry &other : entries) {
        if (other.index != entry)
            QVERIFY(other.ok);
    }
}

void TestBlueprints::pythonFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QJsonValue>("args");
    QTest::addColumn<QString>("expected"); // empty: an error

    QTest::newRow("strings") << "%s-%s" << json(R"(["a","b"])") << "a-b";
    QTest::newRow("percent") << "100%% %s" << json(R"(["sure"])") << "100% sure";
    QTest::newRow("python names") << "%s %s %s" << json(R"([true,null,2])") << "True None 2";
    QTest::newRow("float repr") << "%s" << json(R"([2.5])") << "2.5";
    QTest::newRow("list repr") << "%s" << json(R"([["a",1]])") << "['a', 1]";
    QTest::newRow("integer") << "index: %d" << json(R"([3])") << "index: 3";
    QTest::newRow("width") << "[%5s|%-3d]" << json(R"(["ab",7])") << "[   ab|7  ]";
    QTest::newRow("zero padded") << "%03d" << json(R"([7])") << "007";
    QTest::newRow("fixed") << "%.2f" << json(R"([3.14159])") << "3.14";
    QTest::newRow("%d of text") << "%d" << json(R"(["a"])") << "";
    QTest::newRow("too few") << "%s %s" << json(R"(["a"])") << "";
    QTest::newRow("too many") << "%s" << json(R"(["a","b"])") << "";
}

void TestBlueprints::pythonFormat()
{
    QFETCH(QString, format);
    QFETCH(QJsonValue, args);
    QFETCH(QString, expected);

    QList<QJsonValue> list;
    for (const QJsonValue &arg : args.toArray())
        list << arg;
    QString error;
    const std::optional<QString> result = akdesk::blueprints::pythonFormat(format, list, &error);
    if (expected.isEmpty()) {
        QVERIFY(!result);
        QVERIFY(!error.isEmpty());
    } else {
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(*result, expected);
    }
}

void TestBlueprints::writerOrdersEntriesAndRefersByKeyOf()
{
    QStringList skipped;
    const Blueprint blueprint = flowBlueprint(sampleFlow(), sampleOptions(), &skipped);
    QVERIFY(skipped.isEmpty());
    QStringList order;
    for (const BlueprintEntry &entry : blueprint.entries)
        order << entry.modelName() + QLatin1Char(' ') + entry.id;
    QCOMPARE(order, strings({
        "authentik_flows.flow flow",
        "authentik_stages_prompt.prompt prompt-login-consent",
        "authentik_stages_prompt.prompt prompt-login-username",
        "authentik_policies_expression.expressionpolicy policy-usernames-are-lower",
        "authentik_stages_password.passwordstage stage-login-password",
        "authentik_stages_prompt.promptstage stage-login-prompt",
        "authentik_flows.flowstagebinding binding-10-login-prompt",
        "authentik_flows.flowstagebinding binding-20-login-password",
        "authentik_policies.policybinding ", // on the flow first
        "authentik_policies.policybinding ",
    }));
    QCOMPARE(blueprint.metadata->name, QStringLiteral("akdesk export: Login"));
    QCOMPARE(blueprint.metadata->labels.value(QLatin1String(LabelGenerated)), QStringLiteral("true"));

    const QByteArray yaml = writeBlueprint(blueprint);
    if (qEnvironmentVariableIsSet("AKDESK_DUMP_BLUEPRINT"))
        qInfo().noquote() << QString::fromUtf8(yaml);
    // No server's pk in the file: every reference is by id or by slug.
    for (const char *pk : {"f-1", "s-1", "s-2", "p-1", "p-2", "x-1", "b-10", "b-20", "pb-1", "f-pbm", "b-20-pbm", "f-other"})
        QVERIFY2(!yaml.contains(QByteArray(": ") + pk + "\n") && !yaml.contains(QByteArray("- ") + pk + "\n"), pk);
    QVERIFY(yaml.contains("stage: !KeyOf stage-login-password\n"));
    QVERIFY(yaml.contains("configure_flow: !Find [authentik_flows.flow, [slug, default-password-change]]\n"));
    QVERIFY(yaml.contains("expression: |\n"));
    QVERIFY(!yaml.contains("export_url"));
    QVERIFY(!yaml.contains("meta_model_name"));
    QVERIFY(!yaml.contains("stage_obj"));
    QVERIFY(!yaml.contains("background")); // null: left out as get_attrs() leaves out initial values
    // Keys sorted as authentik's dumper writes them.
    QVERIFY(yaml.startsWith("entries:\n  - attrs:\n"));
    QVERIFY(yaml.indexOf("\nmetadata:\n") < yaml.indexOf("\nversion: 1\n"));
}

void TestBlueprints::writerOutputIsStable()
{
    const QByteArray first = writeBlueprint(flowBlueprint(sampleFlow(), sampleOptions()));
    FlowExport shuffled = sampleFlow();
    std::reverse(shuffled.stages.begin(), shuffled.stages.end());
    std::reverse(shuffled.bindings.begin(), shuffled.bindings.end());
    std::reverse(shuffled.prompts.begin(), shuffled.prompts.end());
    std::reverse(shuffled.policyBindings.begin(), shuffled.policyBindings.end());
    QCOMPARE(writeBlueprint(flowBlueprint(shuffled, sampleOptions())), first);
    // One field changed on the server: one line changes in the file.
    FlowExport edited = sampleFlow();
    edited.stages[1].insert(QStringLiteral("failed_attempts_before_cancel"), 3);
    const QList<QByteArray> before = first.split('\n');
    const QList<QByteArray> after = writeBlueprint(flowBlueprint(edited, sampleOptions())).split('\n');
    QCOMPARE(after.size(), before.size());
    int changed = 0;
    for (qsizetype i = 0; i < before.size(); ++i)
        changed += before[i] != after[i];
    QCOMPARE(changed, 1);
}

void TestBlueprints::writtenFlowReadsBackToTheSameValues()
{
    const Blueprint written = flowBlueprint(sampleFlow(), sampleOptions());
    const QByteArray yaml = writeBlueprint(written);
    const ParseResult parsed = parseBlueprint(yaml);
    QVERIFY2(parsed.ok(), qPrintable(messages(parsed.problems).join(QLatin1Char('\n')) + QLatin1Char('\n') + QString::fromUtf8(yaml)));
    QCOMPARE(parsed.blueprint.entries.size(), written.entries.size());
    for (qsizetype i = 0; i < written.entries.size(); ++i) {
        const BlueprintEntry &a = written.entries[i];
        const BlueprintEntry &b = parsed.blueprint.entries[i];
        QCOMPARE(b.modelName(), a.modelName());
        QCOMPARE(b.id, a.id);
        QVERIFY2(b.identifiers == a.identifiers, qPrintable(QStringLiteral("entry %1").arg(i)));
        QVERIFY2(b.attrs == a.attrs, qPrintable(QStringLiteral("entry %1").arg(i)));
        QCOMPARE(b.plainState(), std::optional<EntryState>(EntryState::Present));
    }
    // Resolved as authentik would: the user sees the same stages, orders and policies.
    BlueprintResolver resolver = resolverFor(parsed.blueprint);
    const QList<ResolvedEntry> entries = resolver.resolveAll(keyOf);
    QVERIFY2(resolver.problems().isEmpty(), qPrintable(messages(resolver.problems()).join(QLatin1Char('\n'))));
    QCOMPARE(entries[0].identifiers, object(R"({"slug":"login"})"));
    QCOMPARE(entries[0].attrs, object(R"({"name":"Login","title":"Welcome","designation":"authentication",
        "authentication":"none","layout":"stacked","compatibility_mode":false})"));
    QCOMPARE(entries[2].attrs.value(QStringLiteral("initial_value")), json(R"("10")"));
    QCOMPARE(entries[2].attrs.value(QStringLiteral("placeholder")), json(R"("yes")"));
    QCOMPARE(entries[1].attrs.value(QStringLiteral("sub_text")), json(R"("Line one\nline two: with a colon\n")"));
    QCOMPARE(entries[3].attrs.value(QStringLiteral("expression")),
             json(R"("return request.context['prompt_data']['username'].islower()\n")"));
    QCOMPARE(entries[4].attrs.value(QStringLiteral("configure_flow")), json(R"("flow-uuid:default-password-change")"));
    QCOMPARE(entries[5].attrs.value(QStringLiteral("fields")), json(R"(["pk:prompt-login-username","pk:prompt-login-consent"])"));
    QCOMPARE(entries[5].attrs.value(QStringLiteral("validation_policies")), json(R"(["pk:policy-usernames-are-lower"])"));
    QCOMPARE(entries[6].identifiers, object(R"({"order":10,"stage":"pk:stage-login-prompt","target":"pk:flow"})"));
    QCOMPARE(entries[7].identifiers, object(R"({"order":20,"stage":"pk:stage-login-password","target":"pk:flow"})"));
    QCOMPARE(entries[8].identifiers, object(R"({"order":5,"policy":"pk:policy-usernames-are-lower","target":"pbm:flow"})"));
    QCOMPARE(entries[9].identifiers, object(R"({"order":0,"policy":"pk:policy-usernames-are-lower","target":"pbm:binding-20-login-password"})"));
    QCOMPARE(entries[9].attrs, object(R"({"negate":true,"enabled":true,"timeout":30,"failure_result":false})"));
    // Written again, the file is the same byte for byte.
    QCOMPARE(writeBlueprint(parsed.blueprint), yaml);
}

void TestBlueprints::authentikBlueprintSurvivesWriteAndRead_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("authentication flow") << QStringLiteral("flow-default-authentication-flow.yaml");
    QTest::newRow("password change") << QStringLiteral("flow-password-change.yaml");
    QTest::newRow("every tag") << QStringLiteral("tags.yaml");
}

void TestBlueprints::authentikBlueprintSurvivesWriteAndRead()
{
    QFETCH(QString, file);

    const ParseResult original = parseBlueprint(test::testData(QStringLiteral("blueprints/") + file));
    QVERIFY(original.ok());
    const QByteArray yaml = writeBlueprint(original.blueprint);
    const ParseResult again = parseBlueprint(yaml);
    QVERIFY2(again.ok(), qPrintable(messages(again.problems).join(QLatin1Char('\n')) + QLatin1Char('\n') + QString::fromUtf8(yaml)));
    QCOMPARE(again.blueprint.entries.size(), original.blueprint.entries.size());
    QVERIFY(again.blueprint.context == original.blueprint.context);
    for (qsizetype i = 0; i < original.blueprint.entries.size(); ++i) {
        const BlueprintEntry &a = original.blueprint.entries[i];
        const BlueprintEntry &b = again.blueprint.entries[i];
        QVERIFY2(a.model == b.model && a.state == b.state && a.id == b.id && a.identifiers == b.identifiers
                     && a.attrs == b.attrs && a.conditions == b.conditions,
                 qPrintable(QStringLiteral("entry %1 differs:\n%2").arg(i).arg(QString::fromUtf8(yaml))));
    }
    // And the values a user sees are the same.
    BlueprintResolver first = resolverFor(original.blueprint);
    BlueprintResolver second = resolverFor(again.blueprint);
    const QList<ResolvedEntry> a = first.resolveAll(keyOf);
    const QList<ResolvedEntry> b = second.resolveAll(keyOf);
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(b[i].identifiers, a[i].identifiers);
        QCOMPARE(b[i].attrs, a[i].attrs);
    }
}

void TestBlueprints::textThatLooksLikeOtherTypesStaysText_data()
{
    QTest::addColumn<QString>("text");
    int row = 0;
    for (const char *text : {"yes", "No", "on", "true", "null", "~", "", "10", "017", "0x1F", "1.5", ".inf", " padded ",
                             "a: b", "- item", "#hash", "!KeyOf flow", "'quoted'", "\"double\"", "[list]", "{map}",
                             "two\nlines", "ends with newline\n", "  indented\nblock\n", "tab\there", "ümlaut é"})
        QTest::addRow("%d: %s", row++, QByteArray(text).replace('\n', "\\n").constData()) << QString::fromUtf8(text);
}

void TestBlueprints::textThatLooksLikeOtherTypesStaysText()
{
    QFETCH(QString, text);

    Blueprint blueprint;
    BlueprintEntry entry;
    entry.model = BlueprintValue::string(QStringLiteral("authentik_core.group"));
    entry.identifiers.insert(QStringLiteral("name"), BlueprintValue::string(QStringLiteral("g")));
    entry.attrs.insert(QStringLiteral("value"), BlueprintValue::string(text));
    blueprint.entries.append(entry);
    const QByteArray yaml = writeBlueprint(blueprint);
    const ParseResult parsed = parseBlueprint(yaml);
    QVERIFY2(parsed.ok(), yaml.constData());
    QCOMPARE(parsed.blueprint.entries[0].attrs.value(QStringLiteral("value")).toJson(), QJsonValue(text));
}

QTEST_GUILESS_MAIN(TestBlueprints)
#include "tst_blueprints.moc"
