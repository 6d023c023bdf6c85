#include "views/stages/filterbar.h"

#include "models/session/workspace.h"
#include "models/items/referencemodel.h"
#include "models/schema/schemaregistry.h"
#include "views/forms/fieldeditor.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLineEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace akdesk {

FilterBar::FilterBar(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_client(workspace->client())
    , m_schema(workspace->schema())
    , m_layout(new QHBoxLayout(this))
    , m_typing(new QTimer(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_typing->setSingleShot(true);
    m_typing->setInterval(TypingDelayMs);
    connect(m_typing, &QTimer::timeout, this, [this] { Q_EMIT filtersChanged(filters()); });
    // What was last applied, so that Clear filters also clears a filter still being typed.
    connect(this, &FilterBar::filtersChanged, this, [this](const QList<QPair<QString, QString>> &applied) { m_applied = applied; });
}

FilterBar::~FilterBar() = default;

QComboBox *FilterBar::input(const QString &name) const
{
    for (const auto &entry : m_inputs) {
        if (entry.first == name)
            return entry.second;
    }
    return nullptr;
}

void FilterBar::setResource(const ResourceDescriptor *resource)
{
    m_typing->stop();
    m_applied.clear();
    delete m_content;
    m_inputs.clear();
    m_content = new QWidget(this);
    auto *grid = new QGridLayout(m_content);
    grid->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_content);
    if (!resource) {
        setVisible(false);
        return;
    }
    int column = 0;
    int row = 0;
    for (const FilterDescriptor &filter : resource->filters) {
        auto *combo = new QComboBox(m_content);
        combo->setObjectName(QStringLiteral("filter_") + filter.name);
        QString reference = filter.reference;
        if (reference.isEmpty()) {
            if (const FieldDescriptor *field = resource->field(filter.name))
                reference = field->reference;
        }
        const bool freeText = filter.type == FieldType::String && filter.enumValues.isEmpty()
            && (reference.isEmpty() || !m_schema->resource(reference));
        if (!freeText)
            combo->addItem(tr("Any"), QVariant());
        if (filter.type == FieldType::Boolean) {
            combo->addItem(tr("Yes"), QStringLiteral("true"));
            combo->addItem(tr("No"), QStringLiteral("false"));
        } else if (!filter.enumValues.isEmpty()) {
            for (const QString &choice : filter.enumValues)
                combo->addItem(FieldEditor::humanize(choice), choice);
        } else if (const ResourceDescriptor *target = reference.isEmpty() ? nullptr : m_schema->resource(reference)) {
            auto *choices = new ReferenceModel(m_client, combo);
            QVariantMap referenceFilter;
            if (const FieldDescriptor *field = resource->field(filter.name))
                referenceFilter = field->referenceFilter;
            choices->load(target->listPath, referenceFilter);
            connect(choices, &QAbstractItemModel::rowsInserted, combo, [combo, choices](const QModelIndex &, int first, int last) {
                for (int r = first; r <= last; ++r)
                    combo->addItem(choices->index(r).data().toString(), choices->idAt(r));
            });
        } else if (freeText) {
            // Free text, e.g. the exact `name`. Empty means any, as the placeholder says, both at
            // first and after Clear filters (an "Any" item shown as text made the two differ).
            combo->setEditable(true);
            combo->setInsertPolicy(QComboBox::NoInsert);
            combo->lineEdit()->setPlaceholderText(tr("Any"));
            combo->lineEdit()->setClearButtonEnabled(true);
        } else {
            delete combo;
            continue;
        }
        const QString label = filter.label.isEmpty() ? FieldEditor::humanize(filter.name) : filter.label;
        combo->setAccessibleName(tr("Filter: %1").arg(label));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumContentsLength(8);
        if (combo->isEditable()) {
            // Room for a stage's name (the box was 70 px wide).
            combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            combo->setMinimumContentsLength(28);
        }
        auto *caption = new QLabel(label + QLatin1Char(':'), m_content);
        caption->setBuddy(combo);
        grid->addWidget(caption, row, column * 2, Qt::AlignRight);
        grid->addWidget(combo, row, column * 2 + 1);
        if (++column == 3) {
            column = 0;
            ++row;
        }
        m_inputs.append({filter.name, combo});
        auto changed = [this] { Q_EMIT filtersChanged(filters()); };
        if (combo->isEditable()) {
            // Applied as it is typed, once typing pauses; Enter applies it at once.
            connect(combo->lineEdit(), &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
            connect(combo->lineEdit(), &QLineEdit::returnPressed, this, [this, changed] {
                m_typing->stop();
                changed();
            });
        } else
            connect(combo, &QComboBox::currentIndexChanged, this, changed);
    }
    auto *reset = new QPushButton(tr("Clear filters"), m_content);
    reset->setObjectName(QStringLiteral("clearFilters"));
    connect(reset, &QPushButton::clicked, this, &FilterBar::clear);
    grid->addWidget(reset, row + 1, 0, 1, 2, Qt::AlignLeft);
    grid->setColumnStretch(6, 1);
    setVisible(!m_inputs.isEmpty());
}

QList<QPair<QString, QString>> FilterBar::filters() const
{
    // The filters as the inputs show them now.
    QList<QPair<QString, QString>> active;
    for (const auto &[name, combo] : m_inputs) {
        if (combo->isEditable()) {
            const QString text = combo->currentText().trimmed();
            if (!text.isEmpty())
                active.append({name, text});
            continue;
        }
        const QVariant value = combo->currentData();
        if (value.isValid())
            active.append({name, value.toString()});
    }
    return active;
}

void FilterBar::clear()
{
    m_typing->stop();
    const bool had = !filters().isEmpty() || m_applied != filters();
    for (const auto &entry : std::as_const(m_inputs)) {
        const QSignalBlocker blocker(entry.second);
        entry.second->setCurrentIndex(0);
        if (entry.second->isEditable())
            entry.second->setEditText(QString());
    }
    if (had)
        Q_EMIT filtersChanged(filters());
}

} // namespace akdesk
