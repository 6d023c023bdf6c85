#pragma once

#include "models/drafts/draft.h"

#include <QIcon>
#include <QString>
#include <QStringList>

namespace akdesk {

/// akdesk's icons: one hand-drawn SVG set (resources/icons, 24×24 grid, mid-tone colours that keep
/// 3:1 contrast on light and dark bases), with the desktop theme's icon for standard actions when
/// the theme has one. SVGs go through QIcon's svg engine, so they render sharp at any scale.
class Icons final
{
public:
    /// Standard actions; each has a freedesktop name (used when the theme has it) and our fallback.
    enum class Action {
        New, Open, Save, Delete, Refresh, Find, Undo, Redo, MoveUp, MoveDown, Copy, About, Help, Add,
        Remove, Stop, Clear, Close, Filter, Connections, Properties, Sync, WorkOffline, ActionCount
    };
    /// States the user should notice: connection, drafts and their sync.
    enum class Status { Online, Offline, Conflict, Sync, Draft, Pending, Rejected, Deleted, StatusCount };

    static QIcon app();
    static QIcon action(Action action);
    static QIcon status(Status status);
    /// A stage kind's family icon, from authentik's form component ("ak-stage-password-form").
    static QIcon forStageComponent(const QString &component);
    /// A stage kind's family icon, from its registry key ("stages/password").
    static QIcon forStageKey(const QString &resourceKey);
    /// "authentication", "enrollment", …; the plain flow icon for an empty or unknown designation.
    static QIcon forFlowDesignation(const QString &designation);
    /// Any resource key: stage kinds, "flows", "flows/bindings"; the generic stage icon otherwise.
    static QIcon forResourceKey(const QString &resourceKey);
    static QIcon forDraftStatus(Draft::Status status);
    static QIcon flow();
    static QIcon binding();
    static QIcon genericStage();

    /// Base name of the SVG behind a stage component ("stage-password"); "stage-generic" when unknown.
    static QString stageIconName(const QString &component);
    /// Every flow designation with an icon of its own.
    static QStringList flowDesignations();
    /// The freedesktop theme name an action asks for first.
    static QString themeName(Action action);
    /// Resource path of one of our SVGs by base name, e.g. ":/akdesk/icons/stage-password.svg".
    static QString path(const QString &baseName);

private:
    static QIcon fromFile(const QString &baseName);
};

} // namespace akdesk
