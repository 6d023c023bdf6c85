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
    auto policy = [&store](const char *name, const char *component, const char *model, const char *verbose, const char *plural) {
        const QString pk = stableId(QStringLiteral("policy:") + QLatin1String(name));
        store.addRecord(QStringLiteral("policies"), {{QStringLiteral("pk"), pk},
                                                     {QStringLiteral("name"), text(name)},
                                                     {QStringLiteral("execution_logging"), false},
                                                     {QStringLiteral("component"), text(component)},
                                                     {QStringLiteral("verbose_name"), text(verbose)},
                                                     {QStringLiteral("verbose_name_plural"), text(plural)},
                                                     {QStringLiteral("meta_model_name"), text(model)},
                                                     {QStringLiteral("bound_to"), 0}});
        return pk;
    };
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

    // flow-password-change.yaml (its password policy is bound to the write binding: the policies issue)
    policy("default-password-change-password-policy", "ak-policy-password-form", "authentik_policies_password.passwordpolicy", "Password Policy", "Password Policies");
    const QString changePassword = prompt({"default-password-change-field-password", "password", "Password", "password", 300, "Password"});
    const QString changeRepeat = prompt({"default-password-change-field-password-repeat", "password_repeat", "Password (repeat)", "password", 301, "Password (repeat)"});
    store.addBinding(passwordChange, stage("stages/prompt/stages", "default-password-change-prompt", {{QStringLiteral("fields"), list({changePassword, changeRepeat})}}), 0);
    store.addBinding(passwordChange, stage("stages/user_write", "default-password-change-write", neverCreate), 1);

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
    store.addBinding(authentication, password, 20, {{QStringLiteral("re_evaluate_policies"), true}});
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
    const QString settingsPolicy = policy("default-user-settings-authorization", "ak-policy-expression-form",
                                          "authentik_policies_expression.expressionpolicy", "Expression Policy", "Expression Policies");
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
    const QString oobePolicy = policy("default-oobe-base-url-valid", "ak-policy-expression-form",
                                      "authentik_policies_expression.expressionpolicy", "Expression Policy", "Expression Policies");
    const QJsonObject plan{{QStringLiteral("evaluate_on_plan"), true}, {QStringLiteral("re_evaluate_policies"), false}};
    store.addBinding(initialSetup, stage("stages/prompt/stages", "stage-default-oobe-password",
                                         {{QStringLiteral("fields"), list({oobeHeader, oobeEmail, oobeBaseUrl, oobePassword, oobeRepeat})},
                                          {QStringLiteral("validation_policies"), list({oobePolicy})}}), 10, plan);
    store.addBinding(initialSetup, stage("stages/user_write", "default-password-change-write", neverCreate), 20,
                     {{QStringLiteral("evaluate_on_plan"), false}, {QStringLiteral("re_evaluate_policies"), true}});
    store.addBinding(initialSetup, login, 100, plan);

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
