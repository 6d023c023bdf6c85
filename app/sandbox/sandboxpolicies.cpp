#include "app/sandbox/sandboxpolicies.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>
#include <cmath>

namespace akdesk::sandbox {

const QList<PolicyKind> &policyKinds()
{
    // Each kind's models.py: component, Meta.verbose_name(_plural) and the class docstring
    // (which TypesMixin sends as `description`). The Dummy policy is `__debug_only__`; the
    // unique-password policy lives in authentik/enterprise/policies/.
    static const QList<PolicyKind> kinds{
        {"policies/dummy", "DummyPolicy", "authentik_policies_dummy.dummypolicy", "ak-policy-dummy-form", "Dummy Policy",
         "Dummy Policies", "Policy used for debugging the PolicyEngine. Returns a fixed result, but takes a random time to process.",
         false, true},
        {"policies/event_matcher", "EventMatcherPolicy", "authentik_policies_event_matcher.eventmatcherpolicy",
         "ak-policy-event-matcher-form", "Event Matcher Policy", "Event Matcher Policies",
         "Passes when Event matches selected criteria.", false, false},
        {"policies/expression", "ExpressionPolicy", "authentik_policies_expression.expressionpolicy", "ak-policy-expression-form",
         "Expression Policy", "Expression Policies", "Execute arbitrary Python code to implement custom checks and validation.", false,
         false},
        {"policies/geoip", "GeoIPPolicy", "authentik_policies_geoip.geoippolicy", "ak-policy-geoip-form", "GeoIP Policy",
         "GeoIP Policies", "Ensure the user satisfies requirements of geography or network topology, based on IP address.", false,
         false},
        {"policies/password", "PasswordPolicy", "authentik_policies_password.passwordpolicy", "ak-policy-password-form",
         "Password Policy", "Password Policies", "Policy to make sure passwords have certain properties", false, false},
        {"policies/password_expiry", "PasswordExpiryPolicy", "authentik_policies_expiry.passwordexpirypolicy",
         "ak-policy-password-expiry-form", "Password Expiry Policy", "Password Expiry Policies",
         "If password change date is more than x days in the past, invalidate the user's password and show a notice", false, false},
        {"policies/reputation", "ReputationPolicy", "authentik_policies_reputation.reputationpolicy", "ak-policy-reputation-form",
         "Reputation Policy", "Reputation Policies", "Return true if request IP/target username's score is below a certain threshold",
         false, false},
        {"policies/unique_password", "UniquePasswordPolicy", "authentik_policies_unique_password.uniquepasswordpolicy",
         "ak-policy-password-uniqueness-form", "Password Uniqueness Policy", "Password Uniqueness Policies",
         "This policy prevents users from reusing old passwords.", true, false},
    };
    return kinds;
}

const PolicyKind *policyKind(const QString &key)
{
    for (const PolicyKind &kind : policyKinds()) {
        if (key == QLatin1String(kind.key))
            return &kind;
    }
    return nullptr;
}

const PolicyKind *policyKindForModel(const QString &modelName)
{
    for (const PolicyKind &kind : policyKinds()) {
        if (modelName == QLatin1String(kind.model))
            return &kind;
    }
    return nullptr;
}

QJsonObject policyModelDefaults(const QString &key)
{
    // The models' `default=` (each authentik/policies/<kind>/models.py; Policy.execution_logging
    // False in authentik/policies/models.py; PolicyBinding's in the same file).
    static const QHash<QString, QJsonObject> defaults{
        {QStringLiteral("policies/dummy"), {{QStringLiteral("result"), false}, {QStringLiteral("wait_min"), 5}, {QStringLiteral("wait_max"), 30}}},
        {QStringLiteral("policies/event_matcher"),
         {{QStringLiteral("action"), QJsonValue::Null}, {QStringLiteral("client_ip"), QJsonValue::Null},
          {QStringLiteral("app"), QJsonValue::Null}, {QStringLiteral("model"), QJsonValue::Null}, {QStringLiteral("query"), QJsonValue::Null}}},
        {QStringLiteral("policies/geoip"),
         {{QStringLiteral("asns"), QJsonArray()}, {QStringLiteral("countries"), QJsonArray()},
          {QStringLiteral("check_history_distance"), false}, {QStringLiteral("history_max_distance_km"), 100},
          {QStringLiteral("distance_tolerance_km"), 50}, {QStringLiteral("history_login_count"), 5},
          {QStringLiteral("check_impossible_travel"), false}, {QStringLiteral("impossible_tolerance_km"), 100}}},
        {QStringLiteral("policies/password"),
         {{QStringLiteral("password_field"), QStringLiteral("password")}, {QStringLiteral("check_static_rules"), true},
          {QStringLiteral("check_have_i_been_pwned"), false}, {QStringLiteral("check_zxcvbn"), false},
          {QStringLiteral("amount_digits"), 0}, {QStringLiteral("amount_uppercase"), 0}, {QStringLiteral("amount_lowercase"), 0},
          {QStringLiteral("amount_symbols"), 0}, {QStringLiteral("length_min"), 0},
          {QStringLiteral("symbol_charset"), QStringLiteral("!\\\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ ")},
          {QStringLiteral("error_message"), QString()}, {QStringLiteral("hibp_allowed_count"), 0},
          {QStringLiteral("zxcvbn_score_threshold"), 2}}},
        {QStringLiteral("policies/password_expiry"), {{QStringLiteral("deny_only"), false}}},
        {QStringLiteral("policies/reputation"),
         {{QStringLiteral("check_ip"), true}, {QStringLiteral("check_username"), true}, {QStringLiteral("threshold"), -5}}},
        {QStringLiteral("policies/unique_password"),
         {{QStringLiteral("password_field"), QStringLiteral("password")}, {QStringLiteral("num_historical_passwords"), 1}}},
        {QStringLiteral("policies/bindings"),
         {{QStringLiteral("policy"), QJsonValue::Null}, {QStringLiteral("group"), QJsonValue::Null}, {QStringLiteral("user"), QJsonValue::Null},
          {QStringLiteral("negate"), false}, {QStringLiteral("enabled"), true}, {QStringLiteral("timeout"), 30},
          {QStringLiteral("failure_result"), false}}},
    };
    QJsonObject out = defaults.value(key);
    if (key.startsWith(QLatin1String("policies/")) && key != QLatin1String("policies/bindings"))
        out.insert(QStringLiteral("execution_logging"), false);
    return out;
}

// ---------------------------------------------------------------- descriptors from the schema

struct PolicyResourcesBuilder
{
    QJsonObject schemas;
    QJsonObject parameters;
    QJsonObject paths;

    /// Follows $ref and a one-item allOf, keeping the property's own keys over the target's.
    QJsonObject resolve(QJsonObject s) const
    {
        for (int depth = 0; depth < 8; ++depth) {
            QString ref = s.value(QLatin1String("$ref")).toString();
            if (ref.isEmpty() && s.value(QLatin1String("allOf")).toArray().size() == 1)
                ref = s.value(QLatin1String("allOf")).toArray().first().toObject().value(QLatin1String("$ref")).toString();
            if (ref.isEmpty())
                return s;
            QJsonObject target = schemas.value(ref.section(QLatin1Char('/'), -1)).toObject();
            s.remove(QStringLiteral("$ref"));
            s.remove(QStringLiteral("allOf"));
            for (auto it = s.begin(); it != s.end(); ++it)
                target.insert(it.key(), it.value());
            s = target;
        }
        return s;
    }

    static FieldType typeOf(const QJsonObject &s)
    {
        if (s.contains(QLatin1String("enum")))
            return FieldType::Enum;
        const QString type = s.value(QLatin1String("type")).toString();
        const QString format = s.value(QLatin1String("format")).toString();
        if (type == QLatin1String("string"))
            return format == QLatin1String("uuid") ? FieldType::Uuid : format == QLatin1String("date-time") ? FieldType::DateTime : FieldType::String;
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

    static QStringList enumOf(const QJsonObject &s)
    {
        QStringList values;
        for (const QJsonValue &v : s.value(QLatin1String("enum")).toArray()) {
            if (!v.isNull())
                values.append(v.toString());
        }
        return values;
    }

    ResourceDescriptor build(const QString &key, const QString &schema, const QString &listPath, bool writable) const
    {
        ResourceDescriptor r;
        r.key = key;
        r.schemaName = schema;
        r.listPath = listPath;
        r.label = schema;
        r.creatable = writable;
        r.readOnly = !writable;
        const QJsonObject response = schemas.value(schema).toObject().value(QLatin1String("properties")).toObject();
        const QJsonObject requestSchema = writable ? schemas.value(schema + QStringLiteral("Request")).toObject() : QJsonObject();
        const QJsonObject request = requestSchema.value(QLatin1String("properties")).toObject();
        QStringList required;
        for (const QJsonValue &v : requestSchema.value(QLatin1String("required")).toArray())
            required.append(v.toString());
        const QJsonObject defaults = policyModelDefaults(key);
        QStringList names = response.keys();
        for (const QString &name : request.keys()) {
            if (!names.contains(name))
                names.append(name);
        }
        for (const QString &name : std::as_const(names)) {
            const QJsonObject out = resolve(response.value(name).toObject());
            const QJsonObject in = resolve(request.value(name).toObject());
            const QJsonObject &s = in.isEmpty() ? out : in;
            FieldDescriptor field;
            field.name = name;
            field.type = typeOf(s);
            field.enumValues = enumOf(s);
            field.readOnly = out.value(QLatin1String("readOnly")).toBool() || in.isEmpty();
            field.required = required.contains(name) && !field.readOnly;
            field.nullable = in.value(QLatin1String("nullable")).toBool() || out.value(QLatin1String("nullable")).toBool();
            if (s.contains(QLatin1String("minLength")))
                field.minLength = s.value(QLatin1String("minLength")).toInt();
            if (s.contains(QLatin1String("maxLength")))
                field.maxLength = s.value(QLatin1String("maxLength")).toInt();
            if (s.contains(QLatin1String("minimum")))
                field.minimum = qint64(s.value(QLatin1String("minimum")).toDouble());
            if (s.contains(QLatin1String("maximum")))
                field.maximum = qint64(std::min(s.value(QLatin1String("maximum")).toDouble(), 9.2e18));
            field.pattern = s.value(QLatin1String("pattern")).toString();
            if (field.type == FieldType::Array) {
                const QJsonObject items = resolve(s.value(QLatin1String("items")).toObject());
                field.itemType = typeOf(items);
                field.enumValues = enumOf(items);
                if (items.contains(QLatin1String("minimum")))
                    field.minimum = qint64(items.value(QLatin1String("minimum")).toDouble());
                if (items.contains(QLatin1String("maximum")))
                    field.maximum = qint64(items.value(QLatin1String("maximum")).toDouble());
            }
            if (defaults.contains(name))
                field.defaultValue = defaults.value(name);
            field.label = name;
            r.fields.append(field);
        }
        // The list operation's query parameters, as the stages' loader reads them.
        static const QStringList paging{QStringLiteral("page"), QStringLiteral("page_size"), QStringLiteral("ordering"), QStringLiteral("search")};
        const QJsonArray params = paths.value(listPath).toObject().value(QLatin1String("get")).toObject().value(QLatin1String("parameters")).toArray();
        for (const QJsonValue &value : params) {
            QJsonObject p = value.toObject();
            if (p.contains(QLatin1String("$ref")))
                p = parameters.value(p.value(QLatin1String("$ref")).toString().section(QLatin1Char('/'), -1)).toObject();
            const QString name = p.value(QLatin1String("name")).toString();
            if (p.value(QLatin1String("in")).toString() != QLatin1String("query") || paging.contains(name))
                continue;
            const QJsonObject s = resolve(p.value(QLatin1String("schema")).toObject());
            FilterDescriptor filter;
            filter.name = name;
            filter.type = typeOf(s);
            filter.enumValues = enumOf(s);
            if (filter.type == FieldType::Array)
                filter.enumValues = enumOf(resolve(s.value(QLatin1String("items")).toObject()));
            filter.label = name;
            r.filters.append(filter);
        }
        for (const FieldDescriptor &field : std::as_const(r.fields)) {
            if (!field.name.endsWith(QLatin1String("_obj")) && field.name != QLatin1String("component")
                && !field.name.startsWith(QLatin1String("verbose_name")) && field.name != QLatin1String("meta_model_name")
                && field.name != QLatin1String("bound_to"))
                r.orderingFields.append(field.name);
        }
        return r;
    }
};

std::shared_ptr<const PolicyResources> PolicyResources::bundled()
{
    static const std::shared_ptr<const PolicyResources> resources = [] {
        auto built = std::make_shared<PolicyResources>();
        QFile file(QStringLiteral(":/akdesk/schema/authentik-2026.8.3.json"));
        if (!file.open(QIODevice::ReadOnly))
            return std::shared_ptr<const PolicyResources>(built);
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject components = root.value(QLatin1String("components")).toObject();
        PolicyResourcesBuilder builder{components.value(QLatin1String("schemas")).toObject(),
                                       components.value(QLatin1String("parameters")).toObject(),
                                       root.value(QLatin1String("paths")).toObject()};
        auto add = [&](const QString &key, const QString &schema, const QString &path, bool writable, const QString &model,
                       const QStringList &search, const QString &lookup = QStringLiteral("pk")) {
            ResourceDescriptor r = builder.build(key, schema, path, writable);
            r.modelName = model;
            r.searchFields = search;
            r.lookupField = lookup;
            r.hasUsedBy = true;
            built->m_resources.insert(key, r);
            built->m_order.append(key);
        };
        for (const PolicyKind &kind : policyKinds()) {
            const QString key = QLatin1String(kind.key);
            add(key, QLatin1String(kind.schema), QLatin1Char('/') + key + QLatin1Char('/'), true, QLatin1String(kind.model),
                {QStringLiteral("name")});
            built->m_resources[key].component = QLatin1String(kind.component);
            built->m_resources[key].label = QLatin1String(kind.verboseName);
            built->m_resources[key].labelPlural = QLatin1String(kind.verboseNamePlural);
            built->m_resources[key].requiresEnterprise = kind.enterprise;
        }
        // PolicyViewSet.search_fields = ["name"] (authentik/policies/api/policies.py)
        add(QStringLiteral("policies/all"), QStringLiteral("Policy"), QStringLiteral("/policies/all/"), false,
            QStringLiteral("authentik_policies.policy"), {QStringLiteral("name")});
        // PolicyBindingViewSet.search_fields = ["policy__name"] (authentik/policies/api/bindings.py)
        add(QStringLiteral("policies/bindings"), QStringLiteral("PolicyBinding"), QStringLiteral("/policies/bindings/"), true,
            QStringLiteral("authentik_policies.policybinding"), {QStringLiteral("policy__name")});
        // UserViewSet.search_fields and GroupViewSet.search_fields (authentik/core/api/users.py, groups.py)
        add(QStringLiteral("core/users"), QStringLiteral("User"), QStringLiteral("/core/users/"), false, QStringLiteral("authentik_core.user"),
            {QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("uuid"), QStringLiteral("username")});
        add(QStringLiteral("core/groups"), QStringLiteral("Group"), QStringLiteral("/core/groups/"), false, QStringLiteral("authentik_core.group"),
            {QStringLiteral("name"), QStringLiteral("is_superuser")});
        // What the foreign-key filters point at, for ModelChoiceFilter's "Select a valid choice"
        // ("pbm": a PolicyBindingModel row by its pbm_uuid). Filters the sandbox does not apply
        // (dates, attributes JSON, roles) or that only shape the answer (include_*) are dropped.
        static const QHash<QString, QString> references{{QStringLiteral("policy"), QStringLiteral("policies")},
                                                        {QStringLiteral("target"), QStringLiteral("pbm")},
                                                        {QStringLiteral("target_in"), QStringLiteral("pbm")},
                                                        {QStringLiteral("groups_by_pk"), QStringLiteral("core/groups")}};
        for (ResourceDescriptor &r : built->m_resources) {
            QList<FilterDescriptor> kept;
            for (FilterDescriptor filter : std::as_const(r.filters)) {
                const QString &name = filter.name;
                if (name.startsWith(QLatin1String("include_")) || name == QLatin1String("attributes") || name.startsWith(QLatin1String("date_joined"))
                    || name.startsWith(QLatin1String("last_login")) || name.startsWith(QLatin1String("last_updated"))
                    || name.startsWith(QLatin1String("roles_by_")) || name == QLatin1String("created") || name == QLatin1String("path_startswith"))
                    continue;
                filter.reference = references.value(name);
                kept.append(filter);
            }
            r.filters = kept;
        }
        return std::shared_ptr<const PolicyResources>(built);
    }();
    return resources;
}

const ResourceDescriptor *PolicyResources::resource(const QString &key) const
{
    const auto it = m_resources.constFind(key);
    return it == m_resources.constEnd() ? nullptr : &*it;
}

// ---------------------------------------------------------------- evaluation

QJsonObject logEvent(const QString &level, const QString &logger, const QString &event, const QJsonObject &attributes)
{
    return {{QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("log_level"), level},
            {QStringLiteral("logger"), logger},
            {QStringLiteral("event"), event},
            {QStringLiteral("attributes"), attributes}};
}

namespace {

int count(const QString &text, const QRegularExpression &pattern)
{
    int n = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

/// PasswordPolicy.passes (authentik/policies/password/models.py): the password from the prompt
/// data, else from the context itself; the static rules, in their order, each failing with the
/// policy's error_message. HIBP and zxcvbn need the network and a Python library: a real server
/// checks them, the sandbox reports that it did not.
PolicyOutcome passwordOutcome(const QJsonObject &policy, const PolicyTestInput &input)
{
    static const QString logger = QStringLiteral("authentik.policies.password.models");
    PolicyOutcome out;
    out.evaluated = true;
    const QString field = policy.value(QLatin1String("password_field")).toString();
    const QJsonValue prompt = input.context.value(QLatin1String("prompt_data")).toObject().value(field);
    const QJsonValue raw = prompt.isUndefined() ? input.context.value(field) : prompt;
    const bool falsy = raw.isUndefined() || raw.isNull() || (raw.isString() && raw.toString().isEmpty()) || (raw.isBool() && !raw.toBool())
        || (raw.isDouble() && raw.toDouble() == 0);
    if (falsy) {
        QJsonArray keys;
        for (const QString &k : input.context.keys())
            keys.append(k);
        out.logs.append(logEvent(QStringLiteral("warning"), logger, QStringLiteral("Password field not set in Policy Request"),
                                 {{QStringLiteral("field"), field}, {QStringLiteral("fields"), keys}}));
        out.messages.append(QStringLiteral("Password not set in context"));
        return out;
    }
    const QString password = raw.isString() ? raw.toString() : raw.toVariant().toString();
    const QString error = policy.value(QLatin1String("error_message")).toString();
    auto fail = [&](const char *reason) {
        out.logs.append(logEvent(QStringLiteral("debug"), logger, QStringLiteral("password failed"),
                                 {{QStringLiteral("check"), QStringLiteral("static")}, {QStringLiteral("reason"), QLatin1String(reason)}}));
        out.messages.append(error);
        return out;
    };
    if (policy.value(QLatin1String("check_static_rules")).toBool()) {
        static const QRegularExpression lower(QStringLiteral("[a-z]")), upper(QStringLiteral("[A-Z]")), digits(QStringLiteral("[0-9]"));
        const int amountDigits = policy.value(QLatin1String("amount_digits")).toInt();
        const int amountLower = policy.value(QLatin1String("amount_lowercase")).toInt();
        const int amountUpper = policy.value(QLatin1String("amount_uppercase")).toInt();
        const int amountSymbols = policy.value(QLatin1String("amount_symbols")).toInt();
        if (password.size() < policy.value(QLatin1String("length_min")).toInt())
            return fail("length");
        if (amountDigits > 0 && count(password, digits) < amountDigits)
            return fail("amount_digits");
        if (amountLower > 0 && count(password, lower) < amountLower)
            return fail("amount_lowercase");
        if (amountUpper > 0 && count(password, upper) < amountUpper)
            return fail("amount_uppercase");
        if (amountSymbols > 0) {
            int symbols = 0;
            for (const QChar symbol : policy.value(QLatin1String("symbol_charset")).toString())
                symbols += int(password.count(symbol));
            if (symbols < amountSymbols)
                return fail("amount_symbols");
        }
    }
    if (policy.value(QLatin1String("check_have_i_been_pwned")).toBool() || policy.value(QLatin1String("check_zxcvbn")).toBool())
        out.logs.append(logEvent(QStringLiteral("info"), QStringLiteral("akdesk.sandbox"),
                                 QStringLiteral("The sandbox does not check Have I Been Pwned or zxcvbn; a real server does."), {}));
    out.passing = true;
    return out;
}

} // namespace

PolicyOutcome evaluatePolicy(const QString &kindKey, const QJsonObject &policy, const PolicyTestInput &input)
{
    PolicyOutcome out;
    if (kindKey == QLatin1String("policies/dummy")) {
        // DummyPolicy.passes: waits randrange(wait_min, wait_max) seconds, then its result with
        // the message "dummy". The sandbox waits that many milliseconds at most 50, so tests and
        // the GUI stay quick; the delay is logged as authentik logs it.
        const int low = policy.value(QLatin1String("wait_min")).toInt();
        const int high = policy.value(QLatin1String("wait_max")).toInt();
        const int wait = high > low ? low + int(QRandomGenerator::global()->bounded(high - low)) : low;
        out.logs.append(logEvent(QStringLiteral("info"), QStringLiteral("authentik.policies.dummy.models"), QStringLiteral("Policy waiting"),
                                 {{QStringLiteral("policy"), input.policyName}, {QStringLiteral("delay"), wait}}));
        QThread::msleep(ulong(std::clamp(wait, 0, 50)));
        out.evaluated = true;
        out.passing = policy.value(QLatin1String("result")).toBool();
        out.messages.append(QStringLiteral("dummy"));
        return out;
    }
    if (kindKey == QLatin1String("policies/password"))
        return passwordOutcome(policy, input);
    if (kindKey == QLatin1String("policies/reputation")) {
        // ReputationPolicy.passes (authentik/policies/reputation/models.py): the scores of the
        // client's IP and/or the user's username, summed; passing when at most the threshold.
        const bool checkIp = policy.value(QLatin1String("check_ip")).toBool();
        const bool checkUsername = policy.value(QLatin1String("check_username")).toBool();
        const QString username = input.user.value(QLatin1String("username")).toString();
        qint64 score = 0;
        for (const QJsonObject &r : input.reputations) {
            if ((checkIp && r.value(QLatin1String("ip")).toString() == input.clientIp)
                || (checkUsername && r.value(QLatin1String("identifier")).toString() == username))
                score += qint64(r.value(QLatin1String("score")).toDouble());
        }
        out.evaluated = true;
        out.passing = score <= policy.value(QLatin1String("threshold")).toInt();
        out.logs.append(logEvent(QStringLiteral("debug"), QStringLiteral("authentik.policies.reputation.models"), QStringLiteral("Score for user"),
                                 {{QStringLiteral("username"), username}, {QStringLiteral("remote_ip"), input.clientIp},
                                  {QStringLiteral("score"), score}, {QStringLiteral("passing"), out.passing}}));
        return out;
    }
    if (kindKey == QLatin1String("policies/password_expiry")) {
        // PasswordExpiryPolicy.passes (authentik/policies/expiry/models.py). A real server also
        // makes the password unusable when deny_only is off; the sandbox changes no user.
        const QDateTime changed = QDateTime::fromString(input.user.value(QLatin1String("password_change_date")).toString(), Qt::ISODateWithMs);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const int days = policy.value(QLatin1String("days")).toInt();
        const qint64 actual = changed.secsTo(now) / 86400;
        const qint64 sinceExpiry = qint64(std::floor(double(changed.addDays(days).secsTo(now)) / 86400.0));
        out.evaluated = true;
        if (actual >= days) {
            out.messages.append(policy.value(QLatin1String("deny_only")).toBool()
                                    ? QStringLiteral("Password has expired.")
                                    : QStringLiteral("Password expired %1 days ago. Please update your password.").arg(sinceExpiry));
            return out;
        }
        out.passing = true;
        return out;
    }
    if (kindKey == QLatin1String("policies/geoip")) {
        // GeoIPPolicy.passes (authentik/policies/geoip/models.py) on the context the test sends
        // ("asn": {"asn": N}, "geoip": {"country": "DE"}); the test request's own address has no
        // GeoIP data. A missing entry raises PolicyException, which PolicyProcess turns into the
        // binding's failure_result (False) with the exception's text.
        const QJsonArray asns = policy.value(QLatin1String("asns")).toArray();
        const QJsonArray countries = policy.value(QLatin1String("countries")).toArray();
        out.evaluated = true;
        bool any = false;
        bool checked = false;
        if (!asns.isEmpty()) {
            checked = true;
            const QJsonValue asn = input.context.value(QLatin1String("asn")).toObject().value(QLatin1String("asn"));
            if (asn.isUndefined() || asn.isNull() || asn.toDouble() == 0) {
                out.messages = {QStringLiteral("GeoIP: client IP not found in ASN database.")};
                return out;
            }
            if (asns.contains(QJsonValue(asn.toInt())))
                any = true;
            else
                out.messages.append(QStringLiteral("Client IP is not part of an allowed autonomous system."));
        }
        if (!countries.isEmpty()) {
            checked = true;
            const QString country = input.context.value(QLatin1String("geoip")).toObject().value(QLatin1String("country")).toString();
            if (country.isEmpty()) {
                out.messages = {QStringLiteral("GeoIP: client IP address not found in City database.")};
                return out;
            }
            if (countries.contains(QJsonValue(country)))
                any = true;
            else
                out.messages.append(QStringLiteral("Client IP is not in an allowed country."));
        }
        if (policy.value(QLatin1String("check_history_distance")).toBool() || policy.value(QLatin1String("check_impossible_travel")).toBool()) {
            // The history checks need login events the sandbox does not keep.
            out.evaluated = false;
            return out;
        }
        out.passing = !checked || any;
        return out;
    }
    return out;  // expression (Python), event matcher (events), unique password (password history): not evaluated here
}

} // namespace akdesk::sandbox
