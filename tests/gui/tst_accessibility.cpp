// What a screen reader and a user with large fonts get: every control the keyboard reaches has
// an accessible name, field errors and save failures are announced, the connection state is
// announced when it changes, and the system's font size reaches every form.

#include "app/sandbox/sandboxserver.h"
#include "models/operations/editsession.h"
#include "models/session/workspace.h"
#include "models/items/formmodel.h"
#include "models/items/pagedlistmodel.h"
#include "models/schema/schemaregistry.h"
#include "tests/support/testserver.h"
#include "tests/support/windowreset.h"
#include "views/common/announce.h"
#include "views/drafts/draftspane.h"
#include "views/flows/flowinspector.h"
#include "views/forms/fieldeditor.h"
#include "views/forms/formview.h"
#include "views/forms/recordeditor.h"
#include "views/main/mainwindow.h"
#include "views/stages/stagelistpane.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace akdesk;

namespace {

/// What was announced, and what the announcing widget's accessible interface then says: Qt hands
/// its Alert events only to a running screen-reader bridge, which the offscreen platform lacks.
struct Heard
{
    QWidget *source;
    QString text;
    QString name;
    QString description;
};
QList<Heard> g_heard;

bool heardAlert(const QString &containing)
{
    return std::any_of(g_heard.begin(), g_heard.end(), [&](const Heard &h) {
        return h.text.contains(containing) && (h.name.contains(containing) || h.description.contains(containing));
    });
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void everyFocusableControlHasAName();
    void fieldErrorIsAnnouncedAndReadAtTheField();
    void saveFailureIsAnnounced();
    void connectionChangeIsAnnounced();
    void systemFontSizeReachesForms();

private:
    QStringList unnamedControls(QWidget *root) const;
    RecordEditor *openLoaded(const QString &name, const QString &metaModel);

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::initTestCase()
{
    connect(Announcer::instance(), &Announcer::announced, this, [](QWidget *source, const QString &text) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(source);
        g_heard.append({source, text, iface ? iface->text(QAccessible::Name) : QString(),
                        iface ? iface->text(QAccessible::Description) : QString()});
    });
    m_server = std::make_unique<test::TestServer>();
    m_window.reset();
    m_workspace = std::make_unique<Workspace>(m_server->client(), SchemaRegistry::bundled());
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(QTest::qWaitFor([this] { return m_window->stageList()->model()->state() == PagedListModel::State::Loaded; }, 10000));
}

void TestAccessibility::init()
{
    test::resetWindow(m_window.get());
    g_heard.clear();
}

QStringList TestAccessibility::unnamedControls(QWidget *root) const
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || widget->focusPolicy() == Qt::NoFocus || widget->focusProxy())
            continue;
        // Scroll areas' viewports and similar containers pass focus on; what they hold is checked.
        if (widget->inherits("QScrollBar") || widget->objectName() == QLatin1String("qt_scrollarea_viewport"))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            unnamed.append(QStringLiteral("%1 \"%2\" in %3").arg(QString::fromLatin1(widget->metaObject()->className()),
                                                                widget->objectName(),
                                                                widget->parentWidget()->objectName()
                                                                    + QLatin1Char('/')
                                                                    + QString::fromLatin1(widget->parentWidget()->metaObject()->className())));
    }
    return unnamed;
}

RecordEditor *TestAccessibility::openLoaded(const QString &name, const QString &metaModel)
{
    const ApiResult found = test::await(m_server->client()->get(QStringLiteral("/stages/all/"),
                                                                 QUrlQuery({{QStringLiteral("name"), name}})));
    m_window->openStageById(found.results().first().toObject().value(QLatin1String("pk")).toString(), metaModel);
    RecordEditor *editor = m_window->currentEditor();
    if (!editor || !QTest::qWaitFor([editor] { return !editor->session()->isBusy() && editor->form(); }, 10000))
        return nullptr;
    return editor;
}

void TestAccessibility::everyFocusableControlHasAName()
{
    QStringList unnamed = unnamedControls(m_window.get());
    // The places with the most controls: a stage editor with pickers, a flow, the drafts.
    RecordEditor *editor = openLoaded(QStringLiteral("default-authentication-identification"),
                                      QStringLiteral("authentik_stages_identification.identificationstage"));
    QVERIFY(editor);
    unnamed += unnamedControls(editor);
    FlowInspector *flow = m_window->openFlow({{QStringLiteral("slug"), QStringLiteral("default-authentication-flow")}});
    QTRY_VERIFY(flow->bindingsView()->model()->rowCount() > 0);
    unnamed += unnamedControls(flow);
    m_window->showDrafts();
    unnamed += unnamedControls(m_window->draftsPane());
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
}

void TestAccessibility::fieldErrorIsAnnouncedAndReadAtTheField()
{
    RecordEditor *editor = openLoaded(QStringLiteral("default-authentication-password"),
                                      QStringLiteral("authentik_stages_password.passwordstage"));
    QVERIFY(editor);
    FieldEditor *name = editor->form()->editorFor(QStringLiteral("name"));
    auto *input = qobject_cast<QLineEdit *>(name->focusWidget());
    QVERIFY(input);
    const QString plain = input->accessibleDescription();
    input->setFocus();
    input->selectAll();
    QTest::keyClick(input, Qt::Key_Delete);  // a name is required
    QTRY_VERIFY(!editor->session()->form()->isValid());
    const QString error = editor->session()->form()->errorFor(QStringLiteral("name"));
    QVERIFY(!error.isEmpty());
    // Moving to the field reads the error; an Alert was raised when it appeared.
    QVERIFY2(input->accessibleDescription().contains(error), qPrintable(input->accessibleDescription()));
    QVERIFY(heardAlert(error));
    // Fixed: the plain description comes back.
    QTest::keyClicks(input, QStringLiteral("default-authentication-password"));
    QTRY_COMPARE(input->accessibleDescription(), plain);
}

void TestAccessibility::saveFailureIsAnnounced()
{
    RecordEditor *editor = openLoaded(QStringLiteral("default-authentication-password"),
                                      QStringLiteral("authentik_stages_password.passwordstage"));
    QVERIFY(editor);
    editor->setConfirmMultiFieldSaves(false);
    // The server refuses a name another stage has.
    FieldEditor *name = editor->form()->editorFor(QStringLiteral("name"));
    auto *input = qobject_cast<QLineEdit *>(name->focusWidget());
    input->setFocus();
    input->selectAll();
    QTest::keyClicks(input, QStringLiteral("default-authentication-identification"));
    g_heard.clear();
    editor->save();
    QTRY_VERIFY(editor->banner()->isVisible() || !editor->session()->form()->errorFor(QStringLiteral("name")).isEmpty());
    const QString shown = editor->banner()->isVisible() ? editor->banner()->text()
                                                         : editor->session()->form()->errorFor(QStringLiteral("name"));
    QVERIFY2(heardAlert(shown.left(20)), qPrintable(shown));
    editor->revert();
}

void TestAccessibility::connectionChangeIsAnnounced()
{
    m_server->client()->setWorkOffline(true);
    QTRY_VERIFY(heardAlert(QStringLiteral("offline")));
    g_heard.clear();
    m_server->client()->setWorkOffline(false);
    QTRY_VERIFY(heardAlert(QStringLiteral("Online")));
}

void TestAccessibility::systemFontSizeReachesForms()
{
    const QFont original = QApplication::font();
    QFont large = original;
    large.setPointSizeF(17);
    QApplication::setFont(large);
    Workspace windowWorkspace(m_server->client(), SchemaRegistry::bundled());
    MainWindow window(&windowWorkspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const ApiResult found = test::await(m_server->client()->get(QStringLiteral("/stages/all/"),
                                                                 QUrlQuery({{QStringLiteral("name"), QStringLiteral("akdesk-sandbox-dummy")}})));
    window.openStageById(found.results().first().toObject().value(QLatin1String("pk")).toString(),
                         QStringLiteral("authentik_stages_dummy.dummystage"));
    RecordEditor *editor = window.currentEditor();
    QTRY_VERIFY(editor && !editor->session()->isBusy() && editor->form());
    // No control keeps a fixed size of its own: every label and input is at least the system's size.
    QStringList small;
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->isVisibleTo(&window) && (qobject_cast<QLabel *>(widget) || qobject_cast<QLineEdit *>(widget))
            && widget->font().pointSizeF() < 17 * 0.85)  // status lines may be a little smaller, not fixed
            small.append(QStringLiteral("%1 %2pt").arg(widget->objectName()).arg(widget->font().pointSizeF()));
    }
    QApplication::setFont(original);
    QVERIFY2(small.isEmpty(), qPrintable(small.join(QLatin1String(", "))));
    QVERIFY(editor->form()->editorFor(QStringLiteral("name"))->focusWidget()->font().pointSizeF() >= 17);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
