#include "models/operations/flowcloner.h"

#include "models/api/apiclient.h"
#include "models/operations/recordwriter.h"
#include "models/session/workspace.h"
#include "models/records/record.h"
#include "models/schema/schemaregistry.h"

#include <QJsonArray>

namespace akdesk {

namespace {
using akdesk::records::textOf;
}

FlowCloner::FlowCloner(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_client(workspace->client())
    , m_writer(workspace->writer())
    , m_schema(workspace->schema())
{
}

FlowCloner::~FlowCloner() = default;

void FlowCloner::clone(const QString &sourceSlug, const QString &newSlug, const QString &newName)
{
    const ResourceDescriptor *flows = m_schema->resource(QStringLiteral("flows"));
    ApiReply *source = m_client->get(flows->detailPath(sourceSlug));
    connect(source, &ApiReply::finished, this, [this, newSlug, newName](ApiReply *read) {
        if (!read->ok()) {
            Q_EMIT failed(tr("Reading the flow"), read->error(), true);
            return;
        }
        m_bindings.clear();
        readBindings(read->object(), newSlug, newName, 1);
    });
}

void FlowCloner::readBindings(const QJsonObject &original, const QString &newSlug, const QString &newName, int page)
{
    // authentik grants at most 100 rows a page (pagination_max_page_size): every page is read,
    // as `next` names them.
    ListQuery query;
    query.page = page;
    query.pageSize = 100;
    query.ordering = QStringLiteral("order");
    query.filter(QStringLiteral("target"), textOf(original, "pk"));
    ApiReply *bindings = m_client->list(QStringLiteral("/flows/bindings/"), query);
    connect(bindings, &ApiReply::finished, this, [this, original, newSlug, newName](ApiReply *list) {
        if (!list->ok()) {
            Q_EMIT failed(tr("Reading the flow's bindings"), list->error(), true);
            return;
        }
        for (const QJsonValue &row : list->results())
            m_bindings.append(row.toObject());
        if (list->pagination().next > 0) {
            readBindings(original, newSlug, newName, list->pagination().next);
            return;
        }
        const ResourceDescriptor *flows = m_schema->resource(QStringLiteral("flows"));
        QJsonObject body = records::writablePayload(original, *flows);
        body.insert(QStringLiteral("slug"), newSlug);
        body.insert(QStringLiteral("name"), newName);
        Q_EMIT progress(0, int(m_bindings.size()) + 1, tr("Creating the flow “%1”").arg(newSlug));
        ApiReply *created = m_writer->send(RecordWriter::Method::Create, WriteTarget::of(*flows), body);
        connect(created, &ApiReply::finished, this, [this](ApiReply *done) {
            if (!done->ok()) {
                Q_EMIT failed(tr("Creating the flow"), done->error(), true);
                return;
            }
            m_newFlow = done->object();
            copyBinding(0);
        });
    });
}

void FlowCloner::copyBinding(int index)
{
    const int total = int(m_bindings.size()) + 1;
    if (index >= m_bindings.size()) {
        Q_EMIT progress(total, total, tr("Done"));
        Q_EMIT cloned(m_newFlow);
        return;
    }
    const ResourceDescriptor *bindings = m_schema->resource(QStringLiteral("flows/bindings"));
    const QJsonObject original = m_bindings.at(index);
    QJsonObject body = records::writablePayload(original, *bindings);
    body.insert(QStringLiteral("target"), textOf(m_newFlow, "pk"));
    const QString stageName = original.value(QLatin1String("stage_obj")).toObject().value(QLatin1String("name")).toString();
    Q_EMIT progress(index + 1, total, tr("Binding “%1” (order %2)").arg(stageName).arg(original.value(QLatin1String("order")).toInt()));
    ApiReply *created = m_writer->send(RecordWriter::Method::Create, WriteTarget::of(*bindings), body);
    connect(created, &ApiReply::finished, this, [this, index, stageName](ApiReply *done) {
        if (!done->ok()) {
            rollBack(tr("Binding “%1”").arg(stageName), done->error());
            return;
        }
        copyBinding(index + 1);
    });
}

void FlowCloner::rollBack(const QString &step, const ApiError &error)
{
    // Deleting the new flow takes the bindings made so far with it.
    ApiReply *removed = m_writer->send(RecordWriter::Method::Delete,
                                       WriteTarget::of(*m_schema->resource(QStringLiteral("flows")), textOf(m_newFlow, "slug")),
                                       m_newFlow);
    connect(removed, &ApiReply::finished, this, [this, step, error](ApiReply *done) {
        Q_EMIT failed(step, error, done->ok());
    });
}

} // namespace akdesk
