#include "views/forms/recordeditor.h"
#include "views/common/icons.h"
#include "views/common/theme.h"
#include "views/common/announce.h"

#include "models/api/apiclient.h"
#include "models/drafts/draftsmodel.h"
#include "models/storage/localstore.h"
#include "models/drafts/draftsync.h"
#include "models/operations/editsession.h"
#include "models/session/workspace.h"
#include "models/items/referencemodel.h"
#include "models/records/record.h"
#include "models/schema/schemaregistry.h"
#include "views/drafts/conflictdialog.h"
#include "views/forms/changesummarydialog.h"
#include "views/forms/fieldeditor.h"
#include "views/forms/formview.h"

#include <QAction>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace akdesk {

RecordEditor::RecordEditor(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_references(workspace->references())
    , m_session(new EditSession(workspace, this))
    , m_undo(new QUndoStack(this))
    , m_heading(new QLabel)
    , m_banner(new QLabel)
    , m_notice(new QLabel)
    , m_flows(new QLabel)
    , m_save(new QPushButton(tr("&Save")))
    , m_revert(new QPushButton(tr("Revert")))
    , m_test(new QPushButton(tr("&Test…")))
{
    sayWhenEditsAreNotKept(workspace->store());
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(theme::errorBanner(palette()));
    m_banner->setAccessibleDescription(tr("Errors"));  // its name is its text, read out when it appears
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setStyleSheet(theme::noticeBanner(palette()));
    m_notice->setAccessibleDescription(tr("Notice"));

    m_flows->setObjectName(QStringLiteral("flowLinks"));
    m_flows->setWordWrap(true);
    m_flows->setTextFormat(Qt::RichText);
    connect(m_flows, &QLabel::linkActivated, this, [this](const QString &link) { Q_EMIT flowActivated(link); });

    m_formHost = new QWidget;
    auto *hostLayout = new QVBoxLayout(m_formHost);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);  // Tab goes from field to field; the area follows the focus
    scroll->setAccessibleName(tr("Fields"));
    scroll->setWidget(m_formHost);
    // A wheel notch moves three steps: three lines of text, not three pixels' worth of them.
    scroll->verticalScrollBar()->setSingleStep(fontMetrics().lineSpacing() * 2);
    m_scroll = scroll;

    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);
    m_revert->setObjectName(QStringLiteral("revert"));
    m_save->setIcon(Icons::action(Icons::Action::Save));
    auto *undoButton = new QPushButton(Icons::action(Icons::Action::Undo), tr("Undo"));
    auto *redoButton = new QPushButton(Icons::action(Icons::Action::Redo), tr("Redo"));
    undoButton->setObjectName(QStringLiteral("undo"));
    redoButton->setObjectName(QStringLiteral("redo"));
    connect(m_undo, &QUndoStack::canUndoChanged, undoButton, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redoButton, &QWidget::setEnabled);
    undoButton->setEnabled(false);
    redoButton->setEnabled(false);
    connect(undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);

    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *saveAction = new QAction(tr("Save"), this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, this, &RecordEditor::save);
    m_localActions = {undo, redo, saveAction};
    addActions(m_localActions);
    // A policy is tried against a user (PolicyTestDialog); the window has no menu entry for it.
    m_test->setObjectName(QStringLiteral("testPolicy"));
    m_test->setVisible(false);
    m_test->setToolTip(tr("Run this policy against a user (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_T).toString(QKeySequence::NativeText)));
    auto *testAction = new QAction(tr("Test…"), this);
    testAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    testAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(testAction);
    auto test = [this] {
        if (m_test->isVisible() && m_test->isEnabled())
            Q_EMIT testRequested(m_session->form()->record());
    };
    connect(testAction, &QAction::triggered, this, test);
    connect(m_test, &QPushButton::clicked, this, test);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(undoButton);
    buttons->addWidget(redoButton);
    buttons->addStretch(1);
    buttons->addWidget(m_test);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_banner);
    layout->addWidget(m_notice);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_flows);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &RecordEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &RecordEditor::revert);
    FormModel *form = m_session->form();
    connect(form, &FormModel::validityChanged, this, &RecordEditor::updateState);
    connect(form, &FormModel::dirtyChanged, this, &RecordEditor::updateState);
    connect(form, &QAbstractItemModel::modelReset, this, &RecordEditor::updateState);
    connect(form, &FormModel::nonFieldErrorsChanged, this, [this](const QStringList &errors) {
        m_banner->setText(errors.join(QLatin1Char('\n')));
        m_banner->setVisible(!errors.isEmpty());
        announce(m_banner, m_banner->text());
    });
    connect(m_session, &EditSession::busyChanged, this, &RecordEditor::updateState);
    connect(m_session, &EditSession::availabilityChanged, this, [this, scroll](bool available) {
        // Never an empty form to type into: it would make a draft of nothing.
        scroll->setVisible(available);
        m_banner->setText(available ? QString()
                                    : tr("This record is not available offline: akdesk has not fetched it from the "
                                         "server before. Open it again once the server can be reached."));
        m_banner->setVisible(!available);
        if (!available)
            announce(m_banner, m_banner->text());
        updateState();
    });
    connect(m_session, &EditSession::failed, this, &RecordEditor::showError);
    connect(m_session, &EditSession::loaded, this, &RecordEditor::updateFlowLinks);
    connect(m_session, &EditSession::loaded, this, [this] {
        updateState();
        Q_EMIT titleChanged(title());
    });
    connect(m_session, &EditSession::draftRestored, this, [this](const Draft &draft) {
        showNotice(draft.isDamaged() ? draft.damage
                                     : tr("Restored your unsaved changes from %1 (draft). Save sends them; Revert discards them.")
                                           .arg(DraftsModel::ageText(draft.updatedAt)));
    });
    connect(m_session, &EditSession::queued, this, [this](qint64, const QString &message) {
        m_banner->setVisible(false);
        showNotice(message);
        updateState();
    });
    connect(m_session, &EditSession::conflicted, this, &RecordEditor::resolveConflict);
    connect(m_session, &EditSession::saved, this, [this](const QJsonObject &record, bool created) {
        m_undo->clear();
        m_banner->setVisible(false);
        m_notice->setVisible(false);
        if (!created)
            reportMerged(record);
        updateFlowLinks(record);
        Q_EMIT titleChanged(title());
        Q_EMIT saved(record, created);
    });
    updateState();
}

RecordEditor::~RecordEditor() = default;

void RecordEditor::rebuildForm()
{
    delete m_form;
    m_undo->clear();
    m_form = new FormView(m_session->form(), m_undo,
                          referenceModels(m_references), m_formHost);
    m_formHost->layout()->addWidget(m_form);
}

void RecordEditor::sayWhenEditsAreNotKept(LocalStore *store)
{
    connect(store, &LocalStore::keepingChanged, this, [this](bool keeping, const QString &why) {
        if (!keeping && m_session->form()->isDirty()) {
            m_unkeptNotice = tr("Your edits are not being kept on disk (%1). They stay in this window; Save sends what "
                                "you see here.").arg(why);
            showNotice(m_unkeptNotice);
        } else if (keeping && !m_unkeptNotice.isEmpty() && m_notice->text() == m_unkeptNotice) {
            m_notice->setVisible(false);
        }
        if (keeping)
            m_unkeptNotice.clear();
    });
}

void RecordEditor::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    announce(m_notice, text);
}

void RecordEditor::resolveConflict(qint64 id)
{
    const std::optional<Draft> draft = m_session->draftStore()->draft(id);
    if (!draft)
        return;
    showNotice(draft->message);
    ConflictDialog dialog(*draft, m_session->resource(), this);
    if (dialog.exec() != QDialog::Accepted) {
        showNotice(tr("Not saved: “%1” changed on the server too. Your changes are kept as a draft; "
                      "resolve the conflict here or in the Drafts panel.").arg(draft->label));
        return;
    }
    m_session->resolveConflict(id, dialog.chosen());
}

void RecordEditor::open(const ResourceDescriptor &resource, const QJsonObject &record)
{
    m_notice->setVisible(false);
    m_session->open(resource, record);
    rebuildForm();
    updateFlowLinks(record);
    updateState();
    Q_EMIT titleChanged(title());
}

void RecordEditor::startNew(const ResourceDescriptor &resource, const QJsonObject &overrides)
{
    m_session->startNew(resource, overrides);
    rebuildForm();
    updateFlowLinks({});
    updateState();
    Q_EMIT titleChanged(title());
}

QString RecordEditor::title() const
{
    const ResourceDescriptor *resource = m_session->resource();
    if (!resource)
        return {};
    if (m_session->form()->isCreating())
        return tr("New %1").arg(resource->label);
    const QString name = ReferenceModel::displayName(m_session->form()->baseRecord());
    return name;
}

void RecordEditor::updateState()
{
    const FormModel *form = m_session->form();
    const bool busy = m_session->isBusy();
    const bool available = m_session->isAvailable();
    m_save->setEnabled(available && !busy && form->isValid() && (form->isDirty() || form->isCreating()));
    m_revert->setEnabled(available && !busy && form->isDirty() && !form->isCreating());
    m_save->setText(busy ? tr("Saving…") : (form->isCreating() ? tr("&Create") : tr("&Save")));
    if (const ResourceDescriptor *resource = m_session->resource())
        m_heading->setText(QStringLiteral("%1 — %2").arg(resource->label, title()));
    m_save->setToolTip(form->isValid() ? QString() : tr("Some fields need fixing first."));
    // The server tests the policy as it has it: there must be one there.
    const ResourceDescriptor *resource = m_session->resource();
    m_test->setVisible(resource && resource->category == ResourceDescriptor::Category::Policy && !form->isCreating());
    m_test->setEnabled(available && !form->record().value(QLatin1String("pk")).toString().isEmpty());
}

void RecordEditor::save()
{
    FormModel *form = m_session->form();
    form->revealErrors();
    if (!m_save->isEnabled()) {
        // Say why nothing happens, at the first field that is wrong.
        const QString field = form->firstInvalidField();
        if (!field.isEmpty() && !m_session->isBusy()) {
            const QModelIndex index = form->index(form->rowOf(field));
            const QString text = tr("Not saved: fix “%1” first. %2")
                                     .arg(index.data(FormModel::LabelRole).toString(), form->errorFor(field));
            m_banner->setText(text);
            m_banner->setVisible(true);
            announce(m_banner, text);
            m_form->focusField(field);
        } else if (!m_session->isBusy() && !form->isDirty() && !form->isCreating()) {
            showNotice(tr("Nothing to save: no field was changed."));
        }
        return;
    }
    if (m_confirmSaves && !form->isCreating() && form->changedFields().size() > 1) {
        // References named as their pickers know them, not as UUIDs.
        ChangeSummaryDialog summary(*form, this, [this](const QString &field, const QString &id) {
            const FieldEditor *editor = m_form ? m_form->editorFor(field) : nullptr;
            return editor ? editor->nameOf(id) : QString();
        });
        if (summary.exec() != QDialog::Accepted)
            return;
    }
    m_banner->setVisible(false);
    m_savedFrom = form->baseRecord();
    m_savedChanges = form->changedFields();
    m_session->save();
}

void RecordEditor::reportMerged(const QJsonObject &record)
{
    // What the server had changed since the edit began, taken in by the three-way merge: the
    // fields that now differ from where the edit started and that this edit did not touch.
    const ResourceDescriptor *resource = m_session->resource();
    if (!resource || m_savedFrom.isEmpty())
        return;
    QStringList merged;
    for (const QString &field : records::changedFields(m_savedFrom, record, *resource)) {
        if (!m_savedChanges.contains(field)) {
            const FieldDescriptor *descriptor = resource->field(field);
            merged.append(descriptor && !descriptor->label.isEmpty() ? descriptor->label : field);
        }
    }
    m_savedFrom = {};
    if (merged.isEmpty())
        return;
    showNotice(tr("Saved; merged %n change(s) made on the server: %1.", nullptr, int(merged.size()))
                   .arg(merged.join(QLatin1String(", "))));
}

void RecordEditor::useWindowShortcuts()
{
    // The window's Edit menu acts on the current editor; two actions on one key would cancel out.
    for (QAction *action : std::as_const(m_localActions)) {
        removeAction(action);
        action->deleteLater();
    }
    m_localActions.clear();
}

void RecordEditor::revert()
{
    m_session->discardDraft();
    m_notice->setVisible(false);
    m_session->open(*m_session->resource(), m_session->form()->baseRecord());
    m_undo->clear();
}

void RecordEditor::showError(const ApiError &error)
{
    QString text;
    if (error.kind == ApiError::Kind::Validation) {
        const QStringList general = m_session->form()->nonFieldErrors();
        text = general.isEmpty() ? tr("The server did not accept the changes; see the marked fields.")
                                 : general.join(QLatin1Char('\n'));
        m_form->focusFirstError();
    } else {
        text = tr("Not saved: %1\nYour changes are still here.").arg(error.message());
    }
    m_banner->setText(text);
    m_banner->setVisible(true);
    announce(m_banner, text);
}

void RecordEditor::updateFlowLinks(const QJsonObject &record)
{
    const QJsonArray flows = record.value(QLatin1String("flow_set")).toArray();
    if (!m_session->resource() || m_session->resource()->category != ResourceDescriptor::Category::Stage
        || m_session->form()->isCreating()) {
        m_flows->setVisible(false);
        return;
    }
    QStringList links;
    for (const QJsonValue &value : flows) {
        const QJsonObject flow = value.toObject();
        const QString slug = flow.value(QLatin1String("slug")).toString();
        links.append(QStringLiteral("<a href=\"%1\">%2</a>")
                         .arg(slug.toHtmlEscaped(), ReferenceModel::flowLabel(flow).toHtmlEscaped()));
    }
    m_flows->setText(links.isEmpty() ? tr("Bound into flows: none")
                                     : tr("Bound into flows: %1").arg(links.join(QLatin1String(", "))));
    m_flows->setVisible(true);
}

bool RecordEditor::confirmClose()
{
    if (!m_session->form()->isDirty() || m_session->form()->isCreating())
        return true;
    // The draft is already safe: closing keeps it unless the user says otherwise.
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("“%1” has changes that are not on the server yet.").arg(title()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Keep them as a draft to finish or sync later from the Drafts panel."));
    QPushButton *keep = box.addButton(tr("&Keep as draft"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepDraft"));
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == keep)
        return true;
    const auto answer = box.standardButton(box.clickedButton());
    if (answer == QMessageBox::Save) {
        save();
        return false;
    }
    if (answer == QMessageBox::Discard) {
        m_session->discardDraft();
        return true;
    }
    return false;
}

} // namespace akdesk
