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

// The words of authentik's web admin where it has its own (web/src/admin/flows/utils.ts and
// FlowForm.ts, flows/StageBindingForm.ts, policies/PolicyEngineModes.ts,
// stages/password/PasswordStageForm.ts, stages/authenticator_validate/..., stages/user_login/...),
// for every enum the stage, policy, flow and binding forms of the bundled 2026.8.3 schema show.
// clang-format off
const Entry kEntries[] = {
    // Flow designation
    {"designation", "authentication", QT_TRANSLATE_NOOP("akdesk::Choice", "Authentication")},
    {"designation", "authorization", QT_TRANSLATE_NOOP("akdesk::Choice", "Authorization")},
    {"designation", "invalidation", QT_TRANSLATE_NOOP("akdesk::Choice", "Invalidation")},
    {"designation", "enrollment", QT_TRANSLATE_NOOP("akdesk::Choice", "Enrollment")},
    {"designation", "unenrollment", QT_TRANSLATE_NOOP("akdesk::Choice", "Unenrollment")},
    {"designation", "recovery", QT_TRANSLATE_NOOP("akdesk::Choice", "Recovery")},
    {"designation", "stage_configuration", QT_TRANSLATE_NOOP("akdesk::Choice", "Stage configuration")},
    // Flow authentication
    {"authentication", "none", QT_TRANSLATE_NOOP("akdesk::Choice", "No requirement")},
    {"authentication", "require_authenticated", QT_TRANSLATE_NOOP("akdesk::Choice", "Require authentication")},
    {"authentication", "require_unauthenticated", QT_TRANSLATE_NOOP("akdesk::Choice", "Require no authentication")},
    {"authentication", "require_superuser", QT_TRANSLATE_NOOP("akdesk::Choice", "Require superuser")},
    {"authentication", "require_redirect", QT_TRANSLATE_NOOP("akdesk::Choice", "Require being redirected from another flow")},
    {"authentication", "require_outpost", QT_TRANSLATE_NOOP("akdesk::Choice", "Require an outpost (run only from an outpost)")},
    {"authentication", "require_token", QT_TRANSLATE_NOOP("akdesk::Choice", "Require token")},
    // Policy engine mode (flows and bindings)
    {"policy_engine_mode", "any", QT_TRANSLATE_NOOP("akdesk::Choice", "Any policy must match")},
    {"policy_engine_mode", "all", QT_TRANSLATE_NOOP("akdesk::Choice", "All policies must match")},
    // Flow denied action
    {"denied_action", "message_continue", QT_TRANSLATE_NOOP("akdesk::Choice", "Follow ?next, else show a message")},
    {"denied_action", "message", QT_TRANSLATE_NOOP("akdesk::Choice", "Show a message")},
    {"denied_action", "continue", QT_TRANSLATE_NOOP("akdesk::Choice", "Follow ?next, else open the default interface")},
    // Flow layout
    {"layout", "stacked", QT_TRANSLATE_NOOP("akdesk::Choice", "Stacked")},
    {"layout", "content_left", QT_TRANSLATE_NOOP("akdesk::Choice", "Content left")},
    {"layout", "content_right", QT_TRANSLATE_NOOP("akdesk::Choice", "Content right")},
    {"layout", "sidebar_left", QT_TRANSLATE_NOOP("akdesk::Choice", "Sidebar left")},
    {"layout", "sidebar_right", QT_TRANSLATE_NOOP("akdesk::Choice", "Sidebar right")},
    {"layout", "sidebar_left_frame_background", QT_TRANSLATE_NOOP("akdesk::Choice", "Sidebar left frame background")},
    {"layout", "sidebar_right_frame_background", QT_TRANSLATE_NOOP("akdesk::Choice", "Sidebar right frame background")},
    // Binding invalid response action
    {"invalid_response_action", "retry", QT_TRANSLATE_NOOP("akdesk::Choice", "Retry: show the error and ask again")},
    {"invalid_response_action", "restart", QT_TRANSLATE_NOOP("akdesk::Choice", "Restart the flow")},
    {"invalid_response_action", "restart_with_context", QT_TRANSLATE_NOOP("akdesk::Choice", "Restart the flow, keeping its context")},
    // Identification user fields
    {"user_fields", "email", QT_TRANSLATE_NOOP("akdesk::Choice", "Email")},
    {"user_fields", "username", QT_TRANSLATE_NOOP("akdesk::Choice", "Username")},
    {"user_fields", "upn", QT_TRANSLATE_NOOP("akdesk::Choice", "UPN")},
    // Password stage backends
    {"backends", "authentik.core.auth.InbuiltBackend", QT_TRANSLATE_NOOP("akdesk::Choice", "User database + standard password")},
    {"backends", "authentik.core.auth.TokenBackend", QT_TRANSLATE_NOOP("akdesk::Choice", "User database + app passwords")},
    {"backends", "authentik.sources.ldap.auth.LDAPBackend", QT_TRANSLATE_NOOP("akdesk::Choice", "User database + LDAP password")},
    {"backends", "authentik.sources.kerberos.auth.KerberosBackend", QT_TRANSLATE_NOOP("akdesk::Choice", "User database + Kerberos password")},
    // Authenticator validation
    {"not_configured_action", "skip", QT_TRANSLATE_NOOP("akdesk::Choice", "Continue without a device")},
    {"not_configured_action", "deny", QT_TRANSLATE_NOOP("akdesk::Choice", "Deny the user access")},
    {"not_configured_action", "configure", QT_TRANSLATE_NOOP("akdesk::Choice", "Make the user configure an authenticator")},
    {"device_classes", "static", QT_TRANSLATE_NOOP("akdesk::Choice", "Static tokens")},
    {"device_classes", "totp", QT_TRANSLATE_NOOP("akdesk::Choice", "TOTP authenticators")},
    {"device_classes", "webauthn", QT_TRANSLATE_NOOP("akdesk::Choice", "WebAuthn authenticators")},
    {"device_classes", "duo", QT_TRANSLATE_NOOP("akdesk::Choice", "Duo authenticators")},
    {"device_classes", "sms", QT_TRANSLATE_NOOP("akdesk::Choice", "SMS-based authenticators")},
    {"device_classes", "email", QT_TRANSLATE_NOOP("akdesk::Choice", "Email-based authenticators")},
    {"", "required", QT_TRANSLATE_NOOP("akdesk::Choice", "Required")},
    {"", "preferred", QT_TRANSLATE_NOOP("akdesk::Choice", "Preferred")},
    {"", "discouraged", QT_TRANSLATE_NOOP("akdesk::Choice", "Discouraged")},
    {"", "optional", QT_TRANSLATE_NOOP("akdesk::Choice", "Optional")},
    {"", "security-key", QT_TRANSLATE_NOOP("akdesk::Choice", "Security key")},
    {"", "client-device", QT_TRANSLATE_NOOP("akdesk::Choice", "This device (built-in authenticator)")},
    {"", "hybrid", QT_TRANSLATE_NOOP("akdesk::Choice", "Phone or tablet (hybrid)")},
    {"authenticator_attachment", "platform", QT_TRANSLATE_NOOP("akdesk::Choice", "Built into the device")},
    {"authenticator_attachment", "cross-platform", QT_TRANSLATE_NOOP("akdesk::Choice", "Removable (e.g. a security key)")},
    {"digits", "6", QT_TRANSLATE_NOOP("akdesk::Choice", "6 digits")},
    {"digits", "8", QT_TRANSLATE_NOOP("akdesk::Choice", "8 digits")},
    // SMS
    {"provider", "twilio", QT_TRANSLATE_NOOP("akdesk::Choice", "Twilio")},
    {"provider", "generic", QT_TRANSLATE_NOOP("akdesk::Choice", "Generic")},
    {"auth_type", "basic", QT_TRANSLATE_NOOP("akdesk::Choice", "Basic")},
    {"auth_type", "bearer", QT_TRANSLATE_NOOP("akdesk::Choice", "Bearer")},
    // Captcha
    {"request_content_type", "application/x-www-form-urlencoded", QT_TRANSLATE_NOOP("akdesk::Choice", "Form data (application/x-www-form-urlencoded)")},
    {"request_content_type", "application/json", QT_TRANSLATE_NOOP("akdesk::Choice", "JSON (application/json)")},
    // Consent
    {"mode", "always_require", QT_TRANSLATE_NOOP("akdesk::Choice", "Always require consent")},
    {"mode", "permanent", QT_TRANSLATE_NOOP("akdesk::Choice", "Consent given lasts indefinitely")},
    {"mode", "expiring", QT_TRANSLATE_NOOP("akdesk::Choice", "Consent expires")},
    // Redirect
    {"mode", "static", QT_TRANSLATE_NOOP("akdesk::Choice", "Static URL")},
    {"mode", "flow", QT_TRANSLATE_NOOP("akdesk::Choice", "Another flow")},
    // Mutual TLS
    {"cert_attribute", "subject", QT_TRANSLATE_NOOP("akdesk::Choice", "Subject")},
    {"cert_attribute", "common_name", QT_TRANSLATE_NOOP("akdesk::Choice", "Common name")},
    {"cert_attribute", "email", QT_TRANSLATE_NOOP("akdesk::Choice", "Email")},
    {"user_attribute", "username", QT_TRANSLATE_NOOP("akdesk::Choice", "Username")},
    {"user_attribute", "email", QT_TRANSLATE_NOOP("akdesk::Choice", "Email")},
    // Source stage
    {"resume_on_match_failures", "missing_property", QT_TRANSLATE_NOOP("akdesk::Choice", "Missing property")},
    // User login
    {"network_binding", "no_binding", QT_TRANSLATE_NOOP("akdesk::Choice", "No binding")},
    {"network_binding", "bind_asn", QT_TRANSLATE_NOOP("akdesk::Choice", "Bind ASN")},
    {"network_binding", "bind_asn_network", QT_TRANSLATE_NOOP("akdesk::Choice", "Bind ASN and network")},
    {"network_binding", "bind_asn_network_ip", QT_TRANSLATE_NOOP("akdesk::Choice", "Bind ASN, network and IP")},
    {"geoip_binding", "no_binding", QT_TRANSLATE_NOOP("akdesk::Choice", "No binding")},
    {"geoip_binding", "bind_continent", QT_TRANSLATE_NOOP("akdesk::Choice", "Bind continent")},
    {"geoip_binding", "bind_continent_country", QT_TRANSLATE_NOOP("akdesk::Choice", "Bind continent and country")},
    {"geoip_binding", "bind_continent_country_city", QT_TRANSLATE_NOOP("akdesk::Choice", "Bind continent, country and city")},
    // User write
    {"user_creation_mode", "never_create", QT_TRANSLATE_NOOP("akdesk::Choice", "Never create users")},
    {"user_creation_mode", "create_when_required", QT_TRANSLATE_NOOP("akdesk::Choice", "Create users when required")},
    {"user_creation_mode", "always_create", QT_TRANSLATE_NOOP("akdesk::Choice", "Always create new users")},
    {"user_type", "internal", QT_TRANSLATE_NOOP("akdesk::Choice", "Internal")},
    {"user_type", "external", QT_TRANSLATE_NOOP("akdesk::Choice", "External")},
    {"user_type", "service_account", QT_TRANSLATE_NOOP("akdesk::Choice", "Service account")},
    {"user_type", "internal_service_account", QT_TRANSLATE_NOOP("akdesk::Choice", "Internal service account")},
    // Event matcher policy actions (authentik/events/models.py EventAction; web/src/admin/events/utils.ts)
    {"action", "login", QT_TRANSLATE_NOOP("akdesk::Choice", "Login")},
    {"action", "login_failed", QT_TRANSLATE_NOOP("akdesk::Choice", "Failed login")},
    {"action", "logout", QT_TRANSLATE_NOOP("akdesk::Choice", "Logout")},
    {"action", "user_write", QT_TRANSLATE_NOOP("akdesk::Choice", "User written")},
    {"action", "user_offboarded", QT_TRANSLATE_NOOP("akdesk::Choice", "User offboarded")},
    {"action", "suspicious_request", QT_TRANSLATE_NOOP("akdesk::Choice", "Suspicious request")},
    {"action", "password_set", QT_TRANSLATE_NOOP("akdesk::Choice", "Password set")},
    {"action", "secret_view", QT_TRANSLATE_NOOP("akdesk::Choice", "Secret viewed")},
    {"action", "secret_rotate", QT_TRANSLATE_NOOP("akdesk::Choice", "Secret rotated")},
    {"action", "invitation_used", QT_TRANSLATE_NOOP("akdesk::Choice", "Invitation used")},
    {"action", "authorize_application", QT_TRANSLATE_NOOP("akdesk::Choice", "Application authorized")},
    {"action", "source_linked", QT_TRANSLATE_NOOP("akdesk::Choice", "Source linked")},
    {"action", "impersonation_started", QT_TRANSLATE_NOOP("akdesk::Choice", "Impersonation started")},
    {"action", "impersonation_ended", QT_TRANSLATE_NOOP("akdesk::Choice", "Impersonation ended")},
    {"action", "flow_execution", QT_TRANSLATE_NOOP("akdesk::Choice", "Flow executed")},
    {"action", "policy_execution", QT_TRANSLATE_NOOP("akdesk::Choice", "Policy executed")},
    {"action", "policy_exception", QT_TRANSLATE_NOOP("akdesk::Choice", "Policy exception")},
    {"action", "property_mapping_exception", QT_TRANSLATE_NOOP("akdesk::Choice", "Property mapping exception")},
    {"action", "system_task_execution", QT_TRANSLATE_NOOP("akdesk::Choice", "System task executed")},
    {"action", "system_task_exception", QT_TRANSLATE_NOOP("akdesk::Choice", "System task exception")},
    {"action", "system_exception", QT_TRANSLATE_NOOP("akdesk::Choice", "System exception")},
    {"action", "configuration_error", QT_TRANSLATE_NOOP("akdesk::Choice", "Configuration error")},
    {"action", "configuration_warning", QT_TRANSLATE_NOOP("akdesk::Choice", "Configuration warning")},
    {"action", "model_created", QT_TRANSLATE_NOOP("akdesk::Choice", "Model created")},
    {"action", "model_updated", QT_TRANSLATE_NOOP("akdesk::Choice", "Model updated")},
    {"action", "model_deleted", QT_TRANSLATE_NOOP("akdesk::Choice", "Model deleted")},
    {"action", "email_sent", QT_TRANSLATE_NOOP("akdesk::Choice", "Email sent")},
    {"action", "update_available", QT_TRANSLATE_NOOP("akdesk::Choice", "Update available")},
    {"action", "export_ready", QT_TRANSLATE_NOOP("akdesk::Choice", "Export ready")},
    {"action", "review_initiated", QT_TRANSLATE_NOOP("akdesk::Choice", "Review initiated")},
    {"action", "review_overdue", QT_TRANSLATE_NOOP("akdesk::Choice", "Review overdue")},
    {"action", "review_attested", QT_TRANSLATE_NOOP("akdesk::Choice", "Review attested")},
    {"action", "review_completed", QT_TRANSLATE_NOOP("akdesk::Choice", "Review completed")},
    {"action", "access_request_created", QT_TRANSLATE_NOOP("akdesk::Choice", "Access request created")},
    {"action", "access_request_approved", QT_TRANSLATE_NOOP("akdesk::Choice", "Access request approved")},
    {"action", "access_request_denied", QT_TRANSLATE_NOOP("akdesk::Choice", "Access request denied")},
    {"action", "access_request_revoked", QT_TRANSLATE_NOOP("akdesk::Choice", "Access request revoked")},
    {"action", "custom_", QT_TRANSLATE_NOOP("akdesk::Choice", "Custom event")},
};
// clang-format on

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
