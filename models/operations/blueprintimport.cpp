#include "models/operations/blueprintimport.h"

#include "models/api/apiclient.h"
#include "models/api/listquery.h"
#include "models/api/pagination.h"
#include "models/blueprints/blueprintparser.h"
#include "models/schema/schemaregistry.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace akdesk {

using blueprints::ImportPlan;
using blueprints::PlannedEntry;
using blueprints::ServerQuery;

namespace {
constexpr int kParallelReads = 4;  // a real authentik serves a few requests at once (gunicorn workers)
constexpr int kMaxPasses = 8;      // flow → binding → policy binding is 3; more means a loop
}

class BlueprintImport::State final : public blueprints::ServerState
{
public:
    std::optional<QList<QJsonObject>> rows(const ServerQuery &query) const override
    {
        const auto it = read.constFind(query.key());
        if (it == read.constEnd())
            return std::nullopt;
        return *it;
    }
    QHash<QString, QList<QJsonObject>> read;
};

BlueprintImport::BlueprintImport(ApiClient *client, std::shared_ptr<const SchemaRegistry> schema, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_schema(std::move(schema))
    , m_state(std::make_unique<State>())
{
    qRegisterMetaType<akdesk::BlueprintImport::Report>();
    qRegisterMetaType<akdesk::blueprints::ImportPlan>();
}

BlueprintImport::~BlueprintImport()
{
    cancel();
}

void BlueprintImport::cancel()
{
    for (const QPointer<ApiReply> &reply : std::as_const(m_replies)) {
        if (reply) {
            disconnect(reply, nullptr, this, nullptr);
            reply->cancel();
        }
    }
    m_replies.clear();
    m_inFlight = 0;
    m_running = false;
}

void BlueprintImport::preview(const QByteArray &yaml)
{
    cancel();
    m_state->read.clear();
    m_queries.clear();
    m_toRead.clear();
    m_previewRequests = 0;
    m_passes = 0;
    const blueprints::ParseResult parsed = blueprints::parseBlueprint(yaml);
    m_blueprint = parsed.blueprint;
    m_plan = {};
    if (!parsed.ok() && parsed.blueprint.entries.isEmpty()) {
        QStringList lines;
        for (const blueprints::BlueprintProblem &problem : parsed.problems)
            lines << problem.toString();
        Q_EMIT failed(tr("The blueprint cannot be read:\n%1").arg(lines.join(QLatin1Char('\n'))));
        return;
    }
    m_running = true;
    m_parseProblems = parsed.problems;
    runPlan();
}

void BlueprintImport::runPlan()
{
    ++m_passes;
    m_plan = blueprints::planImport(m_blueprint, *m_schema, *m_state);
    m_plan.problems = m_parseProblems + m_plan.problems;
    if (m_plan.unread.isEmpty() || m_passes > kMaxPasses) {
        m_running = false;
        Q_EMIT previewed(m_plan);
        return;
    }
    for (const ServerQuery &query : std::as_const(m_plan.unread)) {
        m_queries.insert(query.key(), query);
        m_toRead.append(query.key());
    }
    readNext();
}

void BlueprintImport::readNext()
{
    while (m_inFlight < kParallelReads && !m_toRead.isEmpty()) {
        const QString key = m_toRead.takeFirst();
        if (m_state->read.contains(key) || !m_queries.contains(key))
            continue;
        ++m_inFlight;
        readPage(m_queries.value(key), 1, {});
    }
    if (m_inFlight == 0 && m_toRead.isEmpty() && m_running)
        runPlan();
}

void BlueprintImport::readPage(const ServerQuery &query, int page, QList<QJsonObject> rows)
{
    ++m_previewRequests;
    ApiReply *reply = nullptr;
    if (!query.detailId.isEmpty()) {
        reply = m_client->get(query.path + query.detailId + QLatin1Char('/'));
    } else {
        ListQuery list;
        list.page = page;
        list.pageSize = 100;  // authentik's most
        list.filters = query.filters;
        reply = m_client->list(query.path, list);
    }
    m_replies.append(reply);
    connect(reply, &ApiReply::finished, this, [this, query, page, rows](ApiReply *done) mutable {
        m_replies.removeAll(done);
        if (!done->ok() && !(done->status() == 404 && !query.detailId.isEmpty())) {
            const QString message = tr("Could not read %1 from the server: %2").arg(query.path, done->error().message());
            cancel();
            Q_EMIT failed(message);
            return;
        }
        if (done->cachedAt().isValid()) {
            cancel();
            Q_EMIT failed(tr("The server cannot be reached; a preview needs what it holds now, not what was cached."));
            return;
        }
        if (!query.detailId.isEmpty()) {
            if (done->ok())
                rows.append(done->object());
        } else {
            const QJsonArray results = done->results();
            for (const QJsonValue &row : results)
                rows.append(row.toObject());
            const paging::Next next = paging::after(page, done->pagination(), results.size());
            if (next.page > 0 && next.isConsistent()) {
                readPage(query, next.page, rows);
                return;
            }
        }
        m_state->read.insert(query.key(), rows);
        --m_inFlight;
        readNext();
    });
}

void BlueprintImport::applyAll(const QByteArray &yaml)
{
    cancel();
    m_report = {};
    m_report.viaServerImport = true;
    m_running = true;
    Q_EMIT progress(0, 1, tr("Importing on the server"));
    // The route of 2024.x and later; an older authentik has only the flow import of
    // authentik/flows/api/flows.py. Both answer {"success", "logs"}.
    upload(QStringLiteral("/managed/blueprints/import/"), yaml, true);
}

void BlueprintImport::upload(const QString &path, const QByteArray &yaml, bool mayFallBack)
{
    ApiReply *reply = m_client->uploadBlueprint(path, yaml);
    m_replies.append(reply);
    connect(reply, &ApiReply::finished, this, [this, yaml, mayFallBack](ApiReply *done) {
        m_replies.removeAll(done);
        if (mayFallBack && (done->status() == 404 || done->status() == 405)) {
            upload(QStringLiteral("/flows/instances/import/"), yaml, false);
            return;
        }
        const QJsonObject answer = done->object();
        for (const QJsonValue &log : answer.value(QLatin1String("logs")).toArray())
            m_report.logs.append(log.toObject());
        m_report.ok = done->ok() && answer.value(QLatin1String("success")).toBool();
        if (!m_report.ok)
            m_report.error = done->ok() ? tr("The server refused the blueprint; nothing was changed.") : done->error().message();
        finishApply();
    });
}

void BlueprintImport::applyEntries(const QSet<int> &indexes)
{
    cancel();
    m_report = {};
    m_real.clear();
    m_applyOrder.clear();
    for (const PlannedEntry &entry : std::as_const(m_plan.entries)) {
        const bool writes = entry.action == PlannedEntry::Action::Create || entry.action == PlannedEntry::Action::Update
                            || entry.action == PlannedEntry::Action::Delete;
        if (!indexes.contains(entry.index))
            continue;
        if (writes)
            m_applyOrder.append(entry.index);
        else if (!entry.pk.isEmpty())
            m_real.insert(blueprints::placeholderFor(entry.index), entry.pk);
    }
    // Objects that exist already stand for themselves.
    for (const PlannedEntry &entry : std::as_const(m_plan.entries)) {
        if (!entry.pk.isEmpty()) {
            m_real.insert(blueprints::placeholderFor(entry.index), entry.server.value(QLatin1String("pk")));
            if (entry.server.contains(QLatin1String("policybindingmodel_ptr_id")))
                m_real.insert(blueprints::placeholderFor(entry.index, true), entry.server.value(QLatin1String("policybindingmodel_ptr_id")));
        }
    }
    m_applyNext = 0;
    m_running = true;
    // Later, so that a caller connects to applied() first even when nothing is to be written.
    QMetaObject::invokeMethod(this, &BlueprintImport::applyNext, Qt::QueuedConnection);
}

void BlueprintImport::applyNext()
{
    if (m_applyNext >= m_applyOrder.size()) {
        m_report.ok = true;
        finishApply();
        return;
    }
    const PlannedEntry *entry = nullptr;
    for (const PlannedEntry &candidate : std::as_const(m_plan.entries)) {
        if (candidate.index == m_applyOrder.at(m_applyNext))
            entry = &candidate;
    }
    Q_ASSERT(entry);
    Q_EMIT progress(m_applyNext, int(m_applyOrder.size()), entry->title());
    const ResourceDescriptor *resource = m_schema->resource(entry->resource);
    const QJsonObject body = blueprints::substitutePlaceholders(entry->body(), m_real).toObject();
    auto stop = [this, entry](const QString &why) {
        m_report.failedAt = entry->title();
        m_report.error = why;
        for (int i = m_applyNext + 1; i < m_applyOrder.size(); ++i) {
            for (const PlannedEntry &later : std::as_const(m_plan.entries)) {
                if (later.index == m_applyOrder.at(i))
                    m_report.notApplied << later.title();
            }
        }
        finishApply();
    };
    if (!resource) {
        stop(tr("akdesk knows no API for %1.").arg(entry->model));
        return;
    }
    if (blueprints::holdsPlaceholder(body)) {
        QStringList needed;
        for (const PlannedEntry &other : std::as_const(m_plan.entries)) {
            const QString mark = blueprints::placeholderFor(other.index);
            if (QJsonDocument(body).toJson().contains(mark.toUtf8()) || QJsonDocument(body).toJson().contains(blueprints::placeholderFor(other.index, true).toUtf8()))
                needed << other.title();
        }
        stop(tr("It needs %1, which is not chosen to be created.").arg(needed.join(QStringLiteral(", "))));
        return;
    }
    const QString id = resource->lookupField == QLatin1String("slug") ? entry->server.value(QLatin1String("slug")).toString() : entry->pk;
    ApiReply *reply = entry->action == PlannedEntry::Action::Create   ? m_client->create(resource->listPath, body)
                      : entry->action == PlannedEntry::Action::Update ? m_client->update(resource->detailPath(id), body)
                                                                      : m_client->remove(resource->detailPath(id));
    m_replies.append(reply);
    const PlannedEntry copy = *entry;
    connect(reply, &ApiReply::finished, this, [this, copy, stop](ApiReply *done) {
        m_replies.removeAll(done);
        if (!done->ok()) {
            stop(done->error().message());
            return;
        }
        Step step{copy.title(), copy.action, copy.pk};
        if (copy.action == PlannedEntry::Action::Create) {
            const QJsonObject made = done->object();
            step.pk = made.value(QLatin1String("pk")).toVariant().toString();
            m_real.insert(blueprints::placeholderFor(copy.index), made.value(QLatin1String("pk")));
            if (made.contains(QLatin1String("policybindingmodel_ptr_id")))
                m_real.insert(blueprints::placeholderFor(copy.index, true), made.value(QLatin1String("policybindingmodel_ptr_id")));
        }
        m_report.done.append(step);
        ++m_applyNext;
        applyNext();
    });
}

void BlueprintImport::finishApply()
{
    m_running = false;
    Q_EMIT progress(1, 1, QString());
    Q_EMIT applied(m_report);
}

} // namespace akdesk
