#include "models/operations/duplicator.h"

#include "models/api/apiclient.h"
#include "models/operations/recordwriter.h"
#include "models/session/workspace.h"
#include "models/records/record.h"
#include "models/schema/schemaregistry.h"

#include <QJsonArray>

#include <algorithm>

namespace akdesk {

Duplicator::Duplicator(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_client(workspace->client())
    , m_writer(workspace->writer())
    , m_schema(workspace->schema())
{
}

Duplicator::~Duplicator() = default;

QString Duplicator::candidateName(const QString &name, int attempt)
{
    return attempt <= 1 ? tr("%1 (copy)").arg(name) : tr("%1 (copy %2)").arg(name).arg(attempt);
}

void Duplicator::duplicate(const QJsonObject &stage)
{
    // A stage or a policy: both families name their kind by meta_model_name.
    const QString model = stage.value(QLatin1String("meta_model_name")).toString();
    const ResourceDescriptor *kind = m_schema->stageKindForModel(model);
    if (!kind)
        kind = m_schema->policyKindForModel(model);
    if (!kind) {
        Q_EMIT failed(ApiError::badResponse(tr("akdesk does not know this kind of stage")));
        return;
    }
    const QString path = kind->detailPath(records::recordId(stage, *kind));
    ApiReply *reply = m_client->get(path);
    connect(reply, &ApiReply::finished, this, [this, kind](ApiReply *finished) {
        if (!finished->ok()) {
            Q_EMIT failed(finished->error());
            return;
        }
        const QJsonObject record = finished->object();
        tryName(kind, records::writablePayload(record, *kind), record.value(QLatin1String("name")).toString(), 1);
    });
}

void Duplicator::tryName(const ResourceDescriptor *kind, const QJsonObject &payload, const QString &original, int attempt)
{
    const QString name = candidateName(original, attempt);
    // Names are unique across each family's one table (Stage.name, Policy.name: unique=True).
    // /policies/all/ has no name filter, only a search (authentik/policies/api/policies.py), so a
    // policy's name is looked for among the search's results.
    const bool policy = kind->category == ResourceDescriptor::Category::Policy;
    ListQuery query;
    query.pageSize = policy ? 100 : 1;
    if (policy)
        query.search = name;
    else
        query.filter(QStringLiteral("name"), name);
    ApiReply *check = m_client->list(policy ? QStringLiteral("/policies/all/") : QStringLiteral("/stages/all/"), query);
    connect(check, &ApiReply::finished, this, [this, kind, payload, original, attempt, name, policy](ApiReply *finished) {
        if (!finished->ok()) {
            Q_EMIT failed(finished->error());
            return;
        }
        bool taken = finished->pagination().count > 0;
        if (policy) {
            const QJsonArray rows = finished->results();
            taken = std::any_of(rows.begin(), rows.end(), [&name](const QJsonValue &row) {
                return row.toObject().value(QLatin1String("name")).toString() == name;
            });
        }
        if (taken && attempt < 100) {
            tryName(kind, payload, original, attempt + 1);
            return;
        }
        QJsonObject copy = payload;
        copy.insert(QStringLiteral("name"), name);
        ApiReply *created = m_writer->send(RecordWriter::Method::Create, WriteTarget::of(*kind), copy);
        connect(created, &ApiReply::finished, this, [this](ApiReply *done) {
            if (done->ok())
                Q_EMIT duplicated(done->object());
            else
                Q_EMIT failed(done->error());
        });
    });
}

} // namespace akdesk
