#include "models/schema/choicelabels.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace akdesk::choices {

namespace {

struct Entry
{
    const char *field;  ///< "" for a value that reads the same in every field
    const char *value;
    const char *label;
};

#define CHOICE(text) QT_TRANSLATE_NOOP("akdesk::Choice", text)

// The words of authentik's web admin where it has its own (web/src/admin/flows/utils.ts and
// FlowForm.ts, flows/StageBindingForm.ts, policies/PolicyEngineModes.ts,
// stages/password/PasswordStageForm.ts, stages/authenticator_validate/..., stages/user_login/...),
// for every enum the stage, flow and binding forms of the bundled 2026.8.3 schema show.
// clang-format off
const Entry kEntries[] = {
    // Flow designation
    {"designation", "authentication", CHOICE("Authentication")},
    {"designation", "authorization", CHOICE("Authorization")},
    {"designation", "invalidation", CHOICE("Invalidation")},
    {"designation", "enrollment", CHOICE("Enrollment")},
    {"designation", "unenrollment", CHOICE("Unenrollment")},
    {"designation", "recovery", CHOICE("Recovery")},
    {"designation", "stage_configuration", CHOICE("Stage configuration")},
    // Flow authentication
    {"authentication", "none", CHOICE("No requirement")},
    {"authentication", "require_authenticated", CHOICE("Require authentication")},
    {"authentication", "require_unauthenticated", CHOICE("Require no authentication")},
    {"authentication", "require_superuser", CHOICE("Require superuser")},
    {"authentication", "require_redirect", CHOICE("Require being redirected from another flow")},
    {"authentication", "require_outpost", CHOICE("Require an outpost (run only from an outpost)")},
    {"authentication", "require_token", CHOICE("Require token")},
    // Policy engine mode (flows and bindings)
    {"policy_engine_mode", "any", CHOICE("Any policy must match")},
    {"policy_engine_mode", "all", CHOICE("All policies must match")},
    // Flow denied action
    {"denied_action", "message_continue", CHOICE("Follow ?next, else show a message")},
    {"denied_action", "message", CHOICE("Show a message")},
    {"denied_action", "continue", CHOICE("Follow ?next, else open the default interface")},
    // Flow layout
    {"layout", "stacked", CHOICE("Stacked")},
    {"layout", "content_left", CHOICE("Content left")},
    {"layout", "content_right", CHOICE("Content right")},
    {"layout", "sidebar_left", CHOICE("Sidebar left")},
    {"layout", "sidebar_right", CHOICE("Sidebar right")},
    {"layout", "sidebar_left_frame_background", CHOICE("Sidebar left frame background")},
    {"layout", "sidebar_right_frame_background", CHOICE("Sidebar right frame background")},
    // Binding invalid response action
    {"invalid_response_action", "retry", CHOICE("Retry: show the error and ask again")},
    {"invalid_response_action", "restart", CHOICE("Restart the flow")},
    {"invalid_response_action", "restart_with_context", CHOICE("Restart the flow, keeping its context")},
    // Identification user fields
    {"user_fields", "email", CHOICE("Email")},
    {"user_fields", "username", CHOICE("Username")},
    {"user_fields", "upn", CHOICE("UPN")},
    // Password stage backends
    {"backends", "authentik.core.auth.InbuiltBackend", CHOICE("User database + standard password")},
    {"backends", "authentik.core.auth.TokenBackend", CHOICE("User database + app passwords")},
    {"backends", "authentik.sources.ldap.auth.LDAPBackend", CHOICE("User database + LDAP password")},
    {"backends", "authentik.sources.kerberos.auth.KerberosBackend", CHOICE("User database + Kerberos password")},
    // Authenticator validation
    {"not_configured_action", "skip", CHOICE("Continue without a device")},
    {"not_configured_action", "deny", CHOICE("Deny the user access")},
    {"not_configured_action", "configure", CHOICE("Make the user configure an authenticator")},
    {"device_classes", "static", CHOICE("Static tokens")},
    {"device_classes", "totp", CHOICE("TOTP authenticators")},
    {"device_classes", "webauthn", CHOICE("WebAuthn authenticators")},
    {"device_classes", "duo", CHOICE("Duo authenticators")},
    {"device_classes", "sms", CHOICE("SMS-based authenticators")},
    {"device_classes", "email", CHOICE("Email-based authenticators")},
    {"", "required", CHOICE("Required")},
    {"", "preferred", CHOICE("Preferred")},
    {"", "discouraged", CHOICE("Discouraged")},
    {"", "optional", CHOICE("Optional")},
    {"", "security-key", CHOICE("Security key")},
    {"", "client-device", CHOICE("This device (built-in authenticator)")},
    {"", "hybrid", CHOICE("Phone or tablet (hybrid)")},
    {"authenticator_attachment", "platform", CHOICE("Built into the device")},
    {"authenticator_attachment", "cross-platform", CHOICE("Removable (e.g. a security key)")},
    {"digits", "6", CHOICE("6 digits")},
    {"digits", "8", CHOICE("8 digits")},
    // SMS
    {"provider", "twilio", CHOICE("Twilio")},
    {"provider", "generic", CHOICE("Generic")},
    {"auth_type", "basic", CHOICE("Basic")},
    {"auth_type", "bearer", CHOICE("Bearer")},
    // Captcha
    {"request_content_type", "application/x-www-form-urlencoded", CHOICE("Form data (application/x-www-form-urlencoded)")},
    {"request_content_type", "application/json", CHOICE("JSON (application/json)")},
    // Consent
    {"mode", "always_require", CHOICE("Always require consent")},
    {"mode", "permanent", CHOICE("Consent given lasts indefinitely")},
    {"mode", "expiring", CHOICE("Consent expires")},
    // Redirect
    {"mode", "static", CHOICE("Static URL")},
    {"mode", "flow", CHOICE("Another flow")},
    // Mutual TLS
    {"cert_attribute", "subject", CHOICE("Subject")},
    {"cert_attribute", "common_name", CHOICE("Common name")},
    {"cert_attribute", "email", CHOICE("Email")},
    {"user_attribute", "username", CHOICE("Username")},
    {"user_attribute", "email", CHOICE("Email")},
    // Source stage
    {"resume_on_match_failures", "missing_property", CHOICE("Missing property")},
    // User login
    {"network_binding", "no_binding", CHOICE("No binding")},
    {"network_binding", "bind_asn", CHOICE("Bind ASN")},
    {"network_binding", "bind_asn_network", CHOICE("Bind ASN and network")},
    {"network_binding", "bind_asn_network_ip", CHOICE("Bind ASN, network and IP")},
    {"geoip_binding", "no_binding", CHOICE("No binding")},
    {"geoip_binding", "bind_continent", CHOICE("Bind continent")},
    {"geoip_binding", "bind_continent_country", CHOICE("Bind continent and country")},
    {"geoip_binding", "bind_continent_country_city", CHOICE("Bind continent, country and city")},
    // User write
    {"user_creation_mode", "never_create", CHOICE("Never create users")},
    {"user_creation_mode", "create_when_required", CHOICE("Create users when required")},
    {"user_creation_mode", "always_create", CHOICE("Always create new users")},
    {"user_type", "internal", CHOICE("Internal")},
    {"user_type", "external", CHOICE("External")},
    {"user_type", "service_account", CHOICE("Service account")},
    {"user_type", "internal_service_account", CHOICE("Internal service account")},
};
// clang-format on

#undef CHOICE

const Entry *find(const QString &field, const QString &value)
{
    const Entry *anyField = nullptr;
    for (const Entry &entry : kEntries) {
        if (value != QLatin1String(entry.value))
            continue;
        if (field == QLatin1String(entry.field) || !*entry.field)
            return &entry;
        if (!anyField)
            anyField = &entry;  // the value's wording in another field, when the field is unknown
    }
    return field.isEmpty() ? anyField : nullptr;
}

} // namespace

QString derived(const QString &value)
{
    // Abbreviations people write in capitals.
    static const QStringList acronyms{QStringLiteral("upn"), QStringLiteral("uuid"), QStringLiteral("url"),
                                      QStringLiteral("sms"), QStringLiteral("totp"), QStringLiteral("ldap"),
                                      QStringLiteral("saml"), QStringLiteral("oauth"), QStringLiteral("mfa"),
                                      QStringLiteral("id"), QStringLiteral("api"), QStringLiteral("ip"),
                                      QStringLiteral("asn")};
    // A dotted path names a class: its last part says what it is.
    QString text = value.section(QLatin1Char('.'), -1);
    static const QRegularExpression camel(QStringLiteral("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])"));
    QStringList words;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[_\\-\\s]+")), Qt::SkipEmptyParts))
        words += part.split(camel, Qt::SkipEmptyParts);
    for (int i = 0; i < words.size(); ++i) {
        QString &word = words[i];
        if (acronyms.contains(word.toLower()))
            word = word.toUpper();
        else if (i > 0 && word.size() > 1 && word.at(1).isLower())
            word = word.toLower();  // "InbuiltBackend" -> "Inbuilt backend"
    }
    text = words.join(QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

bool hasLabel(const QString &field, const QString &value)
{
    return find(field, value) != nullptr;
}

QString label(const QString &field, const QString &value)
{
    if (const Entry *entry = find(field, value))
        return QCoreApplication::translate("akdesk::Choice", entry->label);
    // A value no table names reads as words, in the user's language where one matches.
    const QString words = derived(value);
    return QCoreApplication::translate("akdesk::Choice", words.toUtf8().constData());
}

} // namespace akdesk::choices
