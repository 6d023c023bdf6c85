#include "models/schema/overlay.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace akdesk::overlay {

namespace {

/// One field's presentation. Empty strings and -1 mean "keep what the schema gave".
struct FieldEntry
{
    const char *resource;
    const char *field;
    const char *label;
    const char *section;
    int order;
    const char *help;
    const char *defaultJson;   ///< JSON text of the default, or nullptr
    const char *filterKey;     ///< reference picker filter, e.g. "designation"
    const char *filterValue;
};

// clang-format off
const FieldEntry kFields[] = {
    // Dummy stage
    {"stages/dummy", "name", "Name", "Stage", 0, "Unique across all stages.", nullptr, nullptr, nullptr},
    {"stages/dummy", "throw_error", "Throw an error", "Behaviour", 10, "Fails the flow when this stage is reached; for testing.", "false", nullptr, nullptr},

    // Source stage (enterprise)
    {"stages/source", "name", "Name", "Stage", 0, "Unique across all stages.", nullptr, nullptr, nullptr},
    {"stages/source", "source", "Source", "Source", 10, "The source the user is sent to; the flow resumes when they return.", nullptr, nullptr, nullptr},
    {"stages/source", "resume_timeout", "Resume timeout", "Source", 20, "How long the user may take to come back from the source, e.g. minutes=10 or hours=1;minutes=30.", "\"minutes=10\"", nullptr, nullptr},
    {"stages/source", "resume_on_match_failures", "Resume on match failures", "Source", 30, "Source matching failures after which the flow still resumes.", "[]", nullptr, nullptr},

    // Identification stage
    {"stages/identification", "name", "Name", "Stage", 0, "Unique across all stages.", nullptr, nullptr, nullptr},
    {"stages/identification", "user_fields", "User fields", "User fields", 10, "Fields of the user object to match against. With none selected, users can only identify through a source.", "[]", nullptr, nullptr},
    {"stages/identification", "case_insensitive_matching", "Case-insensitive matching", "User fields", 20, "Match user fields regardless of their casing.", "true", nullptr, nullptr},
    {"stages/identification", "pretend_user_exists", "Pretend user exists", "User fields", 30, "Continue even when no user matches, so that nobody can probe which accounts exist.", "true", nullptr, nullptr},
    {"stages/identification", "show_matched_user", "Show matched user", "User fields", 40, "Show the matched user's name and avatar instead of what was typed.", "true", nullptr, nullptr},
    {"stages/identification", "enable_remember_me", "Offer \"Remember me\"", "User fields", 50, "Let returning users skip straight to their password on this device.", "false", nullptr, nullptr},
    {"stages/identification", "password_stage", "Password stage", "Stages", 60, "Ask for the password on the same page instead of a separate step.", "null", nullptr, nullptr},
    {"stages/identification", "captcha_stage", "Captcha stage", "Stages", 70, "Check a captcha on the same page.", "null", nullptr, nullptr},
    {"stages/identification", "webauthn_stage", "Passkey (WebAuthn) stage", "Stages", 80, "Allow signing in with a passkey where the browser offers one.", "null", nullptr, nullptr},
    {"stages/identification", "enrollment_flow", "Enrollment flow", "Flows", 90, "Linked at the bottom of the page for new users.", "null", "designation", "enrollment"},
    {"stages/identification", "recovery_flow", "Recovery flow", "Flows", 100, "Linked at the bottom of the page for users who forgot their password.", "null", "designation", "recovery"},
    {"stages/identification", "passwordless_flow", "Passwordless flow", "Flows", 110, "Linked at the bottom of the page for signing in without a password.", "null", "designation", "authentication"},
    {"stages/identification", "sources", "Sources", "Sources", 120, "Sources shown on the page, e.g. social logins.", "[]", nullptr, nullptr},
    {"stages/identification", "show_source_labels", "Show source labels", "Sources", 130, "Show each source's name next to its icon.", "false", nullptr, nullptr},

    // Flows
    {"flows", "name", "Name", "Flow", 0, "Shown in the admin interface.", nullptr, nullptr, nullptr},
    {"flows", "title", "Title", "Flow", 10, "Shown as the title on the flow's pages.", nullptr, nullptr, nullptr},
    {"flows", "slug", "Slug", "Flow", 20, "Part of the flow's URL: letters, numbers, '-' and '_', at most 50.", nullptr, nullptr, nullptr},
    {"flows", "designation", "Designation", "Flow", 30, "What the flow is used for, e.g. authentication or enrollment.", nullptr, nullptr, nullptr},
    {"flows", "authentication", "Authentication", "Behaviour", 40, "Who may run the flow.", "\"none\"", nullptr, nullptr},
    {"flows", "policy_engine_mode", "Policy engine mode", "Behaviour", 50, "Whether all or any bound policies must pass.", "\"any\"", nullptr, nullptr},
    {"flows", "denied_action", "Denied action", "Behaviour", 60, "What happens when the flow denies access.", "\"message_continue\"", nullptr, nullptr},
    {"flows", "compatibility_mode", "Compatibility mode", "Behaviour", 70, "Increases compatibility with password managers on mobile devices.", "false", nullptr, nullptr},
    {"flows", "layout", "Layout", "Appearance", 80, "How the flow's pages are laid out.", "\"stacked\"", nullptr, nullptr},
    {"flows", "background", "Background", "Appearance", 90, "Background image shown while the flow runs.", nullptr, nullptr, nullptr},

    // Flow-stage bindings
    {"flows/bindings", "target", "Flow", "Binding", 0, "The flow the stage is bound into.", nullptr, nullptr, nullptr},
    {"flows/bindings", "stage", "Stage", "Binding", 10, "The stage that runs at this point of the flow.", nullptr, nullptr, nullptr},
    {"flows/bindings", "order", "Order", "Binding", 20, "Stages run in ascending order.", nullptr, nullptr, nullptr},
    {"flows/bindings", "evaluate_on_plan", "Evaluate when the flow is planned", "Policies", 30, "Evaluate the binding's policies when the flow is planned.", "false", nullptr, nullptr},
    {"flows/bindings", "re_evaluate_policies", "Re-evaluate policies", "Policies", 40, "Evaluate the binding's policies again just before the stage is shown.", "true", nullptr, nullptr},
    {"flows/bindings", "policy_engine_mode", "Policy engine mode", "Policies", 50, "Whether all or any bound policies must pass.", "\"any\"", nullptr, nullptr},
    {"flows/bindings", "invalid_response_action", "Invalid response action", "Policies", 60, "What happens when the user's answer to this stage is invalid.", "\"retry\"", nullptr, nullptr},
};
// clang-format on

struct ResourceEntry
{
    const char *resource;
    const char *description;
    const char *ordering;  ///< comma-separated
    const char *search;    ///< comma-separated
};

const ResourceEntry kResources[] = {
    {"stages/dummy", "A stage that does nothing; set it to throw an error to test how a flow fails.", "name", "name"},
    {"stages/source", "Sends the user to a source (e.g. a social login) and resumes the flow when they return.", "name", "name"},
    {"stages/identification", "Asks the user to identify themselves by e-mail, username or UPN, or through a source.", "name", "name"},
    {"stages/all", "Every stage, whatever its kind.", "name", "name"},
    {"flows", "A flow: the stages a user goes through, in order.", "slug,name,title,designation,pk", "name,slug,title,designation"},
    {"flows/bindings", "A stage bound into a flow at a position.", "order,target,pk", "stage_obj.name"},
    {"sources", "Where users come from: the built-in database, social logins, SAML, LDAP...", "name,slug,pk", "name,slug"},
};

} // namespace

QString labelFromName(const QString &name)
{
    QString label = name;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

QString referenceFor(const QString &resourceKey, const QString &field, const QStringList &stageKindKeys)
{
    if (field == QLatin1String("target") || field.endsWith(QLatin1String("_flow")))
        return QStringLiteral("flows");
    if (field == QLatin1String("source") || field == QLatin1String("sources"))
        return QStringLiteral("sources");
    if (field == QLatin1String("stage") || field == QLatin1String("configuration_stages")
        || field == QLatin1String("configure_flow_stage"))
        return QStringLiteral("stages/all");
    if (field == QLatin1String("password_stage"))
        return QStringLiteral("stages/password");
    if (field == QLatin1String("captcha_stage"))
        return QStringLiteral("stages/captcha");
    if (field == QLatin1String("webauthn_stage"))
        return QStringLiteral("stages/authenticator/webauthn");
    if (field.endsWith(QLatin1String("_stage"))) {
        const QString stem = field.chopped(6);
        for (const QString &key : stageKindKeys) {
            if (key == QStringLiteral("stages/") + stem || key.endsWith(QLatin1Char('/') + stem))
                return key;
        }
        return QStringLiteral("stages/all");
    }
    Q_UNUSED(resourceKey);
    return {};
}

void apply(ResourceDescriptor &resource)
{
    const QByteArray key = resource.key.toUtf8();
    for (const ResourceEntry &entry : kResources) {
        if (key != entry.resource)
            continue;
        resource.description = QString::fromUtf8(entry.description);
        resource.orderingFields = QString::fromLatin1(entry.ordering).split(QLatin1Char(','));
        resource.searchFields = QString::fromLatin1(entry.search).split(QLatin1Char(','));
    }
    if (resource.key == QLatin1String("stages/identification"))
        resource.patchCompanions = {QStringLiteral("user_fields"), QStringLiteral("sources")};
    if (resource.orderingFields.isEmpty())
        resource.orderingFields = {QStringLiteral("name"), QStringLiteral("pk")};
    if (resource.searchFields.isEmpty())
        resource.searchFields = {QStringLiteral("name")};
    if (resource.description.isEmpty())
        resource.description = resource.label;

    bool overlaid = false;
    for (FieldDescriptor &field : resource.fields) {
        field.label = labelFromName(field.name);
        field.help = field.description;
        for (const FieldEntry &entry : kFields) {
            if (key != entry.resource || field.name != QLatin1String(entry.field))
                continue;
            overlaid = true;
            field.label = QString::fromUtf8(entry.label);
            field.section = QString::fromUtf8(entry.section);
            field.order = entry.order;
            if (entry.help)
                field.help = QString::fromUtf8(entry.help);
            if (entry.defaultJson) {
                const QJsonDocument doc = QJsonDocument::fromJson(QByteArrayLiteral("[") + entry.defaultJson + QByteArrayLiteral("]"));
                field.defaultValue = doc.array().first();
            }
            if (entry.filterKey)
                field.referenceFilter.insert(QString::fromLatin1(entry.filterKey), QString::fromLatin1(entry.filterValue));
        }
        if (resource.key == QLatin1String("flows") && field.name == QLatin1String("slug")) {
            field.type = FieldType::Slug;
            field.maxLength = 50;
        }
    }
    // Generic kinds: name first, then the schema's fields in one section.
    for (FieldDescriptor &field : resource.fields) {
        if (field.section.isEmpty())
            field.section = overlaid ? QStringLiteral("More") : QStringLiteral("Settings");
        if (field.name == QLatin1String("name") && field.order == 1000)
            field.order = 0;
    }
    QStringList sections;
    QList<FieldDescriptor> sorted = resource.fields;
    std::stable_sort(sorted.begin(), sorted.end(), [](const FieldDescriptor &a, const FieldDescriptor &b) { return a.order < b.order; });
    for (const FieldDescriptor &field : sorted) {
        if (!field.readOnly && !sections.contains(field.section))
            sections.append(field.section);
    }
    resource.fields = sorted;
    resource.sections = sections;
}

} // namespace akdesk::overlay
