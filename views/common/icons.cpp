#include "views/common/icons.h"

#include <QHash>

#include <iterator>

namespace akdesk {

namespace {

/// A stage kind's family, by the slug of authentik's form component. Earlier rows win, so the
/// exceptions come before the "authenticator-" prefix that covers every other MFA setup stage.
struct StageFamily
{
    const char *slug;
    const char *icon;
    bool prefix = false;
};

const StageFamily kStageFamilies[] = {
    {"identification", "stage-identification"},
    {"source", "stage-source"},
    {"user-login", "stage-user-login"},
    {"user-logout", "stage-user-logout"},
    {"password", "stage-password"},
    {"captcha", "stage-captcha"},
    {"mtls", "stage-mtls"},
    {"authenticator-validate", "stage-authenticator-validate"},
    {"authenticator-endpoint-gdtc", "stage-endpoint"},
    {"authenticator-", "stage-authenticator", true},
    {"endpoints", "stage-endpoint"},
    {"prompt", "stage-prompt"},
    {"prompt-stages", "stage-prompt"},
    {"user-write", "stage-user-write"},
    {"consent", "stage-consent"},
    {"invitation", "stage-invitation"},
    {"invitation-stages", "stage-invitation"},
    {"email", "stage-email"},
    {"user-delete", "stage-user-delete"},
    {"account-lockdown", "stage-account-lockdown"},
    {"deny", "stage-deny"},
    {"redirect", "stage-redirect"},
    {"dummy", "stage-dummy"},
};

struct ActionEntry
{
    Icons::Action action;
    const char *theme;     ///< freedesktop icon name; nullptr when the spec has none
    const char *fallback;  ///< our SVG
};

const ActionEntry kActions[] = {
    {Icons::Action::New, "document-new", "document-new"},
    {Icons::Action::Open, "document-open", "document-open"},
    {Icons::Action::Save, "document-save", "document-save"},
    {Icons::Action::Delete, "edit-delete", "edit-delete"},
    {Icons::Action::Refresh, "view-refresh", "view-refresh"},
    {Icons::Action::Find, "edit-find", "edit-find"},
    {Icons::Action::Undo, "edit-undo", "edit-undo"},
    {Icons::Action::Redo, "edit-redo", "edit-redo"},
    {Icons::Action::MoveUp, "go-up", "go-up"},
    {Icons::Action::MoveDown, "go-down", "go-down"},
    {Icons::Action::Copy, "edit-copy", "edit-copy"},
    {Icons::Action::About, "help-about", "help-about"},
    {Icons::Action::Help, "help-contents", "help-contents"},
    {Icons::Action::Add, "list-add", "list-add"},
    {Icons::Action::Remove, "list-remove", "list-remove"},
    {Icons::Action::Stop, "process-stop", "process-stop"},
    {Icons::Action::Clear, "edit-clear", "edit-clear"},
    {Icons::Action::Close, "window-close", "window-close"},
    {Icons::Action::Filter, "view-filter", "view-filter"},
    {Icons::Action::Connections, "network-server", "network-server"},
    {Icons::Action::Properties, "document-properties", "document-properties"},
    {Icons::Action::Sync, nullptr, "status-sync"},
    {Icons::Action::WorkOffline, "network-offline", "status-offline"},
};
static_assert(std::size(kActions) == std::size_t(Icons::Action::ActionCount), "every action needs a row");

// Statuses are always ours: their colour carries the meaning (green online, orange offline, red
// conflict), which a theme's monochrome network icons would lose.
const char *const kStatuses[] = {
    "status-online", "status-offline", "status-conflict", "status-sync",
    "status-draft", "status-pending", "status-rejected", "status-deleted",
};
static_assert(std::size(kStatuses) == std::size_t(Icons::Status::StatusCount), "every status needs a row");

struct DesignationEntry
{
    const char *designation;  ///< authentik's FlowDesignationEnum value
    const char *icon;
};

const DesignationEntry kDesignations[] = {
    {"authentication", "flow-authentication"},
    {"authorization", "flow-authorization"},
    {"enrollment", "flow-enrollment"},
    {"invalidation", "flow-invalidation"},
    {"recovery", "flow-recovery"},
    {"stage_configuration", "flow-stage-configuration"},
    {"unenrollment", "flow-unenrollment"},
};

struct DraftStatusEntry
{
    Draft::Status draft;
    Icons::Status status;
};

const DraftStatusEntry kDraftStatuses[] = {
    {Draft::Status::Pending, Icons::Status::Pending},
    {Draft::Status::Conflict, Icons::Status::Conflict},
    {Draft::Status::Rejected, Icons::Status::Rejected},
    {Draft::Status::Deleted, Icons::Status::Deleted},
};

/// "ak-stage-user-write-form" → "user-write"; "ak-endpoints-stage-form" → "endpoints".
QString slugOfComponent(QString component)
{
    if (component.startsWith(QLatin1String("ak-")))
        component.remove(0, 3);
    if (component.endsWith(QLatin1String("-form")))
        component.chop(5);
    if (component.startsWith(QLatin1String("stage-")))
        component.remove(0, 6);
    if (component.endsWith(QLatin1String("-stage")))
        component.chop(6);
    return component;
}

QString iconForSlug(const QString &slug)
{
    for (const StageFamily &family : kStageFamilies) {
        const QLatin1String name(family.slug);
        if (family.prefix ? slug.startsWith(name) : slug == name)
            return QLatin1String(family.icon);
    }
    return QStringLiteral("stage-generic");
}

} // namespace

QString Icons::path(const QString &baseName)
{
    return QStringLiteral(":/akdesk/icons/%1.svg").arg(baseName);
}

QIcon Icons::fromFile(const QString &baseName)
{
    // Views ask for the same icons on every paint; one QIcon per file keeps the svg engine's
    // rendered pixmaps cached across calls.
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(baseName);
    if (it == cache.constEnd())
        it = cache.insert(baseName, QIcon(path(baseName)));
    return *it;
}

QIcon Icons::app()
{
    return fromFile(QStringLiteral("akdesk"));
}

QString Icons::themeName(Action action)
{
    for (const ActionEntry &entry : kActions) {
        if (entry.action == action)
            return entry.theme ? QString::fromLatin1(entry.theme) : QString();
    }
    return {};
}

QIcon Icons::action(Action action)
{
    for (const ActionEntry &entry : kActions) {
        if (entry.action != action)
            continue;
        const QIcon ours = fromFile(QLatin1String(entry.fallback));
        return entry.theme ? QIcon::fromTheme(QLatin1String(entry.theme), ours) : ours;
    }
    return {};
}

QIcon Icons::status(Status status)
{
    const auto index = std::size_t(status);
    return index < std::size(kStatuses) ? fromFile(QLatin1String(kStatuses[index])) : QIcon();
}

QString Icons::stageIconName(const QString &component)
{
    return iconForSlug(slugOfComponent(component));
}

QIcon Icons::forStageComponent(const QString &component)
{
    return fromFile(stageIconName(component));
}

QIcon Icons::forStageKey(const QString &resourceKey)
{
    if (!resourceKey.startsWith(QLatin1String("stages/")))
        return genericStage();
    // The loader derives components the same way: "stages/prompt/stages" → "prompt-stages".
    QString slug = resourceKey.mid(7);
    slug.replace(QLatin1Char('/'), QLatin1Char('-')).replace(QLatin1Char('_'), QLatin1Char('-'));
    return fromFile(iconForSlug(slug));
}

QIcon Icons::forFlowDesignation(const QString &designation)
{
    for (const DesignationEntry &entry : kDesignations) {
        if (designation == QLatin1String(entry.designation))
            return fromFile(QLatin1String(entry.icon));
    }
    return flow();
}

QStringList Icons::flowDesignations()
{
    QStringList names;
    for (const DesignationEntry &entry : kDesignations)
        names.append(QLatin1String(entry.designation));
    return names;
}

QIcon Icons::forResourceKey(const QString &resourceKey)
{
    if (resourceKey == QLatin1String("flows"))
        return flow();
    if (resourceKey == QLatin1String("flows/bindings"))
        return binding();
    if (resourceKey == QLatin1String("sources"))
        return fromFile(QStringLiteral("stage-source"));
    return forStageKey(resourceKey);
}

QIcon Icons::forDraftStatus(Draft::Status status)
{
    for (const DraftStatusEntry &entry : kDraftStatuses) {
        if (entry.draft == status)
            return Icons::status(entry.status);
    }
    return Icons::status(Status::Pending);
}

QIcon Icons::flow()
{
    return fromFile(QStringLiteral("flow"));
}

QIcon Icons::binding()
{
    return fromFile(QStringLiteral("binding"));
}

QIcon Icons::genericStage()
{
    return fromFile(QStringLiteral("stage-generic"));
}

} // namespace akdesk
