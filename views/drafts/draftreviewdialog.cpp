#include "views/drafts/draftreviewdialog.h"

#include "models/api/apiclient.h"
#include "models/drafts/draftsmodel.h"
#include "models/schema/resourcedescriptor.h"
#include "views/forms/changesummarydialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace akdesk {

DraftReviewDialog::DraftReviewDialog(const Draft &draft, const QJsonObject &server, const ResourceDescriptor *resource,
                                     QWidget *parent)
    : QDialog(parent)
    , m_draft(draft)
    , m_resource(resource)
    , m_table(new QTreeWidget)
{
    setWindowTitle(tr("Draft — %1").arg(draft.label));
    QString summary;
    switch (draft.operation) {
    case Draft::Operation::Update:
        summary = tr("Changes to “%1”, last edited %2.").arg(draft.label, DraftsModel::ageText(draft.updatedAt));
        break;
    case Draft::Operation::Create:
        summary = tr("“%1” will be created.").arg(draft.label);
        break;
    case Draft::Operation::Delete:
        summary = tr("“%1” will be deleted.").arg(draft.label);
        break;
    case Draft::Operation::Reorder:
        summary = tr("A new order of the stages of “%1”, sent as one change; last edited %2.")
                      .arg(draft.label, DraftsModel::ageText(draft.updatedAt));
        break;
    }
    if (!draft.message.isEmpty())
        summary += QLatin1Char('\n') + draft.message;
    auto *intro = new QLabel(summary);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("fields"));
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setHeaderLabels({tr("Field"), tr("When you started"), tr("Server"), tr("Draft"), tr("Server says")});
    const QJsonObject latest = server.isEmpty() ? (draft.theirs.isEmpty() ? draft.base : draft.theirs) : server;
    if (draft.operation == Draft::Operation::Reorder) {
        // One row a stage, in the intended order: its order when the reorder began, on the server
        // at the last sync, and in the draft.
        m_table->setHeaderLabels({tr("Stage"), tr("When you started"), tr("Server"), tr("Draft"), QString()});
        const QHash<QString, QString> names = Draft::bindingNames(draft.base);
        const QHash<QString, int> started = Draft::ordersOf(draft.base);
        const QHash<QString, int> onServer = Draft::ordersOf(draft.theirs.isEmpty() ? draft.base : draft.theirs);
        for (const QJsonValue &row : draft.changes.value(QLatin1String("bindings")).toArray()) {
            const QString pk = row[QLatin1String("pk")].toString();
            auto *item = new QTreeWidgetItem(
                m_table, {names.value(pk, pk), started.contains(pk) ? QString::number(started.value(pk)) : QString(),
                          onServer.contains(pk) ? QString::number(onServer.value(pk)) : tr("not bound"),
                          QString::number(row[QLatin1String("order")].toInt()), QString()});
            item->setData(0, Qt::UserRole, pk);
        }
    }
    for (const QString &name : draft.operation == Draft::Operation::Reorder ? QStringList() : draft.changedFields()) {
        const FieldDescriptor *field = resource ? resource->field(name) : nullptr;
        const QStringList messages = [&] {
            QStringList out;
            for (const QJsonValue &message : draft.errors.value(name).toArray())
                out.append(message.toString());
            return out;
        }();
        auto *item = new QTreeWidgetItem(
            m_table, {field && !field->label.isEmpty() ? field->label : name,
                      draft.operation == Draft::Operation::Create ? QString() : ChangeSummaryDialog::describe(draft.base.value(name)),
                      draft.operation == Draft::Operation::Create ? QString() : ChangeSummaryDialog::describe(latest.value(name)),
                      ChangeSummaryDialog::describe(draft.changes.value(name)), messages.join(QLatin1Char(' '))});
        item->setData(0, Qt::UserRole, name);
    }
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 360);
}

DraftReviewDialog::~DraftReviewDialog() = default;

void DraftReviewDialog::followServer(ApiClient *client)
{
    m_client = client;
    if (!client || m_draft.operation == Draft::Operation::Create || m_draft.recordId.isEmpty() || !m_resource)
        return;
    connect(client, &ApiClient::onlineChanged, this, [this](bool online) {
        if (online)
            fetchServer();
    });
    if (client->isOnline())
        fetchServer();
}

void DraftReviewDialog::fetchServer()
{
    ApiReply *reply = m_client->get(m_resource->detailPath(m_draft.recordId));
    connect(reply, &ApiReply::finished, this, [this](ApiReply *finished) {
        if (finished->ok() && !finished->cachedAt().isValid())
            showServer(finished->object());
    });
}

void DraftReviewDialog::showServer(const QJsonObject &server)
{
    for (int row = 0; row < m_table->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_table->topLevelItem(row);
        item->setText(2, ChangeSummaryDialog::describe(server.value(item->data(0, Qt::UserRole).toString())));
    }
}

} // namespace akdesk
