#include "views/forms/choicelisteditor.h"

#include "models/items/referencemodel.h"
#include "models/schema/choicelabels.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QEvent>
#include <QVBoxLayout>

namespace akdesk {

ChoiceListEditor::ChoiceListEditor(const FieldDescriptor &field, ReferenceModel *references, QWidget *parent)
    : FieldEditor(parent)
    , m_references(references)
    , m_fieldName(field.name)
    , m_enumValues(field.enumValues)
    , m_list(new QListWidget)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (m_references) {
        m_filter = new QLineEdit;
        m_filter->setPlaceholderText(tr("Filter…"));
        m_filter->setAccessibleName(tr("Filter %1").arg(field.label.isEmpty() ? field.name : field.label));
        m_filter->setClearButtonEnabled(true);
        layout->addWidget(m_filter);
        connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
            for (int row = 0; row < m_list->count(); ++row)
                m_list->item(row)->setHidden(!m_list->item(row)->text().contains(text, Qt::CaseInsensitive));
        });
        connect(m_references, &QAbstractItemModel::rowsInserted, this, &ChoiceListEditor::rebuild);
        connect(m_references, &QAbstractItemModel::modelReset, this, &ChoiceListEditor::rebuild);
        connect(m_references, &QAbstractItemModel::rowsRemoved, this, &ChoiceListEditor::rebuild);
        connect(m_references, &QAbstractItemModel::dataChanged, this, &ChoiceListEditor::rebuild);
        connect(m_references, &ReferenceModel::loaded, this, &ChoiceListEditor::rebuild);
        connect(m_references, &ReferenceModel::failed, this, &ChoiceListEditor::rebuild);
        for (QObject *use : {static_cast<QObject *>(m_list), static_cast<QObject *>(m_list->viewport()),
                             static_cast<QObject *>(m_filter)})
            use->installEventFilter(this);
    }
    layout->addWidget(m_list);
    m_list->setMaximumHeight(m_references ? 140 : 22 * int(std::max<qsizetype>(m_enumValues.size(), 2)) + 8);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            emitChecked();
    });
    rebuild();
}

bool ChoiceListEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Clicking, tabbing into or filtering the list is what opens this picker.
    if (m_references && (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress))
        m_references->ensureLoaded();
    return FieldEditor::eventFilter(watched, event);
}

void ChoiceListEditor::rebuild()
{
    if (m_references && !m_references->lastError().isError()) {
        for (const QString &id : std::as_const(m_selected)) {
            if (m_references->rowOf(id) < 0) {
                m_references->ensureLoaded();  // a checked one needs its name
                break;
            }
        }
    }
    m_updating = true;
    m_list->clear();
    QStringList ids;
    if (m_references) {
        if (!m_references->isLoaded() && m_references->rowCount() == 0 && m_selected.isEmpty()) {
            auto *hint = new QListWidgetItem(m_references->isLoading() ? tr("Loading…") : tr("Click to list the choices"), m_list);
            hint->setFlags(Qt::NoItemFlags);
        }
        for (int row = 0; row < m_references->rowCount(); ++row) {
            auto *item = new QListWidgetItem(m_references->index(row).data().toString(), m_list);
            item->setData(Qt::UserRole, m_references->idAt(row));
            item->setToolTip(m_references->index(row).data(ReferenceModel::DetailRole).toString());
            ids.append(m_references->idAt(row));
        }
        // Selected ids the server did not list (yet) still show, so nothing is dropped silently.
        for (const QString &id : std::as_const(m_selected)) {
            if (!ids.contains(id)) {
                auto *item = new QListWidgetItem(id, m_list);
                item->setData(Qt::UserRole, id);
            }
        }
    } else {
        for (const QString &choice : std::as_const(m_enumValues)) {
            auto *item = new QListWidgetItem(choices::label(m_fieldName, choice), m_list);
            item->setData(Qt::UserRole, choice);
        }
    }
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->flags() == Qt::NoItemFlags)
            continue;  // the hint
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(m_selected.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
}

void ChoiceListEditor::setValue(const QJsonValue &value)
{
    QStringList selected;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        selected.append(item.toString());
    if (selected == m_selected)
        return;
    m_selected = selected;
    // Update the check marks in place: items (and the user's place in the list) stay.
    m_updating = true;
    QStringList shown;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->flags() == Qt::NoItemFlags)
            continue;  // the hint
        shown.append(item->data(Qt::UserRole).toString());
        item->setCheckState(m_selected.contains(shown.last()) ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
    for (const QString &id : std::as_const(m_selected)) {
        if (!shown.contains(id)) {
            rebuild();  // a selected id the list does not show yet
            break;
        }
    }
}

void ChoiceListEditor::emitChecked()
{
    // Keep the order of the existing selection, append newly checked items in list order.
    QStringList checked;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            checked.append(m_list->item(row)->data(Qt::UserRole).toString());
    }
    QStringList ordered;
    for (const QString &id : std::as_const(m_selected)) {
        if (checked.contains(id))
            ordered.append(id);
    }
    for (const QString &id : std::as_const(checked)) {
        if (!ordered.contains(id))
            ordered.append(id);
    }
    m_selected = ordered;
    Q_EMIT edited(QJsonArray::fromStringList(ordered));
}

QWidget *ChoiceListEditor::focusWidget()
{
    return m_list;
}

QString ChoiceListEditor::nameOf(const QString &id) const
{
    return m_references ? m_references->nameOf(id) : QString();
}

} // namespace akdesk
