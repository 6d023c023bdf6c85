#include "models/operations/deletionplan.h"

#include "models/api/apiclient.h"
#include "models/api/requestqueue.h"
#include "models/storage/localstore.h"
#include "models/records/displaytext.h"
#include "models/records/record.h"
#include "models/schema/resourcedescriptor.h"

#include <QJsonArray>

#include <memory>

namespace akdesk {

namespace {
using akdesk::records::textOf;

/// "identificationstage" -> "identification stage", for people.
QString modelWords(const QString &model)
{
    QString words = model;
    for (const char *suffix : {"stage", "binding", "source", "flow", "policy", "provider"}) {
        const QLatin1String s(suffix);
        if (words.endsWith(s) && words.size() > s.size()) {
            words.insert(words.size() - s.size(), QLatin1Char(' '));
            break;
        }
    }
    return words;
}
}

DeletionPlan::DeletionPlan(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_reads(new RequestQueue(ParallelReads, this))
{
}

DeletionPlan::~DeletionPlan() = default;

QString DeletionPlan::describe(const QJsonObject &usedBy, const QString &rawFlowName, int order)
{
    // Names come from the server: capped, so that one sentence stays a line or two.
    const QString action = display::capped(textOf(usedBy, "action"), 40);
    const QString name = display::capped(textOf(usedBy, "name"), 160);
    const QString flowName = display::capped(rawFlowName, 160);
    const QString model = modelWords(display::capped(textOf(usedBy, "model_name"), 60));
    if (textOf(usedBy, "model_name") == QLatin1String("flowstagebinding")) {
        if (!flowName.isEmpty())
            return tr("Its binding in the flow “%1” (order %2) is deleted with it.").arg(flowName).arg(order);
        return tr("Its flow binding “%1” is deleted with it.").arg(name);
    }
    if (action == QLatin1String("cascade"))
        return tr("“%1” (%2) is deleted along with it.").arg(name, model);
    if (action == QLatin1String("cascade_many"))
        return tr("It is removed from “%1” (%2).").arg(name, model);
    if (action == QLatin1String("set_null"))
        return tr("“%1” (%2) no longer points at it: the field is set to empty.").arg(name, model);
    if (action == QLatin1String("set_default"))
        return tr("“%1” (%2) is reset to its default.").arg(name, model);
    if (action == QLatin1String("left_dangling"))
        return tr("“%1” (%2) keeps a reference to it that will point nowhere.").arg(name, model);
    return tr("“%1” (%2) uses it (%3).").arg(name, model, action);
}

QString DeletionPlan::detailPath(const QJsonObject &record) const
{
    if (m_resource)
        return m_resource->detailPath(records::recordId(record, *m_resource));
    return QStringLiteral("/stages/all/%1/").arg(textOf(record, "pk"));
}

void DeletionPlan::prepare(const QList<QJsonObject> &stages, const ResourceDescriptor *resource)
{
    m_reads->cancel();  // what an earlier prepare() still reads is no longer wanted
    m_resource = resource;
    m_items.clear();
    for (const QJsonObject &stage : stages)
        m_items.append({stage, {}, false, {}, Item::Result::Pending, {}});
    m_pendingReads = int(m_items.size());
    if (m_items.isEmpty()) {
        Q_EMIT usageReady();
        return;
    }
    for (int i = 0; i < m_items.size(); ++i)
        readUsage(i);
}

void DeletionPlan::cancel()
{
    m_reads->cancel();
}

void DeletionPlan::readUsage(int index)
{
    const QString path = detailPath(m_items.at(index).stage);
    m_reads->add([this, path] { return m_client->usedBy(path); }, [this, index](ApiReply *finished) {
        Item &item = m_items[index];
        if (!finished->ok()) {
            if (m_store && finished->error().neverReachedServer()) {
                // Offline: the server checks again when the queued delete reaches it.
                item.usageKnown = true;
                item.consequences = {tr("akdesk is offline, so what uses it is not known now. The delete is queued "
                                        "and sent with the next sync; the server then removes its bindings too.")};
            } else {
                item.usageError = finished->error().message();
            }
            usageDone();
            return;
        }
        const QJsonArray used = finished->json().array();
        // Binding entries name the binding; say which flow instead (a binding's target is read).
        QHash<QString, QString> flowNames;
        for (const QJsonValue &flow : item.stage.value(QLatin1String("flow_set")).toArray())
            flowNames.insert(textOf(flow.toObject(), "pk"), textOf(flow.toObject(), "name"));
        if (m_resource)  // a flow: its own bindings go with it
            flowNames.insert(textOf(item.stage, "pk"), textOf(item.stage, "name"));
        // A server may name tens of thousands: the first few are said (and looked up), the rest counted.
        const qsizetype shown = qMin<qsizetype>(used.size(), MaxShownPerRecord);
        auto sentences = std::make_shared<QList<QString>>(shown);
        if (used.size() > shown)
            sentences->append(tr("…and %n more.", nullptr, int(used.size() - shown)));
        auto waiting = std::make_shared<int>(1);
        auto done = [this, index, sentences, waiting] {
            if (--*waiting > 0)
                return;
            Item &it = m_items[index];
            it.consequences = *sentences;
            if (it.consequences.isEmpty())
                it.consequences.append(tr("Nothing else uses it."));
            it.usageKnown = true;
            usageDone();
        };
        for (int i = 0; i < shown; ++i) {
            const QJsonObject entry = used.at(i).toObject();
            (*sentences)[i] = describe(entry, {}, 0);
            if (textOf(entry, "model_name") != QLatin1String("flowstagebinding"))
                continue;
            ++*waiting;
            const QString binding = QStringLiteral("/flows/bindings/%1/").arg(textOf(entry, "pk"));
            m_reads->add([this, binding] { return m_client->get(binding); }, [entry, flowNames, sentences, i, done](ApiReply *b) {
                if (b->ok()) {
                    const QString flow = flowNames.value(textOf(b->object(), "target"));
                    (*sentences)[i] = describe(entry, flow.isEmpty() ? textOf(b->object(), "target") : flow,
                                              b->object().value(QLatin1String("order")).toInt());
                }
                done();
            });
        }
        done();
    });
}

void DeletionPlan::usageDone()
{
    if (--m_pendingReads == 0)
        Q_EMIT usageReady();
}

bool DeletionPlan::canDelete() const
{
    return !m_items.isEmpty() && m_pendingReads == 0
        && std::all_of(m_items.begin(), m_items.end(), [](const Item &item) { return item.usageKnown; });
}

void DeletionPlan::execute()
{
    if (!canDelete() || m_running)
        return;
    m_running = true;
    deleteNext(0);
}

void DeletionPlan::deleteNext(int index)
{
    if (index >= m_items.size()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    ApiReply *reply = m_client->remove(detailPath(m_items.at(index).stage));
    connect(reply, &ApiReply::finished, this, [this, index](ApiReply *finished) {
        Item &item = m_items[index];
        if (finished->ok())
            item.result = Item::Result::Deleted;
        else if (finished->error().kind == ApiError::Kind::NotFound)
            item.result = Item::Result::AlreadyGone;
        else if (m_store && (finished->error().neverReachedServer() || finished->error().outcomeUnknown())) {
            const QString key = m_resource ? m_resource->key : QStringLiteral("stages/all");
            const QString id = m_resource ? records::recordId(item.stage, *m_resource) : textOf(item.stage, "pk");
            m_store->queueDelete(key, id, textOf(item.stage, "name"), item.stage);
            item.result = Item::Result::Queued;
        } else {
            item.result = Item::Result::Failed;
            item.resultError = finished->error().message();
        }
        Q_EMIT progress(index + 1, int(m_items.size()));
        deleteNext(index + 1);
    });
}

int DeletionPlan::deletedCount() const
{
    return int(std::count_if(m_items.begin(), m_items.end(), [](const Item &i) {
        return i.result == Item::Result::Deleted || i.result == Item::Result::AlreadyGone;
    }));
}

int DeletionPlan::queuedCount() const
{
    return int(std::count_if(m_items.begin(), m_items.end(), [](const Item &i) { return i.result == Item::Result::Queued; }));
}

int DeletionPlan::failedCount() const
{
    return int(std::count_if(m_items.begin(), m_items.end(), [](const Item &i) { return i.result == Item::Result::Failed; }));
}

} // namespace akdesk
