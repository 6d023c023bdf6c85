#include "models/operations/flowcloner.h"

#include "models/api/apiclient.h"
#include "models/items/policybindingsmodel.h"
#include "models/operations/duplicator.h"
#include "models/operations/recordwriter.h"
#include "models/session/workspace.h"
#include "models/records/record.h"
#include "models/schema/schemaregistry.h"

#include <QJsonArray>
#include <QSet>

namespace akdesk {

namespace {
using akdesk::records::textOf;
}

FlowCloner::FlowCloner(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_client(workspace->client())
    , m_writer(workspace->writer())
    , m_schema(workspace->schema())
{
}

FlowCloner::~FlowCloner() = default;

void FlowCloner::clone(const QString &sourceSlug, const QString &newSlug, const QString &newName, bool copyStages)
{
    m_newSlug = newSlug;
    m_newName = newName;
    m_copyStages = copyStages;
    m_newFlow = {};
    m_bindings.clear();
    m_policyBindings.clear();
    m_stagesToCopy.clear();
    m_copiedStages.clear();
    m_stageCopy.clear();
    m_targetCopy.clear();
    m_done = 0;
    const ResourceDescriptor *flows = m_schema->resource(QStringLiteral("flows"));
    ApiReply *source = m_client->get(flows->detailPath(sourceSlug));
    connect(source, &ApiReply::finished, this, [this](ApiReply *read) {
        if (!read->ok()) {
            Q_EMIT failed(tr("Reading the flow"), read->error(), true);
            return;
        }
        m_original = read->object();
        readBindings(1);
    });
}

int FlowCloner::total() const
{
    return int(m_stagesToCopy.size() + 1 + m_bindings.size() + m_policyBindings.size());
}

void FlowCloner::readBindings(int page)
{
    // authentik grants at most 100 rows a page (pagination_max_page_size): every page is read,
    // as `next` names them.
    ListQuery query;
    query.page = page;
    query.pageSize = 100;
    query.ordering = QStringLiteral("order");
    query.filter(QStringLiteral("target"), textOf(m_original, "pk"));
    ApiReply *bindings = m_client->list(QStringLiteral("/flows/bindings/"), query);
    connect(bindings, &ApiReply::finished, this, [this](ApiReply *list) {
        if (!list->ok()) {
            Q_EMIT failed(tr("Reading the flow's bindings"), list->error(), true);
            return;
        }
        for (const QJsonValue &row : list->results())
            m_bindings.append(row.toObject());
        if (list->pagination().next > 0) {
            readBindings(list->pagination().next);
            return;
        }
        readPolicyBindings();
    });
}

void FlowCloner::readPolicyBindings()
{
    // The flow's and every stage binding's policy bindings in one request (target_in).
    QStringList targets{textOf(m_original, "policybindingmodel_ptr_id")};
    for (const QJsonObject &binding : std::as_const(m_bindings))
        targets.append(textOf(binding, "policybindingmodel_ptr_id"));
    targets.removeAll(QString());
    PolicyBindingsModel::fetchAll(m_client, targets, this, [this](const QList<QJsonObject> &rows, const ApiError &error) {
        if (error.isError()) {
            Q_EMIT failed(tr("Reading the policy bindings"), error, true);
            return;
        }
        m_policyBindings = rows;
        if (m_copyStages) {
            QSet<QString> seen;
            for (const QJsonObject &binding : std::as_const(m_bindings)) {
                const QString stage = textOf(binding, "stage");
                if (!seen.contains(stage)) {
                    seen.insert(stage);
                    QJsonObject row = binding.value(QLatin1String("stage_obj")).toObject();
                    if (!row.contains(QLatin1String("pk")))
                        row.insert(QStringLiteral("pk"), stage);
                    m_stagesToCopy.append(row);
                }
            }
        }
        copyStage(0);
    });
}

void FlowCloner::copyStage(int index)
{
    if (index >= m_stagesToCopy.size()) {
        createFlow();
        return;
    }
    const QJsonObject stage = m_stagesToCopy.at(index);
    const QString name = textOf(stage, "name");
    Q_EMIT progress(m_done, total(), tr("Copying the stage “%1”").arg(name));
    auto *duplicator = new Duplicator(m_workspace, this);
    connect(duplicator, &Duplicator::duplicated, this, [this, duplicator, index, stage](const QJsonObject &copy) {
        duplicator->deleteLater();
        m_copiedStages.append(copy);
        m_stageCopy.insert(textOf(stage, "pk"), textOf(copy, "pk"));
        ++m_done;
        copyStage(index + 1);
    });
    connect(duplicator, &Duplicator::failed, this, [this, duplicator, name](const ApiError &error) {
        duplicator->deleteLater();
        rollBack(tr("Copying the stage “%1”").arg(name), error);
    });
    duplicator->duplicate(stage);
}

void FlowCloner::createFlow()
{
    const ResourceDescriptor *flows = m_schema->resource(QStringLiteral("flows"));
    QJsonObject body = records::writablePayload(m_original, *flows);
    body.insert(QStringLiteral("slug"), m_newSlug);
    body.insert(QStringLiteral("name"), m_newName);
    Q_EMIT progress(m_done, total(), tr("Creating the flow “%1”").arg(m_newSlug));
    ApiReply *created = m_writer->send(RecordWriter::Method::Create, WriteTarget::of(*flows), body);
    connect(created, &ApiReply::finished, this, [this](ApiReply *done) {
        if (!done->ok()) {
            rollBack(tr("Creating the flow"), done->error());
            return;
        }
        m_newFlow = done->object();
        // A policy binding names its target by the flow's own pk (authentik/policies/api/bindings.py).
        m_targetCopy.insert(textOf(m_original, "policybindingmodel_ptr_id"), textOf(m_newFlow, "policybindingmodel_ptr_id"));
        m_targetCopy.insert(textOf(m_original, "pk"), textOf(m_newFlow, "policybindingmodel_ptr_id"));
        ++m_done;
        copyBinding(0);
    });
}

void FlowCloner::copyBinding(int index)
{
    if (index >= m_bindings.size()) {
        copyPolicyBinding(0);
        return;
    }
    const ResourceDescriptor *bindings = m_schema->resource(QStringLiteral("flows/bindings"));
    const QJsonObject original = m_bindings.at(index);
    QJsonObject body = records::writablePayload(original, *bindings);
    body.insert(QStringLiteral("target"), textOf(m_newFlow, "pk"));
    if (m_stageCopy.contains(textOf(original, "stage")))
        body.insert(QStringLiteral("stage"), m_stageCopy.value(textOf(original, "stage")));
    const QString stageName = original.value(QLatin1String("stage_obj")).toObject().value(QLatin1String("name")).toString();
    Q_EMIT progress(m_done, total(), tr("Binding “%1” (order %2)").arg(stageName).arg(original.value(QLatin1String("order")).toInt()));
    ApiReply *created = m_writer->send(RecordWriter::Method::Create, WriteTarget::of(*bindings), body);
    connect(created, &ApiReply::finished, this, [this, index, stageName, original](ApiReply *done) {
        if (!done->ok()) {
            rollBack(tr("Binding “%1”").arg(stageName), done->error());
            return;
        }
        m_targetCopy.insert(textOf(original, "policybindingmodel_ptr_id"), textOf(done->object(), "policybindingmodel_ptr_id"));
        m_targetCopy.insert(textOf(original, "pk"), textOf(done->object(), "policybindingmodel_ptr_id"));
        ++m_done;
        copyBinding(index + 1);
    });
}

void FlowCloner::copyPolicyBinding(int index)
{
    if (index >= m_policyBindings.size()) {
        Q_EMIT progress(total(), total(), tr("Done"));
        Q_EMIT cloned(m_newFlow);
        return;
    }
    const ResourceDescriptor *resource = m_schema->resource(QStringLiteral("policies/bindings"));
    const QJsonObject original = m_policyBindings.at(index);
    const QString target = m_targetCopy.value(textOf(original, "target"));
    if (!resource || target.isEmpty()) {
        rollBack(PolicyBindingsModel::describe(original), ApiError::badResponse(tr("The binding's target was not copied")));
        return;
    }
    QJsonObject body = records::writablePayload(original, *resource);
    body.insert(QStringLiteral("target"), target);
    // Exactly one of policy, group and user is sent (authentik/policies/api/bindings.py, validate()).
    for (const char *key : {"policy", "group", "user"}) {
        if (body.value(QLatin1String(key)).isNull())
            body.remove(QLatin1String(key));
    }
    const QString what = PolicyBindingsModel::describe(original);
    Q_EMIT progress(m_done, total(), tr("Binding %1").arg(what));
    ApiReply *created = m_writer->send(RecordWriter::Method::Create, WriteTarget::of(*resource), body);
    connect(created, &ApiReply::finished, this, [this, index, what](ApiReply *done) {
        if (!done->ok()) {
            rollBack(tr("Binding %1").arg(what), done->error());
            return;
        }
        ++m_done;
        copyPolicyBinding(index + 1);
    });
}

void FlowCloner::rollBack(const QString &step, const ApiError &error)
{
    if (m_newFlow.isEmpty()) {
        removeStages(0, true, step, error);
        return;
    }
    // Deleting the new flow takes the bindings made so far, and their policy bindings, with it.
    ApiReply *removed = m_writer->send(RecordWriter::Method::Delete,
                                       WriteTarget::of(*m_schema->resource(QStringLiteral("flows")), textOf(m_newFlow, "slug")),
                                       m_newFlow);
    connect(removed, &ApiReply::finished, this, [this, step, error](ApiReply *done) {
        removeStages(0, done->ok(), step, error);
    });
}

void FlowCloner::removeStages(int index, bool allGone, const QString &step, const ApiError &error)
{
    if (index >= m_copiedStages.size()) {
        Q_EMIT failed(step, error, allGone);
        return;
    }
    const QJsonObject stage = m_copiedStages.at(index);
    const ResourceDescriptor *kind = m_schema->stageKindForModel(textOf(stage, "meta_model_name"));
    if (!kind) {
        removeStages(index + 1, false, step, error);
        return;
    }
    ApiReply *removed = m_writer->send(RecordWriter::Method::Delete, WriteTarget::of(*kind, textOf(stage, "pk")), stage);
    connect(removed, &ApiReply::finished, this, [this, index, allGone, step, error](ApiReply *done) {
        removeStages(index + 1, allGone && done->ok(), step, error);
    });
}

} // namespace akdesk
