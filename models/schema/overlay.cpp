#include "models/schema/overlay.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace akdesk::overlay {

namespace {

/// What the schema cannot say about a whole resource. nullptr means "keep what the loader derived".
struct ResourceEntry
{
    const char *resource;
    const char *label = nullptr;
    const char *labelPlural = nullptr;
    const char *component = nullptr;   ///< authentik's web-admin form, where the derived name is wrong
    const char *description = nullptr;
    const char *ordering = nullptr;    ///< comma-separated, as authentik's viewset allows
    const char *search = nullptr;      ///< comma-separated record paths the server's `search` looks in
    const char *patchCompanions = nullptr;
};

// authentik's viewsets: stages order and search by name; flows order by slug and name and search
// name, slug, designation, title and denied_action; bindings search the stage's name.
const ResourceEntry kResources[] = {
    {.resource = "stages/dummy", .component = "ak-stage-dummy-form",
     .description = QT_TRANSLATE_NOOP("akdesk::Overlay", "A stage that does nothing; set it to throw an error to test how a flow fails."),
     .ordering = "name", .search = "name"},
    {.resource = "stages/source", .component = "ak-stage-source-form",
     .description = QT_TRANSLATE_NOOP("akdesk::Overlay", "Sends the user to a source (e.g. a social login) and resumes the flow when they return."),
     .ordering = "name", .search = "name"},
    // authentik checks user_fields and sources together, on what a request carries.
    {.resource = "stages/identification", .component = "ak-stage-identification-form",
     .description = QT_TRANSLATE_NOOP("akdesk::Overlay", "Asks the user to identify themselves by e-mail, username or UPN, or through a source."),
     .ordering = "name", .search = "name", .patchCompanions = "user_fields,sources"},
    {.resource = "stages/prompt/stages", .component = "ak-stage-prompt-form"},
    {.resource = "stages/invitation/stages", .component = "ak-stage-invitation-form"},
    {.resource = "stages/endpoints", .component = "ak-endpoints-stage-form"},
    {.resource = "stages/all", .label = QT_TRANSLATE_NOOP("akdesk::Overlay", "Stage"), .labelPlural = QT_TRANSLATE_NOOP("akdesk::Overlay", "Stages"),
     .description = QT_TRANSLATE_NOOP("akdesk::Overlay", "Every stage, whatever its kind."), .ordering = "name", .search = "name"},
    {.resource = "flows", .label = QT_TRANSLATE_NOOP("akdesk::Overlay", "Flow"), .labelPlural = QT_TRANSLATE_NOOP("akdesk::Overlay", "Flows"),
     .description = QT_TRANSLATE_NOOP("akdesk::Overlay", "A flow: the stages a user goes through, in order."),
     .ordering = "slug,name,title,designation,pk", .search = "name,slug,designation,title,denied_action"},
    {.resource = "flows/bindings", .label = QT_TRANSLATE_NOOP("akdesk::Overlay", "Stage binding"), .labelPlural = QT_TRANSLATE_NOOP("akdesk::Overlay", "Stage bindings"),
     .description = QT_TRANSLATE_NOOP("akdesk::Overlay", "A stage bound into a flow at a position."), .ordering = "order,target,pk", .search = "stage_obj.name"},
    // PolicyBindingSerializer.validate (authentik/policies/api/bindings.py) reads only the fields
    // a request carries: a PATCH without target or its one of policy/group/user is refused.
    {.resource = "policies/bindings", .patchCompanions = "target,policy,group,user"},
    {.resource = "sources", .label = QT_TRANSLATE_NOOP("akdesk::Overlay", "Source"), .labelPlural = QT_TRANSLATE_NOOP("akdesk::Overlay", "Sources"),
     .description = QT_TRANSLATE_NOOP("akdesk::Overlay", "Where users come from: the built-in database, social logins, SAML, LDAP..."),
     .ordering = "name,slug,pk", .search = "name,slug"},
};

/// One field's presentation and what the schema lacks. nullptr and -1 mean "keep the schema's".
struct FieldEntry
{
    const char *resource;
    const char *field;
    const char *label;
    const char *section;
    int order;
    const char *help = nullptr;
    const char *defaultJson = nullptr;   ///< JSON text of the default
    const char *filterKey = nullptr;     ///< reference picker filter, e.g. "designation"
    const char *filterValue = nullptr;
    FieldType type = FieldType::Unknown; ///< overrides the schema's type when set
    int maxLength = -1;
};

// clang-format off
const FieldEntry kFields[] = {
    // Dummy stage
    {"stages/dummy", "name", QT_TRANSLATE_NOOP("akdesk::Overlay", "Name"), QT_TRANSLATE_NOOP("akdesk::Overlay", "Stage"), 0, QT_TRANSLATE_NOOP("akdesk::Overlay", "Unique across all stages.")},
    {"stages/dummy", "throw_error", QT_TRANSLATE_NOOP("akdesk::Overlay", "Throw an error"), QT_TRANSLATE_NOOP("akdesk::Overlay", "Behaviour"), 10, QT_TRANSLATE_NOOP("akdesk::Overlay", "Fails the flow when this stage is reached; for testing."), "false"},

    // Source stage (enterprise)
    {"stages/source", "name", QT_TRANSLATE_NOOP("akdesk::Overlay", "Name"), QT_TRANSLATE_NOOP("akdesk::Overlay", "Stage"), 0, QT_TRANSLATE_NOOP("akdesk::Overlay", "Unique across all stages.")},
    {"stages/source", "source", QT_TRANSLATE_NOOP("akdesk::Overlay", "Source"), QT_TRANSLATE_NOOP("akdesk::Overlay", "Source"), 10, QT_TRANSLATE_NOOP("akdesk::Overlay", "The source the user is sent to; the flow resumes when they return.")},
    {"stages/source", "resume_timeout", QT_TRANSLATE_NOOP("akdesk::Overlay", "Resume timeout"), QT_TRANSLATE_NOOP("akdesk::Overlay", "Source"), 20, QT_TRANSLATE_NOOP("akdesk::Overlay", "How long the user may take to come back from the source, e.g. minutes=10 or hours=1;minutes=30."), "\"minutes=10\""},
    {"stages/source", "resume_on_match_failures", QT_TRANSLATE_NOOP("akdesk::Overlay", "Resume on match failures"), QT_TRANSLATE_NOOP("akdesk::Overlay", "Source"), 30, QT_TRANSLATE_NOOP("akdesk::Overlay", "Source matching failures after which the flow still resumes."), "[]"},

    // Identification stage
    {"stages/identification", "name", QT_TRANSLATE_NOOP("akdesk::Overlay", "Name"), QT_TRANSLATE_NOOP("akdesk::Overlay", "Stage"), 0, QT_TRANSLATE_NOOP("akdesk::Overlay", "Unique across all stages.")},
    {"stages/identification", "user_fields", QT_TRANSLATE_NOOP("akdesk::Overlay", "User fields"), QT_TRANSLATE_NOOP("akdesk::Overlay", "User fields"), 10, QT_TRANSLATE_NOOP("akdesk::Overlay", "Fields of the user object to match against. With none selected, users can only identify through a source."), "[]"},
    {"stages/identification", "case_insensitive_matching", QT_TRANSLATE_NOOP("akdesk::Overlay", "Case-insensitive matching"), QT_TRANSLATE_NOOP("akdesk::Overlay", "User fields"), 20, QT_TRANSLATE_NOOP("akdesk::Overlay", "Match user fields regardless of their casing."), "true"},
    {"stages/identification", "pretend_user_exists", QT_TRANSLATE_NOOP("akdesk::Overlay", "Pretend user exists"), QT_TRANSLATE_NOOP("akdesk::Overlay", "User fields"), 30, QT_TRANSLATE_NOOP("akdesk::Overlay", "Continue even when no user matches, so that nobody can probe which accounts exist."), "true"},
    {"stages/identification", "show_matched_user", QT_TRANSLATE_NOOP("akdesk::Overlay", "Show matched user"), QT_TRANSLATE_NOOP("akdesk::Overlay", "User fields"), 40, QT_TRANSLATE_NOOP("akdesk::Overlay", "Show the matched user's name and avatar instead of what was typed."), "true"},
    {"stages/identification", "enable_remember_me", QT_TRANSLATE_NOOP("akdesk::Overlay", "Offer \"Remember me\""), QT_TRANSLATE_NOOP("akdesk::Overlay", "User fields"), 50, QT_TRANSLATE_NOOP("akdesk::Overlay", "Let returning users skip straight to their password on this device."), "false"},
    {"stages/identification", "password_stage", QT_TRANSLATE_NOOP("akdesk::Overlay", "Password stage"), QT_TRANSLATE_NOOP("akdesk::Overlay", "Stages"), 60, QT_TRANSLATE_NOOP("akdesk::Overlay", "Ask for the password on the same page instead of a separate step."), "null"},
    {"stages/identification", "captcha_stage", QT_TRANSLATE_NOOP("akdesk::Overlay", "Captcha stage"), QT_TRANSLATE_NOOP("akdesk::Overlay", "Stages"), 70, QT_TRANSLATE_NOOP("akdesk::Overlay", "Check a captcha on the same page."), "null"},
    {"stages/identification", "webauthn_stage", QT_TRANSLATE_NOOP("akdesk::Overlay", "Passkey (WebAuthn) stage"), QT_TRANSLATE_NOOP("akdesk::Overlay", "Stages"), 80, QT_TRANSLATE_NOOP("akdesk::Overlay", "Allow signing in with a passkey where the browser offers one."), "null"},
    {"stages/identification", "enrollment_flow", QT_TRANSLATE_NOOP("akdesk::Overlay", "Enrollment flow"), QT_TRANSLATE_NOOP("akdesk::Overlay", "Flows"), 90, QT_TRANSLATE_NOOP("akdesk::Overlay", "Linked at the bottom of the page for new users."), "null", "designation", "enrollment"},
    {"stages/identification", "recovery_flow", QT_TRANSLATE_NOOP("akdesk::Overlay", "Recovery flow"), QT_TRANSLATE_NOOP("akdesk::Overlay", "Flows"), 100, QT_TRANSLATE_NOOP("akdesk::Overlay", "Linked at the bottom of the page for users who forgot their password."), "null", "designation", "recovery"},
    {"stages/identification", "passwordless_flow", QT_TRANSLATE_NOOP("akdesk::Overlay", "Passwordless flow"), QT_TRANSLATE_NOOP("akdesk::Overlay", "Flows"), 110, QT_TRANSLATE_NOOP("akdesk::Overlay", "Linked at the bottom of the page for signing in without a password."), "null", "designation", "authentication"},
    {"stages/identification", "sources", QT_TRANSLATE_NOOP("akdesk::Overlay", "Sources"), QT_TRANSLATE_NOOP("akdesk::Overlay", "Sources"), 120, QT_TRANSLATE_NOOP("akdesk::Overlay", "Sources shown on the page, e.g. social logins."), "[]"},
    {"stages/identification", "show_source_labels", QT_TRANSLATE_NOOP("akdesk::Overlay", "Show source labels"), QT_TRANSLATE_NOOP("akdesk::Overlay", "Sources"), 130, QT_TRANSLATE_NOOP("akdesk::Overlay", "Show each source's name next to its icon."), "false"},

    // Flows
    {"flows", "name", QT_TRANSLATE_NOOP("akdesk::Overlay", "Name"), QT_TRANSLATE_NOOP("akdesk::Overlay", "Flow"), 0, QT_TRANSLATE_NOOP("akdesk::Overlay", "Shown in the admin interface.")},
    {"flows", "title", QT_TRANSLATE_NOOP("akdesk::Overlay", "Title"), QT_TRANSLATE_NOOP("akdesk::Overlay", "Flow"), 10, QT_TRANSLATE_NOOP("akdesk::Overlay", "Shown as the title on the flow's pages.")},
    {"flows", "slug", QT_TRANSLATE_NOOP("akdesk::Overlay", "Slug"), QT_TRANSLATE_NOOP("akdesk::Overlay", "Flow"), 20, QT_TRANSLATE_NOOP("akdesk::Overlay", "Part of the flow's URL: letters, numbers, '-' and '_', at most 50."), nullptr, nullptr, nullptr, FieldType::Slug, 50},
    {"flows", "designation", QT_TRANSLATE_NOOP("akdesk::Overlay", "Designation"), QT_TRANSLATE_NOOP("akdesk::Overlay", "Flow"), 30, QT_TRANSLATE_NOOP("akdesk::Overlay", "What the flow is used for, e.g. authentication or enrollment.")},
    {"flows", "authentication", QT_TRANSLATE_NOOP("akdesk::Overlay", "Authentication"), QT_TRANSLATE_NOOP("akdesk::Overlay", "Behaviour"), 40, QT_TRANSLATE_NOOP("akdesk::Overlay", "Who may run the flow."), "\"none\""},
    {"flows", "policy_engine_mode", QT_TRANSLATE_NOOP("akdesk::Overlay", "Policy engine mode"), QT_TRANSLATE_NOOP("akdesk::Overlay", "Behaviour"), 50, QT_TRANSLATE_NOOP("akdesk::Overlay", "Whether all or any bound policies must pass."), "\"any\""},
    {"flows", "denied_action", QT_TRANSLATE_NOOP("akdesk::Overlay", "Denied action"), QT_TRANSLATE_NOOP("akdesk::Overlay", "Behaviour"), 60, QT_TRANSLATE_NOOP("akdesk::Overlay", "What happens when the flow denies access."), "\"message_continue\""},
    {"flows", "compatibility_mode", QT_TRANSLATE_NOOP("akdesk::Overlay", "Compatibility mode"), QT_TRANSLATE_NOOP("akdesk::Overlay", "Behaviour"), 70, QT_TRANSLATE_NOOP("akdesk::Overlay", "Increases compatibility with password managers on mobile devices."), "false"},
    {"flows", "layout", QT_TRANSLATE_NOOP("akdesk::Overlay", "Layout"), QT_TRANSLATE_NOOP("akdesk::Overlay", "Appearance"), 80, QT_TRANSLATE_NOOP("akdesk::Overlay", "How the flow's pages are laid out."), "\"stacked\""},
    {"flows", "background", QT_TRANSLATE_NOOP("akdesk::Overlay", "Background"), QT_TRANSLATE_NOOP("akdesk::Overlay", "Appearance"), 90, QT_TRANSLATE_NOOP("akdesk::Overlay", "Background image shown while the flow runs.")},

    // Flow-stage bindings
    {"flows/bindings", "target", QT_TRANSLATE_NOOP("akdesk::Overlay", "Flow"), QT_TRANSLATE_NOOP("akdesk::Overlay", "Binding"), 0, QT_TRANSLATE_NOOP("akdesk::Overlay", "The flow the stage is bound into.")},
    {"flows/bindings", "stage", QT_TRANSLATE_NOOP("akdesk::Overlay", "Stage"), QT_TRANSLATE_NOOP("akdesk::Overlay", "Binding"), 10, QT_TRANSLATE_NOOP("akdesk::Overlay", "The stage that runs at this point of the flow.")},
    {"flows/bindings", "order", QT_TRANSLATE_NOOP("akdesk::Overlay", "Order"), QT_TRANSLATE_NOOP("akdesk::Overlay", "Binding"), 20, QT_TRANSLATE_NOOP("akdesk::Overlay", "Stages run in ascending order.")},
    {"flows/bindings", "evaluate_on_plan", QT_TRANSLATE_NOOP("akdesk::Overlay", "Evaluate when the flow is planned"), QT_TRANSLATE_NOOP("akdesk::Overlay", "Policies"), 30, QT_TRANSLATE_NOOP("akdesk::Overlay", "Evaluate the binding's policies when the flow is planned."), "false"},
    {"flows/bindings", "re_evaluate_policies", QT_TRANSLATE_NOOP("akdesk::Overlay", "Re-evaluate policies"), QT_TRANSLATE_NOOP("akdesk::Overlay", "Policies"), 40, QT_TRANSLATE_NOOP("akdesk::Overlay", "Evaluate the binding's policies again just before the stage is shown."), "true"},
    {"flows/bindings", "policy_engine_mode", QT_TRANSLATE_NOOP("akdesk::Overlay", "Policy engine mode"), QT_TRANSLATE_NOOP("akdesk::Overlay", "Policies"), 50, QT_TRANSLATE_NOOP("akdesk::Overlay", "Whether all or any bound policies must pass."), "\"any\""},
    {"flows/bindings", "invalid_response_action", QT_TRANSLATE_NOOP("akdesk::Overlay", "Invalid response action"), QT_TRANSLATE_NOOP("akdesk::Overlay", "Policies"), 60, QT_TRANSLATE_NOOP("akdesk::Overlay", "What happens when the user's answer to this stage is invalid."), "\"retry\""},
};
// clang-format on

/// Where a uuid field points when its name alone does not say it ("*" matches every resource).
struct ReferenceEntry
{
    const char *resource;
    const char *field;
    const char *target;
};

const ReferenceEntry kReferences[] = {
    {"*", "password_stage", "stages/password"},
    {"*", "captcha_stage", "stages/captcha"},
    // IdentificationStage.webauthn_stage is a ForeignKey to AuthenticatorValidateStage (the
    // passkey autofill validates; authentik/stages/identification/models.py).
    {"stages/identification", "webauthn_stage", "stages/authenticator/validate"},
    {"*", "stage", "stages/all"},
    {"*", "configuration_stages", "stages/all"},
    {"*", "configure_flow_stage", "stages/all"},
    {"*", "target", "flows"},
    {"*", "source", "sources"},
    {"*", "sources", "sources"},
    {"stages/prompt/stages", "fields", "prompts"},
    {"*", "validation_policies", "policies"},
    {"*", "certificate_authorities", "certificates"},
};

QStringList splitList(const char *text)
{
    return text ? QString::fromLatin1(text).split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList();
}

void applyResource(ResourceDescriptor &resource)
{
    const QByteArray key = resource.key.toUtf8();
    for (const ResourceEntry &entry : kResources) {
        if (key != entry.resource)
            continue;
        if (entry.label)
            resource.label = QCoreApplication::translate("akdesk::Overlay", entry.label);
        if (entry.labelPlural)
            resource.labelPlural = QCoreApplication::translate("akdesk::Overlay", entry.labelPlural);
        if (entry.component)
            resource.component = QString::fromLatin1(entry.component);
        if (entry.description)
            resource.description = QCoreApplication::translate("akdesk::Overlay", entry.description);
        if (entry.ordering)
            resource.orderingFields = splitList(entry.ordering);
        if (entry.search)
            resource.searchFields = splitList(entry.search);
        if (entry.patchCompanions)
            resource.patchCompanions = splitList(entry.patchCompanions);
    }
    // Every stage viewset in authentik orders and searches by name.
    if (resource.orderingFields.isEmpty())
        resource.orderingFields = {QStringLiteral("name"), QStringLiteral("pk")};
    if (resource.searchFields.isEmpty())
        resource.searchFields = {QStringLiteral("name")};
    if (resource.description.isEmpty())
        resource.description = resource.label;
}

/// Applies the overlay entries for one field; true when there was one.
bool applyField(const QByteArray &key, FieldDescriptor &field)
{
    bool overlaid = false;
    for (const FieldEntry &entry : kFields) {
        if (key != entry.resource || field.name != QLatin1String(entry.field))
            continue;
        overlaid = true;
        field.label = QCoreApplication::translate("akdesk::Overlay", entry.label);
        field.section = QCoreApplication::translate("akdesk::Overlay", entry.section);
        field.order = entry.order;
        if (entry.help)
            field.help = QCoreApplication::translate("akdesk::Overlay", entry.help);
        if (entry.defaultJson) {
            const QJsonDocument doc = QJsonDocument::fromJson(QByteArrayLiteral("[") + entry.defaultJson + QByteArrayLiteral("]"));
            field.defaultValue = doc.array().first();
        }
        if (entry.filterKey)
            field.referenceFilter.insert(QString::fromLatin1(entry.filterKey), QString::fromLatin1(entry.filterValue));
        if (entry.type != FieldType::Unknown)
            field.type = entry.type;
        if (entry.maxLength >= 0)
            field.maxLength = entry.maxLength;
    }
    return overlaid;
}

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
    const QByteArray key = resourceKey.toUtf8();
    for (const ReferenceEntry &entry : kReferences) {
        if ((qstrcmp(entry.resource, "*") == 0 || key == entry.resource) && field == QLatin1String(entry.field))
            return QString::fromLatin1(entry.target);
    }
    if (field.endsWith(QLatin1String("_flow")))
        return QStringLiteral("flows");
    // `<kind>_stage` points at that kind when one is called so ("consent_stage" -> stages/consent),
    // at any stage otherwise.
    if (field.endsWith(QLatin1String("_stage"))) {
        const QString stem = field.chopped(6);
        for (const QString &kind : stageKindKeys) {
            if (kind == QStringLiteral("stages/") + stem || kind.endsWith(QLatin1Char('/') + stem))
                return kind;
        }
        return QStringLiteral("stages/all");
    }
    return {};
}

void apply(ResourceDescriptor &resource)
{
    applyResource(resource);
    const QByteArray key = resource.key.toUtf8();
    bool overlaid = false;
    for (FieldDescriptor &field : resource.fields) {
        field.label = labelFromName(field.name);
        field.help = field.description;
        overlaid = applyField(key, field) || overlaid;
        // authentik compiles it as the body of a Python function (authentik/lib/expression/evaluator.py).
        if (key == "policies/expression" && field.name == QLatin1String("expression"))
            field.syntax = QStringLiteral("python");
    }
    // Kinds without an overlay get one section with name first; overlaid kinds put what the
    // overlay left out at the end.
    for (FieldDescriptor &field : resource.fields) {
        if (field.section.isEmpty())
            field.section = overlaid ? QCoreApplication::translate("akdesk::Overlay", "More")
                                     : QCoreApplication::translate("akdesk::Overlay", "Settings");
        if (field.name == QLatin1String("name") && field.order == 1000)
            field.order = 0;
    }
    std::stable_sort(resource.fields.begin(), resource.fields.end(),
                     [](const FieldDescriptor &a, const FieldDescriptor &b) { return a.order < b.order; });
    QStringList sections;
    for (const FieldDescriptor &field : std::as_const(resource.fields)) {
        if (!field.readOnly && !sections.contains(field.section))
            sections.append(field.section);
    }
    resource.sections = sections;
}

} // namespace akdesk::overlay
