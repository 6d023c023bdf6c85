// The record form as a new administrator meets it (issue 14): JSON fields edited as JSON, the
// wheel scrolling the form instead of changing a field, one label column, errors that wait until
// a field was touched and speak for people, readable choices, wrapped help, Ctrl+S that says why
// nothing was saved, and a save that says what it merged from the server.

#include "models/api/apiclient.h"
#include "models/session/workspace.h"
#include "models/operations/editsession.h"
#include "models/items/formmodel.h"
#include "models/records/record.h"
#include "models/schema/schemaregistry.h"
#include "tests/support/testserver.h"
#include "views/forms/basiceditors.h"
#include "views/forms/choicelisteditor.h"
#include "views/forms/formview.h"
#include "views/forms/recordeditor.h"
#include "views/main/language.h"

#include <QApplication>
#include <QCheckBox>
#include <QFontDatabase>
#include <QSet>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>
#include <QWheelEvent>

using namespace akdesk;
using akdesk::records::textOf;

namespace {
/// A prompt stage with no prompts and no policies, as the JSON-list tests edit it.
void loadEmptyPromptStage(FormModel &model, const ResourceDescriptor &prompt)
{
    model.load(prompt, {{QStringLiteral("pk"), QStringLiteral("3fa85f64-5717-4562-b3fc-2c963f66afa6")},
                        {QStringLiteral("name"), QStringLiteral("enrollment-prompt")},
                        {QStringLiteral("fields"), QJsonArray()},
                        {QStringLiteral("validation_policies"), QJsonArray()}});
}
} // namespace

class TestFormEditors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void jsonFieldKeepsWhatIsTyped();
    void jsonFieldSendsJsonAndUndoes();
    void listOfReferencesIsAPicker();
    void wheelScrollsTheFormNotTheField();
    void oneLabelColumnThatDoesNotMove();
    void errorsDoNotPushRowsAround();
    void errorsWaitUntilTouchedOrSaved();
    void choicesReadAsWords();
    void helpTextsWrap();
    void ctrlSOnInvalidFormSaysWhy();
    void savedSaysWhatWasMerged();

private:
    /// A record editor on the sandbox, shown, with `record` of `resourceKey` open.
    RecordEditor *open(const QString &resourceKey, const QJsonObject &record, QSize size = {900, 700});
    QJsonObject first(const QString &listPath, const QString &name = {});

    std::shared_ptr<const SchemaRegistry> m_schema;
    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<RecordEditor> m_editor;
};

void TestFormEditors::initTestCase()
{
    // As akdesk starts: its English catalogue gives the plural forms ("2 changes").
    installLanguage(*qApp, QStringLiteral("en"));
    m_schema = SchemaRegistry::bundled();
    m_server = std::make_unique<test::TestServer>();
}

void TestFormEditors::cleanup()
{
    m_editor.reset();
}

QJsonObject TestFormEditors::first(const QString &listPath, const QString &name)
{
    const ApiResult result = test::await(m_server->client()->get(listPath));
    const QJsonArray rows = result.object().value(QLatin1String("results")).toArray();
    for (const QJsonValue &row : rows) {
        if (name.isEmpty() || textOf(row.toObject(), "name") == name)
            return row.toObject();
    }
    return {};
}

RecordEditor *TestFormEditors::open(const QString &resourceKey, const QJsonObject &record, QSize size)
{
    const ResourceDescriptor *resource = m_schema->resource(resourceKey);
    if (!resource)
        return nullptr;
    m_editor.reset();
    m_workspace = std::make_unique<Workspace>(m_server->client(), m_schema);
    m_editor = std::make_unique<RecordEditor>(m_workspace.get());
    m_editor->setConfirmMultiFieldSaves(false);
    m_editor->resize(size);
    if (record.isEmpty())
        m_editor->startNew(*resource);
    else
        m_editor->open(*resource, record);
    m_editor->show();
    if (!QTest::qWaitForWindowExposed(m_editor.get()))
        return nullptr;
    (void)QTest::qWaitFor([this] { return !m_editor->session()->isBusy(); }, 10000);
    QTest::qWait(50);
    return m_editor.get();
}

void TestFormEditors::jsonFieldKeepsWhatIsTyped()
{
    // A form without pickers: the prompt stage's lists of uuids are JSON text then.
    const ResourceDescriptor *prompt = m_schema->resource(QStringLiteral("stages/prompt/stages"));
    QVERIFY(prompt);
    FormModel model;
    QUndoStack undo;
    loadEmptyPromptStage(model, *prompt);
    FormView view(&model, &undo, nullptr);
    view.show();
    auto *json = qobject_cast<JsonFieldEditor *>(view.editorFor(QStringLiteral("fields")));
    QVERIFY(json);
    auto *text = qobject_cast<QPlainTextEdit *>(json->focusWidget());
    QVERIFY(text);
    QCOMPARE(text->toPlainText(), QStringLiteral("[]"));
    QCOMPARE(text->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());

    text->setFocus();
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, QStringLiteral("xxxxxxxxxxxxx"));  // 13 keys
    // What was typed stays as typed: never re-encoded into a JSON string of itself.
    QCOMPARE(text->toPlainText(), QStringLiteral("[]xxxxxxxxxxxxx"));
    QCOMPARE(model.value(QStringLiteral("fields")), QJsonValue(QJsonArray()));
    QVERIFY(!model.isValid());
    QVERIFY(model.patch().isEmpty());
    // The reason, with where the text stops being JSON, at the field.
    const QString error = view.errorLabelFor(QStringLiteral("fields"))->text();
    QVERIFY2(error.contains(QLatin1String("line 1, column 3")), qPrintable(error));
}

void TestFormEditors::jsonFieldSendsJsonAndUndoes()
{
    const ResourceDescriptor *prompt = m_schema->resource(QStringLiteral("stages/prompt/stages"));
    FormModel model;
    QUndoStack undo;
    loadEmptyPromptStage(model, *prompt);
    FormView view(&model, &undo, nullptr);
    view.show();
    auto *text = qobject_cast<QPlainTextEdit *>(view.editorFor(QStringLiteral("fields"))->focusWidget());
    QVERIFY(text);
    text->setFocus();
    text->selectAll();
    const QString pk = QStringLiteral("9a1a7b7e-1c1f-4e0e-8a36-63d0c1c0b001");
    QTest::keyClicks(text, QStringLiteral("[\"%1\"]").arg(pk));
    QVERIFY(model.isValid());
    QVERIFY(view.errorLabelFor(QStringLiteral("fields"))->text().isEmpty());
    // Sent as the value, a list, not as text.
    QCOMPARE(model.patch().value(QLatin1String("fields")), QJsonValue(QJsonArray{pk}));
    QCOMPARE(text->toPlainText(), QStringLiteral("[\"%1\"]").arg(pk));

    // Undo takes the typing back in one step, text included.
    QVERIFY(undo.canUndo());
    undo.undo();
    QCOMPARE(model.value(QStringLiteral("fields")), QJsonValue(QJsonArray()));
    QCOMPARE(text->toPlainText(), QStringLiteral("[]"));
    QVERIFY(!undo.canUndo());
    undo.redo();
    QCOMPARE(model.value(QStringLiteral("fields")), QJsonValue(QJsonArray{pk}));
}

void TestFormEditors::listOfReferencesIsAPicker()
{
    // The prompt stage's fields are prompt pks, its validation policies policy pks: pickers.
    const QJsonObject stage = first(QStringLiteral("/stages/prompt/stages/"), QStringLiteral("default-password-change-prompt"));
    QVERIFY(!stage.isEmpty());
    RecordEditor *editor = open(QStringLiteral("stages/prompt/stages"), stage);
    QVERIFY(editor);
    auto *fields = qobject_cast<ChoiceListEditor *>(editor->form()->editorFor(QStringLiteral("fields")));
    QVERIFY(fields);
    QVERIFY(qobject_cast<ChoiceListEditor *>(editor->form()->editorFor(QStringLiteral("validation_policies"))));
    // The prompts by name, the stage's own checked.
    QTRY_VERIFY(fields->list()->count() >= 8);
    QStringList checked;
    for (int row = 0; row < fields->list()->count(); ++row) {
        if (fields->list()->item(row)->checkState() == Qt::Checked)
            checked.append(fields->list()->item(row)->text());
    }
    checked.sort();
    QCOMPARE(checked, (QStringList{QStringLiteral("default-password-change-field-password"),
                                   QStringLiteral("default-password-change-field-password-repeat")}));
    // Checking one more sends the list of pks.
    QListWidgetItem *username = fields->list()->findItems(QStringLiteral("default-source-enrollment-field-username"), Qt::MatchExactly).value(0);
    QVERIFY(username);
    username->setCheckState(Qt::Checked);
    const QJsonArray sent = editor->session()->form()->patch().value(QLatin1String("fields")).toArray();
    QCOMPARE(sent.size(), 3);
    QVERIFY(sent.contains(username->data(Qt::UserRole).toString()));
    const ResourceDescriptor *prompt = m_schema->resource(QStringLiteral("stages/prompt/stages"));
    QCOMPARE(prompt->field(QStringLiteral("fields"))->reference, QStringLiteral("prompts"));
    QCOMPARE(m_schema->resource(QStringLiteral("prompts"))->listPath, QStringLiteral("/stages/prompt/prompts/"));
    QCOMPARE(m_schema->resource(QStringLiteral("policies"))->listPath, QStringLiteral("/policies/all/"));
}

void TestFormEditors::wheelScrollsTheFormNotTheField()
{
    // A flow in a short window: the form scrolls, and its combo boxes sit under the mouse.
    const QJsonObject flow = test::await(m_server->client()->get(QStringLiteral("/flows/instances/default-source-enrollment/"))).object();
    QVERIFY(!flow.isEmpty());
    RecordEditor *editor = open(QStringLiteral("flows"), flow, {700, 320});
    QVERIFY(editor);
    QScrollBar *bar = editor->scrollArea()->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    auto *combo = qobject_cast<QComboBox *>(editor->form()->editorFor(QStringLiteral("designation"))->focusWidget());
    QVERIFY(combo);
    QCOMPARE(combo->focusPolicy(), Qt::StrongFocus);
    editor->form()->editorFor(QStringLiteral("name"))->focusWidget()->setFocus();
    const int index = combo->currentIndex();
    const int before = bar->value();

    const QPoint at = combo->rect().center();
    QWheelEvent down(at, combo->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                     Qt::NoScrollPhase, false);
    QApplication::sendEvent(combo, &down);
    QCOMPARE(combo->currentIndex(), index);  // the designation did not change
    // One notch moves the form by a few lines of text, not by a few pixels.
    const int line = editor->fontMetrics().lineSpacing();
    QVERIFY2(bar->value() - before >= 3 * line, qPrintable(QStringLiteral("%1 px").arg(bar->value() - before)));

    // Once the field has focus, the wheel is the field's.
    combo->setFocus();
    QTRY_VERIFY(combo->hasFocus());
    const int scrolled = bar->value();
    QWheelEvent again(at, combo->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(combo, &again);
    QVERIFY(combo->currentIndex() != index);
    QCOMPARE(bar->value(), scrolled);
}

void TestFormEditors::oneLabelColumnThatDoesNotMove()
{
    const QJsonObject stage = first(QStringLiteral("/stages/identification/"));
    RecordEditor *editor = open(QStringLiteral("stages/identification"), stage);
    QVERIFY(editor);
    FormView *form = editor->form();
    // Every section's inputs start at the same x.
    QSet<int> starts;
    int sections = 0;
    for (QGroupBox *box : form->findChildren<QGroupBox *>()) {
        ++sections;
        for (const QString &field : {QStringLiteral("name"), QStringLiteral("password_stage"), QStringLiteral("enrollment_flow"),
                                     QStringLiteral("sources"), QStringLiteral("user_fields")}) {
            FieldEditor *input = form->editorFor(field);
            if (input && box->isAncestorOf(input))
                starts.insert(input->mapTo(form, QPoint(0, 0)).x());
        }
    }
    QVERIFY(sections > 2);
    QCOMPARE(starts.size(), 1);

    // A changed field's label turns bold; its input stays where it was.
    FieldEditor *name = form->editorFor(QStringLiteral("name"));
    auto *nameEdit = qobject_cast<QLineEdit *>(name->focusWidget());
    const int x = name->mapTo(form, QPoint(0, 0)).x();
    nameEdit->setFocus();
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, QStringLiteral("a-much-longer-name-for-this-identification-stage"));
    QVERIFY(form->findChild<QLabel *>(QStringLiteral("name_label"))->font().bold());
    QTest::qWait(20);
    QCOMPARE(name->mapTo(form, QPoint(0, 0)).x(), x);
}

void TestFormEditors::errorsDoNotPushRowsAround()
{
    const QJsonObject stage = first(QStringLiteral("/stages/identification/"));
    RecordEditor *editor = open(QStringLiteral("stages/identification"), stage);
    QVERIFY(editor);
    FormView *form = editor->form();
    FieldEditor *below = form->editorFor(QStringLiteral("user_fields"));
    QVERIFY(below);
    const int y = below->mapTo(form, QPoint(0, 0)).y();
    auto *nameEdit = qobject_cast<QLineEdit *>(form->editorFor(QStringLiteral("name"))->focusWidget());
    nameEdit->setFocus();
    nameEdit->selectAll();
    QTest::keyClick(nameEdit, Qt::Key_Backspace);  // a name is required: the error appears
    QVERIFY(!form->errorLabelFor(QStringLiteral("name"))->text().isEmpty());
    QTest::qWait(20);
    QCOMPARE(below->mapTo(form, QPoint(0, 0)).y(), y);
    QTest::keyClicks(nameEdit, QStringLiteral("back"));  // and goes
    QVERIFY(form->errorLabelFor(QStringLiteral("name"))->text().isEmpty());
    QTest::qWait(20);
    QCOMPARE(below->mapTo(form, QPoint(0, 0)).y(), y);
}

void TestFormEditors::errorsWaitUntilTouchedOrSaved()
{
    // A new binding: stage and flow not chosen yet, nothing typed yet.
    RecordEditor *editor = open(QStringLiteral("flows/bindings"), {});
    QVERIFY(editor);
    FormView *form = editor->form();
    for (const QString &field : {QStringLiteral("stage"), QStringLiteral("target"), QStringLiteral("order")}) {
        QVERIFY(form->errorLabelFor(field));
        QVERIFY2(form->errorLabelFor(field)->text().isEmpty(), qPrintable(field + QStringLiteral(": ") + form->errorLabelFor(field)->text()));
    }
    QVERIFY(!editor->saveButton()->isEnabled());

    // Trying to save shows every error, in words for people.
    editor->save();
    QCOMPARE(form->errorLabelFor(QStringLiteral("stage"))->text(), QStringLiteral("Choose a stage."));
    QCOMPARE(form->errorLabelFor(QStringLiteral("target"))->text(), QStringLiteral("Choose a flow."));

    // A flow with its designation emptied asks for one of the listed values.
    const QJsonObject flow = test::await(m_server->client()->get(QStringLiteral("/flows/instances/default-source-enrollment/"))).object();
    editor = open(QStringLiteral("flows"), flow);
    editor->session()->form()->setValue(QStringLiteral("designation"), QString());
    QCOMPARE(editor->form()->errorLabelFor(QStringLiteral("designation"))->text(), QStringLiteral("Choose one of the listed values."));
    auto *nameEdit = qobject_cast<QLineEdit *>(editor->form()->editorFor(QStringLiteral("name"))->focusWidget());
    nameEdit->setFocus();
    nameEdit->selectAll();
    QTest::keyClick(nameEdit, Qt::Key_Backspace);
    QCOMPARE(editor->form()->errorLabelFor(QStringLiteral("name"))->text(), QStringLiteral("Enter a name."));
}

void TestFormEditors::choicesReadAsWords()
{
    const QJsonObject password = first(QStringLiteral("/stages/password/"));
    RecordEditor *editor = open(QStringLiteral("stages/password"), password);
    QVERIFY(editor);
    auto *backends = qobject_cast<ChoiceListEditor *>(editor->form()->editorFor(QStringLiteral("backends")));
    QVERIFY(backends);
    QStringList shown;
    for (int row = 0; row < backends->list()->count(); ++row)
        shown.append(backends->list()->item(row)->text());
    // authentik's web admin words (web/src/admin/stages/password/PasswordStageForm.ts).
    QCOMPARE(shown, (QStringList{QStringLiteral("User database + standard password"), QStringLiteral("User database + app passwords"),
                                 QStringLiteral("User database + LDAP password"), QStringLiteral("User database + Kerberos password")}));

    const QJsonObject flow = test::await(m_server->client()->get(QStringLiteral("/flows/instances/default-source-enrollment/"))).object();
    editor = open(QStringLiteral("flows"), flow);
    auto *designation = qobject_cast<QComboBox *>(editor->form()->editorFor(QStringLiteral("designation"))->focusWidget());
    QVERIFY(designation->findText(QStringLiteral("Stage configuration")) >= 0);
    QVERIFY(designation->findText(QStringLiteral("stage_configuration")) < 0);
    auto *mode = qobject_cast<QComboBox *>(editor->form()->editorFor(QStringLiteral("policy_engine_mode"))->focusWidget());
    QVERIFY(mode->findText(QStringLiteral("Any policy must match")) >= 0);

    // In German and French too, choices and the form's own words alike.
    const struct { const char *code; const char *backend; const char *designation; const char *stage; } languages[] = {
        {"de", "Benutzerdatenbank + Standardpasswort", "Phasenkonfiguration", "Wählen Sie eine Phase."},
        {"fr", "Base d’utilisateurs + mot de passe standard", nullptr, "Choisissez une étape."},
    };
    for (const auto &language : languages) {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral("akdesk_") + QLatin1String(language.code), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        editor = open(QStringLiteral("stages/password"), password);
        backends = qobject_cast<ChoiceListEditor *>(editor->form()->editorFor(QStringLiteral("backends")));
        QCOMPARE(backends->list()->item(0)->text(), QString::fromUtf8(language.backend));
        if (language.designation) {
            editor = open(QStringLiteral("flows"), flow);
            designation = qobject_cast<QComboBox *>(editor->form()->editorFor(QStringLiteral("designation"))->focusWidget());
            QVERIFY(designation->findText(QString::fromUtf8(language.designation)) >= 0);
        }
        editor = open(QStringLiteral("flows/bindings"), {});
        editor->save();
        QCOMPARE(editor->form()->errorLabelFor(QStringLiteral("stage"))->text(), QString::fromUtf8(language.stage));
        m_editor.reset();
        QCoreApplication::removeTranslator(&translator);
    }
}

void TestFormEditors::helpTextsWrap()
{
    const QJsonObject password = first(QStringLiteral("/stages/password/"));
    RecordEditor *editor = open(QStringLiteral("stages/password"), password, {620, 700});
    QVERIFY(editor);
    auto *help = editor->form()->findChild<QLabel *>(QStringLiteral("failed_attempts_before_cancel_help"));
    QVERIFY(help);
    QVERIFY(help->wordWrap());
    // Tall enough for all its lines at the width it has: nothing cut off.
    QTRY_VERIFY2(help->height() >= help->heightForWidth(help->width()),
                 qPrintable(QStringLiteral("%1 < %2 at width %3").arg(help->height()).arg(help->heightForWidth(help->width())).arg(help->width())));
    // And it uses the form's width, not the spin box's.
    auto *spin = editor->form()->editorFor(QStringLiteral("failed_attempts_before_cancel"))->focusWidget();
    QVERIFY(help->width() > spin->width() * 2);
}

void TestFormEditors::ctrlSOnInvalidFormSaysWhy()
{
    const QJsonObject stage = first(QStringLiteral("/stages/identification/"));
    RecordEditor *editor = open(QStringLiteral("stages/identification"), stage);
    QVERIFY(editor);
    // An invalid value that has not been shown yet.
    editor->session()->form()->setValue(QStringLiteral("password_stage"), QStringLiteral("not-a-uuid"));
    editor->form()->editorFor(QStringLiteral("user_fields"))->focusWidget()->setFocus();
    QTest::keyClick(editor->form()->editorFor(QStringLiteral("user_fields"))->focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(editor->banner()->isVisible());
    QVERIFY2(editor->banner()->text().contains(QLatin1String("Password stage")), qPrintable(editor->banner()->text()));
    QVERIFY(editor->banner()->text().contains(QLatin1String("Choose a stage.")));
    QTRY_VERIFY(editor->form()->editorFor(QStringLiteral("password_stage"))->focusWidget()->hasFocus());
}

void TestFormEditors::savedSaysWhatWasMerged()
{
    const QJsonObject stage = first(QStringLiteral("/stages/identification/"));
    RecordEditor *editor = open(QStringLiteral("stages/identification"), stage);
    QVERIFY(editor);
    // Someone else changes two fields on the server meanwhile.
    const QString path = m_schema->resource(QStringLiteral("stages/identification"))->detailPath(textOf(stage, "pk"));
    const bool shown = stage.value(QLatin1String("show_matched_user")).toBool();
    const bool pretend = stage.value(QLatin1String("pretend_user_exists")).toBool();
    // (authentik judges user_fields and sources on what a request sends: they go along.)
    const QJsonValue userFields = stage.value(QLatin1String("user_fields"));
    QCOMPARE(test::await(m_server->client()->update(path, {{QStringLiteral("show_matched_user"), !shown},
                                                            {QStringLiteral("pretend_user_exists"), !pretend},
                                                            {QStringLiteral("user_fields"), userFields}}))
                 .status,
             200);
    auto *remember = qobject_cast<QCheckBox *>(editor->form()->editorFor(QStringLiteral("enable_remember_me"))->focusWidget());
    QVERIFY(remember);
    QTest::mouseClick(remember, Qt::LeftButton, {}, QPoint(4, remember->height() / 2));
    QVERIFY(editor->saveButton()->isEnabled());
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(editor->notice()->isVisible(), 10000);
    const QString notice = editor->notice()->text();
    QVERIFY2(notice.contains(QLatin1String("merged 2 changes made on the server")), qPrintable(notice));
    QVERIFY(notice.contains(QLatin1String("Show matched user")));
    QVERIFY(notice.contains(QLatin1String("Pretend user exists")));
    QVERIFY(!notice.contains(QLatin1String("Remember me")));
    // Put things back for the other tests.
    (void)test::await(m_server->client()->update(path, {{QStringLiteral("show_matched_user"), shown},
                                                       {QStringLiteral("pretend_user_exists"), pretend},
                                                       {QStringLiteral("user_fields"), userFields},
                                                       {QStringLiteral("enable_remember_me"), stage.value(QLatin1String("enable_remember_me"))}}));
}

QTEST_MAIN(TestFormEditors)
#include "tst_formeditors.moc"
