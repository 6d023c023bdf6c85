#pragma once

#include "models/api/apierror.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

namespace akdesk {

class ApiClient;

/// Runs the policy bindings of one target against a user as authentik's PolicyEngine decides
/// (authentik/policies/engine.py): the enabled bindings in order; a policy by the server's
/// `POST /policies/all/{uuid}/test/`, a group binding by the user's membership, a user binding by
/// pk; negate applied; combined by the target's policy_engine_mode (all/any); no bindings pass.
/// A policy the server cannot test makes its binding, and a result that depends on it, unknown.
class BindingSetTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BindingSetTest)

public:
    enum class Verdict { Pass, Fail, Unknown, Skipped };
    struct Outcome
    {
        QJsonObject binding;
        Verdict verdict = Verdict::Unknown;
        QStringList messages;
        QStringList log;  ///< the server's log lines (a policy's test only)
    };

    explicit BindingSetTest(ApiClient *client, QObject *parent = nullptr);
    ~BindingSetTest() override;

    /// Passing of the bindings' verdicts under `mode` ("all" or "any"); disabled ones are skipped.
    /// Unknown only where the unknown ones could decide it.
    static Verdict combine(const QList<Verdict> &verdicts, const QString &mode);

    /// Tests `bindings` (one target's) against the user with pk `userPk`.
    void run(const QList<QJsonObject> &bindings, const QString &mode, const QString &userPk);
    bool isRunning() const { return m_pending > 0; }

Q_SIGNALS:
    /// Every binding's outcome, in run order, and the set's.
    void finished(const QList<akdesk::BindingSetTest::Outcome> &outcomes, akdesk::BindingSetTest::Verdict overall);
    void failed(const akdesk::ApiError &error);

private:
    void testPolicies();
    void finish();

    ApiClient *m_client;
    QString m_mode;
    QString m_user;
    QList<Outcome> m_outcomes;
    int m_pending = 0;
    quint64 m_generation = 0;
};

} // namespace akdesk
