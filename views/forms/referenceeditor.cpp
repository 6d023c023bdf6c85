#include "views/forms/referenceeditor.h"

#include "models/items/referencemodel.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>

namespace akdesk {

ReferenceEditor::ReferenceEditor(const FieldDescriptor &field, ReferenceModel *references, QWidget *parent)
    : FieldEditor(parent)
    , m_references(references)
    , m_combo(new QComboBox)
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
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            const QString text = m_combo->lineEdit()->text();
            int index = m_combo->findText(text, Qt::MatchFixedString);
            if (index < 0)
                index = m_combo->findText(text, Qt::MatchContains);
            if (index >= 0)
                m_combo->setCurrentIndex(index);
            m_combo->lineEdit()->setText(m_combo->currentText());
            return true;
        }
    }
    return FieldEditor::eventFilter(watched, event);
}

void ReferenceEditor::rebuild()
{
    m_updating = true;
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
