#include "views/drafts/conflictdialog.h"
#include "views/common/icons.h"

#include "models/schema/resourcedescriptor.h"
#include "views/forms/changesummarydialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace akdesk {

ConflictDialog::ConflictDialog(const Draft &draft, const ResourceDescriptor *resource, QWidget *parent)
    : QDialog(parent)
    , m_merge(MergeResult::merge(draft.base, draft.changes, draft.theirs, resource))
    , m_conflicts(m_merge.conflicts())
{
    setWindowTitle(tr("Resolve conflicts — %1").arg(draft.label));
    auto *intro = new QLabel(tr("“%1” was changed on the server after you started editing it. For each field both "
                                "of you changed, choose which value to keep. Nothing is sent until you apply.")
                                 .arg(draft.label));
    intro->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    int row = 0;
    const QStringList headers{tr("Field"), tr("When you started"), tr("Server now"), tr("Yours"), tr("Keep")};
    for (int column = 0; column < headers.size(); ++column) {
        auto *header = new QLabel(QStringLiteral("<b>%1</b>").arg(headers.at(column).toHtmlEscaped()));
        grid->addWidget(header, row, column);
    }
    ++row;
    auto describe = [](const QJsonValue &value) {
        return value.isUndefined() ? tr("(not on the server)") : ChangeSummaryDialog::describe(value);
    };
    for (const FieldMerge &field : m_merge.fields) {
        const FieldDescriptor *descriptor = resource ? resource->field(field.field) : nullptr;
        const QString label = descriptor && !descriptor->label.isEmpty() ? descriptor->label : field.field;
        auto valueCell = [](const QString &text) {
            auto *cell = new QLabel(text);
            cell->setWordWrap(true);
            cell->setMaximumWidth(240);
            cell->setTextInteractionFlags(Qt::TextSelectableByMouse);
            cell->setAlignment(Qt::AlignLeft | Qt::AlignTop);
            return cell;
        };
        auto *name = new QLabel(label);
        name->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        grid->addWidget(name, row, 0);
        grid->addWidget(valueCell(describe(field.base)), row, 1);
        grid->addWidget(valueCell(describe(field.theirs)), row, 2);
        grid->addWidget(valueCell(describe(field.mine)), row, 3);
        if (!field.needsDecision()) {
            QString how;
            switch (field.outcome) {
            case FieldMerge::Outcome::Mine:
                how = tr("yours (only you changed it)");
                break;
            case FieldMerge::Outcome::Theirs:
                how = tr("the server's (only the server changed it)");
                break;
            case FieldMerge::Outcome::ListMerged:
                how = tr("both: %1").arg(describe(field.result));
                break;
            default:
                how = tr("no change needed");
                break;
            }
            auto *note = new QLabel(how);
            note->setEnabled(false);
            note->setWordWrap(true);
            note->setAlignment(Qt::AlignLeft | Qt::AlignTop);
            grid->addWidget(note, row, 4);
            ++row;
            continue;
        }
        auto *choices = new QWidget;
        auto *choiceLayout = new QVBoxLayout(choices);
        choiceLayout->setSpacing(2);
        choiceLayout->setContentsMargins(0, 0, 0, 0);
        auto *group = new QButtonGroup(this);
        auto *mine = new QRadioButton(tr("Mine"));
        auto *theirs = new QRadioButton(tr("Server's"));
        auto *edit = new QRadioButton(tr("Edit:"));
        mine->setObjectName(QStringLiteral("mine:") + field.field);
        theirs->setObjectName(QStringLiteral("theirs:") + field.field);
        edit->setObjectName(QStringLiteral("edit:") + field.field);
        mine->setAccessibleName(tr("Keep my value of %1").arg(label));
        theirs->setAccessibleName(tr("Take the server's value of %1").arg(label));
        edit->setAccessibleName(tr("Edit the value of %1").arg(label));
        group->addButton(mine, Mine);
        group->addButton(theirs, Theirs);
        group->addButton(edit, Edit);
        mine->setChecked(true);
        auto *value = new QLineEdit(textFromValue(field.mine));
        value->setObjectName(QStringLiteral("value:") + field.field);
        value->setAccessibleName(tr("Value of %1").arg(label));
        value->setEnabled(false);
        connect(group, &QButtonGroup::idToggled, value, [value, group] { value->setEnabled(group->checkedId() == Edit); });
        connect(value, &QLineEdit::textEdited, edit, [edit] { edit->setChecked(true); });
        auto *editRow = new QHBoxLayout;
        editRow->addWidget(edit);
        editRow->addWidget(value, 1);
        choiceLayout->addWidget(mine);
        choiceLayout->addWidget(theirs);
        choiceLayout->addLayout(editRow);
        grid->addWidget(choices, row, 4);
        m_groups.insert(field.field, group);
        m_edits.insert(field.field, value);
        ++row;
    }
    grid->setColumnStretch(4, 1);
    grid->setRowStretch(row, 1);  // rows sit at the top, not spread over the height
    auto *table = new QWidget;
    table->setLayout(grid);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(table);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *apply = buttons->addButton(tr("&Apply and sync"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("apply"));
    apply->setIcon(Icons::action(Icons::Action::Sync));
    setWindowIcon(Icons::status(Icons::Status::Conflict));
    apply->setDefault(true);
    QPushButton *allMine = buttons->addButton(tr("All &mine"), QDialogButtonBox::ActionRole);
    QPushButton *allTheirs = buttons->addButton(tr("All the &server's"), QDialogButtonBox::ActionRole);
    allMine->setObjectName(QStringLiteral("allMine"));
    allTheirs->setObjectName(QStringLiteral("allTheirs"));
    connect(allMine, &QPushButton::clicked, this, [this] { chooseAll(Mine); });
    connect(allTheirs, &QPushButton::clicked, this, [this] { chooseAll(Theirs); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(960, 420);
}

ConflictDialog::~ConflictDialog() = default;

void ConflictDialog::choose(const QString &field, Choice choice)
{
    if (QButtonGroup *group = m_groups.value(field))
        group->button(choice)->setChecked(true);
}

void ConflictDialog::chooseAll(Choice choice)
{
    for (const QString &field : std::as_const(m_conflicts))
        choose(field, choice);
}

QJsonObject ConflictDialog::chosen() const
{
    QJsonObject out;
    for (const FieldMerge &field : m_merge.fields) {
        const QButtonGroup *group = m_groups.value(field.field);
        if (!group)
            continue;
        switch (group->checkedId()) {
        case Mine:
            out.insert(field.field, field.mine);
            break;
        case Theirs:
            if (!field.theirs.isUndefined())
                out.insert(field.field, field.theirs);
            break;
        case Edit:
            out.insert(field.field, valueFromText(m_edits.value(field.field)->text(), field.mine));
            break;
        default:
            break;
        }
    }
    return out;
}

QString ConflictDialog::textFromValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(textFromValue(item));
        return items.join(QLatin1String(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    }
    return {};
}

QJsonValue ConflictDialog::valueFromText(const QString &text, const QJsonValue &like)
{
    const QString trimmed = text.trimmed();
    switch (like.type()) {
    case QJsonValue::Bool:
        return trimmed == QLatin1String("true") || trimmed == QLatin1String("1") || trimmed == QLatin1String("on");
    case QJsonValue::Double: {
        bool ok = false;
        const double number = trimmed.toDouble(&ok);
        return ok ? QJsonValue(number) : QJsonValue(trimmed);
    }
    case QJsonValue::Array: {
        QJsonArray items;
        for (const QString &item : trimmed.split(QLatin1Char(','), Qt::SkipEmptyParts))
            items.append(item.trimmed());
        return items;
    }
    case QJsonValue::Object:
        return QJsonDocument::fromJson(trimmed.toUtf8()).object();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return trimmed.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(trimmed);
    case QJsonValue::String:
        return text;
    }
    return text;
}

} // namespace akdesk
