#include "views/forms/formview.h"
#include "views/common/announce.h"
#include "views/common/theme.h"

#include "models/items/formmodel.h"
#include "views/forms/fieldeditcommand.h"
#include "views/forms/wheelguard.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

namespace akdesk {

namespace {

template<typename T>
T *findParent(QWidget *widget)
{
    for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *found = qobject_cast<T *>(parent))
            return found;
    }
    return nullptr;
}

} // namespace

FormView::FormView(FormModel *model, QUndoStack *undoStack, ReferenceModelFactory references, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_undoStack(undoStack)
    , m_references(std::move(references))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FormView::rebuild);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &first, const QModelIndex &last) {
                for (int row = first.row(); row <= last.row(); ++row)
                    refreshRow(row);
            });
    rebuild();
}

FormView::~FormView() = default;

void FormView::rebuild()
{
    delete m_content;
    m_editors.clear();
    m_errors.clear();
    m_labels.clear();
    m_content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    layout()->addWidget(m_content);

    QHash<QString, QFormLayout *> sections;
    QList<QLabel *> columnLabels;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const FieldDescriptor *field = m_model->fieldAt(row);
        const QString section = field->section.isEmpty() ? tr("Settings") : field->section;
        QFormLayout *form = sections.value(section);
        if (!form) {
            auto *box = new QGroupBox(section, m_content);
            form = new QFormLayout(box);
            form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
            form->setRowWrapPolicy(QFormLayout::DontWrapRows);
            form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
            contentLayout->addWidget(box);
            sections.insert(section, form);
        }
        FieldEditor *editor = FieldEditor::create(*field, m_references, m_content);
        const QString name = field->name;
        const bool merges = editor->mergesEdits();
        connect(editor, &FieldEditor::edited, this, [this, name, merges](const QJsonValue &value) {
            const QJsonValue before = m_model->value(name);
            if (before == value)
                return;
            const QString label = m_model->index(m_model->rowOf(name)).data(FormModel::LabelRole).toString();
            if (m_undoStack)
                m_undoStack->push(new FieldEditCommand(m_model, name, before, value, label, merges));
            else
                m_model->setValue(name, value);
        });
        connect(editor, &FieldEditor::inputError, this,
                [this, name](const QString &message) { m_model->setInputError(name, message); });
        WheelGuard::protect(editor);

        // The error line keeps its place while empty, so that rows below do not jump as a
        // message comes and goes.
        auto *error = new QLabel(m_content);
        error->setObjectName(name + QStringLiteral("_error"));
        error->setWordWrap(true);
        error->setStyleSheet(QStringLiteral("color: %1;").arg(theme::errorText(palette()).name()));
        // (A checkbox cannot be typed wrong: only the server's answer to a save lands there.)
        if (field->type != FieldType::Boolean)
            error->setMinimumHeight(error->fontMetrics().lineSpacing());
        const QString help = field->help.isEmpty() ? field->description : field->help;

        // The field column takes the form's width (help texts wrap there instead of beside a
        // narrow spin box, where they were cut off).
        auto *cell = new QWidget(m_content);
        cell->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(editor);
        if (!help.isEmpty() && field->type != FieldType::Boolean) {
            auto *hint = new QLabel(help, cell);
            hint->setObjectName(name + QStringLiteral("_help"));
            hint->setWordWrap(true);
            hint->setForegroundRole(QPalette::PlaceholderText);
            cellLayout->addWidget(hint);
        } else if (!help.isEmpty()) {
            editor->focusWidget()->setToolTip(help);
        }
        cellLayout->addWidget(error);

        // Checkboxes carry their own label; an empty one keeps the column as wide as elsewhere.
        auto *label = new QLabel(m_content);
        if (field->type != FieldType::Boolean) {
            label->setText(field->label + (field->required ? QStringLiteral(" *") : QString()));
            label->setBuddy(editor->focusWidget());
            m_labels.insert(name, label);
        }
        label->setObjectName(name + QStringLiteral("_label"));
        columnLabels.append(label);
        form->addRow(label, cell);
        m_editors.insert(name, editor);
        m_errors.insert(name, error);
        refreshRow(row);
    }
    // One label column for the whole form, as wide as its widest label in bold (a changed field's
    // label turns bold: nothing moves when it does).
    int width = 0;
    for (QLabel *label : std::as_const(columnLabels)) {
        QFont bold = label->font();
        bold.setBold(true);
        width = std::max(width, QFontMetrics(bold).horizontalAdvance(label->text()) + 2);
    }
    for (QLabel *label : std::as_const(columnLabels))
        label->setMinimumWidth(width);
    contentLayout->addStretch(1);
    m_content->show();  // added after the view was shown: show it now, not on a later event
}

void FormView::refreshRow(int row)
{
    const QModelIndex index = m_model->index(row);
    const QString name = index.data(FormModel::NameRole).toString();
    if (FieldEditor *editor = m_editors.value(name))
        editor->setValue(index.data(FormModel::ValueRole).value<QJsonValue>());
    if (QLabel *error = m_errors.value(name)) {
        const QString text = index.data(FormModel::ErrorRole).toString();
        error->setText(text);
        if (FieldEditor *editor = m_editors.value(name)) {
            describeError(editor->focusWidget(), text);
            editor->setError(text);
        }
    }
    if (QLabel *label = m_labels.value(name)) {
        QFont font = label->font();
        font.setBold(index.data(FormModel::DirtyRole).toBool() && !m_model->isCreating());
        label->setFont(font);
    }
}

void FormView::focusField(const QString &field)
{
    if (FieldEditor *editor = m_editors.value(field)) {
        editor->focusWidget()->setFocus(Qt::OtherFocusReason);
        if (auto *area = findParent<QAbstractScrollArea>(this)) {
            if (auto *scroll = qobject_cast<QScrollArea *>(area))
                scroll->ensureWidgetVisible(editor);
        }
    }
}

bool FormView::focusFirstError()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        if (!index.data(FormModel::ErrorRole).toString().isEmpty()) {
            focusField(index.data(FormModel::NameRole).toString());
            return true;
        }
    }
    return false;
}

} // namespace akdesk
