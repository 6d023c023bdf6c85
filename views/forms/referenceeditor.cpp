#include "views/forms/referenceeditor.h"

#include "models/items/referencemodel.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>

#include <functional>
#include <utility>

namespace akdesk {

namespace {

/// A combo box that says when its popup is about to open (QComboBox has no signal for it).
class PickerCombo final : public QComboBox
{
public:
    explicit PickerCombo(std::function<void()> beforePopup)
        : m_beforePopup(std::move(beforePopup))
    {
    }
    void showPopup() override
    {
        m_beforePopup();
        QComboBox::showPopup();
    }

private:
    std::function<void()> m_beforePopup;
};

} // namespace

ReferenceEditor::ReferenceEditor(const FieldDescriptor &field, ReferenceModel *references, QWidget *parent)
    : FieldEditor(parent)
    , m_references(references)
    , m_combo(new PickerCombo([references] { references->ensureLoaded(); }))
    , m_nullable(field.nullable || !field.required)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo, 1);
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->lineEdit()->setPlaceholderText(tr("Type to search…"));
    m_combo->completer()->setFilterMode(Qt::MatchContains);
    m_combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_combo->lineEdit()->installEventFilter(this);
    connect(m_references, &QAbstractItemModel::rowsInserted, this, &ReferenceEditor::rebuild);
    connect(m_references, &QAbstractItemModel::modelReset, this, &ReferenceEditor::rebuild);
    connect(m_references, &QAbstractItemModel::rowsRemoved, this, &ReferenceEditor::rebuild);
    connect(m_references, &QAbstractItemModel::dataChanged, this, &ReferenceEditor::rebuild);
    // "Loading…" becomes the id when the list came without it (or did not come).
    connect(m_references, &ReferenceModel::loaded, this, [this] {
        rebuild();
        if (!m_pendingPick.isEmpty())
            pickTyped(std::exchange(m_pendingPick, {}));
    });
    connect(m_references, &ReferenceModel::failed, this, &ReferenceEditor::rebuild);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_updating || index < 0)
            return;
        m_current = m_combo->itemData(index).toString();
        Q_EMIT edited(m_current.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_current));
    });
    rebuild();
}

bool ReferenceEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Enter picks what was typed (exact name, else the first name containing it) and stops
    // there: it must not also press the dialog's default button.
    if (watched == m_combo->lineEdit() && event->type() == QEvent::KeyPress) {
        const auto *keyEvent = static_cast<QKeyEvent *>(event);
        // Typing searches, which needs the names; Tab only passes through on its way to the next field.
        if (!keyEvent->text().isEmpty() && keyEvent->text().at(0).isPrint())
            m_references->ensureLoaded();
        const int key = keyEvent->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            // Typed faster than the list came: the pick waits for it.
            m_pendingPick = m_references->isLoading() ? m_combo->lineEdit()->text() : QString();
            if (m_pendingPick.isEmpty())
                pickTyped(m_combo->lineEdit()->text());
            return true;
        }
    }
    return FieldEditor::eventFilter(watched, event);
}

void ReferenceEditor::pickTyped(const QString &text)
{
    int index = m_combo->findText(text, Qt::MatchFixedString);
    if (index < 0)
        index = m_combo->findText(text, Qt::MatchContains);
    if (index >= 0)
        m_combo->setCurrentIndex(index);
    m_combo->lineEdit()->setText(m_combo->currentText());
}

void ReferenceEditor::rebuild()
{
    // The value shown needs its name (after a failed load, opening the picker tries again).
    if (!m_current.isEmpty() && m_references->rowOf(m_current) < 0 && !m_references->lastError().isError())
        m_references->ensureLoaded();
    m_updating = true;
    // Rows arriving while someone types (the first key asked for them) keep what is typed.
    const bool typing = m_combo->lineEdit()->hasFocus();
    const QString typed = m_combo->lineEdit()->text();
    m_combo->clear();
    if (m_nullable)
        m_combo->addItem(tr("(none)"), QString());
    for (int row = 0; row < m_references->rowCount(); ++row) {
        const QModelIndex index = m_references->index(row);
        m_combo->addItem(index.data().toString(), m_references->idAt(row));
        m_combo->setItemData(m_combo->count() - 1, index.data(ReferenceModel::DetailRole), Qt::ToolTipRole);
    }
    int current = m_combo->findData(m_current);
    if (current < 0 && !m_current.isEmpty()) {
        m_combo->addItem(m_references->isLoading() ? tr("Loading…") : m_current, m_current);
        current = m_combo->count() - 1;
    }
    m_combo->setCurrentIndex(current);
    if (typing)
        m_combo->lineEdit()->setText(typed);
    m_updating = false;
}

void ReferenceEditor::setValue(const QJsonValue &value)
{
    const QString id = value.toString();
    if (id == m_current && m_combo->currentIndex() >= 0)
        return;
    m_current = id;
    rebuild();
}

QWidget *ReferenceEditor::focusWidget()
{
    return m_combo;
}

QString ReferenceEditor::nameOf(const QString &id) const
{
    return m_references ? m_references->nameOf(id) : QString();
}

} // namespace akdesk
