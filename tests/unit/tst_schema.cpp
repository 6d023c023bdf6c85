// The schema registry: every creatable stage kind of the document, the descriptors' details, the
// overlay, and documents from other servers (newer fields, broken input).

#include "models/schema/schemaregistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace akdesk;

Q_DECLARE_METATYPE(akdesk::FieldType)

namespace {

QJsonObject bundledDocument()
{
    QFile file(QStringLiteral(":/akdesk/schema/authentik-2026.8.3.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("bundled schema missing");
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestSchema final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCreatableStageKind();
    void kindDetails_data();
    void kindDetails();
    void labels_data();
    void labels();
    void fieldShapes_data();
    void fieldShapes();
    void references_data();
    void references();
    void listOptions();
    void identificationFields();
    void identificationFilters();
    void flowAndBindingFields();
    void sourcesAreReadOnly();
    void overlayDefaults_data();
    void overlayDefaults();
    void genericKindsGetLabels();
    void newerServerDocument();
    void brokenDocuments_data();
    void brokenDocuments();
    void circularReferences();
};

void TestSchema::everyCreatableStageKind()
{
    const auto registry = SchemaRegistry::bundled();
    // Derived independently: /stages/ paths without '{' that accept POST, minus the non-stage
    // collections (invitations, prompts) and the helpers (preview).
    const QJsonObject paths = bundledDocument().value(QLatin1String("paths")).toObject();
    QStringList expected;
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const QString path = it.key();
        if (path.startsWith(QLatin1String("/stages/")) && !path.contains(QLatin1Char('{'))
            && it.value().toObject().contains(QLatin1String("post")) && !path.contains(QLatin1String("/invitations/"))
            && !path.contains(QLatin1String("/prompts/")))
            expected.append(path.mid(1).chopped(1));
    }
    QStringList actual;
    for (const ResourceDescriptor *kind : registry->stageKinds())
        actual.append(kind->key);
    expected.sort();
    actual.sort();
    QCOMPARE(actual, expected);
    // 2026.8.3 has 26: nine authenticators and seventeen others (account_lockdown ... user_write).
    QCOMPARE(actual.size(), 26);
    for (const ResourceDescriptor *kind : registry->stageKinds())
        QVERIFY2(!kind->modelName.isEmpty() && !kind->component.isEmpty() && !kind->fields.isEmpty(), qPrintable(kind->key));
}

void TestSchema::kindDetails_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("component");
    QTest::newRow("identification") << QStringLiteral("stages/identification") << QStringLiteral("/stages/identification/")
                                    << QStringLiteral("authentik_stages_identification.identificationstage")
                                    << QStringLiteral("ak-stage-identification-form");
    QTest::newRow("dummy") << QStringLiteral("stages/dummy") << QStringLiteral("/stages/dummy/")
                           << QStringLiteral("authentik_stages_dummy.dummystage") << QStringLiteral("ak-stage-dummy-form");
    QTest::newRow("source") << QStringLiteral("stages/source") << QStringLiteral("/stages/source/")
                            << QStringLiteral("authentik_stages_source.sourcestage") << QStringLiteral("ak-stage-source-form");
    QTest::newRow("totp") << QStringLiteral("stages/authenticator/totp") << QStringLiteral("/stages/authenticator/totp/")
                          << QStringLiteral("authentik_stages_authenticator_totp.authenticatortotpstage")
                          << QStringLiteral("ak-stage-authenticator-totp-form");
    QTest::newRow("prompt") << QStringLiteral("stages/prompt/stages") << QStringLiteral("/stages/prompt/stages/")
                            << QStringLiteral("authentik_stages_prompt.promptstage") << QStringLiteral("ak-stage-prompt-form");
    // authentik names this one form the other way round; the overlay knows.
    QTest::newRow("endpoints") << QStringLiteral("stages/endpoints") << QStringLiteral("/stages/endpoints/")
                               << QStringLiteral("authentik_endpoints.endpointstage") << QStringLiteral("ak-endpoints-stage-form");
    QTest::newRow("invitation") << QStringLiteral("stages/invitation/stages") << QStringLiteral("/stages/invitation/stages/")
                                << QStringLiteral("authentik_stages_invitation.invitationstage") << QStringLiteral("ak-stage-invitation-form");
    QTest::newRow("endpoint gdtc") << QStringLiteral("stages/authenticator/endpoint_gdtc") << QStringLiteral("/stages/authenticator/endpoint_gdtc/")
                                   << QStringLiteral("authentik_stages_authenticator_endpoint_gdtc.authenticatorendpointgdtcstage")
                                   << QStringLiteral("ak-stage-authenticator-endpoint-gdtc-form");
    QTest::newRow("user login") << QStringLiteral("stages/user_login") << QStringLiteral("/stages/user_login/")
                                << QStringLiteral("authentik_stages_user_login.userloginstage") << QStringLiteral("ak-stage-user-login-form");
}

void TestSchema::kindDetails()
{
    QFETCH(QString, key);
    QFETCH(QString, path);
    QFETCH(QString, model);
    QFETCH(QString, component);
    const auto registry = SchemaRegistry::bundled();
    const ResourceDescriptor *kind = registry->resource(key);
    QVERIFY(kind);
    QCOMPARE(kind->listPath, path);
    QCOMPARE(kind->detailPath(QStringLiteral("abc")), path + QStringLiteral("abc/"));
    QCOMPARE(kind->modelName, model);
    QCOMPARE(kind->component, component);
    QVERIFY(kind->creatable);
    QVERIFY(kind->hasUsedBy);
    QCOMPARE(registry->stageKindForModel(model), kind);
    QCOMPARE(registry->stageKindForComponent(component), kind);
    QCOMPARE(kind->category, ResourceDescriptor::Category::Stage);
    QCOMPARE(kind->orderingFields.first(), QStringLiteral("name"));
    QVERIFY(kind->searchFields.contains(QStringLiteral("name")));
    QCOMPARE(registry->resourceForPath(path + QStringLiteral("3fa85f64-5717-4562-b3fc-2c963f66afa6/")), kind);
    // Every stage carries the read-only stage fields.
    for (const char *readOnly : {"pk", "component", "verbose_name", "meta_model_name", "flow_set"})
        QVERIFY2(kind->field(QLatin1String(readOnly)) && kind->field(QLatin1String(readOnly))->readOnly, readOnly);
    QVERIFY(kind->field(QStringLiteral("name"))->required);
}

void TestSchema::labels_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("plural");
    QTest::newRow("identification") << QStringLiteral("stages/identification") << QStringLiteral("Identification Stage")
                                    << QStringLiteral("Identification Stages");
    QTest::newRow("totp keeps its acronym") << QStringLiteral("stages/authenticator/totp") << QStringLiteral("Authenticator TOTP Stage")
                                            << QStringLiteral("Authenticator TOTP Stages");
    QTest::newRow("webauthn is one word") << QStringLiteral("stages/authenticator/webauthn")
                                          << QStringLiteral("Authenticator WebAuthn Stage") << QStringLiteral("Authenticator WebAuthn Stages");
    QTest::newRow("mutual tls") << QStringLiteral("stages/mtls") << QStringLiteral("Mutual TLS Stage") << QStringLiteral("Mutual TLS Stages");
    QTest::newRow("flows") << QStringLiteral("flows") << QStringLiteral("Flow") << QStringLiteral("Flows");
    QTest::newRow("bindings") << QStringLiteral("flows/bindings") << QStringLiteral("Stage binding") << QStringLiteral("Stage bindings");
    QTest::newRow("all stages") << QStringLiteral("stages/all") << QStringLiteral("Stage") << QStringLiteral("Stages");
}

void TestSchema::labels()
{
    QFETCH(QString, key);
    QFETCH(QString, label);
    QFETCH(QString, plural);
    const ResourceDescriptor *resource = SchemaRegistry::bundled()->resource(key);
    QVERIFY(resource);
    QCOMPARE(resource->label, label);
    QCOMPARE(resource->labelPlural, plural);
    QVERIFY(!resource->description.isEmpty());
}

void TestSchema::fieldShapes_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("field");
    QTest::addColumn<FieldType>("type");
    QTest::addColumn<bool>("required");
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<bool>("writeOnly");
    QTest::addColumn<bool>("nullable");
    const QString ident = QStringLiteral("stages/identification");
    QTest::newRow("stage name") << ident << QStringLiteral("name") << FieldType::String << true << false << false << false;
    QTest::newRow("stage pk") << ident << QStringLiteral("pk") << FieldType::Uuid << false << true << false << false;
    QTest::newRow("stage component") << ident << QStringLiteral("component") << FieldType::String << false << true << false << false;
    QTest::newRow("flow set") << ident << QStringLiteral("flow_set") << FieldType::Array << false << true << false << false;
    QTest::newRow("password stage") << ident << QStringLiteral("password_stage") << FieldType::Uuid << false << false << false << true;
    QTest::newRow("source stage's source") << QStringLiteral("stages/source") << QStringLiteral("source") << FieldType::Uuid << true << false << false << false;
    QTest::newRow("resume timeout") << QStringLiteral("stages/source") << QStringLiteral("resume_timeout") << FieldType::Duration << false << false << false << false;
    QTest::newRow("session duration") << QStringLiteral("stages/user_login") << QStringLiteral("session_duration") << FieldType::Duration << false << false << false << false;
    QTest::newRow("consent expiry") << QStringLiteral("stages/consent") << QStringLiteral("consent_expire_in") << FieldType::Duration << false << false << false << false;
    QTest::newRow("email token expiry") << QStringLiteral("stages/email") << QStringLiteral("token_expiry") << FieldType::Duration << false << false << false << false;
    QTest::newRow("duo secret is write-only") << QStringLiteral("stages/authenticator/duo") << QStringLiteral("client_secret") << FieldType::String << true << false << true << false;
    QTest::newRow("flow slug") << QStringLiteral("flows") << QStringLiteral("slug") << FieldType::Slug << true << false << false << false;
    QTest::newRow("flow designation") << QStringLiteral("flows") << QStringLiteral("designation") << FieldType::Enum << true << false << false << false;
    QTest::newRow("flow layout") << QStringLiteral("flows") << QStringLiteral("layout") << FieldType::Enum << false << false << false << false;
    QTest::newRow("flow export url") << QStringLiteral("flows") << QStringLiteral("export_url") << FieldType::String << false << true << false << false;
    QTest::newRow("binding order") << QStringLiteral("flows/bindings") << QStringLiteral("order") << FieldType::Integer << true << false << false << false;
    QTest::newRow("binding stage object") << QStringLiteral("flows/bindings") << QStringLiteral("stage_obj") << FieldType::Object << false << true << false << false;
}

void TestSchema::fieldShapes()
{
    QFETCH(QString, key);
    QFETCH(QString, field);
    QFETCH(FieldType, type);
    QFETCH(bool, required);
    QFETCH(bool, readOnly);
    QFETCH(bool, writeOnly);
    QFETCH(bool, nullable);
    const FieldDescriptor *f = SchemaRegistry::bundled()->resource(key)->field(field);
    QVERIFY2(f, qPrintable(field));
    QCOMPARE(fieldTypeName(f->type), fieldTypeName(type));
    QCOMPARE(f->required, required);
    QCOMPARE(f->readOnly, readOnly);
    QCOMPARE(f->writeOnly, writeOnly);
    QCOMPARE(f->nullable, nullable);
    QCOMPARE(f->isWritable(), !readOnly);
}

void TestSchema::references_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("designation");  // picker filter, empty for none
    const QString ident = QStringLiteral("stages/identification");
    QTest::newRow("password stage") << ident << QStringLiteral("password_stage") << QStringLiteral("stages/password") << QString();
    QTest::newRow("captcha stage") << ident << QStringLiteral("captcha_stage") << QStringLiteral("stages/captcha") << QString();
    // A ForeignKey to AuthenticatorValidateStage (authentik/stages/identification/models.py).
    QTest::newRow("webauthn stage") << ident << QStringLiteral("webauthn_stage") << QStringLiteral("stages/authenticator/validate") << QString();
    QTest::newRow("enrollment flow") << ident << QStringLiteral("enrollment_flow") << QStringLiteral("flows") << QStringLiteral("enrollment");
    QTest::newRow("recovery flow") << ident << QStringLiteral("recovery_flow") << QStringLiteral("flows") << QStringLiteral("recovery");
    QTest::newRow("passwordless flow") << ident << QStringLiteral("passwordless_flow") << QStringLiteral("flows") << QStringLiteral("authentication");
    QTest::newRow("sources") << ident << QStringLiteral("sources") << QStringLiteral("sources") << QString();
    QTest::newRow("source stage's source") << QStringLiteral("stages/source") << QStringLiteral("source") << QStringLiteral("sources") << QString();
    QTest::newRow("configure flow") << QStringLiteral("stages/authenticator/totp") << QStringLiteral("configure_flow") << QStringLiteral("flows") << QString();
    QTest::newRow("configuration stages") << QStringLiteral("stages/authenticator/validate") << QStringLiteral("configuration_stages")
                                          << QStringLiteral("stages/all") << QString();
    QTest::newRow("binding target") << QStringLiteral("flows/bindings") << QStringLiteral("target") << QStringLiteral("flows") << QString();
    QTest::newRow("binding stage") << QStringLiteral("flows/bindings") << QStringLiteral("stage") << QStringLiteral("stages/all") << QString();
    QTest::newRow("a record's own pk") << ident << QStringLiteral("pk") << QString() << QString();
}

void TestSchema::references()
{
    QFETCH(QString, key);
    QFETCH(QString, field);
    QFETCH(QString, reference);
    QFETCH(QString, designation);
    const auto registry = SchemaRegistry::bundled();
    const FieldDescriptor *f = registry->resource(key)->field(field);
    QVERIFY2(f, qPrintable(field));
    QCOMPARE(f->reference, reference);
    QCOMPARE(f->isReference(), !reference.isEmpty());
    if (!reference.isEmpty())
        QVERIFY2(registry->resource(reference), qPrintable(reference));  // the picker has somewhere to look
    QCOMPARE(f->referenceFilter.value(QStringLiteral("designation")).toString(), designation);
}

void TestSchema::listOptions()
{
    const auto registry = SchemaRegistry::bundled();
    const ResourceDescriptor *flows = registry->resource(QStringLiteral("flows"));
    for (const char *field : {"slug", "name", "title", "designation"})
        QVERIFY2(flows->orderingFields.contains(QLatin1String(field)), field);
    for (const char *field : {"name", "slug", "title", "designation"})
        QVERIFY2(flows->searchFields.contains(QLatin1String(field)), field);
    const ResourceDescriptor *bindings = registry->resource(QStringLiteral("flows/bindings"));
    QCOMPARE(bindings->orderingFields.first(), QStringLiteral("order"));
    QVERIFY(bindings->orderingFields.contains(QStringLiteral("target")));
    QStringList bindingFilters;
    for (const FilterDescriptor &filter : bindings->filters)
        bindingFilters.append(filter.name);
    QVERIFY(bindingFilters.contains(QStringLiteral("target")));  // a flow's bindings: ?target=<uuid>
    const ResourceDescriptor *sources = registry->resource(QStringLiteral("sources"));
    QCOMPARE(sources->orderingFields.first(), QStringLiteral("name"));
    QVERIFY(sources->orderingFields.contains(QStringLiteral("slug")));
}

void TestSchema::identificationFields()
{
    const ResourceDescriptor *kind = SchemaRegistry::bundled()->resource(QStringLiteral("stages/identification"));
    const FieldDescriptor *userFields = kind->field(QStringLiteral("user_fields"));
    QCOMPARE(userFields->type, FieldType::Array);
    QCOMPARE(userFields->itemType, FieldType::Enum);
    QCOMPARE(userFields->enumValues, (QStringList{QStringLiteral("email"), QStringLiteral("username"), QStringLiteral("upn")}));
    const FieldDescriptor *password = kind->field(QStringLiteral("password_stage"));
    QCOMPARE(password->type, FieldType::Uuid);
    QVERIFY(password->nullable);
    QCOMPARE(password->reference, QStringLiteral("stages/password"));
    QCOMPARE(kind->field(QStringLiteral("captcha_stage"))->reference, QStringLiteral("stages/captcha"));
    QCOMPARE(kind->field(QStringLiteral("webauthn_stage"))->reference, QStringLiteral("stages/authenticator/validate"));
    const FieldDescriptor *sources = kind->field(QStringLiteral("sources"));
    QCOMPARE(sources->itemType, FieldType::Uuid);
    QCOMPARE(sources->reference, QStringLiteral("sources"));
    for (const auto &[field, designation] : {std::pair{"enrollment_flow", "enrollment"}, std::pair{"recovery_flow", "recovery"},
                                             std::pair{"passwordless_flow", "authentication"}}) {
        const FieldDescriptor *flow = kind->field(QLatin1String(field));
        QCOMPARE(flow->reference, QStringLiteral("flows"));
        QCOMPARE(flow->referenceFilter.value(QStringLiteral("designation")).toString(), QLatin1String(designation));
    }
    QCOMPARE(kind->field(QStringLiteral("show_matched_user"))->type, FieldType::Boolean);
    QCOMPARE(kind->field(QStringLiteral("name"))->minLength, std::optional<int>(1));
    QCOMPARE(kind->patchCompanions, (QStringList{QStringLiteral("user_fields"), QStringLiteral("sources")}));
}

void TestSchema::identificationFilters()
{
    const ResourceDescriptor *kind = SchemaRegistry::bundled()->resource(QStringLiteral("stages/identification"));
    QStringList names;
    for (const FilterDescriptor &filter : kind->filters)
        names.append(filter.name);
    // Every filter of seed 003, plus webauthn_stage which the current schema adds.
    const QStringList seed{QStringLiteral("captcha_stage"), QStringLiteral("case_insensitive_matching"),
                           QStringLiteral("enrollment_flow"), QStringLiteral("name"), QStringLiteral("password_stage"),
                           QStringLiteral("passwordless_flow"), QStringLiteral("recovery_flow"),
                           QStringLiteral("show_matched_user"), QStringLiteral("show_source_labels")};
    for (const QString &filter : seed)
        QVERIFY2(names.contains(filter), qPrintable(filter));
    QVERIFY(names.contains(QStringLiteral("webauthn_stage")));
    QVERIFY(!names.contains(QStringLiteral("page")) && !names.contains(QStringLiteral("ordering")));
    for (const FilterDescriptor &filter : kind->filters) {
        if (filter.name == QLatin1String("case_insensitive_matching"))
            QCOMPARE(filter.type, FieldType::Boolean);
        if (filter.name == QLatin1String("password_stage")) {
            QCOMPARE(filter.type, FieldType::Uuid);
            QCOMPARE(filter.reference, QStringLiteral("stages/password"));
        }
    }
}

void TestSchema::flowAndBindingFields()
{
    const auto registry = SchemaRegistry::bundled();
    const ResourceDescriptor *flows = registry->resource(QStringLiteral("flows"));
    QCOMPARE(flows->listPath, QStringLiteral("/flows/instances/"));
    QCOMPARE(flows->lookupField, QStringLiteral("slug"));
    const FieldDescriptor *slug = flows->field(QStringLiteral("slug"));
    QCOMPARE(slug->type, FieldType::Slug);
    QCOMPARE(slug->maxLength, std::optional<int>(50));
    QCOMPARE(slug->pattern, QStringLiteral("^[-a-zA-Z0-9_]+$"));
    QCOMPARE(flows->field(QStringLiteral("designation"))->enumValues.size(), 7);
    QCOMPARE(flows->field(QStringLiteral("layout"))->enumValues,
             (QStringList{QStringLiteral("stacked"), QStringLiteral("content_left"), QStringLiteral("content_right"),
                          QStringLiteral("sidebar_left"), QStringLiteral("sidebar_right"),
                          // 2026.8 adds two layouts the seeds do not know yet.
                          QStringLiteral("sidebar_left_frame_background"), QStringLiteral("sidebar_right_frame_background")}));
    QVERIFY(flows->field(QStringLiteral("stages"))->readOnly);
    QVERIFY(flows->field(QStringLiteral("export_url"))->readOnly);

    const ResourceDescriptor *bindings = registry->resource(QStringLiteral("flows/bindings"));
    QCOMPARE(bindings->field(QStringLiteral("target"))->reference, QStringLiteral("flows"));
    QCOMPARE(bindings->field(QStringLiteral("stage"))->reference, QStringLiteral("stages/all"));
    const FieldDescriptor *order = bindings->field(QStringLiteral("order"));
    QCOMPARE(order->type, FieldType::Integer);
    QVERIFY(order->required);
    QCOMPARE(order->maximum, std::optional<qint64>(2147483647));
    QCOMPARE(order->minimum, std::optional<qint64>(-2147483648LL));
    QVERIFY(bindings->field(QStringLiteral("stage_obj"))->readOnly);
    QCOMPARE(bindings->field(QStringLiteral("invalid_response_action"))->enumValues,
             (QStringList{QStringLiteral("retry"), QStringLiteral("restart"), QStringLiteral("restart_with_context")}));
}

void TestSchema::sourcesAreReadOnly()
{
    const ResourceDescriptor *sources = SchemaRegistry::bundled()->resource(QStringLiteral("sources"));
    QVERIFY(sources->readOnly);
    QVERIFY(!sources->creatable);
    QVERIFY(sources->writableFields().isEmpty());
    QCOMPARE(sources->listPath, QStringLiteral("/sources/all/"));
}

void TestSchema::overlayDefaults_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("section");
    const QString ident = QStringLiteral("stages/identification");
    QTest::newRow("case-insensitive matching on") << ident << QStringLiteral("case_insensitive_matching") << QJsonValue(true) << QStringLiteral("User fields");
    QTest::newRow("show matched user on") << ident << QStringLiteral("show_matched_user") << QJsonValue(true) << QStringLiteral("User fields");
    QTest::newRow("pretend user exists on") << ident << QStringLiteral("pretend_user_exists") << QJsonValue(true) << QStringLiteral("User fields");
    QTest::newRow("source labels off") << ident << QStringLiteral("show_source_labels") << QJsonValue(false) << QStringLiteral("Sources");
    QTest::newRow("remember me off") << ident << QStringLiteral("enable_remember_me") << QJsonValue(false) << QStringLiteral("User fields");
    QTest::newRow("resume timeout") << QStringLiteral("stages/source") << QStringLiteral("resume_timeout") << QJsonValue(QStringLiteral("minutes=10")) << QStringLiteral("Source");
    QTest::newRow("throw error off") << QStringLiteral("stages/dummy") << QStringLiteral("throw_error") << QJsonValue(false) << QStringLiteral("Behaviour");
    QTest::newRow("flow policy mode") << QStringLiteral("flows") << QStringLiteral("policy_engine_mode") << QJsonValue(QStringLiteral("any")) << QStringLiteral("Behaviour");
    QTest::newRow("flow layout") << QStringLiteral("flows") << QStringLiteral("layout") << QJsonValue(QStringLiteral("stacked")) << QStringLiteral("Appearance");
    QTest::newRow("flow denied action") << QStringLiteral("flows") << QStringLiteral("denied_action") << QJsonValue(QStringLiteral("message_continue")) << QStringLiteral("Behaviour");
    QTest::newRow("binding re-evaluate") << QStringLiteral("flows/bindings") << QStringLiteral("re_evaluate_policies") << QJsonValue(true) << QStringLiteral("Policies");
    QTest::newRow("binding evaluate on plan") << QStringLiteral("flows/bindings") << QStringLiteral("evaluate_on_plan") << QJsonValue(false) << QStringLiteral("Policies");
    QTest::newRow("binding invalid response") << QStringLiteral("flows/bindings") << QStringLiteral("invalid_response_action") << QJsonValue(QStringLiteral("retry")) << QStringLiteral("Policies");
}

void TestSchema::overlayDefaults()
{
    QFETCH(QString, key);
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, section);
    const FieldDescriptor *f = SchemaRegistry::bundled()->resource(key)->field(field);
    QVERIFY(f);
    QCOMPARE(f->defaultValue, value);
    QCOMPARE(f->section, section);
    QVERIFY(!f->label.isEmpty());
    QVERIFY(!f->help.isEmpty());
    QVERIFY(f->order < 1000);
}

void TestSchema::genericKindsGetLabels()
{
    const ResourceDescriptor *kind = SchemaRegistry::bundled()->resource(QStringLiteral("stages/authenticator/duo"));
    QVERIFY(kind);
    QCOMPARE(kind->field(QStringLiteral("client_id"))->label, QStringLiteral("Client id"));
    QVERIFY(kind->field(QStringLiteral("client_id"))->required);
    QCOMPARE(kind->fields.first().name, QStringLiteral("name"));  // name first, always
    QVERIFY(!kind->sections.isEmpty());
    QCOMPARE(kind->label, QStringLiteral("Authenticator Duo Stage"));
}

void TestSchema::newerServerDocument()
{
    // A newer server adds a field to the dummy stage and a whole new stage kind.
    QJsonObject document = bundledDocument();
    QJsonObject components = document.value(QLatin1String("components")).toObject();
    QJsonObject schemas = components.value(QLatin1String("schemas")).toObject();
    for (const char *name : {"DummyStage", "DummyStageRequest"}) {
        QJsonObject schema = schemas.value(QLatin1String(name)).toObject();
        QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        properties.insert(QStringLiteral("delay_seconds"), QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")},
                                                                       {QStringLiteral("minimum"), 0}});
        schema.insert(QStringLiteral("properties"), properties);
        schemas.insert(QLatin1String(name), schema);
    }
    QJsonObject paths = document.value(QLatin1String("paths")).toObject();
    QJsonObject dummyPath = paths.value(QLatin1String("/stages/dummy/")).toObject();
    QString text = QString::fromUtf8(QJsonDocument(dummyPath).toJson());
    text.replace(QStringLiteral("DummyStage"), QStringLiteral("HoneypotStage"));
    paths.insert(QStringLiteral("/stages/honeypot/"), QJsonDocument::fromJson(text.toUtf8()).object());
    schemas.insert(QStringLiteral("HoneypotStage"), schemas.value(QLatin1String("DummyStage")));
    schemas.insert(QStringLiteral("HoneypotStageRequest"), schemas.value(QLatin1String("DummyStageRequest")));
    components.insert(QStringLiteral("schemas"), schemas);
    document.insert(QStringLiteral("components"), components);
    document.insert(QStringLiteral("paths"), paths);

    QString error;
    const auto registry = SchemaRegistry::fromDocument(document, &error);
    QVERIFY2(registry, qPrintable(error));
    const FieldDescriptor *delay = registry->resource(QStringLiteral("stages/dummy"))->field(QStringLiteral("delay_seconds"));
    QVERIFY(delay);
    QCOMPARE(delay->type, FieldType::Integer);
    QCOMPARE(delay->minimum, std::optional<qint64>(0));
    QCOMPARE(delay->label, QStringLiteral("Delay seconds"));
    const ResourceDescriptor *honeypot = registry->resource(QStringLiteral("stages/honeypot"));
    QVERIFY(honeypot);
    QCOMPARE(honeypot->label, QStringLiteral("Honeypot Stage"));
    QCOMPARE(honeypot->component, QStringLiteral("ak-stage-honeypot-form"));
    QCOMPARE(honeypot->listPath, QStringLiteral("/stages/honeypot/"));
    QVERIFY(honeypot->field(QStringLiteral("delay_seconds")));
    QCOMPARE(registry->resourceForPath(QStringLiteral("/stages/honeypot/abc/")), honeypot);
    QCOMPARE(registry->stageKinds().size(), SchemaRegistry::bundled()->stageKinds().size() + 1);
    // The unknown field is editable in the overlaid dummy form, after the fields the overlay knows.
    const ResourceDescriptor *dummy = registry->resource(QStringLiteral("stages/dummy"));
    QVERIFY(delay->isWritable());
    QVERIFY(dummy->sections.contains(delay->section));
    QCOMPARE(dummy->writableFields().last()->name, QStringLiteral("delay_seconds"));
    // The bundled registry is not touched by loading another document.
    QVERIFY(!SchemaRegistry::bundled()->resource(QStringLiteral("stages/dummy"))->field(QStringLiteral("delay_seconds")));
}

void TestSchema::brokenDocuments_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArrayLiteral("openapi: 3.0.3");
    QTest::newRow("an array") << QByteArrayLiteral("[1, 2]");
    QTest::newRow("no paths") << QByteArrayLiteral(R"({"openapi": "3.0.3", "components": {}})");
    QTest::newRow("truncated") << QJsonDocument(bundledDocument()).toJson().left(5000);
    QTest::newRow("paths is a list") << QByteArrayLiteral(R"({"openapi": "3.0.3", "paths": [], "components": {"schemas": {}}})");
    QTest::newRow("empty") << QByteArray();
}

void TestSchema::brokenDocuments()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!SchemaRegistry::fromJson(json, &error));
    QVERIFY(!error.isEmpty());
}

void TestSchema::circularReferences()
{
    // A malformed server document whose schemas reference each other in a circle, and a stage
    // kind with odd shapes: it still loads, with what can be known.
    const QByteArray json = R"({
        "openapi": "3.0.3", "info": {"version": "2099.1.0"},
        "paths": {"/stages/loop/": {"post": {
            "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/LoopStageRequest"}}}},
            "responses": {"201": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/LoopStage"}}}}}},
            "get": {"parameters": [{"$ref": "#/components/parameters/Missing"}, {"name": "kind", "in": "query",
                                    "schema": {"$ref": "#/components/schemas/A"}}]}}},
        "components": {"schemas": {
            "A": {"$ref": "#/components/schemas/B"},
            "B": {"allOf": [{"$ref": "#/components/schemas/A"}]},
            "LoopStage": {"properties": {"pk": {"type": "string", "format": "uuid", "readOnly": true},
                                         "component": {"type": "string", "readOnly": true},
                                         "flow_set": {"type": "array", "items": {"$ref": "#/components/schemas/A"}},
                                         "kind": {"$ref": "#/components/schemas/A"}, "name": {"type": "string"}}},
            "LoopStageRequest": {"required": ["name"], "properties": {"kind": {"$ref": "#/components/schemas/B"},
                                                                      "name": {"type": "string"}}}}}
    })";
    QString error;
    const auto registry = SchemaRegistry::fromJson(json, &error);
    QVERIFY2(registry, qPrintable(error));
    QCOMPARE(registry->apiVersion(), QStringLiteral("2099.1.0"));
    const ResourceDescriptor *loop = registry->resource(QStringLiteral("stages/loop"));
    QVERIFY(loop);
    QVERIFY(loop->field(QStringLiteral("name"))->required);
    QCOMPARE(loop->field(QStringLiteral("kind"))->type, FieldType::Unknown);
    QVERIFY(!registry->resource(QStringLiteral("flows")));  // not in this document: absent, not invented
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
