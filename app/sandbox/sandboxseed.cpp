#include "app/sandbox/sandboxseed.h"

#include "app/sandbox/sandboxstore.h"
#include "models/schema/schemaregistry.h"

#include <QJsonArray>
#include <QUuid>

namespace akdesk::sandbox {

namespace {

/// Stable ids, so the sandbox looks the same every time it starts.
QString stableId(const QString &name)
{
    static const QUuid space = QUuid::fromString(QStringLiteral("{6f0b3c52-6a7e-4e8e-9a3c-1b2f0c9d8e7a}"));
    return QUuid::createUuidV5(space, name).toString(QUuid::WithoutBraces);
}

QJsonObject flow(const char *slug, const char *name, const char *title, const char *designation,
                 const char *authentication = "none")
{
    return {{QStringLiteral("pk"), stableId(QStringLiteral("flow:") + QLatin1String(slug))},
            {QStringLiteral("slug"), QString::fromLatin1(slug)},
            {QStringLiteral("name"), QString::fromLatin1(name)},
            {QStringLiteral("title"), QString::fromLatin1(title)},
            {QStringLiteral("designation"), QString::fromLatin1(designation)},
            {QStringLiteral("authentication"), QString::fromLatin1(authentication)}};
}

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

/// The prompts of the default blueprints, with the attributes they set (the rest are the model's defaults).
struct PromptSpec
{
    const char *name;
    const char *key;
    const char *label;
    const char *type;
    int order;
    const char *placeholder = "";
    const char *initialValue = "";
    bool initialValueExpression = false;
};

} // namespace

void seedDefaults(SandboxStore &store, int extraStages)
{
    auto source = [&store](const char *slug, const char *name, const char *component, const char *model,
                           const QJsonValue &managed = QJsonValue::Null) {
        store.addSource({{QStringLiteral("pk"), stableId(QStringLiteral("source:") + QLatin1String(slug))},
                         {QStringLiteral("name"), QString::fromLatin1(name)},
                         {QStringLiteral("slug"), QString::fromLatin1(slug)},
                         {QStringLiteral("enabled"), true},
                         {QStringLiteral("promoted"), false},
                         {QStringLiteral("authentication_flow"), QJsonValue::Null},
                         {QStringLiteral("enrollment_flow"), QJsonValue::Null},
                         {QStringLiteral("user_property_mappings"), QJsonArray()},
                         {QStringLiteral("group_property_mappings"), QJsonArray()},
                         {QStringLiteral("component"), QString::fromLatin1(component)},
                         {QStringLiteral("verbose_name"), QString::fromLatin1(model)},
                         {QStringLiteral("verbose_name_plural"), QString::fromLatin1(model) + QLatin1Char('s')},
                         {QStringLiteral("meta_model_name"), QStringLiteral("authentik_core.source")},
                         {QStringLiteral("policy_engine_mode"), QStringLiteral("any")},
                         {QStringLiteral("user_matching_mode"), QStringLiteral("identifier")},
                         {QStringLiteral("managed"), managed},
                         {QStringLiteral("user_path_template"), QStringLiteral("goauthentik.io/sources/%(slug)s")},
                         {QStringLiteral("icon"), QString()},
                         {QStringLiteral("icon_url"), QJsonValue::Null},
                         {QStringLiteral("icon_themed_urls"), QJsonValue::Null}});
    };
    // The built-in source every authentik has (authentik/core/models.py Source, MANAGED_INBUILT).
    source("authentik-built-in", "authentik Built-in", "", "Source", QStringLiteral("goauthentik.io/sources/inbuilt"));
    // Sandbox extras, so that the source stage and the identification stage's sources can be tried.
    source("github", "GitHub", "ak-source-oauth-form", "OAuth Source");
    source("corporate-saml", "Corporate SAML", "ak-source-saml-form", "SAML Source");
    source("ldap", "Company LDAP", "ak-source-ldap-form", "LDAP Source");

    // The flows of blueprints/default/*.yaml, each created as its file says (file named per flow).
    // flow-password-change.yaml
    const QString passwordChange = store.addFlow(flow("default-password-change", "Change Password", "Change password", "stage_configuration", "require_authenticated"));
    // flow-default-authentication-flow.yaml
    const QString authentication = store.addFlow(flow("default-authentication-flow", "Welcome to authentik!", "Welcome to authentik!", "authentication"));
    // flow-default-invalidation-flow.yaml
    const QString invalidation = store.addFlow(flow("default-invalidation-flow", "Logout", "Default Invalidation Flow", "invalidation"));
    // flow-default-provider-invalidation.yaml (no stages: the provider's logout page)
    store.addFlow(flow("default-provider-invalidation-flow", "Logout", "You've logged out of %(app)s.", "invalidation"));
    // flow-default-authenticator-static-setup.yaml, -totp-setup.yaml, -webauthn-setup.yaml
    const QString staticSetup = store.addFlow(flow("default-authenticator-static-setup", "default-authenticator-static-setup", "Setup Static OTP Tokens", "stage_configuration", "require_authenticated"));
    const QString totpSetup = store.addFlow(flow("default-authenticator-totp-setup", "default-authenticator-totp-setup", "Set up Two-Factor authentication", "stage_configuration", "require_authenticated"));
    const QString webauthnSetup = store.addFlow(flow("default-authenticator-webauthn-setup", "default-authenticator-webauthn-setup", "Setup WebAuthn", "stage_configuration", "require_authenticated"));
    // flow-default-provider-authorization-explicit-consent.yaml, -implicit-consent.yaml (no stages)
    const QString explicitConsent = store.addFlow(flow("default-provider-authorization-explicit-consent", "Authorize Application", "Redirecting to %(app)s", "authorization", "require_authenticated"));
    store.addFlow(flow("default-provider-authorization-implicit-consent", "Authorize Application", "Redirecting to %(app)s", "authorization", "require_authenticated"));
    // flow-default-source-authentication.yaml
    const QString sourceAuthentication = store.addFlow(flow("default-source-authentication", "Welcome to authentik!", "Welcome to authentik!", "authentication", "require_unauthenticated"));
    // flow-default-source-enrollment.yaml
    const QString sourceEnrollment = store.addFlow(flow("default-source-enrollment", "Welcome to authentik! Please select a username.", "Welcome to authentik! Please select a username.", "enrollment"));
    // flow-default-source-pre-authentication.yaml (no stages)
    store.addFlow(flow("default-source-pre-authentication", "Pre-Authentication", "Pre-authentication", "stage_configuration"));
    // flow-default-user-settings-flow.yaml
    const QString userSettings = store.addFlow(flow("default-user-settings-flow", "User settings", "Update your info", "stage_configuration", "require_authenticated"));
    // flow-oobe.yaml
    QJsonObject oobe = flow("initial-setup", "default-oobe-setup", "Welcome to authentik!", "stage_configuration");
    oobe.insert(QStringLiteral("denied_action"), QStringLiteral("message_continue"));
    const QString initialSetup = store.addFlow(oobe);

    auto prompt = [&store](const PromptSpec &spec) {
        const QString pk = stableId(QStringLiteral("prompt:") + QLatin1String(spec.name));
        store.addRecord(QStringLiteral("prompts"), {{QStringLiteral("pk"), pk},
                                                    {QStringLiteral("name"), text(spec.name)},
                                                    {QStringLiteral("field_key"), text(spec.key)},
                                                    {QStringLiteral("label"), text(spec.label)},
                                                    {QStringLiteral("type"), text(spec.type)},
                                                    {QStringLiteral("required"), true},
                                                    {QStringLiteral("placeholder"), text(spec.placeholder)},
                                                    {QStringLiteral("placeholder_expression"), false},
                                                    {QStringLiteral("initial_value"), text(spec.initialValue)},
                                                    {QStringLiteral("initial_value_expression"), spec.initialValueExpression},
                                                    {QStringLiteral("sub_text"), QString()},
                                                    {QStringLiteral("order"), spec.order},
                                                    {QStringLiteral("prompt_stages_obj"), QJsonArray()}});
        return pk;
    };
    // A policy of its kind with the attributes its blueprint entry sets (the rest are the model's defaults).
    auto policy = [&store](const char *kind, const char *name, QJsonObject fields) {
        fields.insert(QStringLiteral("pk"), stableId(QStringLiteral("policy:") + QLatin1String(name)));
        fields.insert(QStringLiteral("name"), text(name));
        return store.addPolicy(QString::fromLatin1(kind), fields);
    };
    // An authentik_policies.policybinding entry: a policy bound to a flow or a stage binding.
    auto bindPolicy = [&store](const QString &target, const QString &policyPk, int order) {
        return store.addPolicyBinding(target, {{QStringLiteral("pk"), stableId(QStringLiteral("policybinding:") + target + policyPk)},
                                               {QStringLiteral("policy"), policyPk},
                                               {QStringLiteral("order"), order}});
    };
    auto expression = [](const char *code) { return QJsonObject{{QStringLiteral("expression"), text(code)}}; };
    auto list = [](std::initializer_list<QString> pks) {
        QJsonArray array;
        for (const QString &pk : pks)
            array.append(pk);
        return array;
    };
    // A stage is created once by name: flow-oobe.yaml reuses the login and password-write stages.
    auto stage = [&store](const char *kind, const char *name, QJsonObject fields = {}) {
        const QString existing = store.stagePkByName(QString::fromLatin1(name));
        if (!existing.isEmpty())
            return existing;
        fields.insert(QStringLiteral("pk"), stableId(QStringLiteral("stage:") + QLatin1String(name)));
        fields.insert(QStringLiteral("name"), QString::fromLatin1(name));
        return store.addStage(QString::fromLatin1(kind), fields);
    };
    const QJsonObject neverCreate{{QStringLiteral("user_creation_mode"), QStringLiteral("never_create")}};

    // flow-password-change.yaml: its password policy, bound to the write binding
    const QString changePolicy = policy("policies/password", "default-password-change-password-policy",
                                        {{QStringLiteral("check_static_rules"), true},
                                         {QStringLiteral("check_zxcvbn"), true},
                                         {QStringLiteral("length_min"), 8},
                                         {QStringLiteral("password_field"), QStringLiteral("password")},
                                         {QStringLiteral("zxcvbn_score_threshold"), 2},
                                         {QStringLiteral("error_message"), QStringLiteral("Password needs to be 8 characters or longer.")}});
    const QString changePassword = prompt({"default-password-change-field-password", "password", "Password", "password", 300, "Password"});
    const QString changeRepeat = prompt({"default-password-change-field-password-repeat", "password_repeat", "Password (repeat)", "password", 301, "Password (repeat)"});
    store.addBinding(passwordChange, stage("stages/prompt/stages", "default-password-change-prompt", {{QStringLiteral("fields"), list({changePassword, changeRepeat})}}), 0);
    bindPolicy(store.addBinding(passwordChange, stage("stages/user_write", "default-password-change-write", neverCreate), 1), changePolicy, 0);

    // flow-default-authentication-flow.yaml
    const QString password = stage("stages/password", "default-authentication-password",
                                   {{QStringLiteral("backends"), QJsonArray{QStringLiteral("authentik.core.auth.InbuiltBackend"),
                                                                           QStringLiteral("authentik.sources.kerberos.auth.KerberosBackend"),
                                                                           QStringLiteral("authentik.sources.ldap.auth.LDAPBackend"),
                                                                           QStringLiteral("authentik.core.auth.TokenBackend")}},
                                    {QStringLiteral("failed_attempts_before_cancel"), 5},
                                    {QStringLiteral("configure_flow"), passwordChange}});
    const QString mfa = stage("stages/authenticator/validate", "default-authentication-mfa-validation",
                              {{QStringLiteral("device_classes"), QJsonArray{QStringLiteral("static"), QStringLiteral("totp"), QStringLiteral("webauthn"),
                                                                             QStringLiteral("duo"), QStringLiteral("sms"), QStringLiteral("email")}},
                               {QStringLiteral("not_configured_action"), QStringLiteral("skip")},
                               {QStringLiteral("last_auth_threshold"), QStringLiteral("seconds=0")},
                               {QStringLiteral("webauthn_user_verification"), QStringLiteral("preferred")}});
    const QString identification = stage("stages/identification", "default-authentication-identification",
                                         {{QStringLiteral("user_fields"), QJsonArray{QStringLiteral("email"), QStringLiteral("username")}}});
    const QString login = stage("stages/user_login", "default-authentication-login");
    store.addBinding(authentication, identification, 10);
    const QString passwordBinding = store.addBinding(authentication, password, 20, {{QStringLiteral("re_evaluate_policies"), true}});
    // The password stage only for users no earlier stage authenticated (a passwordless or
    // source login carries a backend already).
    bindPolicy(passwordBinding,
               policy("policies/expression", "default-authentication-flow-password-stage",
                      expression("flow_plan = request.context.get(\"flow_plan\")\n"
                                 "if not flow_plan:\n"
                                 "    return True\n"
                                 "# If the user does not have a backend attached to it, they haven't\n"
                                 "# been authenticated yet and we need the password stage\n"
                                 "return not hasattr(flow_plan.context.get(\"pending_user\"), \"backend\")\n")),
               10);
    store.addBinding(authentication, mfa, 30);
    store.addBinding(authentication, login, 100);

    // flow-default-invalidation-flow.yaml
    store.addBinding(invalidation, stage("stages/user_logout", "default-invalidation-logout"), 0);

    // flow-default-authenticator-static-setup.yaml, -totp-setup.yaml, -webauthn-setup.yaml
    store.addBinding(staticSetup, stage("stages/authenticator/static", "default-authenticator-static-setup",
                                        {{QStringLiteral("configure_flow"), staticSetup},
                                         {QStringLiteral("token_count"), 6},
                                         {QStringLiteral("friendly_name"), QStringLiteral("Static tokens")}}), 0);
    store.addBinding(totpSetup, stage("stages/authenticator/totp", "default-authenticator-totp-setup",
                                      {{QStringLiteral("configure_flow"), totpSetup},
                                       {QStringLiteral("digits"), QStringLiteral("6")},  // DigitsEnum is a string in the schema
                                       {QStringLiteral("friendly_name"), QStringLiteral("TOTP Device")}}), 0);
    store.addBinding(webauthnSetup, stage("stages/authenticator/webauthn", "default-authenticator-webauthn-setup",
                                          {{QStringLiteral("configure_flow"), webauthnSetup}}), 0);

    // flow-default-provider-authorization-explicit-consent.yaml
    store.addBinding(explicitConsent, stage("stages/consent", "default-provider-authorization-consent",
                                            {{QStringLiteral("mode"), QStringLiteral("expiring")}}), 0);

    // flow-default-source-authentication.yaml
    store.addBinding(sourceAuthentication, stage("stages/user_login", "default-source-authentication-login"), 0);

    // flow-default-source-enrollment.yaml
    const QString sourceUsername = prompt({"default-source-enrollment-field-username", "username", "Username", "text", 100, "Username"});
    const QString sourceLogin = stage("stages/user_login", "default-source-enrollment-login");
    const QString sourcePrompt = stage("stages/prompt/stages", "default-source-enrollment-prompt", {{QStringLiteral("fields"), list({sourceUsername})}});
    const QString sourceWrite = stage("stages/user_write", "default-source-enrollment-write",
                                      {{QStringLiteral("user_creation_mode"), QStringLiteral("always_create")}});
    store.addBinding(sourceEnrollment, sourcePrompt, 0, {{QStringLiteral("re_evaluate_policies"), true}});
    store.addBinding(sourceEnrollment, sourceWrite, 1);
    store.addBinding(sourceEnrollment, sourceLogin, 2);

    // flow-default-user-settings-flow.yaml
    const QString settingsUsername = prompt({"default-user-settings-field-username", "username", "Username", "username", 200, "Username",
                                             "try:\n    return user.username\nexcept:\n    return ''\n", true});
    const QString settingsName = prompt({"default-user-settings-field-name", "name", "Name", "text", 201, "Name",
                                         "try:\n    return user.name\nexcept:\n    return ''\n", true});
    const QString settingsEmail = prompt({"default-user-settings-field-email", "email", "Email", "email", 202, "Email",
                                          "try:\n    return user.email\nexcept:\n    return ''\n", true});
    const QString settingsLocale = prompt({"default-user-settings-field-locale", "attributes.settings.locale", "Locale", "ak-locale", 203, "Locale",
                                           "try:\n    return user.attributes.get(\"settings\", {}).get(\"locale\", \"\")\nexcept:\n    return ''\n", true});
    const QString settingsPolicy = policy("policies/expression", "default-user-settings-authorization", expression(
        "from authentik.lib.config import CONFIG\n"
        "from authentik.core.models import (\n"
        "    USER_ATTRIBUTE_CHANGE_EMAIL,\n"
        "    USER_ATTRIBUTE_CHANGE_NAME,\n"
        "    USER_ATTRIBUTE_CHANGE_USERNAME\n"
        ")\n"
        "prompt_data = request.context.get(\"prompt_data\")\n"
        "\n"
        "if not request.user.group_attributes(request.http_request).get(\n"
        "    USER_ATTRIBUTE_CHANGE_EMAIL, CONFIG.get_bool(\"default_user_change_email\", True)\n"
        "):\n"
        "    if prompt_data.get(\"email\") != request.user.email:\n"
        "        ak_message(\"Not allowed to change email address.\")\n"
        "        return False\n"
        "\n"
        "if not request.user.group_attributes(request.http_request).get(\n"
        "    USER_ATTRIBUTE_CHANGE_NAME, CONFIG.get_bool(\"default_user_change_name\", True)\n"
        "):\n"
        "    if prompt_data.get(\"name\") != request.user.name:\n"
        "        ak_message(\"Not allowed to change name.\")\n"
        "        return False\n"
        "\n"
        "if not request.user.group_attributes(request.http_request).get(\n"
        "    USER_ATTRIBUTE_CHANGE_USERNAME, CONFIG.get_bool(\"default_user_change_username\", True)\n"
        "):\n"
        "    if prompt_data.get(\"username\") != request.user.username:\n"
        "        ak_message(\"Not allowed to change username.\")\n"
        "        return False\n"
        "\n"
        "return True\n"));
    const QString settingsWrite = stage("stages/user_write", "default-user-settings-write", neverCreate);
    store.addBinding(userSettings, stage("stages/prompt/stages", "default-user-settings",
                                         {{QStringLiteral("fields"), list({settingsUsername, settingsName, settingsEmail, settingsLocale})},
                                          {QStringLiteral("validation_policies"), list({settingsPolicy})}}), 20);
    store.addBinding(userSettings, settingsWrite, 100);

    // flow-oobe.yaml
    const QString oobeHeader = prompt({"initial-setup-field-header", "oobe-header-text", "oobe-header-text", "static", 100, "",
                                       "Welcome to authentik! Please set a password and email address for the default admin user, akadmin."});
    const QString oobeEmail = prompt({"initial-setup-field-email", "email", "Email", "email", 101, "Admin email"});
    const QString oobePassword = prompt({"initial-setup-field-password", "password", "Password", "password", 300, "Password"});
    const QString oobeRepeat = prompt({"initial-setup-field-password-repeat", "password_repeat", "Password (repeat)", "password", 301, "Password (repeat)"});
    const QString oobeBaseUrl = prompt({"initial-setup-field-base-url", "base_url", "Base URL", "text", 400, "https://authentik.company",
                                        "return request.http_request.build_absolute_uri(\"/\").rstrip(\"/\")\n", true});
    // The base URL check's code is not in the blueprints akdesk has read; this text stands in for it.
    const QString oobePolicy = policy("policies/expression", "default-oobe-base-url-valid", expression(
        "from urllib.parse import urlparse\n"
        "url = urlparse(request.context.get(\"prompt_data\", {}).get(\"base_url\", \"\"))\n"
        "if url.scheme not in (\"http\", \"https\") or not url.netloc:\n"
        "    ak_message(\"Invalid base URL.\")\n"
        "    return False\n"
        "return True\n"));
    const QString oobePrefill = policy("policies/expression", "default-oobe-prefill-user", expression(
        "# This policy sets the user for the currently running flow\n"
        "# by injecting \"pending_user\"\n"
        "akadmin = ak_user_by(username=\"akadmin\")\n"
        "context[\"flow_plan\"].context[\"pending_user\"] = akadmin\n"
        "return True\n"));
    const QString oobeUsable = policy("policies/expression", "default-oobe-password-usable", expression(
        "# This policy ensures that the setup flow can only be\n"
        "# executed when the admin user doesn't have a password set\n"
        "akadmin = ak_user_by(username=\"akadmin\")\n"
        "return not akadmin.has_usable_password()\n"));
    const QString oobeOnce = policy("policies/expression", "default-oobe-flow-set-authentication", expression(
        "# This policy ensures that the setup flow can only be\n"
        "# used one time\n"
        "from authentik.flows.models import Flow, FlowAuthenticationRequirement\n"
        "Flow.objects.filter(slug=\"initial-setup\").update(\n"
        "    authentication=FlowAuthenticationRequirement.REQUIRE_SUPERUSER,\n"
        ")\n"
        "return True\n"));
    const QJsonObject plan{{QStringLiteral("evaluate_on_plan"), true}, {QStringLiteral("re_evaluate_policies"), false}};
    store.addBinding(initialSetup, stage("stages/prompt/stages", "stage-default-oobe-password",
                                         {{QStringLiteral("fields"), list({oobeHeader, oobeEmail, oobeBaseUrl, oobePassword, oobeRepeat})},
                                          {QStringLiteral("validation_policies"), list({oobePolicy})}}), 10, plan);
    const QString oobeWrite = store.addBinding(initialSetup, stage("stages/user_write", "default-password-change-write", neverCreate), 20,
                                               {{QStringLiteral("evaluate_on_plan"), false}, {QStringLiteral("re_evaluate_policies"), true}});
    const QString oobeLogin = store.addBinding(initialSetup, login, 100, plan);
    bindPolicy(initialSetup, oobeUsable, 0);
    bindPolicy(oobeWrite, oobePrefill, 0);
    bindPolicy(oobeLogin, oobeOnce, 0);

    // The admin every authentik creates (authentik/core/migrations: akadmin, pk 1, in the
    // superuser group "authentik Admins"), and sandbox extras to bind and test against.
    auto user = [&store](int pk, const char *username, const char *name, const char *email, QJsonObject fields = {}) {
        fields.insert(QStringLiteral("pk"), pk);
        fields.insert(QStringLiteral("username"), text(username));
        fields.insert(QStringLiteral("name"), text(name));
        fields.insert(QStringLiteral("email"), text(email));
        return store.addUser(fields);
    };
    user(1, "akadmin", "authentik Default Admin", "admin@sandbox.invalid",
         {{QStringLiteral("last_login"), QStringLiteral("2026-11-30T08:12:00.000000Z")}, {QStringLiteral("path"), QStringLiteral("users")}});
    user(2, "alice", "Alice Example", "alice@sandbox.invalid", {{QStringLiteral("password_change_date"), QStringLiteral("2026-11-01T10:00:00.000000Z")}});
    user(3, "bob", "Bob Example", "bob@sandbox.invalid", {{QStringLiteral("password_change_date"), QStringLiteral("2025-12-01T10:00:00.000000Z")}});
    user(4, "carol", "Carol Contractor", "carol@sandbox.invalid", {{QStringLiteral("is_active"), false}});
    user(5, "mallory", "Mallory Example", "mallory@sandbox.invalid");
    user(6, "svc-backup", "Backup service", "", {{QStringLiteral("type"), QStringLiteral("service_account")},
                                                 {QStringLiteral("path"), QStringLiteral("goauthentik.io/service-accounts")}});
    auto members = [](std::initializer_list<int> pks) {
        QJsonArray array;
        for (const int pk : pks)
            array.append(pk);
        return array;
    };
    store.addGroup({{QStringLiteral("pk"), stableId(QStringLiteral("group:authentik Admins"))}, {QStringLiteral("num_pk"), 1001},
                    {QStringLiteral("name"), QStringLiteral("authentik Admins")}, {QStringLiteral("is_superuser"), true},
                    {QStringLiteral("users"), members({1})}});
    const QString engineering = store.addGroup({{QStringLiteral("pk"), stableId(QStringLiteral("group:Engineering"))}, {QStringLiteral("num_pk"), 1002},
                                                {QStringLiteral("name"), QStringLiteral("Engineering")}, {QStringLiteral("users"), members({2, 3})}});
    store.addGroup({{QStringLiteral("pk"), stableId(QStringLiteral("group:Contractors"))}, {QStringLiteral("num_pk"), 1003},
                    {QStringLiteral("name"), QStringLiteral("Contractors")}, {QStringLiteral("users"), members({4})},
                    {QStringLiteral("parents"), QJsonArray{engineering}}});
    // Reputation scores (authentik/policies/reputation/models.py Reputation) for the reputation policy's test.
    store.addReputation({{QStringLiteral("pk"), stableId(QStringLiteral("reputation:mallory"))}, {QStringLiteral("identifier"), QStringLiteral("mallory")},
                         {QStringLiteral("ip"), QStringLiteral("198.51.100.23")}, {QStringLiteral("ip_geo_data"), QJsonObject()},
                         {QStringLiteral("ip_asn_data"), QJsonObject()}, {QStringLiteral("score"), -12},
                         {QStringLiteral("updated"), QStringLiteral("2026-11-30T07:00:00.000000Z")}});
    store.addReputation({{QStringLiteral("pk"), stableId(QStringLiteral("reputation:alice"))}, {QStringLiteral("identifier"), QStringLiteral("alice")},
                         {QStringLiteral("ip"), QStringLiteral("192.0.2.10")}, {QStringLiteral("ip_geo_data"), QJsonObject()},
                         {QStringLiteral("ip_asn_data"), QJsonObject()}, {QStringLiteral("score"), -2},
                         {QStringLiteral("updated"), QStringLiteral("2026-11-29T07:00:00.000000Z")}});

    // Sandbox extras, named as such: a policy of each kind no default flow uses, bound nowhere.
    policy("policies/dummy", "akdesk-sandbox-dummy-pass", {{QStringLiteral("result"), true}, {QStringLiteral("wait_min"), 0}, {QStringLiteral("wait_max"), 1}});
    policy("policies/dummy", "akdesk-sandbox-dummy-deny", {{QStringLiteral("result"), false}, {QStringLiteral("wait_min"), 0}, {QStringLiteral("wait_max"), 1}});
    policy("policies/reputation", "akdesk-sandbox-reputation", {});
    policy("policies/password_expiry", "akdesk-sandbox-password-expiry", {{QStringLiteral("days"), 180}, {QStringLiteral("deny_only"), true}});
    policy("policies/geoip", "akdesk-sandbox-geoip", {{QStringLiteral("countries"), QJsonArray{QStringLiteral("DE"), QStringLiteral("FR")}}});
    policy("policies/event_matcher", "akdesk-sandbox-event-matcher", {{QStringLiteral("action"), QStringLiteral("login_failed")}});
    policy("policies/unique_password", "akdesk-sandbox-unique-password", {{QStringLiteral("num_historical_passwords"), 3}});

    // Sandbox extras, named as such: stages of kinds no default flow uses, to try their forms.
    stage("stages/dummy", "akdesk-sandbox-dummy");
    stage("stages/source", "akdesk-sandbox-source",
          {{QStringLiteral("source"), stableId(QStringLiteral("source:github"))}, {QStringLiteral("resume_timeout"), QStringLiteral("minutes=10")}});
    stage("stages/captcha", "akdesk-sandbox-captcha",
          {{QStringLiteral("public_key"), QStringLiteral("sandbox-public")}, {QStringLiteral("private_key"), QStringLiteral("sandbox-private")}});

    // Generated stages for scale work, spread over a few simple kinds.
    static const char *const kinds[] = {"stages/dummy", "stages/user_login", "stages/user_logout", "stages/deny", "stages/consent"};
    for (int i = 1; i <= extraStages; ++i) {
        const QString name = QStringLiteral("generated-stage-%1").arg(i, 5, 10, QLatin1Char('0'));
        store.addStage(QString::fromLatin1(kinds[i % 5]), {{QStringLiteral("name"), name}});
    }
}

} // namespace akdesk::sandbox
