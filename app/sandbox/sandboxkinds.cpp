#include "app/sandbox/sandboxkinds.h"

#include <QHash>

namespace akdesk::sandbox {

namespace {

struct Row
{
    const char *model;
    const char *verboseName;
    const char *docstring;
    bool enterprise;
    const char *strPrefix;  ///< the model's own __str__ prefix; nullptr = Stage.__str__'s "Stage"
};

// Read from each kind's models.py in authentik (the file named beside each row). Docstrings are
// Python's __doc__ as written, continuation lines with their four spaces of indentation.
// `requires_enterprise` is TypesMixin's isinstance(app_config, EnterpriseConfig)
// (authentik/core/api/object_types.py): the apps under authentik/enterprise/.
constexpr Row kRows[] = {
    // authentik/enterprise/stages/account_lockdown/models.py
    {"authentik_stages_account_lockdown.accountlockdownstage", "Account Lockdown Stage", "Lock down a target user account.", true, nullptr},
    // authentik/stages/authenticator_duo/models.py
    {"authentik_stages_authenticator_duo.authenticatorduostage", "Duo Authenticator Setup Stage", "Setup Duo authenticator devices", false, "Duo Authenticator Setup Stage"},
    // authentik/stages/authenticator_email/models.py
    {"authentik_stages_authenticator_email.authenticatoremailstage", "Email Authenticator Setup Stage",
     "Use Email-based authentication instead of authenticator-based.", false, "Email Authenticator Setup Stage"},
    // authentik/enterprise/stages/authenticator_endpoint_gdtc/models.py
    {"authentik_stages_authenticator_endpoint_gdtc.authenticatorendpointgdtcstage",
     "Endpoint Authenticator Google Device Trust Connector Stage", "Setup Google Chrome Device-trust connection", true, nullptr},
    // authentik/stages/authenticator_sms/models.py
    {"authentik_stages_authenticator_sms.authenticatorsmsstage", "SMS Authenticator Setup Stage",
     "Use SMS-based TOTP instead of authenticator-based.", false, "SMS Authenticator Setup Stage"},
    // authentik/stages/authenticator_static/models.py
    {"authentik_stages_authenticator_static.authenticatorstaticstage", "Static Authenticator Setup Stage",
     "Generate static tokens for the user as a backup.", false, "Static Authenticator Setup Stage"},
    // authentik/stages/authenticator_totp/models.py
    {"authentik_stages_authenticator_totp.authenticatortotpstage", "TOTP Authenticator Setup Stage",
     "Enroll a user's device into Time-based OTP.", false, "TOTP Authenticator Setup Stage"},
    // authentik/stages/authenticator_validate/models.py
    {"authentik_stages_authenticator_validate.authenticatorvalidatestage", "Authenticator Validation Stage",
     "Validate user's configured OTP Device.", false, nullptr},
    // authentik/stages/authenticator_webauthn/models.py
    {"authentik_stages_authenticator_webauthn.authenticatorwebauthnstage", "WebAuthn Authenticator Setup Stage",
     "Stage to enroll WebAuthn-based authenticators.", false, "WebAuthn Authenticator Setup Stage"},
    // authentik/stages/captcha/models.py
    {"authentik_stages_captcha.captchastage", "Captcha Stage",
     "Verify the user is human using Google's reCaptcha/other compatible CAPTCHA solutions.", false, nullptr},
    // authentik/stages/consent/models.py
    {"authentik_stages_consent.consentstage", "Consent Stage", "Prompt the user for confirmation.", false, nullptr},
    // authentik/stages/deny/models.py
    {"authentik_stages_deny.denystage", "Deny Stage", "Cancels the current flow.", false, nullptr},
    // authentik/stages/dummy/models.py
    {"authentik_stages_dummy.dummystage", "Dummy Stage", "Used for debugging.", false, nullptr},
    // authentik/stages/email/models.py
    {"authentik_stages_email.emailstage", "Email Stage", "Sends an Email to the user with a token to confirm their Email address.", false,
     nullptr},
    // authentik/endpoints/models.py: no docstring, so Django's ModelBase writes one from the fields
    {"authentik_endpoints.endpointstage", "Endpoint Stage", "EndpointStage(stage_uuid, name, stage_ptr, connector, mode)", false, nullptr},
    // authentik/stages/identification/models.py
    {"authentik_stages_identification.identificationstage", "Identification Stage",
     "Allows the user to identify themselves for authentication.", false, nullptr},
    // authentik/stages/invitation/models.py
    {"authentik_stages_invitation.invitationstage", "Invitation Stage",
     "Simplify enrollment; allow users to use a single\n    link to create their user with pre-defined parameters.", false, nullptr},
    // authentik/enterprise/stages/mtls/models.py
    {"authentik_stages_mtls.mutualtlsstage", "Mutual TLS Stage", "Authenticate/enroll users using a client-certificate.", true, nullptr},
    // authentik/stages/password/models.py
    {"authentik_stages_password.passwordstage", "Password Stage",
     "Prompt the user for their password, and validate it against the configured backends.", false, nullptr},
    // authentik/stages/prompt/models.py
    {"authentik_stages_prompt.promptstage", "Prompt Stage", "Define arbitrary prompts for the user.", false, nullptr},
    // authentik/stages/redirect/models.py
    {"authentik_stages_redirect.redirectstage", "Redirect Stage", "Redirect the user to another flow, potentially with all gathered context",
     false, nullptr},
    // authentik/enterprise/stages/source/models.py
    {"authentik_stages_source.sourcestage", "Source Stage",
     "Suspend the current flow execution and send the user to a source,\n    after which this flow execution is resumed.", true, nullptr},
    // authentik/stages/user_delete/models.py
    {"authentik_stages_user_delete.userdeletestage", "User Delete Stage",
     "Deletes the currently pending user without confirmation.\n    Use with caution.", false, nullptr},
    // authentik/stages/user_login/models.py
    {"authentik_stages_user_login.userloginstage", "User Login Stage", "Attaches the currently pending user to the current session.", false,
     nullptr},
    // authentik/stages/user_logout/models.py
    {"authentik_stages_user_logout.userlogoutstage", "User Logout Stage", "Resets the users current session.", false, nullptr},
    // authentik/stages/user_write/models.py
    {"authentik_stages_user_write.userwritestage", "User Write Stage",
     "Writes currently pending data into the pending user, or if no user exists,\n    creates a new user with the data.", false, nullptr},
};

} // namespace

KindFacts kindFacts(const QString &modelName)
{
    static const QHash<QString, KindFacts> facts = [] {
        QHash<QString, KindFacts> table;
        for (const Row &row : kRows) {
            const QString name = QString::fromLatin1(row.verboseName);
            table.insert(QString::fromLatin1(row.model),
                         {name, name + QLatin1Char('s'), QString::fromUtf8(row.docstring), row.enterprise, false,
                          row.strPrefix ? QString::fromLatin1(row.strPrefix) : QStringLiteral("Stage")});
        }
        return table;
    }();
    return facts.value(modelName);
}

} // namespace akdesk::sandbox
