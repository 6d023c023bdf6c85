#include "views/forms/fieldeditor.h"

#include "views/forms/basiceditors.h"
#include "views/forms/choicelisteditor.h"
#include "views/forms/referenceeditor.h"

#include "models/items/referencemodel.h"
#include "models/schema/schemaregistry.h"

#include <QCoreApplication>

namespace akdesk {

ReferenceModelFactory referenceModels(ApiClient *client, std::shared_ptr<const SchemaRegistry> schema)
{
    return [client, schema = std::move(schema)](const FieldDescriptor &field, QObject *parent) {
        auto *model = new ReferenceModel(client, parent);
        if (const ResourceDescriptor *target = schema->resource(field.reference))
            model->load(target->listPath, field.referenceFilter);
        return model;
    };
}

FieldEditor::FieldEditor(QWidget *parent)
    : QWidget(parent)
{
}

FieldEditor::~FieldEditor() = default;

QString FieldEditor::humanize(const QString &value)
{
    // Abbreviations people write in capitals.
    static const QStringList acronyms{QStringLiteral("upn"), QStringLiteral("uuid"), QStringLiteral("url"),
                                      QStringLiteral("sms"), QStringLiteral("totp"), QStringLiteral("ldap"),
                                      QStringLiteral("saml"), QStringLiteral("oauth"), QStringLiteral("mfa"),
                                      QStringLiteral("id"), QStringLiteral("api")};
    QStringList words = value.split(QLatin1Char('_'), Qt::SkipEmptyParts);
    for (QString &word : words) {
        if (acronyms.contains(word.toLower()))
            word = word.toUpper();
    }
    QString text = words.join(QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    // authentik's choices on the forms and in the navigator that akdesk offers in the user's
    // language (flow designation, authentication, policy mode, denied action, layout, invalid
    // response action, user fields); other choices read as the schema names them.
    static const char *const translatable[] = {
        QT_TRANSLATE_NOOP("akdesk::Choice", "Authentication"),
        QT_TRANSLATE_NOOP("akdesk::Choice", "Authorization"),
        QT_TRANSLATE_NOOP("akdesk::Choice", "Invalidation"),
        QT_TRANSLATE_NOOP("akdesk::Choice", "Enrollment"),
        QT_TRANSLATE_NOOP("akdesk::Choice", "Unenrollment"),
        QT_TRANSLATE_NOOP("akdesk::Choice", "Recovery"),
        QT_TRANSLATE_NOOP("akdesk::Choice", "Stage configuration"),
        QT_TRANSLATE_NOOP("akdesk::Choice", "None"),
        QT_TRANSLATE_NOOP("akdesk::Choice", "Require authenticated"),
        QT_TRANSLATE_NOOP("akdesk::Choice", "Require unauthenticated"),
        QT_TRANSLATE_NOOP("akdesk::Choice", "Require superuser"),
        QT_TRANSLATE_NOOP("akdesk::Choice", "Require redirect"),
        QT_TRANSLATE_NOOP("akdesk::Choice", "Require outpost"),
        QT_TRANSLATE_NOOP("akdesk::Choice", "Require token"),
        QT_TRANSLATE_NOOP("akdesk::Choice", "All"),
        QT_TRANSLATE_NOOP("akdesk::Choice", "Any"),
        QT_TRANSLATE_NOOP("akdesk::Choice", "Message continue"),
        QT_TRANSLATE_NOOP("akdesk::Choice", "Message"),
        QT_TRANSLATE_NOOP("akdesk::Choice", "Continue"),
        QT_TRANSLATE_NOOP("akdesk::Choice", "Stacked"),
        QT_TRANSLATE_NOOP("akdesk::Choice", "Content left"),
        QT_TRANSLATE_NOOP("akdesk::Choice", "Content right"),
        QT_TRANSLATE_NOOP("akdesk::Choice", "Sidebar left"),
        QT_TRANSLATE_NOOP("akdesk::Choice", "Sidebar right"),
        QT_TRANSLATE_NOOP("akdesk::Choice", "Sidebar left frame background"),
        QT_TRANSLATE_NOOP("akdesk::Choice", "Sidebar right frame background"),
        QT_TRANSLATE_NOOP("akdesk::Choice", "Retry"),
        QT_TRANSLATE_NOOP("akdesk::Choice", "Restart"),
        QT_TRANSLATE_NOOP("akdesk::Choice", "Restart with context"),
        QT_TRANSLATE_NOOP("akdesk::Choice", "Email"),
        QT_TRANSLATE_NOOP("akdesk::Choice", "Username"),
        QT_TRANSLATE_NOOP("akdesk::Choice", "UPN"),
    };
    Q_UNUSED(translatable)
    return QCoreApplication::translate("akdesk::Choice", text.toUtf8().constData());
}

FieldEditor *FieldEditor::create(const FieldDescriptor &field, const ReferenceModelFactory &references, QWidget *parent)
{
    FieldEditor *editor = nullptr;
    switch (field.type) {
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
