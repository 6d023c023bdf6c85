#include "views/flows/flowlistpane.h"

#include "models/schema/choicelabels.h"

#include "models/items/pagedlistmodel.h"
#include "models/items/policybindingsmodel.h"
#include "models/records/record.h"
#include "views/common/columnfit.h"
#include "views/common/icondelegate.h"
#include "views/common/icons.h"
#include "views/common/viewrows.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace akdesk {

namespace {
QVariant text(const QJsonObject &r, const char *key) { return r.value(QLatin1String(key)).toString(); }
}

FlowListPane::FlowListPane(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new PagedListModel(client, this))
    , m_search(new QLineEdit)
    , m_view(new QTableView)
    , m_state(new QLabel)
    , m_searchDelay(new QTimer(this))
{
    m_model->setColumns({
        {tr("Slug"), QStringLiteral("slug"), [](const QJsonObject &r) { return text(r, "slug"); }},
        {tr("Name"), QStringLiteral("name"), [](const QJsonObject &r) { return text(r, "name"); }},
        {tr("Title"), QStringLiteral("title"), [](const QJsonObject &r) { return text(r, "title"); }},
        // In words ("Stage configuration"), as the flow form's choices read.
        {tr("Designation"), QStringLiteral("designation"),
         [](const QJsonObject &r) { return choices::label(QStringLiteral("designation"), text(r, "designation").toString()); }},
        {tr("Stages"), QString(), [](const QJsonObject &r) { return QVariant(int(r.value(QLatin1String("stages")).toArray().size())); }},
        // As the web admin's flow list (web/src/admin/flows/FlowListPage.ts): the bound policies.
        {tr("Policies"), QString(), [this](const QJsonObject &r) { return QVariant(policiesText(r)); }},
    });
    m_policiesColumn = 5;
    m_model->setPath(QStringLiteral("/flows/instances/"));
    m_model->setOrdering(QStringLiteral("slug"));
    m_search->setObjectName(QStringLiteral("flowSearch"));
    m_search->setPlaceholderText(tr("Search flows…"));
    m_search->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("flowList"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(0, new IconDelegate([this](const QModelIndex &index) {
        return Icons::forFlowDesignation(text(m_model->record(modelRow(index, m_model)), "designation").toString());
    }, m_view));
    // The order first, then sorting on: the list is asked for once, in that order.
    m_view->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(0, 300);
    m_view->horizontalHeader()->resizeSection(1, 260);
    m_view->horizontalHeader()->resizeSection(2, 200);
    m_view->setItemDelegate(new IconDelegate({}, m_view));  // whole text in the tooltip where cut
    ColumnFit::install(m_view);
    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT openRequested(m_model->record(modelRow(index, m_model))); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_state);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        m_model->setSearch(m_search->text().trimmed());
        m_refreshPolicies = true;
        m_model->reload();
    });
    connect(m_model, &PagedListModel::stateChanged, this, &FlowListPane::updateState);
    connect(m_model, &PagedListModel::freshnessChanged, this, &FlowListPane::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FlowListPane::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
        readPolicies(first, last, std::exchange(m_refreshPolicies, false));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // A reload the list made itself to follow a change (a new flow that may match the search)
        // reads only what it does not know; a refresh, a search or a filter reads every count.
        if (m_model->rowCount() > 0)
            readPolicies(0, m_model->rowCount() - 1, std::exchange(m_refreshPolicies, false));
    });
}

QString FlowListPane::policiesText(const QJsonObject &flow) const
{
    const QString target = records::textOf(flow, "policybindingmodel_ptr_id");
    const auto known = m_policies.constFind(target);
    if (known == m_policies.cend())
        return {};
    int policies = 0;
    for (const QJsonObject &binding : *known)
        policies += PolicyBindingsModel::boundOf(binding) == PolicyBindingsModel::Bound::Policy ? 1 : 0;
    const int others = int(known->size()) - policies;
    return others == 0 ? QString::number(policies) : tr("%1 (+%n group/user)", nullptr, others).arg(policies);
}

void FlowListPane::readPolicies(int first, int last, bool all)
{
    QStringList targets;
    QHash<QString, QString> pbmByPk;  // the server names a binding's target by the flow's pk
    for (int row = first; row <= last && row < m_model->rowCount(); ++row) {
        const QString target = records::textOf(m_model->record(row), "policybindingmodel_ptr_id");
        if (!target.isEmpty() && !m_policiesReading.contains(target) && (all || !m_policies.contains(target)))
            targets.append(target);
        pbmByPk.insert(records::textOf(m_model->record(row), "pk"), target);
    }
    if (targets.isEmpty())
        return;
    for (const QString &target : std::as_const(targets))
        m_policiesReading.insert(target);
    PolicyBindingsModel::fetchAll(m_client, targets, this, [this, targets, pbmByPk](const QList<QJsonObject> &rows, const ApiError &error) {
        for (const QString &target : targets)
            m_policiesReading.remove(target);
        if (error.isError())
            return;  // the cells stay empty: unknown, not zero
        for (const QString &target : targets)
            m_policies.insert(target, {});
        for (const QJsonObject &binding : rows)
            m_policies[records::textOf(PolicyBindingsModel::withPbmTarget(binding, pbmByPk), "target")].append(binding);
        if (m_model->rowCount() > 0)
            Q_EMIT m_model->dataChanged(m_model->index(0, m_policiesColumn), m_model->index(m_model->rowCount() - 1, m_policiesColumn));
    });
}

FlowListPane::~FlowListPane() = default;

void FlowListPane::showDesignation(const QString &designation)
{
    m_model->setFilters(designation.isEmpty() ? QList<QPair<QString, QString>>()
                                              : QList<QPair<QString, QString>>{{QStringLiteral("designation"), designation}});
    m_refreshPolicies = true;
    m_model->reload();
}

void FlowListPane::reload()
{
    m_refreshPolicies = true;
    m_model->reload();
}

QJsonObject FlowListPane::currentRecord() const
{
    return m_model->record(modelRow(m_view->currentIndex(), m_model));
}

void FlowListPane::updateState()
{
    switch (m_model->state()) {
    case PagedListModel::State::Loading:
        m_state->setText(tr("Loading flows…"));
        break;
    case PagedListModel::State::Error:
        m_state->setText(tr("Could not load the flows: %1").arg(m_model->lastError().message()));
        break;
    default:
        // A count that cannot be true is unknown (-1): then the rows here are the flows.
        m_state->setText(m_model->totalCount() == 0 ? tr("No flows here.")
                                                    : tr("%n flow(s)", nullptr, m_model->totalCount() < 0 ? m_model->rowCount() : m_model->totalCount()));
    }
    const QString note = m_model->freshnessNote();
    if (!note.isEmpty())
        m_state->setText(QStringLiteral("%1 — %2").arg(m_state->text(), note));
}

} // namespace akdesk
