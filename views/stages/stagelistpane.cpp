#include "views/stages/stagelistpane.h"

#include "models/api/apiclient.h"
#include "models/items/pagedlistmodel.h"
#include "models/session/workspace.h"
#include "models/schema/schemaregistry.h"
#include "views/common/columnfit.h"
#include "views/common/icondelegate.h"
#include "views/common/icons.h"
#include "views/common/viewrows.h"
#include "views/stages/filterbar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace akdesk {

namespace {

QString flowNames(const QJsonObject &stage)
{
    QStringList names;
    const QJsonArray flows = stage.value(QLatin1String("flow_set")).toArray();
    for (const QJsonValue &flow : flows)
        names.append(flow.toObject().value(QLatin1String("slug")).toString());
    return names.join(QLatin1String(", "));
}

} // namespace

StageListPane::Words StageListPane::wordsFor(ResourceDescriptor::Category family)
{
    if (family == ResourceDescriptor::Category::Policy)
        return {QStringLiteral("/policies/all/"), QStringLiteral("policies"), tr("Search policies"), tr("Search all policies…"),
                tr("Loading policies…"), tr("There are no policies of this kind yet."), tr("No policies match the search or filters."),
                tr("%1 policies loaded — scroll for more"), tr("%1 of %2 policies loaded — scroll for more"),
                tr("Could not load the policies: %1"), tr("Search stopped."),
                [](int n) { return tr("%n policy(ies)", nullptr, n); }};
    return {QStringLiteral("/stages/all/"), QStringLiteral("stages/all"), tr("Search stages"), tr("Search all stages…"),
            tr("Loading stages…"), tr("There are no stages of this kind yet."), tr("No stages match the search or filters."),
            tr("%1 stages loaded — scroll for more"), tr("%1 of %2 stages loaded — scroll for more"),
            tr("Could not load the stages: %1"), tr("Search stopped."),
            [](int n) { return tr("%n stage(s)", nullptr, n); }};
}

StageListPane::StageListPane(Workspace *workspace, QWidget *parent, ResourceDescriptor::Category family)
    : QWidget(parent)
    , m_client(workspace->client())
    , m_family(family)
    , m_words(wordsFor(family))
    , m_schema(workspace->schema())
    , m_model(new PagedListModel(m_client, this))
    , m_search(new QLineEdit)
    , m_filterToggle(new QToolButton)
    , m_filters(new FilterBar(workspace))
    , m_view(new QTableView)
    , m_state(new QLabel)
    , m_busy(new QProgressBar)
    , m_retry(new QPushButton(tr("Retry")))
    , m_searchDelay(new QTimer(this))
{
    // A policy says how many bindings use it (bound_to, authentik/policies/api/policies.py).
    const PagedListModel::Column third = family == ResourceDescriptor::Category::Policy
        ? PagedListModel::Column{tr("Bindings"), QString(), [](const QJsonObject &r) { return QVariant(r.value(QLatin1String("bound_to")).toInt()); }}
        : PagedListModel::Column{tr("Bound into flows"), QString(), [](const QJsonObject &r) { return QVariant(flowNames(r)); }};
    m_model->setColumns({
        {tr("Name"), QStringLiteral("name"),
         [](const QJsonObject &r) { return QVariant(r.value(QLatin1String("name")).toString()); }},
        {tr("Kind"), QString(),
         [](const QJsonObject &r) { return QVariant(r.value(QLatin1String("verbose_name")).toString()); }},
        third,
    });

    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("%1…  (Esc stops a running search)").arg(m_words.search));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(m_words.search);
    m_search->installEventFilter(this);

    m_filterToggle->setObjectName(QStringLiteral("filterToggle"));
    m_filterToggle->setText(tr("Filters"));
    m_filterToggle->setCheckable(true);
    m_filterToggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_filterToggle, &QToolButton::toggled, m_filters, &QWidget::setVisible);
    m_filters->setObjectName(QStringLiteral("filterBar"));

    m_view->setObjectName(family == ResourceDescriptor::Category::Policy ? QStringLiteral("policyList") : QStringLiteral("stageList"));
    m_view->setModel(m_model);
    // Each row shows its kind's family icon, read from the record's web-admin component.
    m_view->setItemDelegateForColumn(0, new IconDelegate([this](const QModelIndex &index) {
        return Icons::forStageComponent(m_model->record(modelRow(index, m_model)).value(QLatin1String("component")).toString());
    }, m_view));
    // The order first, then sorting on: the list is asked for once, in that order.
    m_view->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(0, 320);
    m_view->horizontalHeader()->resizeSection(1, 220);
    m_view->setItemDelegate(new IconDelegate({}, m_view));  // whole text in the tooltip where cut
    ColumnFit::install(m_view);
    m_view->installEventFilter(this);
    m_view->setAccessibleName(family == ResourceDescriptor::Category::Policy ? tr("Policies") : tr("Stages"));
    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT openRequested(m_model->record(modelRow(index, m_model))); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StageListPane::selectionChanged);

    m_state->setObjectName(QStringLiteral("listState"));
    m_state->setWordWrap(true);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(12);
    m_busy->setTextVisible(false);
    m_retry->setObjectName(QStringLiteral("retry"));
    connect(m_retry, &QPushButton::clicked, this, &StageListPane::reload);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_filterToggle);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_busy);
    bottom->addWidget(m_state, 1);
    bottom->addWidget(m_retry);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    // A list that is wholly here narrows at each keystroke; the server is asked too, once typing
    // pauses (for what changed there meanwhile), and a new search cancels the one still running.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->searchLocally(text.trimmed());
        m_searchDelay->start();
    });
    connect(m_searchDelay, &QTimer::timeout, this, &StageListPane::applySearch);
    connect(m_filters, &FilterBar::filtersChanged, this, [this](const QList<QPair<QString, QString>> &filters) {
        m_model->setFilters(filters);
        m_model->reload();
    });
    connect(m_model, &PagedListModel::stateChanged, this, &StageListPane::updateState);
    connect(m_model, &PagedListModel::freshnessChanged, this, &StageListPane::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &StageListPane::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StageListPane::updateState);
    m_model->setOrdering(QStringLiteral("name"));
    updateState();
}

StageListPane::~StageListPane() = default;

void StageListPane::showKind(const QString &key)
{
    m_kind = key;
    const ResourceDescriptor *kind = key.isEmpty() ? nullptr : m_schema->resource(key);
    m_filters->setResource(kind);
    m_filters->setVisible(m_filterToggle->isChecked() && !m_filters->isEmpty());
    m_filterToggle->setEnabled(!m_filters->isEmpty());
    m_model->setFilters({});
    m_model->setPath(kind ? kind->listPath : m_words.allPath);
    const ResourceDescriptor *searched = kind ? kind : m_schema->resource(m_words.allKey);
    m_model->setSearchFields(searched ? searched->searchFields : QStringList{QStringLiteral("name")});
    m_search->setPlaceholderText(kind ? tr("Search %1…").arg(kind->labelPlural)  // names keep their case in every language
                                      : m_words.searchAll);
    m_model->reload();
}

void StageListPane::reload()
{
    if (m_model->path().isEmpty())
        return;  // never shown (the policies until first asked for): nothing to read again
    m_model->reload();
}

QList<QJsonObject> StageListPane::selectedRecords() const
{
    QList<QJsonObject> records;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : rows)
        records.append(m_model->record(modelRow(index, m_model)));
    return records;
}

void StageListPane::applySearch()
{
    m_model->setSearch(m_search->text().trimmed());
    m_model->reload();
}

bool StageListPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search && key->key() == Qt::Key_Escape) {
            // Esc first stops what is running, then clears the text.
            // A search done locally counts as running: Esc shows every row again, text kept.
            if (m_searchDelay->isActive() || m_model->state() == PagedListModel::State::Loading
                || m_model->isSearchedLocally()) {
                m_searchDelay->stop();
                m_model->cancel();
                if (m_model->isSearchedLocally())
                    m_model->searchLocally(QString());
                m_state->setText(m_words.stopped);
            } else if (!m_search->text().isEmpty()) {
                m_search->clear();
            }
            return true;
        }
        // End goes to the end of the list (every page fetched); Ctrl+End stays the view's own
        // move to the last row loaded, which fetches one page more, as scrolling does.
        if (watched == m_view && key->key() == Qt::Key_End && key->modifiers() == Qt::NoModifier) {
            goToEnd();
            return true;
        }
        if (watched == m_search && key->key() == Qt::Key_Down) {
            m_view->setFocus();
            if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
                m_view->setCurrentIndex(m_model->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void StageListPane::goToEnd()
{
    // End means the end of the list, not of the pages loaded so far: fetch the rest first.
    auto selectLast = [this] {
        const int row = m_view->model()->rowCount() - 1;
        if (row < 0)
            return;
        const QModelIndex last = m_view->model()->index(row, 0);
        m_view->selectionModel()->setCurrentIndex(last, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(last);
    };
    if (!m_model->canFetchMore({})) {
        selectLast();
        return;
    }
    delete m_toEnd;
    m_toEnd = new QObject(this);
    connect(m_model, &PagedListModel::stateChanged, m_toEnd, [this, selectLast](PagedListModel::State state) {
        if (state == PagedListModel::State::Loading || (state == PagedListModel::State::Loaded && m_model->canFetchMore({})))
            return;
        m_toEnd->deleteLater();
        if (state == PagedListModel::State::Loaded)
            selectLast();
    });
    // A new search, filter or kind drops the wish.
    connect(m_model, &QAbstractItemModel::modelReset, m_toEnd, [this] { m_toEnd->deleteLater(); });
    m_model->fetchAll();
}

void StageListPane::updateState()
{
    const PagedListModel::State state = m_model->state();
    m_busy->setVisible(state == PagedListModel::State::Loading);
    m_retry->setVisible(state == PagedListModel::State::Error);
    switch (state) {
    case PagedListModel::State::Idle:
        break;
    case PagedListModel::State::Loading:
        // A count the server sent that cannot be true is unknown (-1): say only what is here.
        m_state->setText(m_model->rowCount() == 0 ? m_words.loading
                         : m_model->totalCount() < 0 ? tr("Loading more… (%1 so far)").arg(m_model->rowCount())
                                                     : tr("Loading more… (%1 of %2)")
                                                           .arg(m_model->rowCount())
                                                           .arg(m_model->totalCount()));
        break;
    case PagedListModel::State::Loaded:
        if (m_model->totalCount() == 0)
            m_state->setText(m_search->text().isEmpty() && m_model->rowCount() == 0 && m_filters->filters().isEmpty()
                                 ? m_words.none
                                 : m_words.noMatch);
        else if (m_model->totalCount() < 0)
            m_state->setText(m_model->canFetchMore({}) ? m_words.someLoaded.arg(m_model->rowCount())
                                                       : m_words.count(m_model->rowCount()));
        else
            m_state->setText(m_words.ofLoaded
                                 .arg(m_model->rowCount())
                                 .arg(m_model->totalCount()));
        if (m_model->rowCount() == m_model->totalCount() && m_model->totalCount() > 0)
            m_state->setText(m_words.count(m_model->totalCount()));
        break;
    case PagedListModel::State::Error:
        m_state->setText(m_words.couldNotLoad.arg(m_model->lastError().message()));
        break;
    }
    const QString note = m_model->freshnessNote();
    if (!note.isEmpty())
        m_state->setText(QStringLiteral("%1 — %2").arg(m_state->text(), note));
}

} // namespace akdesk
