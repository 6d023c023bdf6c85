// Record encoding: unknown fields survive, read-only fields are never sent, PATCH carries only
// what changed (plus the fields authentik checks together).

#include "models/records/record.h"
#include "models/schema/schemaregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace akdesk;

namespace {
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}
const ResourceDescriptor &resource(const char *key)
{
    return *SchemaRegistry::bundled()->resource(QLatin1String(key));
}
}

class TestRecords final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writablePayload_data();
    void writablePayload();
    void patchPayload_data();
    void patchPayload();
    void sameValue_data();
    void sameValue();
    void recordId();
};

void TestRecords::writablePayload_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonObject>("record");
    QTest::addColumn<QJsonObject>("expected");
    QTest::newRow("dummy drops read-only, keeps unknown")
        << QStringLiteral("stages/dummy")
        << json(R"({"pk": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "name": "d", "component": "ak-stage-dummy-form",
                    "verbose_name": "Dummy Stage", "verbose_name_plural": "Dummy Stages", "meta_model_name": "x",
                    "flow_set": [{"slug": "f"}], "throw_error": true, "brand_new_field": {"a": 1}})")
        << json(R"({"name": "d", "throw_error": true, "brand_new_field": {"a": 1}})");
    QTest::newRow("binding drops stage_obj and pk")
        << QStringLiteral("flows/bindings")
        << json(R"({"pk": "p", "policybindingmodel_ptr_id": "p", "target": "t", "stage": "s", "stage_obj": {"name": "n"},
                    "order": 10, "evaluate_on_plan": false})")
        << json(R"({"target": "t", "stage": "s", "order": 10, "evaluate_on_plan": false})");
    QTest::newRow("unknown *_obj expansion dropped")
        << QStringLiteral("stages/dummy") << json(R"({"name": "d", "thing_obj": {"x": 1}})") << json(R"({"name": "d"})");
    QTest::newRow("nested objects kept whole")
        << QStringLiteral("stages/authenticator/endpoint_gdtc")
        << json(R"({"pk": "p", "name": "g", "credentials": {"type": "service_account", "keys": [{"id": 1}]}, "friendly_name": null})")
        << json(R"({"name": "g", "credentials": {"type": "service_account", "keys": [{"id": 1}]}, "friendly_name": null})");
    QTest::newRow("identification keeps references and lists")
        << QStringLiteral("stages/identification")
        << json(R"({"pk": "p", "name": "i", "user_fields": ["email"], "sources": ["s"], "password_stage": null,
                    "flow_set": [], "verbose_name": "Identification Stage"})")
        << json(R"({"name": "i", "user_fields": ["email"], "sources": ["s"], "password_stage": null})");
    QTest::newRow("flow drops computed fields")
        << QStringLiteral("flows")
        << json(R"({"pk": "p", "slug": "s", "name": "n", "title": "t", "designation": "authentication", "stages": ["a"],
                    "policies": [], "cache_count": 3, "export_url": "/x", "background_url": "/y", "layout": "stacked"})")
        << json(R"({"slug": "s", "name": "n", "title": "t", "designation": "authentication", "layout": "stacked"})");
}

void TestRecords::writablePayload()
{
    QFETCH(QString, key);
    QFETCH(QJsonObject, record);
    QFETCH(QJsonObject, expected);
    QCOMPARE(records::writablePayload(record, *SchemaRegistry::bundled()->resource(key)), expected);
}

void TestRecords::patchPayload_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonObject>("base");
    QTest::addColumn<QJsonObject>("edited");
    QTest::addColumn<QJsonObject>("expected");
    QTest::newRow("nothing changed") << QStringLiteral("stages/dummy") << json(R"({"name": "a", "throw_error": false})")
                                     << json(R"({"name": "a", "throw_error": false})") << QJsonObject();
    QTest::newRow("one field") << QStringLiteral("stages/dummy") << json(R"({"pk": "p", "name": "a", "throw_error": false})")
                               << json(R"({"pk": "p", "name": "a", "throw_error": true})") << json(R"({"throw_error": true})");
    QTest::newRow("read-only change ignored") << QStringLiteral("stages/dummy") << json(R"({"name": "a", "flow_set": []})")
                                              << json(R"({"name": "a", "flow_set": [{"slug": "x"}]})") << QJsonObject();
    QTest::newRow("unknown field change sent") << QStringLiteral("stages/dummy") << json(R"({"name": "a", "extra": 1})")
                                               << json(R"({"name": "a", "extra": 2})") << json(R"({"extra": 2})");
    QTest::newRow("nested object change") << QStringLiteral("stages/authenticator/endpoint_gdtc")
                                          << json(R"({"name": "a", "credentials": {"k": 1}})")
                                          << json(R"({"name": "a", "credentials": {"k": 2}})") << json(R"({"credentials": {"k": 2}})");
    QTest::newRow("same user fields in another order") << QStringLiteral("stages/identification")
                                                       << json(R"({"name": "a", "user_fields": ["email", "username"], "sources": []})")
                                                       << json(R"({"name": "a", "user_fields": ["username", "email"], "sources": []})")
                                                       << QJsonObject();
    QTest::newRow("identification carries user fields and sources")
        << QStringLiteral("stages/identification")
        << json(R"({"name": "a", "user_fields": ["email"], "sources": ["s1"], "show_matched_user": true})")
        << json(R"({"name": "b", "user_fields": ["email"], "sources": ["s1"], "show_matched_user": true})")
        << json(R"({"name": "b", "user_fields": ["email"], "sources": ["s1"]})");
    QTest::newRow("sources reordered, one added") << QStringLiteral("stages/identification")
                                                  << json(R"({"name": "a", "user_fields": [], "sources": ["s1", "s2"]})")
                                                  << json(R"({"name": "a", "user_fields": [], "sources": ["s3", "s2", "s1"]})")
                                                  << json(R"({"sources": ["s3", "s2", "s1"], "user_fields": []})");
    QTest::newRow("fields missing from the edit are left alone") << QStringLiteral("stages/dummy")
                                                                 << json(R"({"name": "a", "throw_error": true})")
                                                                 << json(R"({"name": "b"})") << json(R"({"name": "b"})");
    QTest::newRow("nested object with the same content") << QStringLiteral("stages/authenticator/endpoint_gdtc")
                                                         << json(R"({"name": "a", "credentials": {"k": 1, "j": [1, 2]}})")
                                                         << json(R"({"name": "a", "credentials": {"j": [1, 2], "k": 1}})") << QJsonObject();
    QTest::newRow("nested object sent whole") << QStringLiteral("stages/authenticator/endpoint_gdtc")
                                              << json(R"({"name": "a", "credentials": {"k": 1, "deep": {"x": 1}}})")
                                              << json(R"({"name": "a", "credentials": {"k": 1, "deep": {"x": 2}}})")
                                              << json(R"({"credentials": {"k": 1, "deep": {"x": 2}}})");
    QTest::newRow("null equals missing for nullable") << QStringLiteral("stages/identification")
                                                      << json(R"({"name": "a", "password_stage": null})")
                                                      << json(R"({"name": "a"})") << QJsonObject();
}

void TestRecords::patchPayload()
{
    QFETCH(QString, key);
    QFETCH(QJsonObject, base);
    QFETCH(QJsonObject, edited);
    QFETCH(QJsonObject, expected);
    const ResourceDescriptor &r = *SchemaRegistry::bundled()->resource(key);
    QCOMPARE(records::patchPayload(base, edited, r), expected);
}

void TestRecords::sameValue_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("a");
    QTest::addColumn<QJsonValue>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("enum list order") << QStringLiteral("user_fields") << QJsonValue(QJsonArray{QStringLiteral("email"), QStringLiteral("upn")})
                                     << QJsonValue(QJsonArray{QStringLiteral("upn"), QStringLiteral("email")}) << true;
    QTest::newRow("enum list differs") << QStringLiteral("user_fields") << QJsonValue(QJsonArray{QStringLiteral("email")})
                                       << QJsonValue(QJsonArray{QStringLiteral("upn")}) << false;
    QTest::newRow("uuid list order") << QStringLiteral("sources") << QJsonValue(QJsonArray{QStringLiteral("a"), QStringLiteral("b")})
                                     << QJsonValue(QJsonArray{QStringLiteral("b"), QStringLiteral("a")}) << true;
    QTest::newRow("uuid list with a duplicate") << QStringLiteral("sources") << QJsonValue(QJsonArray{QStringLiteral("a"), QStringLiteral("b")})
                                                << QJsonValue(QJsonArray{QStringLiteral("a"), QStringLiteral("a")}) << false;
    QTest::newRow("empty lists") << QStringLiteral("sources") << QJsonValue(QJsonArray{}) << QJsonValue(QJsonArray{}) << true;
    QTest::newRow("uuid list length") << QStringLiteral("sources") << QJsonValue(QJsonArray{QStringLiteral("a")})
                                      << QJsonValue(QJsonArray{QStringLiteral("a"), QStringLiteral("a")}) << false;
    QTest::newRow("boolean") << QStringLiteral("show_matched_user") << QJsonValue(true) << QJsonValue(false) << false;
    QTest::newRow("null vs missing") << QStringLiteral("password_stage") << QJsonValue(QJsonValue::Null)
                                     << QJsonValue(QJsonValue::Undefined) << true;
    QTest::newRow("text") << QStringLiteral("name") << QJsonValue(QStringLiteral("a")) << QJsonValue(QStringLiteral("a")) << true;
}

void TestRecords::sameValue()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, a);
    QFETCH(QJsonValue, b);
    QFETCH(bool, same);
    const FieldDescriptor *f = resource("stages/identification").field(field);
    QVERIFY(f);
    QCOMPARE(records::sameValue(f, a, b), same);
}

void TestRecords::recordId()
{
    QCOMPARE(records::recordId(json(R"({"pk": "p1", "slug": "s1"})"), resource("flows")), QStringLiteral("s1"));
    QCOMPARE(records::recordId(json(R"({"pk": "p1", "slug": "s1"})"), resource("stages/dummy")), QStringLiteral("p1"));
    QCOMPARE(records::recordId(json(R"({"slug": "github"})"), resource("sources")), QStringLiteral("github"));
}

QTEST_GUILESS_MAIN(TestRecords)
#include "tst_records.moc"
