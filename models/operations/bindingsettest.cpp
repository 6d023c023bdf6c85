#include "models/operations/bindingsettest.h"

#include "models/api/apiclient.h"
#include "models/items/policybindingsmodel.h"
#include "models/records/record.h"

#include <QJsonArray>

namespace akdesk {

namespace {

QString idOf(const QJsonObject &record, const char *key)
{
    const QJsonValue value = record.value(QLatin1String(key));
    return value.isNull() || value.isUndefined() ? QString() : value.toVariant().toString();
}

BindingSetTest::Verdict verdictOf(bool passing, bool negate)
{
    // PolicyProcess applies negate to the policy's result (authentik/policies/process.py), and the
    // engine does the same for group and user bindings.
    return passing != negate ? BindingSetTest::Verdict::Pass : BindingSetTest::Verdict::Fail;
}

/// One log line of a policy test: a LogEvent (`log_level`, `event`, `logger`).
QString logLine(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    const QJsonObject event = value.toObject();
    QString line = QStringLiteral("[%1] %2").arg(event.value(QLatin1String("log_level")).toString(),
                                                  event.value(QLatin1String("event")).toString());
    const QString logger = event.value(QLatin1String("logger")).toString();
    if (!logger.isEmpty())
        line += QStringLiteral(" (%1)").arg(logger);
    return line;
}
} // namespace

BindingSetTest::BindingSetTest(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

BindingSetTest::~BindingSetTest() = default;

BindingSetTest::Verdict BindingSetTest::combine(const QList<Verdict> &verdicts, const QString &mode)
{
    // PolicyEngine.result: no results pass (empty_result); "all" needs every one, "any" one.
    bool anyPass = false;
    bool anyFail = false;
    bool anyUnknown = false;
    int counted = 0;
    for (Verdict v : verdicts) {
        if (v == Verdict::Skipped)
            continue;
        ++counted;
        anyPass = anyPass || v == Verdict::Pass;
        anyFail = anyFail || v == Verdict::Fail;
        anyUnknown = anyUnknown || v == Verdict::Unknown;
    }
    if (counted == 0)
        return Verdict::Pass;
    if (mode == QLatin1String("any")) {
        if (anyPass)
            return Verdict::Pass;
        return anyUnknown ? Verdict::Unknown : Verdict::Fail;
    }
    if (anyFail)
        return Verdict::Fail;
    return anyUnknown ? Verdict::Unknown : Verdict::Pass;
}

void BindingSetTest::run(const QList<QJsonObject> &bindings, const QString &mode, const QString &userPk)
{
    ++m_generation;
    m_mode = mode;
    m_user = userPk;
    m_outcomes.clear();
    m_pending = 0;
    QList<QJsonObject> ordered = bindings;
    std::stable_sort(ordered.begin(), ordered.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("order")).toInt() < b.value(QLatin1String("order")).toInt();
    });
    bool needsGroups = false;
    for (const QJsonObject &binding : std::as_const(ordered)) {
        Outcome outcome;
        outcome.binding = binding;
        // The engine reads only enabled bindings (PolicyEngine.iterate_bindings).
        if (!binding.value(QLatin1String("enabled")).toBool(true)) {
            outcome.verdict = Verdict::Skipped;
            outcome.messages.append(tr("Disabled: not evaluated."));
        } else if (PolicyBindingsModel::boundOf(binding) == PolicyBindingsModel::Bound::User) {
            const bool same = idOf(binding, "user") == userPk;
            outcome.verdict = verdictOf(same, binding.value(QLatin1String("negate")).toBool());
            outcome.messages.append(same ? tr("This is the bound user.") : tr("Another user is bound."));
        } else if (PolicyBindingsModel::boundOf(binding) == PolicyBindingsModel::Bound::Group) {
            needsGroups = true;
        }
        m_outcomes.append(outcome);
    }
    if (!needsGroups) {
        testPolicies();
        return;
    }
    // The user's groups: `groups` holds their pks (authentik/core/api/users.py, UserSerializer).
    ++m_pending;
    ApiReply *reply = m_client->get(QStringLiteral("/core/users/%1/").arg(userPk));
    connect(reply, &ApiReply::finished, this, [this, generation = m_generation](ApiReply *finished) {
        if (generation != m_generation)
            return;
        --m_pending;
        QStringList groups;
        for (const QJsonValue &group : finished->object().value(QLatin1String("groups")).toArray())
            groups.append(group.toVariant().toString());
        for (Outcome &outcome : m_outcomes) {
            if (outcome.verdict == Verdict::Skipped || PolicyBindingsModel::boundOf(outcome.binding) != PolicyBindingsModel::Bound::Group)
                continue;
            if (!finished->ok()) {
                outcome.verdict = Verdict::Unknown;
                outcome.messages.append(tr("The user's groups could not be read: %1").arg(finished->error().message()));
                continue;
            }
            const bool member = groups.contains(idOf(outcome.binding, "group"));
            outcome.verdict = verdictOf(member, outcome.binding.value(QLatin1String("negate")).toBool());
            outcome.messages.append(member ? tr("The user is a member of this group.") : tr("The user is not a member of this group."));
        }
        testPolicies();
    });
}

void BindingSetTest::testPolicies()
{
    for (int i = 0; i < m_outcomes.size(); ++i) {
        const Outcome &outcome = m_outcomes.at(i);
        if (outcome.verdict == Verdict::Skipped || PolicyBindingsModel::boundOf(outcome.binding) != PolicyBindingsModel::Bound::Policy)
            continue;
        ++m_pending;
        const QJsonObject body{{QStringLiteral("user"), m_user.toInt()}};
        ApiReply *reply = m_client->create(QStringLiteral("/policies/all/%1/test/").arg(idOf(outcome.binding, "policy")), body);
        connect(reply, &ApiReply::finished, this, [this, i, generation = m_generation](ApiReply *finished) {
            if (generation != m_generation)
                return;
            --m_pending;
            Outcome &outcome = m_outcomes[i];
            if (!finished->ok()) {
                // A 400 is a policy the server could not run (the sandbox runs no Python).
                outcome.verdict = Verdict::Unknown;
                outcome.messages.append(tr("Not tested: %1").arg(finished->error().message()));
            } else {
                const QJsonObject result = finished->object();
                outcome.verdict = verdictOf(result.value(QLatin1String("passing")).toBool(),
                                            outcome.binding.value(QLatin1String("negate")).toBool());
                for (const QJsonValue &message : result.value(QLatin1String("messages")).toArray())
                    outcome.messages.append(message.toString());
                for (const QJsonValue &line : result.value(QLatin1String("log_messages")).toArray())
                    outcome.log.append(logLine(line));
            }
            if (m_pending == 0)
                finish();
        });
    }
    if (m_pending == 0)
        finish();
}

void BindingSetTest::finish()
{
    QList<Verdict> verdicts;
    for (const Outcome &outcome : std::as_const(m_outcomes))
        verdicts.append(outcome.verdict);
    Q_EMIT finished(m_outcomes, combine(verdicts, m_mode));
}

} // namespace akdesk
