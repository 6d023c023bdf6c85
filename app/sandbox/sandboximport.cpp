#include "app/sandbox/sandboximport.h"

#include "models/blueprints/blueprintparser.h"
#include "models/blueprints/importplan.h"
#include "models/schema/schemaregistry.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace akdesk::sandbox {

using Method = QHttpServerRequest::Method;
using blueprints::PlannedEntry;
using blueprints::ServerQuery;

namespace {

/// The importer's view of the sandbox: every read through its own list routes, pages of 100.
class RouteState final : public blueprints::ServerState
{
public:
    explicit RouteState(const Route &route) : m_route(route) {}

    std::optional<QList<QJsonObject>> rows(const ServerQuery &query) const override
    {
        const auto known = m_read.constFind(query.key());
        if (known != m_read.constEnd())
            return *known;
        QList<QJsonObject> rows;
        if (!query.detailId.isEmpty()) {
            const Reply reply = m_route(Method::Get, query.path + query.detailId + QLatin1Char('/'), {}, {});
            if (reply.status == 200)
                rows.append(QJsonDocument::fromJson(reply.body).object());
        } else {
            for (int page = 1; page > 0;) {
                QUrlQuery url;
                for (const auto &[name, value] : query.filters)
                    url.addQueryItem(name, value);
                url.addQueryItem(QStringLiteral("page"), QString::number(page));
                url.addQueryItem(QStringLiteral("page_size"), QStringLiteral("100"));
                const Reply reply = m_route(Method::Get, query.path, url, {});
                const QJsonObject answer = QJsonDocument::fromJson(reply.body).object();
                for (const QJsonValue &row : answer.value(QLatin1String("results")).toArray())
                    rows.append(row.toObject());
                page = reply.status == 200 ? answer.value(QLatin1String("pagination")).toObject().value(QLatin1String("next")).toInt() : 0;
            }
        }
        m_read.insert(query.key(), rows);
        return rows;
    }

    void forget() { m_read.clear(); }

private:
    const Route &m_route;
    mutable QHash<QString, QList<QJsonObject>> m_read;
};

/// One LogEvent as LogEventSerializer renders it (authentik/events/logs.py).
QJsonObject logEvent(const QString &level, const QString &event, const QJsonObject &attributes = {})
{
    return {{QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("log_level"), level},
            {QStringLiteral("logger"), QStringLiteral("authentik.blueprints.v1.importer")},
            {QStringLiteral("event"), event},
            {QStringLiteral("attributes"), attributes}};
}

Reply result(bool success, const QJsonArray &logs, int status = 200)
{
    return Reply::json(status, QJsonObject{{QStringLiteral("logs"), logs}, {QStringLiteral("success"), success}});
}

struct Undo
{
    Method method;
    QString path;
    QJsonObject body;
};

} // namespace

bool isImportPath(const QString &path)
{
    return path == QLatin1String("/managed/blueprints/import/") || path == QLatin1String("/flows/instances/import/");
}

std::optional<QByteArray> multipartFile(const QByteArray &contentType, const QByteArray &body)
{
    QByteArray boundary;
    for (const QByteArray &parameter : contentType.split(';')) {
        const QByteArray trimmed = parameter.trimmed();
        if (trimmed.toLower().startsWith("boundary="))
            boundary = trimmed.mid(int(qstrlen("boundary="))).replace('"', QByteArray());
    }
    if (boundary.isEmpty())
        return std::nullopt;
    const QByteArray delimiter = "--" + boundary;
    qsizetype at = body.indexOf(delimiter);
    while (at >= 0) {
        const qsizetype headersStart = at + delimiter.size() + 2;  // past CRLF
        if (body.mid(at + delimiter.size(), 2) == "--")
            break;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", headersStart);
        if (headersEnd < 0)
            break;
        const qsizetype next = body.indexOf("\r\n" + delimiter, headersEnd + 4);
        if (next < 0)
            break;
        const QByteArray headers = body.mid(headersStart, headersEnd - headersStart).toLower();
        if (headers.contains("name=\"file\""))
            return body.mid(headersEnd + 4, next - headersEnd - 4);
        at = next + 2;
    }
    return std::nullopt;
}

Reply importBlueprint(const std::optional<QByteArray> &file, const SchemaRegistry &schema, const Route &route)
{
    if (!file)
        return result(false, {}, 400);
    QJsonArray logs;
    // Importer.from_string: YAML the loader cannot read, or the wrong shape (dacite), fails the
    // request itself; EntryInvalidError is not caught by the view, so DRF answers with it.
    const blueprints::ParseResult parsed = blueprints::parseBlueprint(*file);
    if (parsed.blueprint.entries.isEmpty() && !parsed.ok()) {
        QStringList lines;
        for (const blueprints::BlueprintProblem &problem : parsed.problems)
            lines << problem.message;
        return Reply::detail(400, lines.join(QLatin1Char('\n')));
    }
    // Importer.validate: only version 1 is known.
    if (parsed.blueprint.version != 1)
        return result(false, QJsonArray{QJsonObject{{QStringLiteral("event"), QStringLiteral("Invalid blueprint version")}}});

    RouteState state(route);
    const blueprints::ImportPlan plan = blueprints::planImport(parsed.blueprint, schema, state);
    bool valid = parsed.ok();
    for (const PlannedEntry &entry : plan.entries) {
        const QJsonObject about{{QStringLiteral("model"), entry.model}};
        switch (entry.action) {
        case PlannedEntry::Action::Skipped:
            logs.append(logEvent(QStringLiteral("debug"), QStringLiteral("One or more conditions of this entry are not fulfilled, skipping")));
            break;
        case PlannedEntry::Action::Invalid:
            logs.append(logEvent(QStringLiteral("warning"),
                                 QStringLiteral("Entry invalid: %1").arg((entry.problems + entry.unresolved).join(QStringLiteral("; "))), about));
            valid = false;
            break;
        case PlannedEntry::Action::Create:
            logs.append(logEvent(QStringLiteral("debug"), QStringLiteral("Initialised new serializer instance"), about));
            break;
        case PlannedEntry::Action::NothingToDelete:
            logs.append(logEvent(QStringLiteral("debug"), QStringLiteral("Entry to delete with no instance, skipping"), about));
            break;
        default:
            logs.append(logEvent(QStringLiteral("debug"), QStringLiteral("Initialise serializer with instance"),
                                 QJsonObject{{QStringLiteral("model"), entry.model}, {QStringLiteral("pk"), entry.pk}}));
            if (entry.action == PlannedEntry::Action::KeepExisting)
                logs.append(logEvent(QStringLiteral("debug"), QStringLiteral("Instance exists, skipping"), about));
            break;
        }
        if (!valid)
            break;  // _apply_models returns at the first invalid entry
    }
    if (!valid) {
        logs.append(logEvent(QStringLiteral("warning"), QStringLiteral("Blueprint validation failed")));
        return result(false, logs);
    }

    // Importer.apply: in one transaction. A refused write undoes the ones before it.
    QList<Undo> undo;
    QHash<QString, QJsonValue> real;
    auto rollBack = [&] {
        for (auto it = undo.crbegin(); it != undo.crend(); ++it)
            route(it->method, it->path, {}, it->body);
    };
    for (const PlannedEntry &entry : plan.entries) {
        if (!entry.pk.isEmpty()) {
            real.insert(blueprints::placeholderFor(entry.index), entry.server.value(QLatin1String("pk")));
            if (entry.server.contains(QLatin1String("policybindingmodel_ptr_id")))
                real.insert(blueprints::placeholderFor(entry.index, true), entry.server.value(QLatin1String("policybindingmodel_ptr_id")));
        }
        const bool writes = entry.action == PlannedEntry::Action::Create || entry.action == PlannedEntry::Action::Update
                            || entry.action == PlannedEntry::Action::Delete;
        if (!writes)
            continue;
        const ResourceDescriptor *resource = schema.resource(entry.resource);
        const QString id = resource->lookupField == QLatin1String("slug") ? entry.server.value(QLatin1String("slug")).toString() : entry.pk;
        const QJsonObject body = blueprints::substitutePlaceholders(entry.body(), real).toObject();
        Reply reply;
        if (entry.action == PlannedEntry::Action::Create) {
            reply = route(Method::Post, resource->listPath, {}, body);
        } else if (entry.action == PlannedEntry::Action::Update) {
            reply = route(Method::Patch, resource->detailPath(id), {}, body);
        } else {
            reply = route(Method::Delete, resource->detailPath(id), {}, {});
        }
        if (reply.status >= 300) {
            rollBack();
            logs.append(logEvent(QStringLiteral("warning"),
                                 QStringLiteral("Entry invalid: Serializer errors %1").arg(QString::fromUtf8(reply.body)),
                                 QJsonObject{{QStringLiteral("model"), entry.model}}));
            logs.append(logEvent(QStringLiteral("warning"), QStringLiteral("Blueprint validation failed")));
            return result(false, logs);
        }
        const QJsonObject made = QJsonDocument::fromJson(reply.body).object();
        if (entry.action == PlannedEntry::Action::Create) {
            const QString madeId = resource->lookupField == QLatin1String("slug") ? made.value(QLatin1String("slug")).toString()
                                                                                  : made.value(QLatin1String("pk")).toVariant().toString();
            undo.append({Method::Delete, resource->detailPath(madeId), {}});
            real.insert(blueprints::placeholderFor(entry.index), made.value(QLatin1String("pk")));
            if (made.contains(QLatin1String("policybindingmodel_ptr_id")))
                real.insert(blueprints::placeholderFor(entry.index, true), made.value(QLatin1String("policybindingmodel_ptr_id")));
        } else if (entry.action == PlannedEntry::Action::Update) {
            QJsonObject before;
            for (const blueprints::FieldChange &change : entry.changes)
                before.insert(change.field, change.server);
            const QString newId = resource->lookupField == QLatin1String("slug") ? made.value(QLatin1String("slug")).toString() : id;
            undo.append({Method::Patch, resource->detailPath(newId), before});
        } else {
            QJsonObject again;
            for (const FieldDescriptor *field : resource->writableFields()) {
                if (entry.server.contains(field->name))
                    again.insert(field->name, entry.server.value(field->name));
            }
            undo.append({Method::Post, resource->listPath, again});
        }
    }
    return result(true, logs);
}

} // namespace akdesk::sandbox
