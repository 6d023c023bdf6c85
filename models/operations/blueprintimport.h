#pragma once

#include "models/blueprints/blueprint.h"
#include "models/blueprints/importplan.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace akdesk {

class ApiClient;
class ApiReply;
class SchemaRegistry;

/// Previews and applies a blueprint on a server.
///
/// The preview reads only what the entries' identifiers name (one list read per distinct query,
/// a flow's bindings in one read by their target, pages of 100), plans the entries as authentik's
/// importer would (blueprints::planImport) and reads again only what the newly found objects
/// lead to (a found flow's bindings), until nothing is left unread.
///
/// Applying all of a blueprint uses the server's own import, so that authentik applies it in one
/// transaction and its logs are shown: /managed/blueprints/import/ (authentik/blueprints/api.py
/// import_, 2024.x and later), else /flows/instances/import/ on older servers (authentik/flows/
/// api/flows.py import_flow). Applying some entries writes them one by one through the REST API
/// in the blueprint's order; a failure stops there and the report says what was done before it.
class BlueprintImport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlueprintImport)

public:
    struct Step
    {
        QString title;
        blueprints::PlannedEntry::Action action = blueprints::PlannedEntry::Action::Unchanged;
        QString pk;  ///< the object's pk after the step
    };
    struct Report
    {
        bool ok = false;
        bool viaServerImport = false;   ///< the server's import ran (all or nothing)
        QList<Step> done;               ///< applied, in order (write path)
        QString failedAt;               ///< the entry that failed (write path), empty when none
        QString error;                  ///< why, for people
        QList<QJsonObject> logs;        ///< authentik's import logs (LogEvent)
        QStringList notApplied;         ///< entries after the failure, not attempted
    };

    BlueprintImport(ApiClient *client, std::shared_ptr<const SchemaRegistry> schema, QObject *parent = nullptr);
    ~BlueprintImport() override;

    /// Reads the blueprint and what it names on the server; previewed() or failed() follows.
    void preview(const QByteArray &yaml);
    /// The last preview's blueprint and plan.
    const blueprints::Blueprint &blueprint() const { return m_blueprint; }
    const blueprints::ImportPlan &plan() const { return m_plan; }
    /// Requests the last preview sent.
    int previewRequests() const { return m_previewRequests; }

    /// Applies the whole blueprint through the server's import; applied() follows.
    void applyAll(const QByteArray &yaml);
    /// Applies the chosen entries of the last plan one by one; progress() and applied() follow.
    /// An entry that needs an object only an unchosen entry would make fails with that named.
    void applyEntries(const QSet<int> &indexes);

    bool isRunning() const { return m_running; }
    void cancel();

Q_SIGNALS:
    void previewed(const akdesk::blueprints::ImportPlan &plan);
    void progress(int done, int total, const QString &title);
    void applied(const akdesk::BlueprintImport::Report &report);
    void failed(const QString &message);

private:
    class State;
    void runPlan();
    void readNext();
    void readPage(const blueprints::ServerQuery &query, int page, QList<QJsonObject> rows);
    void upload(const QString &path, const QByteArray &yaml, bool mayFallBack);
    void applyNext();
    void finishApply();

    ApiClient *m_client;
    std::shared_ptr<const SchemaRegistry> m_schema;
    std::unique_ptr<State> m_state;
    blueprints::Blueprint m_blueprint;
    blueprints::ImportPlan m_plan;
    QHash<QString, blueprints::ServerQuery> m_queries;  ///< every query asked for, by key
    QStringList m_toRead;
    QList<blueprints::BlueprintProblem> m_parseProblems;
    int m_inFlight = 0;
    int m_previewRequests = 0;
    int m_passes = 0;
    QList<QPointer<ApiReply>> m_replies;
    bool m_running = false;

    // Applying entry by entry.
    QList<int> m_applyOrder;
    int m_applyNext = 0;
    QHash<QString, QJsonValue> m_real;  ///< placeholder → the pk made for it
    Report m_report;
};

} // namespace akdesk

Q_DECLARE_METATYPE(akdesk::BlueprintImport::Report)
Q_DECLARE_METATYPE(akdesk::blueprints::ImportPlan)
