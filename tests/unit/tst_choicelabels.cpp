// Every choice a stage, flow or binding form shows reads as words (issue 14: password backends
// shown as "authentik.core.auth.InbuiltBackend", designations as "stage_configuration").

#include "models/schema/choicelabels.h"
#include "models/schema/schemaregistry.h"

#include <QTest>

using namespace akdesk;

class TestChoiceLabels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void label_data();
    void label();
    void derived_data();
    void derived();
    void everyChoiceOfAFormHasWords();
};

void TestChoiceLabels::label_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("label");
    // web/src/admin/stages/password/PasswordStageForm.ts
    QTest::newRow("inbuilt backend") << QStringLiteral("backends") << QStringLiteral("authentik.core.auth.InbuiltBackend") << QStringLiteral("User database + standard password");
    QTest::newRow("token backend") << QStringLiteral("backends") << QStringLiteral("authentik.core.auth.TokenBackend") << QStringLiteral("User database + app passwords");
    QTest::newRow("ldap backend") << QStringLiteral("backends") << QStringLiteral("authentik.sources.ldap.auth.LDAPBackend") << QStringLiteral("User database + LDAP password");
    QTest::newRow("kerberos backend") << QStringLiteral("backends") << QStringLiteral("authentik.sources.kerberos.auth.KerberosBackend") << QStringLiteral("User database + Kerberos password");
    // web/src/admin/flows/utils.ts, FlowForm.ts, StageBindingForm.ts, policies/PolicyEngineModes.ts
    QTest::newRow("designation") << QStringLiteral("designation") << QStringLiteral("stage_configuration") << QStringLiteral("Stage configuration");
    QTest::newRow("authentication") << QStringLiteral("authentication") << QStringLiteral("none") << QStringLiteral("No requirement");
    QTest::newRow("policy engine mode") << QStringLiteral("policy_engine_mode") << QStringLiteral("any") << QStringLiteral("Any policy must match");
    QTest::newRow("invalid response") << QStringLiteral("invalid_response_action") << QStringLiteral("retry") << QStringLiteral("Retry: show the error and ask again");
    QTest::newRow("one value, two fields") << QStringLiteral("user_fields") << QStringLiteral("email") << QStringLiteral("Email");
    QTest::newRow("same value elsewhere") << QStringLiteral("device_classes") << QStringLiteral("email") << QStringLiteral("Email-based authenticators");
    QTest::newRow("value in any field") << QStringLiteral("webauthn_user_verification") << QStringLiteral("preferred") << QStringLiteral("Preferred");
    QTest::newRow("unknown value is derived") << QStringLiteral("designation") << QStringLiteral("brand_new_kind") << QStringLiteral("Brand new kind");
    QTest::newRow("no field given") << QStringLiteral("") << QStringLiteral("stage_configuration") << QStringLiteral("Stage configuration");
}

void TestChoiceLabels::label()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, label);
    QCOMPARE(choices::label(field, value), label);
}

void TestChoiceLabels::derived_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("label");
    QTest::newRow("snake case") << QStringLiteral("stage_configuration") << QStringLiteral("Stage configuration");
    QTest::newRow("class path") << QStringLiteral("authentik.sources.ldap.auth.LDAPBackend") << QStringLiteral("LDAP backend");
    QTest::newRow("camel case") << QStringLiteral("authentik.core.auth.InbuiltBackend") << QStringLiteral("Inbuilt backend");
    QTest::newRow("acronym") << QStringLiteral("upn") << QStringLiteral("UPN");
    QTest::newRow("hyphens") << QStringLiteral("cross-platform") << QStringLiteral("Cross platform");
}

void TestChoiceLabels::derived()
{
    QFETCH(QString, value);
    QFETCH(QString, label);
    QCOMPARE(choices::derived(value), label);
}

void TestChoiceLabels::everyChoiceOfAFormHasWords()
{
    // Every enum of every stage kind, policy kind, flow and binding form in the bundled schema is in
    // the table (so it is translated), and none reads as its raw value. The event matcher's app and
    // model and the GeoIP countries are names of things, not words (the web admin reads them from
    // /admin/apps/, /admin/models/ and /policies/geoip_iso3166/).
    const QStringList named{QStringLiteral("app"), QStringLiteral("model"), QStringLiteral("countries")};
    const auto schema = SchemaRegistry::bundled();
    QStringList missing;
    for (const ResourceDescriptor *resource : schema->resources()) {
        if (resource->readOnly)
            continue;
        for (const FieldDescriptor &field : resource->fields) {
            if (field.readOnly || named.contains(field.name))
                continue;
            for (const QString &value : field.enumValues) {
                if (!choices::hasLabel(field.name, value) || choices::label(field.name, value) == value)
                    missing.append(resource->key + QLatin1Char('.') + field.name + QLatin1Char('=') + value);
            }
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
}

QTEST_GUILESS_MAIN(TestChoiceLabels)
#include "tst_choicelabels.moc"
