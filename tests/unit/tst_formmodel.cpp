// FormModel: one row per writable field, defaults for new records, dirty tracking, live
// validation, PATCH of only the changed fields, and server errors placed at their fields.

#include "models/items/formmodel.h"
#include "models/schema/schemaregistry.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace akdesk;

class TestFormModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rowsAreWritableFields();
    void newRecordHasOverlayDefaults();
    void editingMarksDirtyAndPatchesOnlyChanges();
    void invalidValueBlocksSave_data();
    void invalidValueBlocksSave();
    void serverErrorsLandAtFields();
    void listItemErrorsNameTheirItem();
    void longSlugTheServerHoldsSavesUnchanged();
    void acceptRebases();
    void sameRecordKeepsRows();
    void errorsShowOnceTouchedOrSaved();
    void inputErrorBlocksSave();

private:
    QJsonObject identification() const;
    std::shared_ptr<const SchemaRegistry> m_schema;
    const ResourceDescriptor *m_identification = nullptr;
};

void TestFormModel::initTestCase()
{
    m_schema = SchemaRegistry::bundled();
    QVERIFY(m_schema);
    m_identification = m_schema->resource(QStringLiteral("stages/identification"));
    QVERIFY(m_identification);
}

QJsonObject TestFormModel::identification() const
{
    return {{QStringLiteral("pk"), QStringLiteral("3fa85f64-5717-4562-b3fc-2c963f66afa6")},
            {QStringLiteral("name"), QStringLiteral("default-authentication-identification")},
            {QStringLiteral("component"), QStringLiteral("ak-stage-identification-form")},
            {QStringLiteral("flow_set"), QJsonArray()},
            {QStringLiteral("user_fields"), QJsonArray{QStringLiteral("email"), QStringLiteral("username")}},
            {QStringLiteral("password_stage"), QJsonValue::Null},
            {QStringLiteral("case_insensitive_matching"), true},
            {QStringLiteral("show_matched_user"), true},
            {QStringLiteral("sources"), QJsonArray()},
            {QStringLiteral("a_field_from_a_newer_server"), 42}};
}

void TestFormModel::rowsAreWritableFields()
{
    FormModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load(*m_identification, identification());
    QVERIFY(model.rowOf(QStringLiteral("name")) >= 0);
    QVERIFY(model.rowOf(QStringLiteral("user_fields")) >= 0);
    QCOMPARE(model.rowOf(QStringLiteral("pk")), -1);
    QCOMPARE(model.rowOf(QStringLiteral("flow_set")), -1);
    QCOMPARE(model.rowOf(QStringLiteral("component")), -1);
    QCOMPARE(model.rowCount(), int(m_identification->writableFields().size()));
    const QModelIndex name = model.index(model.rowOf(QStringLiteral("name")));
    QCOMPARE(name.data(FormModel::LabelRole).toString(), QStringLiteral("Name"));
    QVERIFY(name.data(FormModel::RequiredRole).toBool());
    QVERIFY(!model.isDirty());
    QVERIFY(model.isValid());
}

void TestFormModel::newRecordHasOverlayDefaults()
{
    FormModel model;
    model.loadNew(*m_identification);
    QVERIFY(model.isCreating());
    QCOMPARE(model.value(QStringLiteral("case_insensitive_matching")), QJsonValue(true));
    QCOMPARE(model.value(QStringLiteral("show_matched_user")), QJsonValue(true));
    QCOMPARE(model.value(QStringLiteral("pretend_user_exists")), QJsonValue(true));
    QCOMPARE(model.value(QStringLiteral("show_source_labels")), QJsonValue(false));
    QCOMPARE(model.value(QStringLiteral("enable_remember_me")), QJsonValue(false));
    // The name is required and empty: not valid yet, with the reason at the field.
    QVERIFY(!model.isValid());
    QVERIFY(!model.errorFor(QStringLiteral("name")).isEmpty());
    model.setValue(QStringLiteral("name"), QStringLiteral("new-stage"));
    QVERIFY(model.isValid());
    QCOMPARE(model.createBody().value(QLatin1String("name")).toString(), QStringLiteral("new-stage"));
    QVERIFY(!model.createBody().contains(QLatin1String("pk")));
}

void TestFormModel::editingMarksDirtyAndPatchesOnlyChanges()
{
    FormModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load(*m_identification, identification());
    QSignalSpy dirty(&model, &FormModel::dirtyChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setValue(QStringLiteral("user_fields"), QJsonArray{QStringLiteral("upn"), QStringLiteral("username")});
    model.setValue(QStringLiteral("password_stage"), QStringLiteral("0b1d5a53-8a47-4c53-9b4e-7f2f5d8f7a10"));
    QCOMPARE(dirty.count(), 1);
    QCOMPARE(changed.count(), 2);
    QVERIFY(model.index(model.rowOf(QStringLiteral("user_fields"))).data(FormModel::DirtyRole).toBool());
    QVERIFY(!model.index(model.rowOf(QStringLiteral("name"))).data(FormModel::DirtyRole).toBool());

    // The two changes, plus `sources`: authentik checks user_fields and sources on what a PATCH
    // sends, so akdesk always sends both.
    const QJsonObject patch = model.patch();
    QCOMPARE(patch.keys(), (QStringList{QStringLiteral("password_stage"), QStringLiteral("sources"), QStringLiteral("user_fields")}));
    QCOMPARE(patch.value(QLatin1String("user_fields")).toArray().size(), 2);
    QCOMPARE(patch.value(QLatin1String("password_stage")).toString(), QStringLiteral("0b1d5a53-8a47-4c53-9b4e-7f2f5d8f7a10"));
    // The field akdesk does not know survives in the whole record.
    QCOMPARE(model.record().value(QLatin1String("a_field_from_a_newer_server")).toInt(), 42);

    // Putting the value back makes the form clean again.
    model.setValue(QStringLiteral("user_fields"), QJsonArray{QStringLiteral("email"), QStringLiteral("username")});
    model.setValue(QStringLiteral("password_stage"), QJsonValue::Null);
    QVERIFY(!model.isDirty());
    QCOMPARE(dirty.count(), 2);
}

void TestFormModel::invalidValueBlocksSave_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("empty name") << QStringLiteral("name") << QJsonValue(QString());
    QTest::newRow("unknown user field") << QStringLiteral("user_fields") << QJsonValue(QJsonArray{QStringLiteral("phone")});
    QTest::newRow("password stage not a uuid") << QStringLiteral("password_stage") << QJsonValue(QStringLiteral("x"));
}

void TestFormModel::invalidValueBlocksSave()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    FormModel model;
    model.load(*m_identification, identification());
    QSignalSpy validity(&model, &FormModel::validityChanged);
    model.setValue(field, value);
    QVERIFY(!model.isValid());
    QCOMPARE(validity.count(), 1);
    QCOMPARE(validity.first().first().toBool(), false);
    const QString error = model.index(model.rowOf(field)).data(FormModel::ErrorRole).toString();
    QVERIFY(!error.isEmpty());
}

void TestFormModel::serverErrorsLandAtFields()
{
    FormModel model;
    model.load(*m_identification, identification());
    ApiError error = ApiError::fromHttp(
        400, R"({"name": ["stage with this name already exists."],
                 "non_field_errors": ["When no user fields are selected, at least one source must be selected"],
                 "sources": {"0": ["Invalid pk"]}})");
    model.setServerErrors(error);
    QCOMPARE(model.errorFor(QStringLiteral("name")), QStringLiteral("stage with this name already exists."));
    QVERIFY(model.errorFor(QStringLiteral("sources")).contains(QLatin1String("Invalid pk")));
    QCOMPARE(model.nonFieldErrors().size(), 1);
    // Editing the field clears its server message; the user's other input stays.
    model.setValue(QStringLiteral("name"), QStringLiteral("another-name"));
    QVERIFY(model.errorFor(QStringLiteral("name")).isEmpty());
    QCOMPARE(model.value(QStringLiteral("name")).toString(), QStringLiteral("another-name"));
}

void TestFormModel::listItemErrorsNameTheirItem()
{
    // DRF nests a bad list item's errors under its index; the field's message names the item.
    FormModel model;
    model.load(*m_identification, identification());
    const QString first = QStringLiteral("0f0e0d0c-0000-4000-8000-000000000001");
    const QString second = QStringLiteral("0f0e0d0c-0000-4000-8000-000000000002");
    model.setValue(QStringLiteral("sources"), QJsonArray{first, second});
    model.setServerErrors(ApiError::fromHttp(
        400, QStringLiteral(R"({"sources": {"0": ["Only sources users log in through are allowed."],
                                           "1": ["Invalid pk \"%1\" - object does not exist."]}})")
                 .arg(second)
                 .toUtf8()));
    const QString error = model.errorFor(QStringLiteral("sources"));
    QVERIFY2(error.contains(QStringLiteral("%1: Only sources users log in through are allowed.").arg(first)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Invalid pk \"%1\" - object does not exist.").arg(second)), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("%1: Invalid").arg(second)), qPrintable(error));  // it names itself
}

void TestFormModel::longSlugTheServerHoldsSavesUnchanged()
{
    const ResourceDescriptor *flows = m_schema->resource(QStringLiteral("flows"));
    QVERIFY(flows);
    const QString longSlug(60, QLatin1Char('s'));
    FormModel model;
    model.load(*flows, QJsonObject{{QStringLiteral("pk"), QStringLiteral("0f0e0d0c-0000-4000-8000-00000000f10e")},
                                   {QStringLiteral("slug"), longSlug},
                                   {QStringLiteral("name"), QStringLiteral("Long")},
                                   {QStringLiteral("title"), QStringLiteral("Long")},
                                   {QStringLiteral("designation"), QStringLiteral("authentication")}});
    QVERIFY(model.setValue(QStringLiteral("title"), QStringLiteral("Longer")));
    QVERIFY2(model.isValid(), qPrintable(model.errorFor(QStringLiteral("slug"))));
    QVERIFY(!model.patch().contains(QLatin1String("slug")));
    // A changed slug keeps to 50, safe on every server.
    QVERIFY(model.setValue(QStringLiteral("slug"), QString(51, QLatin1Char('t'))));
    QVERIFY(!model.isValid());
    QVERIFY(model.setValue(QStringLiteral("slug"), QString(50, QLatin1Char('t'))));
    QVERIFY(model.isValid());
}

void TestFormModel::acceptRebases()
{
    FormModel model;
    model.load(*m_identification, identification());
    model.setValue(QStringLiteral("name"), QStringLiteral("renamed"));
    QVERIFY(model.isDirty());
    QJsonObject saved = model.record();
    model.accept(saved);
    QVERIFY(!model.isDirty());
    QCOMPARE(model.baseRecord().value(QLatin1String("name")).toString(), QStringLiteral("renamed"));
}

void TestFormModel::sameRecordKeepsRows()
{
    // The form's editors and pickers stay across a save and a re-read: the server's answer for the
    // record shown changes the rows' data; only another record (or a new one) resets them.
    FormModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load(*m_identification, identification());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setValue(QStringLiteral("name"), QStringLiteral("renamed"));
    QJsonObject answer = model.record();
    answer.insert(QStringLiteral("show_matched_user"), false);  // the server's merge took another change in
    model.accept(answer);
    QCOMPARE(resets.count(), 0);
    QVERIFY(changes.count() >= 2);
    QCOMPARE(model.value(QStringLiteral("show_matched_user")), QJsonValue(false));
    QVERIFY(!model.isDirty());
    model.load(*m_identification, answer);  // the GET after opening
    QCOMPARE(resets.count(), 0);

    QJsonObject other = identification();
    other.insert(QStringLiteral("pk"), QStringLiteral("00000000-0000-4000-8000-000000000001"));
    model.load(*m_identification, other);
    QCOMPARE(resets.count(), 1);

    // A record just created, as the server returned it, is still the one in the form.
    model.loadNew(*m_identification);
    QCOMPARE(resets.count(), 2);
    QJsonObject created = model.record();
    created.insert(QStringLiteral("pk"), QStringLiteral("00000000-0000-4000-8000-000000000002"));
    model.accept(created);
    QCOMPARE(resets.count(), 2);
    QVERIFY(!model.isCreating());
}

void TestFormModel::errorsShowOnceTouchedOrSaved()
{
    // A new stage has no name yet: not valid, but nothing is shown before the user did anything.
    FormModel model;
    model.loadNew(*m_identification);
    const QModelIndex name = model.index(model.rowOf(QStringLiteral("name")));
    QVERIFY(!model.isValid());
    QCOMPARE(model.errorFor(QStringLiteral("name")), QStringLiteral("Enter a name."));
    QVERIFY(name.data(FormModel::ErrorRole).toString().isEmpty());
    QCOMPARE(model.firstInvalidField(), QStringLiteral("name"));

    // A save was tried: it shows.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.revealErrors();
    QVERIFY(!changed.isEmpty());
    QCOMPARE(name.data(FormModel::ErrorRole).toString(), QStringLiteral("Enter a name."));

    // On a fresh form, editing a field shows that field's error only.
    FormModel other;
    other.loadNew(*m_identification);
    other.setValue(QStringLiteral("password_stage"), QStringLiteral("nope"));
    QCOMPARE(other.index(other.rowOf(QStringLiteral("password_stage"))).data(FormModel::ErrorRole).toString(), QStringLiteral("Choose a stage."));
    QVERIFY(other.index(other.rowOf(QStringLiteral("name"))).data(FormModel::ErrorRole).toString().isEmpty());
}

void TestFormModel::inputErrorBlocksSave()
{
    FormModel model;
    model.load(*m_identification, identification());
    QVERIFY(model.isValid());
    QSignalSpy validity(&model, &FormModel::validityChanged);
    model.setInputError(QStringLiteral("sources"), QStringLiteral("Not valid JSON: line 1, column 3: missing value separator"));
    QVERIFY(!model.isValid());
    QCOMPARE(validity.count(), 1);
    QCOMPARE(model.firstInvalidField(), QStringLiteral("sources"));
    QVERIFY(model.index(model.rowOf(QStringLiteral("sources"))).data(FormModel::ErrorRole).toString().contains(QLatin1String("line 1, column 3")));
    model.setInputError(QStringLiteral("sources"), {});
    QVERIFY(model.isValid());
    QVERIFY(model.index(model.rowOf(QStringLiteral("sources"))).data(FormModel::ErrorRole).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestFormModel)
#include "tst_formmodel.moc"
