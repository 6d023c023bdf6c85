#include "models/schema/schemaloader.h"

#include "models/schema/overlay.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>

#include <algorithm>

namespace akdesk {

namespace {

/// The stage kinds authentik 2026.8 has, by the names their schemas give, so that they are shown in
/// the user's language; a kind a newer server adds keeps its English name.
struct KindName
{
    const char *label;
    const char *plural;
    const char *schema = nullptr;  ///< when the schema's name does not split into the label
};
const KindName kKindNames[] = {
    {QT_TRANSLATE_NOOP("akdesk::StageKinds", "Account Lockdown Stage"), QT_TRANSLATE_NOOP("akdesk::StageKinds", "Account Lockdown Stages")},
    {QT_TRANSLATE_NOOP("akdesk::StageKinds", "Authenticator Duo Stage"), QT_TRANSLATE_NOOP("akdesk::StageKinds", "Authenticator Duo Stages")},
    {QT_TRANSLATE_NOOP("akdesk::StageKinds", "Authenticator Email Stage"), QT_TRANSLATE_NOOP("akdesk::StageKinds", "Authenticator Email Stages")},
    {QT_TRANSLATE_NOOP("akdesk::StageKinds", "Authenticator Endpoint GDTC Stage"), QT_TRANSLATE_NOOP("akdesk::StageKinds", "Authenticator Endpoint GDTC Stages")},
    {QT_TRANSLATE_NOOP("akdesk::StageKinds", "Authenticator SMS Stage"), QT_TRANSLATE_NOOP("akdesk::StageKinds", "Authenticator SMS Stages")},
    {QT_TRANSLATE_NOOP("akdesk::StageKinds", "Authenticator Static Stage"), QT_TRANSLATE_NOOP("akdesk::StageKinds", "Authenticator Static Stages")},
    {QT_TRANSLATE_NOOP("akdesk::StageKinds", "Authenticator TOTP Stage"), QT_TRANSLATE_NOOP("akdesk::StageKinds", "Authenticator TOTP Stages")},
    {QT_TRANSLATE_NOOP("akdesk::StageKinds", "Authenticator Validate Stage"), QT_TRANSLATE_NOOP("akdesk::StageKinds", "Authenticator Validate Stages")},
    {QT_TRANSLATE_NOOP("akdesk::StageKinds", "Authenticator WebAuthn Stage"), QT_TRANSLATE_NOOP("akdesk::StageKinds", "Authenticator WebAuthn Stages")},
    {QT_TRANSLATE_NOOP("akdesk::StageKinds", "Captcha Stage"), QT_TRANSLATE_NOOP("akdesk::StageKinds", "Captcha Stages")},
    {QT_TRANSLATE_NOOP("akdesk::StageKinds", "Consent Stage"), QT_TRANSLATE_NOOP("akdesk::StageKinds", "Consent Stages")},
    {QT_TRANSLATE_NOOP("akdesk::StageKinds", "Deny Stage"), QT_TRANSLATE_NOOP("akdesk::StageKinds", "Deny Stages")},
    {QT_TRANSLATE_NOOP("akdesk::StageKinds", "Dummy Stage"), QT_TRANSLATE_NOOP("akdesk::StageKinds", "Dummy Stages")},
    {QT_TRANSLATE_NOOP("akdesk::StageKinds", "Email Stage"), QT_TRANSLATE_NOOP("akdesk::StageKinds", "Email Stages")},
    {QT_TRANSLATE_NOOP("akdesk::StageKinds", "Endpoint Stage"), QT_TRANSLATE_NOOP("akdesk::StageKinds", "Endpoint Stages")},
    {QT_TRANSLATE_NOOP("akdesk::StageKinds", "Identification Stage"), QT_TRANSLATE_NOOP("akdesk::StageKinds", "Identification Stages")},
    {QT_TRANSLATE_NOOP("akdesk::StageKinds", "Invitation Stage"), QT_TRANSLATE_NOOP("akdesk::StageKinds", "Invitation Stages")},
    {QT_TRANSLATE_NOOP("akdesk::StageKinds", "Mutual TLS Stage"), QT_TRANSLATE_NOOP("akdesk::StageKinds", "Mutual TLS Stages")},
    {QT_TRANSLATE_NOOP("akdesk::StageKinds", "Password Stage"), QT_TRANSLATE_NOOP("akdesk::StageKinds", "Password Stages")},
    {QT_TRANSLATE_NOOP("akdesk::StageKinds", "Prompt Stage"), QT_TRANSLATE_NOOP("akdesk::StageKinds", "Prompt Stages")},
    {QT_TRANSLATE_NOOP("akdesk::StageKinds", "Redirect Stage"), QT_TRANSLATE_NOOP("akdesk::StageKinds", "Redirect Stages")},
    {QT_TRANSLATE_NOOP("akdesk::StageKinds", "Source Stage"), QT_TRANSLATE_NOOP("akdesk::StageKinds", "Source Stages")},
    {QT_TRANSLATE_NOOP("akdesk::StageKinds", "User Delete Stage"), QT_TRANSLATE_NOOP("akdesk::StageKinds", "User Delete Stages")},
    {QT_TRANSLATE_NOOP("akdesk::StageKinds", "User Login Stage"), QT_TRANSLATE_NOOP("akdesk::StageKinds", "User Login Stages")},
    {QT_TRANSLATE_NOOP("akdesk::StageKinds", "User Logout Stage"), QT_TRANSLATE_NOOP("akdesk::StageKinds", "User Logout Stages")},
    {QT_TRANSLATE_NOOP("akdesk::StageKinds", "User Write Stage"), QT_TRANSLATE_NOOP("akdesk::StageKinds", "User Write Stages")},
};

/// The policy kinds, by the verbose names their models give (authentik/policies/*/models.py).
const KindName kPolicyKindNames[] = {
    {QT_TRANSLATE_NOOP("akdesk::PolicyKinds", "Dummy Policy"), QT_TRANSLATE_NOOP("akdesk::PolicyKinds", "Dummy Policies"), "DummyPolicy"},
    {QT_TRANSLATE_NOOP("akdesk::PolicyKinds", "Event Matcher Policy"), QT_TRANSLATE_NOOP("akdesk::PolicyKinds", "Event Matcher Policies"), "EventMatcherPolicy"},
    {QT_TRANSLATE_NOOP("akdesk::PolicyKinds", "Expression Policy"), QT_TRANSLATE_NOOP("akdesk::PolicyKinds", "Expression Policies"), "ExpressionPolicy"},
    {QT_TRANSLATE_NOOP("akdesk::PolicyKinds", "GeoIP Policy"), QT_TRANSLATE_NOOP("akdesk::PolicyKinds", "GeoIP Policies"), "GeoIPPolicy"},
    {QT_TRANSLATE_NOOP("akdesk::PolicyKinds", "Password Policy"), QT_TRANSLATE_NOOP("akdesk::PolicyKinds", "Password Policies"), "PasswordPolicy"},
    {QT_TRANSLATE_NOOP("akdesk::PolicyKinds", "Password Expiry Policy"), QT_TRANSLATE_NOOP("akdesk::PolicyKinds", "Password Expiry Policies"), "PasswordExpiryPolicy"},
    {QT_TRANSLATE_NOOP("akdesk::PolicyKinds", "Reputation Policy"), QT_TRANSLATE_NOOP("akdesk::PolicyKinds", "Reputation Policies"), "ReputationPolicy"},
    {QT_TRANSLATE_NOOP("akdesk::PolicyKinds", "Password Uniqueness Policy"), QT_TRANSLATE_NOOP("akdesk::PolicyKinds", "Password Uniqueness Policies"), "UniquePasswordPolicy"},
};

const QString kSlugPattern = QStringLiteral("^[-a-zA-Z0-9_]+$");

/// The OpenAPI document with helpers to follow references.
class Document
{
public:
    explicit Document(const QJsonObject &root)
        : m_root(root)
        , m_schemas(root.value(QLatin1String("components")).toObject().value(QLatin1String("schemas")).toObject())
        , m_parameters(root.value(QLatin1String("components")).toObject().value(QLatin1String("parameters")).toObject())
        , m_paths(root.value(QLatin1String("paths")).toObject())
    {
    }

    const QJsonObject &paths() const { return m_paths; }
    QJsonObject schema(const QString &name) const { return m_schemas.value(name).toObject(); }
    bool hasSchema(const QString &name) const { return m_schemas.contains(name); }

    static QString refName(const QJsonObject &object)
    {
        return object.value(QLatin1String("$ref")).toString().section(QLatin1Char('/'), -1);
    }

    /// Follows $ref and allOf, keeping the property's own keys (nullable, readOnly,
    /// description) on top of what the reference gives. A server's document may reference in
    /// circles; past a depth no real schema reaches, the chain is cut instead of the stack.
    QJsonObject resolve(const QJsonObject &property) const
    {
        // allOf fans out, so the depth alone still allows parts^depth steps (fuzzing: a schema
        // of allOf parts referencing itself hung the loader); real schemas take at most 3 steps.
        int budget = 256;
        return resolve(property, 0, &budget);
    }

    QJsonObject resolve(const QJsonObject &property, int depth, int *budget) const
    {
        constexpr int maxDepth = 16;
        QJsonObject result;
        QJsonObject own = property;
        const bool deeper = --*budget >= 0 && depth < maxDepth;
        if (own.contains(QLatin1String("$ref"))) {
            if (deeper)
                result = resolve(schema(refName(own)), depth + 1, budget);
            own.remove(QStringLiteral("$ref"));
        } else if (own.value(QLatin1String("allOf")).isArray()) {
            const QJsonArray all = own.value(QLatin1String("allOf")).toArray();
            for (const QJsonValue &part : all) {
                const QJsonObject resolved = deeper && *budget >= 0 ? resolve(part.toObject(), depth + 1, budget) : QJsonObject();
                for (auto it = resolved.begin(); it != resolved.end(); ++it)
                    result.insert(it.key(), it.value());
            }
            own.remove(QStringLiteral("allOf"));
        }
        for (auto it = own.begin(); it != own.end(); ++it)
            result.insert(it.key(), it.value());
        return result;
    }

    QJsonObject parameter(const QJsonObject &p) const
    {
        return p.contains(QLatin1String("$ref")) ? m_parameters.value(refName(p)).toObject() : p;
    }

    /// The component schema a response or request body of an operation refers to.
    QString bodySchema(const QJsonObject &operation, const char *status) const
    {
        const QJsonObject content = status
            ? operation.value(QLatin1String("responses")).toObject().value(QLatin1String(status)).toObject().value(QLatin1String("content")).toObject()
            : operation.value(QLatin1String("requestBody")).toObject().value(QLatin1String("content")).toObject();
        return refName(content.value(QLatin1String("application/json")).toObject().value(QLatin1String("schema")).toObject());
    }

private:
    QJsonObject m_root;
    QJsonObject m_schemas;
    QJsonObject m_parameters;
    QJsonObject m_paths;
};

FieldType scalarType(const QJsonObject &s)
{
    if (s.value(QLatin1String("enum")).isArray())
        return FieldType::Enum;
    const QString type = s.value(QLatin1String("type")).toString();
    const QString format = s.value(QLatin1String("format")).toString();
    if (type == QLatin1String("string")) {
        if (format == QLatin1String("uuid"))
            return FieldType::Uuid;
        if (format == QLatin1String("date-time"))
            return FieldType::DateTime;
        if (s.value(QLatin1String("pattern")).toString() == kSlugPattern)
            return FieldType::Slug;
        if (s.value(QLatin1String("description")).toString().contains(QLatin1String("(Format: hours=")))
            return FieldType::Duration;
        return FieldType::String;
    }
    if (type == QLatin1String("integer"))
        return FieldType::Integer;
    if (type == QLatin1String("number"))
        return FieldType::Number;
    if (type == QLatin1String("boolean"))
        return FieldType::Boolean;
    if (type == QLatin1String("array"))
        return FieldType::Array;
    if (type == QLatin1String("object"))
        return FieldType::Object;
    return FieldType::Unknown;
}

QStringList enumOf(const QJsonObject &s)
{
    QStringList values;
    const QJsonArray array = s.value(QLatin1String("enum")).toArray();
    for (const QJsonValue &v : array) {
        if (v.isString() && !v.toString().isEmpty())
            values.append(v.toString());
    }
    return values;
}

/// A schema's minimum or maximum as qint64, clamped: converting a double beyond qint64's range is
/// undefined behaviour (fuzzing: "minimum": 1e300).
qint64 boundOf(const QJsonValue &value)
{
    constexpr double limit = 9.2e18;  // just inside qint64's range
    return qint64(std::clamp(value.toDouble(), -limit, limit));
}

/// Builds one field from the response-side and request-side property.
FieldDescriptor makeField(const Document &doc, const QString &name, const QJsonObject &responseProp,
                          const QJsonObject &requestProp, bool required)
{
    const QJsonObject out = doc.resolve(responseProp.isEmpty() ? requestProp : responseProp);
    const QJsonObject in = doc.resolve(requestProp.isEmpty() ? responseProp : requestProp);
    FieldDescriptor field;
    field.name = name;
    field.readOnly = out.value(QLatin1String("readOnly")).toBool() || (requestProp.isEmpty() && !responseProp.isEmpty());
    field.writeOnly = in.value(QLatin1String("writeOnly")).toBool() || responseProp.isEmpty();
    field.required = required && !field.readOnly;
    field.nullable = in.value(QLatin1String("nullable")).toBool() || out.value(QLatin1String("nullable")).toBool();
    field.description = in.value(QLatin1String("description")).toString(out.value(QLatin1String("description")).toString());
    field.format = in.value(QLatin1String("format")).toString();
    field.pattern = in.value(QLatin1String("pattern")).toString();
    if (in.contains(QLatin1String("maxLength")))
        field.maxLength = in.value(QLatin1String("maxLength")).toInt();
    if (in.contains(QLatin1String("minLength")))
        field.minLength = in.value(QLatin1String("minLength")).toInt();
    if (in.contains(QLatin1String("minimum")))
        field.minimum = boundOf(in.value(QLatin1String("minimum")));
    if (in.contains(QLatin1String("maximum")))
        field.maximum = boundOf(in.value(QLatin1String("maximum")));
    if (in.contains(QLatin1String("default")))
        field.defaultValue = in.value(QLatin1String("default"));
    field.type = scalarType(in);
    field.enumValues = enumOf(in);
    if (field.type == FieldType::Array) {
        const QJsonObject items = doc.resolve(in.value(QLatin1String("items")).toObject());
        field.itemType = scalarType(items);
        field.enumValues = enumOf(items);
    }
    if (field.type == FieldType::Slug && !field.maxLength && name == QLatin1String("slug"))
        field.maxLength = 50;
    return field;
}

QList<FieldDescriptor> makeFields(const Document &doc, const QString &responseName, const QString &requestName)
{
    const QJsonObject response = doc.resolve(doc.schema(responseName));
    const QJsonObject request = doc.resolve(doc.schema(requestName));
    const QJsonObject responseProps = response.value(QLatin1String("properties")).toObject();
    const QJsonObject requestProps = request.value(QLatin1String("properties")).toObject();
    QStringList required;
    for (const QJsonValue &v : request.value(QLatin1String("required")).toArray())
        required.append(v.toString());
    QStringList names = responseProps.keys();
    for (const QString &name : requestProps.keys()) {
        if (!names.contains(name))
            names.append(name);
    }
    QList<FieldDescriptor> fields;
    for (const QString &name : std::as_const(names))
        fields.append(makeField(doc, name, responseProps.value(name).toObject(), requestProps.value(name).toObject(),
                                required.contains(name)));
    return fields;
}

QList<FilterDescriptor> makeFilters(const Document &doc, const QJsonObject &listOperation)
{
    static const QStringList paging{QStringLiteral("page"), QStringLiteral("page_size"), QStringLiteral("ordering"),
                                    QStringLiteral("search")};
    QList<FilterDescriptor> filters;
    const QJsonArray parameters = listOperation.value(QLatin1String("parameters")).toArray();
    for (const QJsonValue &value : parameters) {
        const QJsonObject p = doc.parameter(value.toObject());
        const QString name = p.value(QLatin1String("name")).toString();
        if (p.value(QLatin1String("in")).toString() != QLatin1String("query") || paging.contains(name))
            continue;
        const QJsonObject s = doc.resolve(p.value(QLatin1String("schema")).toObject());
        FilterDescriptor filter;
        filter.name = name;
        filter.type = scalarType(s);
        filter.enumValues = enumOf(s);
        if (filter.type == FieldType::Array) {
            const QJsonObject items = doc.resolve(s.value(QLatin1String("items")).toObject());
            filter.enumValues = enumOf(items);
        }
        filter.label = overlay::labelFromName(name);
        filters.append(filter);
    }
    return filters;
}

/// "IdentificationStage" -> "Identification Stage", "AuthenticatorTOTPStage" -> "Authenticator TOTP Stage".
QString splitWords(const QString &name)
{
    static const QRegularExpression boundary(QStringLiteral("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])"));
    QString words = name.split(boundary).join(QLatin1Char(' '));
    words.replace(QStringLiteral("Web Authn"), QStringLiteral("WebAuthn"));  // a product name, one word
    return words;
}

} // namespace

std::shared_ptr<const SchemaRegistry> SchemaLoader::load(const QJsonObject &root, QString *error)
{
    const Document doc(root);
    if (doc.paths().isEmpty() || !root.value(QLatin1String("components")).isObject()) {
        if (error)
            *error = QCoreApplication::translate("akdesk::SchemaLoader", "not an OpenAPI document: it has no paths or components");
        return nullptr;
    }
    std::shared_ptr<SchemaRegistry> registry(new SchemaRegistry);
    registry->m_version = root.value(QLatin1String("info")).toObject().value(QLatin1String("version")).toString();

    QStringList models;
    for (const QJsonValue &v : doc.schema(QStringLiteral("ModelEnum")).value(QLatin1String("enum")).toArray())
        models.append(v.toString());

    QList<ResourceDescriptor> resources;
    // Every creatable kind under a prefix ("/stages/", "/policies/"): a list path whose POST
    // answers a record with the properties that mark the family (a stage has flow_set and
    // component; a policy has bound_to and component, authentik/policies/api/policies.py).
    auto addKinds = [&](const QString &prefix, ResourceDescriptor::Category category, const QLatin1String &marker,
                        const char *context, const KindName *names, std::size_t nameCount, const QString &formPrefix,
                        const QString &idParameter) {
        for (auto it = doc.paths().begin(); it != doc.paths().end(); ++it) {
            const QString path = it.key();
            if (!path.startsWith(prefix) || path.contains(QLatin1Char('{')) || path == prefix + QStringLiteral("all/"))
                continue;
            const QJsonObject operations = it.value().toObject();
            const QJsonObject post = operations.value(QLatin1String("post")).toObject();
            const QString responseName = doc.bodySchema(post, "201");
            const QJsonObject props = doc.schema(responseName).value(QLatin1String("properties")).toObject();
            if (responseName.isEmpty() || !props.contains(marker) || !props.contains(QLatin1String("component")))
                continue;
            ResourceDescriptor kind;
            kind.category = category;
            kind.listPath = path;
            kind.key = path.mid(1).chopped(1);
            kind.schemaName = responseName;
            const QString lower = responseName.toLower();
            for (const QString &model : std::as_const(models)) {
                if (model.section(QLatin1Char('.'), 1) == lower)
                    kind.modelName = model;
            }
            kind.label = splitWords(responseName);
            kind.labelPlural = kind.label + QLatin1Char('s');
            for (std::size_t i = 0; i < nameCount; ++i) {
                if (kind.label == QLatin1String(names[i].label) || (names[i].schema && kind.schemaName == QLatin1String(names[i].schema))) {
                    kind.label = QCoreApplication::translate(context, names[i].label);
                    kind.labelPlural = QCoreApplication::translate(context, names[i].plural);
                }
            }
            // authentik's web-admin form, by its naming habit; the overlay corrects the exceptions.
            QString slug = kind.key.mid(prefix.size() - 1);
            slug.replace(QLatin1Char('/'), QLatin1Char('-')).replace(QLatin1Char('_'), QLatin1Char('-'));
            kind.component = formPrefix.arg(slug);
            kind.creatable = true;
            kind.hasUsedBy = doc.paths().contains(path + idParameter + QStringLiteral("/used_by/"));
            kind.fields = makeFields(doc, responseName, doc.bodySchema(post, nullptr));
            kind.filters = makeFilters(doc, operations.value(QLatin1String("get")).toObject());
            resources.append(kind);
        }
    };
    addKinds(QStringLiteral("/stages/"), ResourceDescriptor::Category::Stage, QLatin1String("flow_set"), "akdesk::StageKinds",
             kKindNames, std::size(kKindNames), QStringLiteral("ak-stage-%1-form"), QStringLiteral("{stage_uuid}"));
    addKinds(QStringLiteral("/policies/"), ResourceDescriptor::Category::Policy, QLatin1String("bound_to"), "akdesk::PolicyKinds",
             kPolicyKindNames, std::size(kPolicyKindNames), QStringLiteral("ak-policy-%1-form"), QStringLiteral("{policy_uuid}"));
    std::sort(resources.begin(), resources.end(),
              [](const ResourceDescriptor &a, const ResourceDescriptor &b) { return a.label < b.label; });

    auto addFixed = [&](const QString &key, ResourceDescriptor::Category category, const QString &path,
                        const QString &schema, const QString &lookup, bool creatable, bool readOnly) {
        if (!doc.paths().contains(path) || !doc.hasSchema(schema))
            return;
        ResourceDescriptor r;
        r.key = key;
        r.category = category;
        r.listPath = path;
        r.schemaName = schema;
        r.label = splitWords(schema);
        r.labelPlural = r.label + QLatin1Char('s');
        r.lookupField = lookup;
        r.creatable = creatable;
        r.readOnly = readOnly;
        const QJsonObject operations = doc.paths().value(path).toObject();
        for (auto it = doc.paths().begin(); it != doc.paths().end(); ++it) {
            if (it.key().startsWith(path + QLatin1Char('{')) && it.key().endsWith(QLatin1String("}/used_by/")))
                r.hasUsedBy = true;
        }
        r.fields = makeFields(doc, schema, readOnly ? QString() : schema + QStringLiteral("Request"));
        if (readOnly) {
            for (FieldDescriptor &f : r.fields)
                f.readOnly = true;
        }
        r.filters = makeFilters(doc, operations.value(QLatin1String("get")).toObject());
        resources.append(r);
    };
    addFixed(QStringLiteral("stages/all"), ResourceDescriptor::Category::Stage, QStringLiteral("/stages/all/"),
             QStringLiteral("Stage"), QStringLiteral("pk"), false, false);
    addFixed(QStringLiteral("flows"), ResourceDescriptor::Category::Flow, QStringLiteral("/flows/instances/"),
             QStringLiteral("Flow"), QStringLiteral("slug"), true, false);
    addFixed(QStringLiteral("flows/bindings"), ResourceDescriptor::Category::Binding, QStringLiteral("/flows/bindings/"),
             QStringLiteral("FlowStageBinding"), QStringLiteral("pk"), true, false);
    addFixed(QStringLiteral("sources"), ResourceDescriptor::Category::Source, QStringLiteral("/sources/all/"),
             QStringLiteral("Source"), QStringLiteral("slug"), false, true);
    // What lists of uuids in stage forms point at, for their pickers (read only: akdesk names
    // and picks them, it does not edit them).
    addFixed(QStringLiteral("prompts"), ResourceDescriptor::Category::Other, QStringLiteral("/stages/prompt/prompts/"),
             QStringLiteral("Prompt"), QStringLiteral("pk"), false, true);
    // Every policy, of whichever kind (read and delete only: each kind is written at its own path).
    addFixed(QStringLiteral("policies"), ResourceDescriptor::Category::Policy, QStringLiteral("/policies/all/"),
             QStringLiteral("Policy"), QStringLiteral("pk"), false, true);
    // Who may pass a flow or reach a stage: a policy, a group or a user bound to the flow's or the
    // stage binding's policybindingmodel_ptr_id (authentik/policies/api/bindings.py).
    addFixed(QStringLiteral("policies/bindings"), ResourceDescriptor::Category::PolicyBinding, QStringLiteral("/policies/bindings/"),
             QStringLiteral("PolicyBinding"), QStringLiteral("pk"), true, false);
    // Users and groups, for the policy bindings' pickers (akdesk does not edit them).
    addFixed(QStringLiteral("users"), ResourceDescriptor::Category::Other, QStringLiteral("/core/users/"),
             QStringLiteral("User"), QStringLiteral("pk"), false, true);
    addFixed(QStringLiteral("groups"), ResourceDescriptor::Category::Other, QStringLiteral("/core/groups/"),
             QStringLiteral("Group"), QStringLiteral("pk"), false, true);
    addFixed(QStringLiteral("certificates"), ResourceDescriptor::Category::Other, QStringLiteral("/crypto/certificatekeypairs/"),
             QStringLiteral("CertificateKeyPair"), QStringLiteral("pk"), false, true);

    QStringList stageKeys;
    for (const ResourceDescriptor &r : std::as_const(resources)) {
        if (r.creatable && r.category == ResourceDescriptor::Category::Stage)
            stageKeys.append(r.key);
    }
    for (ResourceDescriptor &r : resources) {
        for (FieldDescriptor &field : r.fields) {
            if (field.type == FieldType::Uuid || (field.type == FieldType::Array && field.itemType == FieldType::Uuid))
                field.reference = overlay::referenceFor(r.key, field.name, stageKeys);
        }
        for (FilterDescriptor &filter : r.filters) {
            if (filter.type == FieldType::Uuid)
                filter.reference = overlay::referenceFor(r.key, filter.name, stageKeys);
        }
        overlay::apply(r);
    }

    registry->m_resources = resources;
    for (int i = 0; i < registry->m_resources.size(); ++i)
        registry->m_byKey.insert(registry->m_resources.at(i).key, i);
    return registry;
}

std::shared_ptr<const SchemaRegistry> SchemaRegistry::fromDocument(const QJsonObject &document, QString *error)
{
    return SchemaLoader::load(document, error);
}

std::shared_ptr<const SchemaRegistry> SchemaRegistry::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                ? QCoreApplication::translate("akdesk::SchemaLoader", "the schema is not valid JSON: %1").arg(parseError.errorString())
                : QCoreApplication::translate("akdesk::SchemaLoader", "the schema is not a JSON object");
        return nullptr;
    }
    return SchemaLoader::load(doc.object(), error);
}

std::shared_ptr<const SchemaRegistry> SchemaRegistry::bundled()
{
    static QMutex mutex;
    static std::shared_ptr<const SchemaRegistry> shared;
    const QMutexLocker lock(&mutex);
    if (!shared) {
        QFile file(QStringLiteral(":/akdesk/schema/authentik-2026.8.3.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the bundled OpenAPI document is missing from the resources");
        QString error;
        shared = fromJson(file.readAll(), &error);
        if (!shared)
            qFatal("the bundled OpenAPI document does not load: %s", qPrintable(error));
    }
    return shared;
}

QList<const ResourceDescriptor *> SchemaRegistry::resources() const
{
    QList<const ResourceDescriptor *> list;
    for (const ResourceDescriptor &r : m_resources)
        list.append(&r);
    return list;
}

const ResourceDescriptor *SchemaRegistry::resource(const QString &key) const
{
    const auto it = m_byKey.constFind(key);
    return it == m_byKey.constEnd() ? nullptr : &m_resources.at(*it);
}

QList<const ResourceDescriptor *> SchemaRegistry::kinds(ResourceDescriptor::Category category) const
{
    QList<const ResourceDescriptor *> list;
    for (const ResourceDescriptor &r : m_resources) {
        if (r.category == category && r.creatable)
            list.append(&r);
    }
    return list;
}

const ResourceDescriptor *SchemaRegistry::kindForModel(ResourceDescriptor::Category category, const QString &metaModelName) const
{
    for (const ResourceDescriptor &r : m_resources) {
        if (r.creatable && r.category == category && r.modelName == metaModelName)
            return &r;
    }
    return nullptr;
}

const ResourceDescriptor *SchemaRegistry::kindForComponent(ResourceDescriptor::Category category, const QString &component) const
{
    for (const ResourceDescriptor &r : m_resources) {
        if (r.creatable && r.category == category && r.component == component)
            return &r;
    }
    return nullptr;
}

const ResourceDescriptor *SchemaRegistry::resourceForPath(const QString &path) const
{
    // The longest list path that prefixes `path` wins ("/stages/prompt/stages/" over "/stages/").
    const ResourceDescriptor *best = nullptr;
    for (const ResourceDescriptor &r : m_resources) {
        if (path.startsWith(r.listPath) && (!best || r.listPath.size() > best->listPath.size()))
            best = &r;
    }
    return best;
}

} // namespace akdesk
