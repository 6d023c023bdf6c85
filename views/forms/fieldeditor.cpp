#include "views/forms/fieldeditor.h"

#include "views/forms/basiceditors.h"
#include "views/forms/choicelisteditor.h"
#include "views/forms/codefieldeditor.h"
#include "views/forms/referenceeditor.h"

#include "models/items/referencedirectory.h"
#include "models/items/referencemodel.h"
#include "models/schema/choicelabels.h"
#include "models/schema/schemaregistry.h"


namespace akdesk {

ReferenceModelFactory referenceModels(ReferenceDirectory *directory)
{
    return [directory](const FieldDescriptor &field, QObject *) { return directory->modelFor(field); };
}

FieldEditor::FieldEditor(QWidget *parent)
    : QWidget(parent)
{
}

FieldEditor::~FieldEditor() = default;

QString FieldEditor::humanize(const QString &value)
{
    return choices::label({}, value);
}

FieldEditor *FieldEditor::create(const FieldDescriptor &field, const ReferenceModelFactory &references, QWidget *parent)
{
    FieldEditor *editor = nullptr;
    if (!field.syntax.isEmpty() && field.type == FieldType::String)
        editor = new CodeFieldEditor(field, parent);
    else switch (field.type) {
    case FieldType::Boolean:
        editor = new BoolFieldEditor(field, parent);
        break;
    case FieldType::Enum:
        editor = new EnumFieldEditor(field, parent);
        break;
    case FieldType::Integer:
        editor = new IntegerFieldEditor(field, parent);
        break;
    case FieldType::Array:
        if (field.itemType == FieldType::Enum && !field.enumValues.isEmpty())
            editor = new ChoiceListEditor(field, nullptr, parent);
        else if (field.isReference() && references)
            editor = new ChoiceListEditor(field, references(field, parent), parent);
        break;
    case FieldType::Uuid:
        if (field.isReference() && references)
            editor = new ReferenceEditor(field, references(field, parent), parent);
        else
            editor = new TextFieldEditor(field, parent);
        break;
    case FieldType::String:
    case FieldType::Slug:
    case FieldType::Duration:
    case FieldType::DateTime:
    case FieldType::Number:
        editor = new TextFieldEditor(field, parent);
        break;
    default:
        break;
    }
    if (!editor)
        editor = new JsonFieldEditor(field, parent);
    editor->setObjectName(field.name);
    editor->focusWidget()->setObjectName(field.name + QStringLiteral("_input"));
    editor->focusWidget()->setAccessibleName(field.label.isEmpty() ? field.name : field.label);
    editor->focusWidget()->setAccessibleDescription(field.help.isEmpty() ? field.description : field.help);
    return editor;
}

} // namespace akdesk
