#include "views/drafts/draftspane.h"

#include "models/session/workspace.h"
#include "models/api/apiclient.h"
#include "models/drafts/draftsmodel.h"
#include "models/storage/localstore.h"
#include "models/drafts/draftsync.h"
#include "models/schema/schemaregistry.h"
#include "views/common/columnfit.h"
#include "views/common/icondelegate.h"
#include "views/common/icons.h"
#include "views/drafts/conflictdialog.h"
#include "views/drafts/draftreviewdialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace akdesk {

namespace {

/// Statuses that need the user stand out in the Status column.
class StatusDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto status = Draft::Status(index.data(DraftsModel::StatusRole).toInt());
        option->icon = Icons::forDraftStatus(status);
        option->features |= QStyleOptionViewItem::HasDecoration;
        if (status != Draft::Status::Pending) {
            option->font.setBold(true);
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Text).lightness() > 128
                                                         ? QColor(0xff, 0x8a, 0x80)
                                                         : QColor(0xb0, 0x2a, 0x1f));
        }
    }
};

} // namespace

DraftsPane::DraftsPane(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_client(workspace->client())
    , m_store(workspace->store())
    , m_sync(workspace->sync())
    , m_schema(workspace->schema())
    , m_model(new DraftsModel(m_store, m_schema, this))
    , m_view(new QTableView)
    , m_summary(new QLabel)
    , m_result(new QLabel)
{
    m_summary->setObjectName(QStringLiteral("summary"));
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("drafts"));
    m_view->setAccessibleName(tr("Drafts"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setItemDelegateForColumn(DraftsModel::StatusColumn, new StatusDelegate(m_view));
    m_view->setItemDelegateForColumn(DraftsModel::KindColumn, new IconDelegate([this](const QModelIndex &index) {
        return Icons::forResourceKey(m_model->draftAt(index.row()).resourceKey);
    }, m_view));
    m_view->setColumnWidth(DraftsModel::RecordColumn, 220);
    m_view->setColumnWidth(DraftsModel::KindColumn, 170);
    m_view->setColumnWidth(DraftsModel::FieldsColumn, 200);
    m_view->setItemDelegate(new IconDelegate({}, m_view));  // whole text in the tooltip where cut
    ColumnFit::install(m_view);

    auto addButton = [this](const QString &name, const QString &text, auto slot) {
        auto *button = new QPushButton(text);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, slot);
        m_buttons.append(button);
        return button;
    };
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton(QStringLiteral("syncAll"), tr("Sync &all"), &DraftsPane::syncAll));
    buttons->addWidget(addButton(QStringLiteral("sync"), tr("S&ync"), &DraftsPane::syncSelected));
    buttons->addWidget(addButton(QStringLiteral("review"), tr("&Review…"), &DraftsPane::reviewSelected));
    buttons->addWidget(addButton(QStringLiteral("resolve"), tr("Resolve &conflict…"), &DraftsPane::resolveSelected));
    buttons->addWidget(addButton(QStringLiteral("open"), tr("&Open"), [this] {
        const QList<Draft> drafts = selectedDrafts();
        for (const Draft &draft : drafts)
            Q_EMIT openRequested(draft);
    }));
    buttons->addWidget(addButton(QStringLiteral("recreate"), tr("Create &again"), &DraftsPane::recreateSelected));
    buttons->addStretch(1);
    buttons->addWidget(addButton(QStringLiteral("discard"), tr("&Discard…"), &DraftsPane::discardSelected));
    const std::pair<const char *, QIcon> buttonIcons[] = {
        {"syncAll", Icons::action(Icons::Action::Sync)},
        {"sync", Icons::action(Icons::Action::Sync)},
        {"resolve", Icons::status(Icons::Status::Conflict)},
        {"discard", Icons::action(Icons::Action::Delete)},
    };
    for (QPushButton *button : std::as_const(m_buttons)) {
        for (const auto &[name, icon] : buttonIcons) {
            if (button->objectName() == QLatin1String(name))
                button->setIcon(icon);
        }
    }

    auto *discard = new QAction(this);
    discard->setShortcut(QKeySequence::Delete);
    discard->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(discard, &QAction::triggered, this, &DraftsPane::discardSelected);
    m_view->addAction(discard);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const Draft draft = m_model->draftAt(index.row());
        if (draft.status == Draft::Status::Conflict)
            resolve(draft);
        else if (draft.operation == Draft::Operation::Update)
            Q_EMIT openRequested(draft);
        else
            reviewSelected();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_result);
    layout->addLayout(buttons);

    connect(m_model, &QAbstractItemModel::modelReset, this, &DraftsPane::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DraftsPane::updateState);
    connect(m_sync, &DraftSync::finished, this, [this](int synced, int kept) {
        m_result->setText(kept == 0 ? tr("Synced %n draft(s).", nullptr, synced)
                                    : tr("%1; %n kept — see their status.", nullptr, kept)
                                                  .arg(tr("Synced %n draft(s)", nullptr, synced)));
        updateState();
    });
    connect(m_sync, &DraftSync::unreachable, this, [this](const ApiError &error) {
        m_result->setText(tr("Not synced: %1 Every draft is kept.").arg(error.message()));
    });
    connect(m_client, &ApiClient::onlineChanged, this, &DraftsPane::updateState);
    updateState();
}

DraftsPane::~DraftsPane() = default;

QPushButton *DraftsPane::button(const QString &name) const
{
    for (QPushButton *button : m_buttons) {
        if (button->objectName() == name)
            return button;
    }
    return nullptr;
}

QList<Draft> DraftsPane::selectedDrafts() const
{
    QList<Draft> out;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        out.append(m_model->draftAt(row.row()));
    return out;
}

void DraftsPane::select(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->selectRow(row);
}

void DraftsPane::updateState()
{
    const int count = m_model->rowCount();
    const int attention = m_model->needingAttention();
    if (count == 0)
        m_summary->setText(tr("No drafts: everything you changed is on the server."));
    else if (attention == 0)
        m_summary->setText(tr("%n draft(s) waiting to be sent.", nullptr, count));
    else
        m_summary->setText(tr("%1; %n need your decision.", nullptr, attention).arg(tr("%n draft(s)", nullptr, count)));
    const QList<Draft> selected = selectedDrafts();
    const bool online = m_client->isOnline();
    const bool one = selected.size() == 1;
    const Draft first = one ? selected.first() : Draft();
    button(QStringLiteral("syncAll"))->setEnabled(online && count > 0 && !m_sync->isRunning());
    button(QStringLiteral("sync"))->setEnabled(online && !selected.isEmpty() && !m_sync->isRunning());
    button(QStringLiteral("review"))->setEnabled(one);
    button(QStringLiteral("resolve"))->setEnabled(one && first.status == Draft::Status::Conflict);
    button(QStringLiteral("open"))->setEnabled(one && first.operation == Draft::Operation::Update);
    button(QStringLiteral("recreate"))->setEnabled(one && first.status == Draft::Status::Deleted);
    button(QStringLiteral("discard"))->setEnabled(!selected.isEmpty());
    const QString offline = tr("akdesk is offline; drafts are sent when the server is back.");
    button(QStringLiteral("syncAll"))->setToolTip(online ? QString() : offline);
    button(QStringLiteral("sync"))->setToolTip(online ? QString() : offline);
}

void DraftsPane::syncAll()
{
    m_result->setText(tr("Syncing…"));
    m_sync->syncAll();
    updateState();
}

void DraftsPane::syncSelected()
{
    const QList<Draft> selected = DraftSync::ordered(selectedDrafts());
    if (selected.isEmpty())
        return;
    m_result->setText(tr("Syncing…"));
    for (const Draft &draft : selected)
        m_sync->sync(draft.id);
    updateState();
}

void DraftsPane::reviewSelected()
{
    const QList<Draft> selected = selectedDrafts();
    if (selected.size() != 1)
        return;
    const Draft draft = selected.first();
    DraftReviewDialog dialog(draft, {}, m_schema->resource(draft.resourceKey), this);
    dialog.followServer(m_client);
    dialog.exec();
}

void DraftsPane::resolveSelected()
{
    const QList<Draft> selected = selectedDrafts();
    if (selected.size() == 1)
        resolve(selected.first());
}

void DraftsPane::resolve(const Draft &draft)
{
    if (draft.status != Draft::Status::Conflict)
        return;
    if (draft.operation == Draft::Operation::Reorder) {
        // No field to pick: the server's order stays (discard) or the draft's goes over it.
        QMessageBox box(QMessageBox::Question, tr("Resolve conflict"), draft.message, QMessageBox::Cancel, this);
        QPushButton *mine = box.addButton(tr("&Send my order"), QMessageBox::AcceptRole);
        QPushButton *theirs = box.addButton(tr("&Keep the server's order"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() == mine) {
            m_result->setText(tr("Syncing…"));
            m_sync->resolve(draft.id, {});
        } else if (box.clickedButton() == theirs) {
            m_store->remove(draft.id);
            m_result->setText(tr("Discarded the draft of “%1”; the server's order stays.").arg(draft.label));
        }
        return;
    }
    ConflictDialog dialog(draft, m_schema->resource(draft.resourceKey), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_result->setText(tr("Syncing…"));
    m_sync->resolve(draft.id, dialog.chosen());
}

void DraftsPane::discardSelected()
{
    const QList<Draft> selected = selectedDrafts();
    if (selected.isEmpty())
        return;
    const QString what = selected.size() == 1 ? tr("the draft of “%1”").arg(selected.first().label)
                                              : tr("%n drafts", nullptr, int(selected.size()));
    const auto answer = QMessageBox::question(this, tr("Discard drafts"),
                                              tr("Discard %1? The changes in it are lost; the server keeps what it has.").arg(what),
                                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    for (const Draft &draft : selected)
        m_store->remove(draft.id);
    m_result->setText(tr("Discarded %n draft(s).", nullptr, int(selected.size())));
}

void DraftsPane::recreateSelected()
{
    const QList<Draft> selected = selectedDrafts();
    if (selected.size() != 1)
        return;
    m_sync->recreate(selected.first().id);
    m_result->setText(tr("“%1” will be created again with the next sync.").arg(selected.first().label));
}

} // namespace akdesk
