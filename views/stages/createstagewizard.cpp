#include "views/stages/createstagewizard.h"
#include "views/common/icondelegate.h"
#include "views/common/icons.h"
#include "views/common/theme.h"
#include "models/records/record.h"

#include "models/api/apiclient.h"
#include "models/storage/localstore.h"
#include "models/items/bindingsmodel.h"
#include "models/operations/editsession.h"
#include "models/session/workspace.h"
#include "models/operations/recordwriter.h"
#include "models/items/referencemodel.h"
#include "models/items/stagetypesmodel.h"
#include "models/schema/schemaregistry.h"
#include "views/forms/formview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QUndoStack>
#include <QVBoxLayout>

namespace akdesk {

namespace {

/// A wizard page whose completeness is asked of a function (the kind list, the form's validity).
class CheckedPage final : public QWizardPage
{
public:
    explicit CheckedPage(std::function<bool()> complete)
        : m_complete(std::move(complete))
    {
    }
    bool isComplete() const override { return m_complete(); }
    void changed() { Q_EMIT completeChanged(); }

private:
    std::function<bool()> m_complete;
};

using akdesk::records::textOf;

} // namespace

CreateStageWizard::CreateStageWizard(Workspace *workspace, QWidget *parent, ResourceDescriptor::Category family)
    : QWizard(parent)
    , m_client(workspace->client())
    , m_store(workspace->store())
    , m_schema(workspace->schema())
    , m_references(workspace->references())
    , m_types(new StageTypesModel(m_client, m_schema, this, family))
    , m_filtered(new QSortFilterProxyModel(this))
    , m_session(new EditSession(workspace, this))
    , m_undo(new QUndoStack(this))
{
    const bool policy = family == ResourceDescriptor::Category::Policy;
    setWindowTitle(policy ? tr("New policy") : tr("New stage"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    resize(720, 620);

    // Page 1: the kind.
    auto *kindPage = new CheckedPage([this] { return !selectedKind().isEmpty(); });
    kindPage->setTitle(policy ? tr("What kind of policy?") : tr("What kind of stage?"));
    kindPage->setSubTitle(tr("Type to search by name or description."));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("kindSearch"));
    m_search->setPlaceholderText(tr("Search kinds…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(policy ? tr("Search policy kinds") : tr("Search stage kinds"));
    m_filtered->setSourceModel(m_types);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filtered->setFilterRole(StageTypesModel::SearchTextRole);
    m_filtered->setFilterKeyColumn(0);
    m_kinds = new QListView;
    m_kinds->setObjectName(QStringLiteral("kindList"));
    m_kinds->setModel(m_filtered);
    m_kinds->setIconSize(QSize(24, 24));
    m_kinds->setItemDelegate(new IconDelegate([](const QModelIndex &index) {
        const QString key = index.data(StageTypesModel::KeyRole).toString();
        return key.isEmpty() ? Icons::genericStage() : Icons::forStageKey(key);
    }, m_kinds));
    m_kinds->setAccessibleName(policy ? tr("Policy kinds") : tr("Stage kinds"));
    m_kindHelp = new QLabel;
    m_kindHelp->setWordWrap(true);
    m_kindHelp->setMinimumHeight(m_kindHelp->fontMetrics().height() * 3);
    auto *kindLayout = new QVBoxLayout(kindPage);
    kindLayout->addWidget(m_search);
    kindLayout->addWidget(m_kinds, 1);
    kindLayout->addWidget(m_kindHelp);
    connect(m_search, &QLineEdit::textChanged, this, [this, kindPage](const QString &text) {
        m_filtered->setFilterFixedString(text);
        if (m_filtered->rowCount() > 0 && !m_kinds->currentIndex().isValid())
            m_kinds->setCurrentIndex(m_filtered->index(0, 0));
        kindPage->changed();
    });
    m_search->installEventFilter(this);
    connect(m_kinds->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, kindPage](const QModelIndex &index) {
        m_kindHelp->setText(index.data(StageTypesModel::DescriptionRole).toString());
        kindPage->changed();
    });
    connect(m_kinds, &QListView::activated, this, [this] {
        if (!selectedKind().isEmpty())
            next();
    });
    connect(m_types, &StageTypesModel::loaded, this, [this, kindPage] {
        if (!m_types->fallbackReason().isEmpty())
            m_kindHelp->setText(tr("The server's list of kinds could not be read (%1); showing the kinds akdesk knows.")
                                    .arg(m_types->fallbackReason()));
        kindPage->changed();
    });
    setPage(KindPage, kindPage);

    // Page 2: the settings.
    auto *settingsPage = new CheckedPage([this] { return m_session->resource() && m_session->form()->isValid() && !m_busy; });
    settingsPage->setTitle(tr("Settings"));
    settingsPage->setSubTitle(tr("Fields marked * are required. Defaults are authentik's."));
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *host = new QWidget;
    m_formHost = new QVBoxLayout(host);
    m_formHost->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(host);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("wizardMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: %1;").arg(theme::errorText(palette()).name()));
    auto *settingsLayout = new QVBoxLayout(settingsPage);
    settingsLayout->addWidget(m_message);
    settingsLayout->addWidget(scroll, 1);
    connect(m_session->form(), &FormModel::validityChanged, settingsPage, &CheckedPage::changed);
    connect(m_session->form(), &QAbstractItemModel::modelReset, settingsPage, &CheckedPage::changed);
    setPage(SettingsPage, settingsPage);

    // Page 3: optional binding.
    auto *bindPage = new QWizardPage;
    bindPage->setTitle(tr("Bind to a flow (optional)"));
    bindPage->setSubTitle(tr("The new stage runs last in the flow (its order is the flow's last + 10)."));
    m_bind = new QCheckBox(tr("&Bind the new stage to a flow"));
    m_bind->setObjectName(QStringLiteral("bindToFlow"));
    m_flow = new QComboBox;
    m_flow->setObjectName(QStringLiteral("flowPicker"));
    m_flow->setEnabled(false);
    m_flow->setAccessibleName(tr("Flow"));
    m_flows = new ReferenceModel(m_client, this);
    m_flow->setModel(m_flows);
    connect(m_bind, &QCheckBox::toggled, m_flow, &QWidget::setEnabled);
    auto *bindLayout = new QVBoxLayout(bindPage);
    bindLayout->addWidget(m_bind);
    bindLayout->addWidget(m_flow);
    bindLayout->addStretch(1);
    m_types->load();
    // A policy is bound where it is used (a flow's or a stage binding's policies), not here.
    if (policy) {
        bindPage->setParent(this);
        bindPage->hide();
        return;
    }
    setPage(BindPage, bindPage);
    m_flows->load(m_schema->resource(QStringLiteral("flows"))->listPath);
}

CreateStageWizard::~CreateStageWizard() = default;

bool CreateStageWizard::eventFilter(QObject *watched, QEvent *event)
{
    // In the search box, Up/Down walk the list and Enter goes on with the selected kind.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int row = std::clamp(m_kinds->currentIndex().row() + (key == Qt::Key_Down ? 1 : -1), 0,
                                       std::max(0, m_filtered->rowCount() - 1));
            m_kinds->setCurrentIndex(m_filtered->index(row, 0));
            return true;
        }
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !selectedKind().isEmpty()) {
            next();
            return true;
        }
    }
    return QWizard::eventFilter(watched, event);
}

QString CreateStageWizard::selectedKind() const
{
    return m_kinds->currentIndex().data(StageTypesModel::KeyRole).toString();
}

void CreateStageWizard::presetBinding(const QString &flowPk)
{
    m_bind->setChecked(true);
    auto choose = [this, flowPk] {
        const int row = m_flows->rowOf(flowPk);
        if (row >= 0)
            m_flow->setCurrentIndex(row);
    };
    choose();
    connect(m_flows, &ReferenceModel::loaded, this, choose);
}

bool CreateStageWizard::selectKind(const QString &key)
{
    const int row = m_types->rowOfKey(key);
    if (row < 0)
        return false;
    m_search->clear();
    m_kinds->setCurrentIndex(m_filtered->mapFromSource(m_types->index(row)));
    return selectedKind() == key;
}

void CreateStageWizard::initializePage(int id)
{
    if (id == SettingsPage && selectedKind() != m_formKind) {
        // A new kind: a fresh form with the overlay's defaults.
        const ResourceDescriptor *kind = m_schema->resource(selectedKind());
        m_formKind = selectedKind();
        m_session->startNew(*kind);
        delete m_form;
        m_form = new FormView(m_session->form(), m_undo, referenceModels(m_references));
        m_formHost->addWidget(m_form);
        m_message->clear();
        setWindowTitle(tr("New %1").arg(kind->label));
    }
    QWizard::initializePage(id);
}

bool CreateStageWizard::validateCurrentPage()
{
    if (currentId() == SettingsPage && !m_session->form()->isValid()) {
        m_form->focusFirstError();
        return false;
    }
    return QWizard::validateCurrentPage();
}

void CreateStageWizard::fail(const QString &text)
{
    m_busy = false;
    button(QWizard::FinishButton)->setEnabled(true);
    m_message->setText(text);
    if (auto *page = dynamic_cast<CheckedPage *>(this->page(SettingsPage)))
        page->changed();
}

void CreateStageWizard::accept()
{
    if (m_busy)
        return;
    if (!m_created.isEmpty()) {  // the stage exists; only the binding is left to retry
        bindTo(m_created, m_flow->currentIndex() >= 0 ? m_flows->idAt(m_flow->currentIndex()) : QString());
        return;
    }
    m_busy = true;
    button(QWizard::FinishButton)->setEnabled(false);
    // One outcome per attempt: drop the listeners of an earlier attempt that failed.
    for (const QMetaObject::Connection &connection : std::as_const(m_attempt))
        disconnect(connection);
    m_attempt.clear();
    m_attempt << connect(m_session, &EditSession::saved, this, [this](const QJsonObject &stage) {
        m_created = stage;
        Q_EMIT stageCreated(stage);
        if (m_bind->isChecked() && m_flow->currentIndex() >= 0)
            bindTo(stage, m_flows->idAt(m_flow->currentIndex()));
        else
            QWizard::accept();
    }, Qt::SingleShotConnection);
    m_attempt << connect(m_session, &EditSession::queued, this, [this](qint64 id, const QString &message) {
        m_busy = false;
        const std::optional<Draft> draft = m_store->draft(id);
        if (draft && m_bind->isChecked() && m_flow->currentIndex() >= 0) {
            // The binding waits too, naming the stage by its placeholder until the stage exists.
            const QString flowPk = m_flows->idAt(m_flow->currentIndex());
            QJsonObject binding{{QStringLiteral("target"), flowPk}, {QStringLiteral("stage"), draft->localId}};
            // Without a known last order the sync puts it after the flow's last binding.
            if (const std::optional<int> order = BindingsModel::cachedOrderAtEnd(m_client, flowPk))
                binding.insert(QStringLiteral("order"), *order);
            m_store->queueCreate(QStringLiteral("flows/bindings"), tr("%1 in %2").arg(draft->label, m_flow->currentText()),
                                 binding);
        }
        Q_EMIT queued(message);
        QWizard::accept();
    }, Qt::SingleShotConnection);
    m_attempt << connect(m_session, &EditSession::failed, this, [this](const ApiError &error) {
        // Back to the form, with the server's messages at their fields and everything kept.
        while (currentId() != SettingsPage && currentId() != KindPage)
            back();
        const QStringList general = m_session->form()->nonFieldErrors();
        fail(error.kind == ApiError::Kind::Validation
                 ? (general.isEmpty() ? tr("The server did not accept it; see the marked fields.") : general.join(QLatin1Char('\n')))
                 : tr("Not created: %1").arg(error.message()));
    }, Qt::SingleShotConnection);
    m_session->save();
}

void CreateStageWizard::bindTo(const QJsonObject &stage, const QString &flowPk)
{
    if (flowPk.isEmpty()) {
        QWizard::accept();
        return;
    }
    m_busy = true;
    BindingsModel::askOrderAtEnd(m_client, flowPk, this, [this, stage, flowPk](std::optional<int> order, const ApiError &error) {
        if (!order) {
            fail(tr("The stage “%1” was created, but not bound: %2").arg(textOf(stage, "name"), error.message()));
            return;
        }
        const QJsonObject body{{QStringLiteral("target"), flowPk}, {QStringLiteral("stage"), textOf(stage, "pk")},
                               {QStringLiteral("order"), *order}};
        m_session->writer()->create(*m_schema->resource(QStringLiteral("flows/bindings")), body,
                                    tr("%1 in %2").arg(textOf(stage, "name"), m_flow->currentText()), this,
                                    [this, stage](const WriteResult &result) {
            switch (result.outcome) {
            case WriteResult::Outcome::Accepted:
                m_busy = false;
                Q_EMIT bindingCreated(result.record);
                QWizard::accept();
                return;
            case WriteResult::Outcome::Queued:
                m_busy = false;
                Q_EMIT queued(tr("The stage “%1” was created; the server cannot be reached, so its binding is queued "
                                 "and sent with the next sync.").arg(textOf(stage, "name")));
                QWizard::accept();
                return;
            case WriteResult::Outcome::Refused:
                fail(tr("The stage “%1” was created, but not bound: %2").arg(textOf(stage, "name"), result.error.message()));
                return;
            }
        });
    });
}

} // namespace akdesk
