// The descriptor-built stage editor driven with real clicks and keys against the sandbox.

#include "models/api/apiclient.h"
#include "models/session/workspace.h"
#include "models/records/record.h"
#include "models/operations/editsession.h"
#include "models/items/pagedlistmodel.h"
#include "models/schema/schemaregistry.h"
#include "tests/support/samplebody.h"
#include "tests/support/modal.h"
#include "tests/support/windowreset.h"
#include "tests/support/testserver.h"
#include "app/sandbox/sandboxserver.h"
#include "app/sandbox/sandboxstore.h"
#include "views/forms/changesummarydialog.h"
#include "views/forms/choicelisteditor.h"
#include "views/forms/formview.h"
#include "views/forms/recordeditor.h"
#include "views/forms/referenceeditor.h"
#include "models/items/bindingsmodel.h"
#include "views/flows/flowdiagramview.h"
#include "views/flows/flowinspector.h"
#include "views/main/mainwindow.h"
#include "views/stages/stagelistpane.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace akdesk;
using akdesk::test::onNextModal;

namespace {
using akdesk::records::textOf;

} // namespace

class TestStageEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void editIdentificationStage();
    void invalidInputDisablesSave_data();
    void invalidInputDisablesSave();
    void nonFieldErrorKeepsInput();
    void forbiddenKeepsInput();
    void undoAndRedo();
    void ctrlSSaysWhatIsWrong();
    void unsavedChangesPrompt();
    void integerStaysInRange();
    void showsFlowsItIsBoundInto();

private:
    RecordEditor *openFromList(const QString &name);
    void typeInto(QLineEdit *edit, const QString &text);
    QLineEdit *lineEditOf(RecordEditor *editor, const QString &field);
    QJsonObject fetch(const QString &path);

    std::shared_ptr<const SchemaRegistry> m_schema;
    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QJsonObject m_plain;   ///< identification stage with only user_fields [email]
    QJsonObject m_source;  ///< a source stage
};

void TestStageEditor::initTestCase()
{
    m_schema = SchemaRegistry::bundled();
    m_server = std::make_unique<test::TestServer>();
    ApiClient *client = m_server->client();
    test::SampleBodyBuilder builder(client, *m_schema);
    m_plain = test::await(client->create(QStringLiteral("/stages/identification/"),
                                         {{QStringLiteral("name"), QStringLiteral("akdesk-test-plain-identification")},
                                          {QStringLiteral("user_fields"), QJsonArray{QStringLiteral("email")}}}))
                  .object();
    QVERIFY(!textOf(m_plain, "pk").isEmpty());
    m_source = test::await(client->create(QStringLiteral("/stages/source/"),
                                          builder.createBody(*m_schema->resource(QStringLiteral("stages/source")),
                                                             QStringLiteral("source"))))
                   .object();
    QVERIFY(!textOf(m_source, "pk").isEmpty());
    // Kinds with a length limit (e-mail from_address, 254) and a free uuid (endpoint connector).
    for (const char *kind : {"stages/email", "stages/endpoints"}) {
        QJsonObject body = builder.createBody(*m_schema->resource(QLatin1String(kind)), QStringLiteral("x"));
        body.insert(QStringLiteral("name"), QStringLiteral("akdesk-test-") + QString::fromLatin1(kind).section(QLatin1Char('/'), -1));
        if (qstrcmp(kind, "stages/endpoints") == 0 && m_server->isSandbox()) {
            // authentik refuses a connector that does not exist, and the sandbox holds no
            // connectors: the stage is put into its store directly.
            m_server->sandbox()->store().addStage(QString::fromLatin1(kind), body);
            continue;
        }
        QCOMPARE(test::await(client->create(m_schema->resource(QLatin1String(kind))->listPath, body)).status, 201);
    }

    m_window.reset();
    m_workspace = std::make_unique<Workspace>(client, m_schema);
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->stageList()->model()->state(), PagedListModel::State::Loaded, 10000);
}

void TestStageEditor::init()
{
    // Modal dialogs of earlier tests take the activation away; shortcuts need it back.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestStageEditor::cleanup()
{
    // Close every editor without prompting, so each test starts from the list.
    test::resetWindow(m_window.get());
    m_server->client()->setToken(m_server->token());
}

QJsonObject TestStageEditor::fetch(const QString &path)
{
    return test::await(m_server->client()->get(path)).object();
}

RecordEditor *TestStageEditor::openFromList(const QString &name)
{
    StageListPane *list = m_window->stageList();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    list->searchField()->clear();
    QTest::keyClicks(list->searchField(), name);
    if (!QTest::qWaitFor([&] {
            return list->model()->state() == PagedListModel::State::Loaded && list->model()->rowCount() >= 1
                && list->model()->index(0, 0).data().toString().contains(name);
        }, 10000))
        return nullptr;
    int row = 0;
    while (row < list->model()->rowCount() && list->model()->index(row, 0).data().toString() != name)
        ++row;
    if (row == list->model()->rowCount())
        return nullptr;
    QTableView *view = list->view();
    const QRect rect = view->visualRect(list->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    auto *editor = qobject_cast<RecordEditor *>(m_window->tabs()->currentWidget());
    if (editor)
        (void)QTest::qWaitFor([editor] { return !editor->session()->isBusy(); }, 10000);
    return editor;
}

void TestStageEditor::typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QLineEdit *TestStageEditor::lineEditOf(RecordEditor *editor, const QString &field)
{
    FieldEditor *input = editor->form()->editorFor(field);
    return input ? qobject_cast<QLineEdit *>(input->focusWidget()) : nullptr;
}

void TestStageEditor::editIdentificationStage()
{
    const QString password = test::SampleBodyBuilder(m_server->client(), *m_schema).firstExisting(QStringLiteral("stages/password"));
    RecordEditor *editor = openFromList(QStringLiteral("default-authentication-identification"));
    QVERIFY(editor);
    new QAbstractItemModelTester(editor->session()->form(), QAbstractItemModelTester::FailureReportingMode::QtTest, editor);
    const QJsonObject before = editor->session()->form()->baseRecord();
    QVERIFY(!editor->saveButton()->isEnabled());  // nothing changed yet

    // Tick upn, clear email in the checkable list, with the keyboard.
    auto *userFields = qobject_cast<ChoiceListEditor *>(editor->form()->editorFor(QStringLiteral("user_fields")));
    QVERIFY(userFields);
    QListWidget *list = userFields->list();
    for (const QString &label : {QStringLiteral("UPN"), QStringLiteral("Email")}) {
        const QList<QListWidgetItem *> items = list->findItems(label, Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        list->setFocus();
        list->setCurrentItem(items.first());
        QTest::keyClick(list, Qt::Key_Space);
    }
    QCOMPARE(list->findItems(QStringLiteral("UPN"), Qt::MatchExactly).first()->checkState(), Qt::Checked);
    QCOMPARE(list->findItems(QStringLiteral("Email"), Qt::MatchExactly).first()->checkState(), Qt::Unchecked);

    // Pick the password stage by typing its name into the picker.
    auto *picker = qobject_cast<ReferenceEditor *>(editor->form()->editorFor(QStringLiteral("password_stage")));
    QVERIFY(picker);
    QComboBox *combo = picker->combo();
    combo->showPopup();  // opening the picker asks for its list
    combo->hidePopup();
    // Wait for the real list, not the "Loading…" stand-in for the current value.
    QTRY_VERIFY(combo->findData(password) >= 0 && !combo->itemText(combo->findData(password)).endsWith(QChar(0x2026)));
    const QString passwordName = combo->itemText(combo->findData(password));
    combo->setFocus();
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo->lineEdit(), passwordName);
    QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
    QCOMPARE(combo->currentData().toString(), password);

    QVERIFY(editor->saveButton()->isEnabled());
    QStringList summarized;
    QStringList afterSaving;  // the summary's "After saving" column
    onNextModal([&summarized, &afterSaving](QWidget *modal) {
        auto *summary = qobject_cast<ChangeSummaryDialog *>(modal);
        if (!summary)
            return;
        for (int i = 0; i < summary->changes()->topLevelItemCount(); ++i) {
            summarized.append(summary->changes()->topLevelItem(i)->text(0));
            afterSaving.append(summary->changes()->topLevelItem(i)->text(2));
        }
        summary->accept();
    });
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->session()->isBusy() && !editor->session()->form()->isDirty(), 10000);
    QCOMPARE(summarized.size(), before.value(QLatin1String("password_stage")).toString() == password ? 1 : 2);
    // The summary names the stage as the picker does, never by its UUID.
    QVERIFY2(!afterSaving.join(QLatin1Char(' ')).contains(password), qPrintable(afterSaving.join(QLatin1String(" | "))));
    if (summarized.size() == 2)
        QVERIFY2(afterSaving.contains(passwordName), qPrintable(afterSaving.join(QLatin1String(" | "))));

    QJsonObject expected = before;
    expected.insert(QStringLiteral("user_fields"), QJsonArray{QStringLiteral("username"), QStringLiteral("upn")});
    expected.insert(QStringLiteral("password_stage"), password);
    const QJsonObject after = fetch(QStringLiteral("/stages/identification/%1/").arg(textOf(before, "pk")));
    QCOMPARE(after, expected);
    QVERIFY(!editor->banner()->isVisible());
}

void TestStageEditor::invalidInputDisablesSave_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::newRow("required name left empty") << QStringLiteral("akdesk-test-plain-identification") << QStringLiteral("name") << QString();
    QTest::newRow("duration with a bad value") << QString() << QStringLiteral("resume_timeout") << QStringLiteral("hours=x");
    QTest::newRow("duration with an empty pair") << QString() << QStringLiteral("resume_timeout") << QStringLiteral("hours=1;;");
    QTest::newRow("duration with an unknown unit") << QString() << QStringLiteral("resume_timeout") << QStringLiteral("fortnights=1");
    QTest::newRow("too long for 254") << QStringLiteral("akdesk-test-email") << QStringLiteral("from_address")
                                      << QString(255, QLatin1Char('a'));
    QTest::newRow("uuid that is not one") << QStringLiteral("akdesk-test-endpoints") << QStringLiteral("connector")
                                          << QStringLiteral("not-a-uuid");
}

void TestStageEditor::invalidInputDisablesSave()
{
    QFETCH(QString, stage);
    QFETCH(QString, field);
    QFETCH(QString, text);
    RecordEditor *editor = openFromList(stage.isEmpty() ? textOf(m_source, "name") : stage);
    QVERIFY(editor);
    QLineEdit *edit = lineEditOf(editor, field);
    QVERIFY(edit);
    typeInto(edit, text);
    QVERIFY(!editor->saveButton()->isEnabled());
    QLabel *reason = editor->form()->errorLabelFor(field);
    QVERIFY(reason->isVisible());
    QVERIFY(!reason->text().isEmpty());
    QCOMPARE(edit->text(), text);  // what was typed stays

    // Fixing it enables Save again and clears the reason.
    const QHash<QString, QString> fixes{{QStringLiteral("name"), QStringLiteral("akdesk-test-renamed")},
                                        {QStringLiteral("resume_timeout"), QStringLiteral("hours=-1;minutes=-2;seconds=-3")},
                                        {QStringLiteral("from_address"), QStringLiteral("auth@example.com")},
                                        {QStringLiteral("connector"), QStringLiteral("3fa85f64-5717-4562-b3fc-2c963f66afa6")}};
    typeInto(edit, fixes.value(field));
    QStringList problems;
    FormModel *form = editor->session()->form();
    for (int row = 0; row < form->rowCount(); ++row) {
        if (!form->index(row).data(FormModel::ErrorRole).toString().isEmpty())
            problems.append(form->index(row).data(FormModel::NameRole).toString() + QStringLiteral(": ")
                            + form->index(row).data(FormModel::ErrorRole).toString());
    }
    QVERIFY2(editor->saveButton()->isEnabled(), qPrintable(problems.join(QLatin1String("; "))));
    QVERIFY(reason->text().isEmpty());
}

void TestStageEditor::nonFieldErrorKeepsInput()
{
    RecordEditor *editor = openFromList(textOf(m_plain, "name"));
    QVERIFY(editor);
    auto *userFields = qobject_cast<ChoiceListEditor *>(editor->form()->editorFor(QStringLiteral("user_fields")));
    QListWidget *list = userFields->list();
    QListWidgetItem *email = list->findItems(QStringLiteral("Email"), Qt::MatchExactly).first();
    list->setFocus();
    list->setCurrentItem(email);
    QTest::keyClick(list, Qt::Key_Space);  // no user fields and no sources: authentik refuses
    QVERIFY(editor->saveButton()->isEnabled());
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(editor->banner()->isVisible(), 10000);
    QVERIFY(editor->banner()->text().contains(QLatin1String("source")));
    QCOMPARE(email->checkState(), Qt::Unchecked);
    QVERIFY(editor->session()->form()->isDirty());
    QCOMPARE(editor->session()->form()->value(QStringLiteral("user_fields")), QJsonValue(QJsonArray()));
    // The server still has the old value.
    QCOMPARE(fetch(QStringLiteral("/stages/identification/%1/").arg(textOf(m_plain, "pk"))).value(QLatin1String("user_fields")),
             QJsonValue(QJsonArray{QStringLiteral("email")}));
}

void TestStageEditor::forbiddenKeepsInput()
{
    RecordEditor *editor = openFromList(textOf(m_plain, "name"));
    QVERIFY(editor);
    QLineEdit *name = lineEditOf(editor, QStringLiteral("name"));
    typeInto(name, QStringLiteral("akdesk-test-not-allowed"));
    m_server->client()->setToken(QStringLiteral("revoked-token"));
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(editor->banner()->isVisible(), 10000);
    QVERIFY2(editor->banner()->text().contains(QLatin1String("still here")), qPrintable(editor->banner()->text()));
    QVERIFY(!editor->banner()->text().contains(QLatin1String("revoked-token")));
    QCOMPARE(name->text(), QStringLiteral("akdesk-test-not-allowed"));
    QVERIFY(editor->saveButton()->isEnabled());
}

void TestStageEditor::undoAndRedo()
{
    RecordEditor *editor = openFromList(textOf(m_plain, "name"));
    QVERIFY(editor);
    QLineEdit *name = lineEditOf(editor, QStringLiteral("name"));
    const QString original = name->text();
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral("-edited"));
    QCOMPARE(editor->session()->form()->value(QStringLiteral("name")).toString(), original + QStringLiteral("-edited"));
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(name->text(), original);
    QVERIFY(!editor->session()->form()->isDirty());
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(name->text(), original + QStringLiteral("-edited"));
}

void TestStageEditor::ctrlSSaysWhatIsWrong()
{
    // Issue 14: Ctrl+S on a form that cannot be saved said nothing.
    RecordEditor *editor = openFromList(textOf(m_plain, "name"));
    QVERIFY(editor);
    QLineEdit *name = lineEditOf(editor, QStringLiteral("name"));
    name->setFocus();
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Backspace);
    editor->form()->editorFor(QStringLiteral("user_fields"))->focusWidget()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(editor->banner()->isVisible());
    QVERIFY2(editor->banner()->text().contains(QStringLiteral("“Name”")), qPrintable(editor->banner()->text()));
    QVERIFY(editor->banner()->text().contains(QLatin1String("Enter a name.")));
    QTRY_VERIFY(name->hasFocus());
    QVERIFY(editor->session()->form()->isDirty());  // nothing was sent, nothing was lost
}

void TestStageEditor::unsavedChangesPrompt()
{
    RecordEditor *editor = openFromList(textOf(m_plain, "name"));
    QVERIFY(editor);
    typeInto(lineEditOf(editor, QStringLiteral("name")), QStringLiteral("akdesk-test-unsaved"));
    const int tabs = m_window->tabs()->count();
    QString asked;
    onNextModal([&asked](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box)
            return;
        asked = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    QVERIFY(m_window->action(QStringLiteral("closeTab"))->isEnabled());
    QTest::keyClick(lineEditOf(editor, QStringLiteral("name")), Qt::Key_W, Qt::ControlModifier);
    QTRY_VERIFY(!asked.isEmpty());
    QVERIFY2(asked.contains(QLatin1String("not on the server")), qPrintable(asked));
    QCOMPARE(m_window->tabs()->count(), tabs);  // still open, edit intact
    QCOMPARE(lineEditOf(editor, QStringLiteral("name"))->text(), QStringLiteral("akdesk-test-unsaved"));
}

void TestStageEditor::integerStaysInRange()
{
    // A spin box cannot take a number outside the schema's range: typing 150 for a limit of 100
    // leaves a value the server accepts.
    QJsonObject body{{QStringLiteral("name"), QStringLiteral("akdesk-test-static")}};
    QCOMPARE(test::await(m_server->client()->create(QStringLiteral("/stages/authenticator/static/"), body)).status, 201);
    RecordEditor *editor = openFromList(QStringLiteral("akdesk-test-static"));
    QVERIFY(editor);
    auto *spin = qobject_cast<QSpinBox *>(editor->form()->editorFor(QStringLiteral("token_length"))->focusWidget());
    QVERIFY(spin);
    QCOMPARE(spin->maximum(), 100);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("150"));
    QVERIFY(spin->value() <= 100);
    QVERIFY(editor->session()->form()->isValid());
}

void TestStageEditor::showsFlowsItIsBoundInto()
{
    RecordEditor *editor = openFromList(QStringLiteral("default-authentication-password"));
    QVERIFY(editor);
    auto *links = editor->findChild<QLabel *>(QStringLiteral("flowLinks"));
    QVERIFY(links);
    QTRY_VERIFY(links->text().contains(QLatin1String("href=\"default-authentication-flow\"")));

    // Clicking the flow's link opens the flow: its settings, its bindings and its diagram.
    const int x = links->fontMetrics().horizontalAdvance(QStringLiteral("Bound into flows: ")) + 12;
    QTest::mouseClick(links, Qt::LeftButton, {}, QPoint(x, links->height() / 2));
    auto *flow = qobject_cast<FlowInspector *>(m_window->tabs()->currentWidget());
    QVERIFY(flow);
    QTRY_COMPARE(flow->bindings()->rowCount(), 4);
    QTRY_VERIFY(!flow->settings()->session()->isBusy());
    QCOMPARE(lineEditOf(flow->settings(), QStringLiteral("slug"))->text(), QStringLiteral("default-authentication-flow"));
    QCOMPARE(lineEditOf(flow->settings(), QStringLiteral("title"))->text(), QStringLiteral("Welcome to authentik!"));
    QTRY_COMPARE(flow->diagram()->nodeItemCount(), 4 + 2 + 1);  // with the password binding's policy
}

QTEST_MAIN(TestStageEditor)
#include "tst_stageeditor.moc"
