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

} // namespace

void seedDefaults(SandboxStore &store, int extraStages)
{
    auto source = [&store](const char *slug, const char *name, const char *component, const char *model) {
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
                         {QStringLiteral("managed"), QJsonValue::Null},
                         {QStringLiteral("user_path_template"), QStringLiteral("goauthentik.io/sources/%(slug)s")},
                         {QStringLiteral("icon"), QString()},
                         {QStringLiteral("icon_url"), QJsonValue::Null},
                         {QStringLiteral("icon_themed_urls"), QJsonValue::Null}});
    };
    source("authentik-built-in", "authentik Built-in", "", "Source");
    source("github", "GitHub", "ak-source-oauth-form", "OAuth Source");
    source("corporate-saml", "Corporate SAML", "ak-source-saml-form", "SAML Source");
    source("ldap", "Company LDAP", "ak-source-ldap-form", "LDAP Source");

    const QString authentication = store.addFlow(flow("default-authentication-flow", "Welcome to authentik!", "Welcome to authentik!", "authentication"));
    const QString invalidation = store.addFlow(flow("default-invalidation-flow", "Logout", "Default Invalidation Flow", "invalidation"));
    const QString sourceEnrollment = store.addFlow(flow("default-source-enrollment", "Welcome to authentik! Please select a username.", "Welcome to authentik!", "enrollment", "require_unauthenticated"));
    const QString sourceAuthentication = store.addFlow(flow("default-source-authentication", "Welcome to authentik!", "Welcome to authentik!", "authentication", "require_unauthenticated"));
    const QString implicitConsent = store.addFlow(flow("default-provider-authorization-implicit-consent", "Authorize Application", "Redirecting to %(app)s", "authorization", "require_authenticated"));
    const QString explicitConsent = store.addFlow(flow("default-provider-authorization-explicit-consent", "Authorize Application", "Redirecting to %(app)s", "authorization", "require_authenticated"));
    const QString passwordChange = store.addFlow(flow("default-password-change", "Change Password", "Change password", "stage_configuration", "require_authenticated"));
    const QString recovery = store.addFlow(flow("default-recovery-flow", "Default recovery flow", "Reset your password", "recovery", "require_unauthenticated"));
    const QString enrollment = store.addFlow(flow("default-enrollment-flow", "Default enrollment Flow", "Welcome to authentik!", "enrollment", "require_unauthenticated"));
    const QString unenrollment = store.addFlow(flow("default-user-settings-flow", "User settings", "Update your info", "stage_configuration", "require_authenticated"));
    Q_UNUSED(unenrollment);

    // The prompts and the policy of authentik's default and example blueprints that the prompt
    // stages below use (blueprints/default/flow-password-change.yaml, flow-default-source-enrollment.yaml,
    // blueprints/example/flows-enrollment-2-stage.yaml, flows-recovery-email-verification.yaml).
    auto prompt = [&store](const char *name, const char *key, const char *label, const char *type, int order) {
        const QString pk = stableId(QStringLiteral("prompt:") + QLatin1String(name));
        store.addRecord(QStringLiteral("prompts"), {{QStringLiteral("pk"), pk},
                                                    {QStringLiteral("name"), QString::fromLatin1(name)},
                                                    {QStringLiteral("field_key"), QString::fromLatin1(key)},
                                                    {QStringLiteral("label"), QString::fromLatin1(label)},
                                                    {QStringLiteral("type"), QString::fromLatin1(type)},
                                                    {QStringLiteral("required"), true},
                                                    {QStringLiteral("placeholder"), QString::fromLatin1(label)},
                                                    {QStringLiteral("placeholder_expression"), false},
                                                    {QStringLiteral("initial_value"), QString()},
                                                    {QStringLiteral("initial_value_expression"), false},
                                                    {QStringLiteral("sub_text"), QString()},
                                                    {QStringLiteral("order"), order},
                                                    {QStringLiteral("prompt_stages_obj"), QJsonArray()}});
        return pk;
    };
    const QString sourceUsername = prompt("default-source-enrollment-field-username", "username", "Username", "username", 100);
    const QString changePassword = prompt("default-password-change-field-password", "password", "Password", "password", 300);
    const QString changeRepeat = prompt("default-password-change-field-password-repeat", "password_repeat", "Password (repeat)", "password", 301);
    const QString enrollUsername = prompt("default-enrollment-field-username", "username", "Username", "username", 0);
    const QString enrollPassword = prompt("default-enrollment-field-password", "password", "Password", "password", 1);
    const QString enrollRepeat = prompt("default-enrollment-field-password-repeat", "password_repeat", "Password (repeat)", "password", 2);
    const QString recoveryPassword = prompt("default-recovery-field-password", "password", "Password", "password", 0);
    const QString recoveryRepeat = prompt("default-recovery-field-password-repeat", "password_repeat", "Password (repeat)", "password", 1);
    const QString passwordPolicy = stableId(QStringLiteral("policy:default-password-change-password-policy"));
    store.addRecord(QStringLiteral("policies"), {{QStringLiteral("pk"), passwordPolicy},
                                                 {QStringLiteral("name"), QStringLiteral("default-password-change-password-policy")},
                                                 {QStringLiteral("execution_logging"), false},
                                                 {QStringLiteral("component"), QStringLiteral("ak-policy-password-form")},
                                                 {QStringLiteral("verbose_name"), QStringLiteral("Password Policy")},
                                                 {QStringLiteral("verbose_name_plural"), QStringLiteral("Password Policies")},
                                                 {QStringLiteral("meta_model_name"), QStringLiteral("authentik_policies_password.passwordpolicy")},
                                                 {QStringLiteral("bound_to"), 0}});
    auto prompts = [](std::initializer_list<QString> pks) {
        QJsonArray list;
        for (const QString &pk : pks)
            list.append(pk);
        return list;
    };

    auto stage = [&store](const char *kind, const char *name, QJsonObject fields = {}) {
        fields.insert(QStringLiteral("pk"), stableId(QStringLiteral("stage:") + QLatin1String(name)));
        fields.insert(QStringLiteral("name"), QString::fromLatin1(name));
        return store.addStage(QString::fromLatin1(kind), fields);
    };
    const QString password = stage("stages/password", "default-authentication-password",
                                   {{QStringLiteral("backends"), QJsonArray{QStringLiteral("authentik.core.auth.InbuiltBackend"),
                                                                           QStringLiteral("authentik.sources.kerberos.auth.KerberosBackend"),
                                                                           QStringLiteral("authentik.sources.ldap.auth.LDAPBackend"),
                                                                           QStringLiteral("authentik.core.auth.TokenBackend")}},
                                    {QStringLiteral("failed_attempts_before_cancel"), 5},
                                    {QStringLiteral("configure_flow"), passwordChange}});
    const QString identification = stage("stages/identification", "default-authentication-identification",
                                         {{QStringLiteral("user_fields"), QJsonArray{QStringLiteral("email"), QStringLiteral("username")}}});
    const QString mfa = stage("stages/authenticator/validate", "default-authentication-mfa-validation",
                              {{QStringLiteral("device_classes"), QJsonArray{QStringLiteral("static"), QStringLiteral("totp"), QStringLiteral("webauthn"),
                                                                             QStringLiteral("duo"), QStringLiteral("sms"), QStringLiteral("email")}},
                               {QStringLiteral("not_configured_action"), QStringLiteral("skip")},
                               {QStringLiteral("last_auth_threshold"), QStringLiteral("seconds=0")},
                               {QStringLiteral("webauthn_user_verification"), QStringLiteral("preferred")}});
    const QString login = stage("stages/user_login", "default-authentication-login");
    store.addBinding(authentication, identification, 10);
    store.addBinding(authentication, password, 20);
    store.addBinding(authentication, mfa, 30);
    store.addBinding(authentication, login, 100);

    store.addBinding(invalidation, stage("stages/user_logout", "default-invalidation-logout"), 0);

    const QString sourceWrite = stage("stages/user_write", "default-source-enrollment-write");
    const QString sourcePrompt = stage("stages/prompt/stages", "default-source-enrollment-prompt",
                                       {{QStringLiteral("fields"), prompts({sourceUsername})}});
    const QString sourceLogin = stage("stages/user_login", "default-source-enrollment-login");
    store.addBinding(sourceEnrollment, sourcePrompt, 0);
    store.addBinding(sourceEnrollment, sourceWrite, 1);
    store.addBinding(sourceEnrollment, sourceLogin, 2);
    store.addBinding(sourceAuthentication, stage("stages/user_login", "default-source-authentication-login"), 0);

    store.addBinding(explicitConsent, stage("stages/consent", "default-provider-authorization-consent"), 0);
    Q_UNUSED(implicitConsent);

    store.addBinding(passwordChange, stage("stages/prompt/stages", "default-password-change-prompt",
                                           {{QStringLiteral("fields"), prompts({changePassword, changeRepeat})},
                                            {QStringLiteral("validation_policies"), QJsonArray{passwordPolicy}}}), 0);
    store.addBinding(passwordChange, stage("stages/user_write", "default-password-change-write"), 1);

    store.addBinding(recovery, stage("stages/identification", "default-recovery-identification",
                                     {{QStringLiteral("user_fields"), QJsonArray{QStringLiteral("email"), QStringLiteral("username")}}}), 10);
    store.addBinding(recovery, stage("stages/email", "default-recovery-email"), 20);
    store.addBinding(recovery, stage("stages/prompt/stages", "default-recovery-password-prompt",
                                     {{QStringLiteral("fields"), prompts({recoveryPassword, recoveryRepeat})}}), 30);
    store.addBinding(recovery, stage("stages/user_write", "default-recovery-user-write"), 40);

    store.addBinding(enrollment, stage("stages/prompt/stages", "default-enrollment-prompt-first",
                                       {{QStringLiteral("fields"), prompts({enrollUsername, enrollPassword, enrollRepeat})}}), 10);
    store.addBinding(enrollment, stage("stages/user_write", "default-enrollment-user-write"), 20);
    store.addBinding(enrollment, stage("stages/user_login", "default-enrollment-user-login"), 30);

    stage("stages/dummy", "akdesk-sandbox-dummy");
    stage("stages/source", "akdesk-sandbox-source",
          {{QStringLiteral("source"), stableId(QStringLiteral("source:github"))}, {QStringLiteral("resume_timeout"), QStringLiteral("minutes=10")}});
    stage("stages/captcha", "default-captcha",
          {{QStringLiteral("public_key"), QStringLiteral("sandbox-public")}, {QStringLiteral("private_key"), QStringLiteral("sandbox-private")}});

    // Generated stages for scale work, spread over a few simple kinds.
    static const char *const kinds[] = {"stages/dummy", "stages/user_login", "stages/user_logout", "stages/deny", "stages/consent"};
    for (int i = 1; i <= extraStages; ++i) {
        const QString name = QStringLiteral("generated-stage-%1").arg(i, 5, 10, QLatin1Char('0'));
        store.addStage(QString::fromLatin1(kinds[i % 5]), {{QStringLiteral("name"), name}});
    }
}

} // namespace akdesk::sandbox
