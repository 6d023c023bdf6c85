// Who may run a flow and who reaches each stage, in the flow inspector against the sandbox:
// binding a policy (made in the same step) to a stage binding of default-authentication-flow and
// seeing it in the panel and in the server's diagram; a group bound to a flow; negate and
// reorder; remove after asking; an offline add kept as a draft and synced; a binding set tested
// against a user; a clone carrying the policy bindings (and a deep copy); the request budget of
// opening the inspector.

#include "models/api/apiclient.h"
#include "models/drafts/draftsync.h"
#include "models/items/bindingsmodel.h"
#include "models/items/pagedlistmodel.h"
#include "models/items/policybindingsmodel.h"
#include "models/items/referencemodel.h"
#include "models/records/record.h"
#include "models/schema/schemaregistry.h"
#include "models/session/workspace.h"
#include "models/storage/localstore.h"
#include "app/sandbox/sandboxserver.h"
#include "tests/support/modal.h"
#include "tests/support/testserver.h"
#include "tests/support/windowreset.h"
#include "views/flows/bindingsettestdialog.h"
#include "views/flows/clonedialog.h"
#include "views/flows/flowdiagramview.h"
#include "views/flows/flowinspector.h"
#include "views/flows/flowlistpane.h"
#include "views/flows/policybindingdialog.h"
#include "views/flows/policybindingspanel.h"
#include "views/main/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QSet>
#include <QUrlQuery>

using namespace akdesk;
using akdesk::test::onNextModal;

namespace {
using akdesk::records::textOf;

QPushButton *buttonOf(QWidget *panel, const char *name)
{
    return panel->findChild<QPushButton *>(QLatin1String(name));
}

/// Presses the dialog's button with this role once its OK is enabled.
void accept(PolicyBindingDialog *dialog)
{
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTRY_VERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}
} // namespace

class TestPolicyBindings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void openingCostsOneRequestForAllPolicyBindings();
    void bindNewPolicyToAStageAndSeeItInTheDiagram();
    void bindAGroupToTheFlow();
    void negateAndReorder();
    void removeAsksFirst();
    void offlineAddIsADraftAndSyncs();
    void testTheSetAgainstAUser();
    void cloneCarriesPolicyBindings_data();
    void cloneCarriesPolicyBindings();
    void flowListCountsPolicies();
    void clickingAPolicyInTheDiagramShowsItsBinding();

private:
    FlowInspector *openFlow(const QString &slug);
    QJsonObject flowRecord(const QString &slug);
    QList<QJsonObject> stageBindings(const QString &slug);
    QList<QJsonObject> serverPolicyBindings(const QString &target);
    QString createDummyPolicy(const QString &name, bool result);
    QJsonObject bindDirectly(const QString &target, const QString &policy, int order);
    /// Adds through the panel's dialog; `setUp` chooses what to bind.
    void addThroughPanel(PolicyBindingsPanel *panel, const std::function<void(PolicyBindingDialog *)> &setUp);
    QJsonObject firstOf(const QString &path);

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    int m_names = 0;
};

void TestPolicyBindings::initTestCase()
{
    m_server = std::make_unique<test::TestServer>();
    QVERIFY(m_server->isSandbox());  // it counts the requests
    m_workspace = std::make_unique<Workspace>(m_server->client(), SchemaRegistry::bundled());
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPolicyBindings::init()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestPolicyBindings::cleanup()
{
    test::resetWindow(m_window.get());
}

FlowInspector *TestPolicyBindings::openFlow(const QString &slug)
{
    QTreeWidget *navigator = m_window->navigator();
    navigator->setCurrentItem(navigator->topLevelItem(1)->child(0));  // All flows
    FlowListPane *list = m_window->flowList();
    list->searchField()->clear();
    QTest::keyClicks(list->searchField(), slug);
    if (!QTest::qWaitFor([&] {
            return list->model()->state() == PagedListModel::State::Loaded && list->model()->rowCount() >= 1
                && list->model()->index(0, 0).data().toString() == slug;
        }, 10000))
        return nullptr;
    const QRect rect = list->view()->visualRect(list->model()->index(0, 0));
    QTest::mouseClick(list->view()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(list->view()->viewport(), Qt::LeftButton, {}, rect.center());
    auto *inspector = qobject_cast<FlowInspector *>(m_window->tabs()->currentWidget());
    if (!inspector || !QTest::qWaitFor([inspector] {
            return !inspector->bindings()->isBusy() && inspector->policyBindings()->isLoaded() && !inspector->policyBindings()->isBusy();
        }, 10000))
        return nullptr;
    inspector->pages()->setCurrentIndex(0);
    return inspector;
}

QJsonObject TestPolicyBindings::flowRecord(const QString &slug)
{
    return test::await(m_server->client()->get(QStringLiteral("/flows/instances/%1/").arg(slug))).object();
}

QList<QJsonObject> TestPolicyBindings::stageBindings(const QString &slug)
{
    ListQuery query;
    query.pageSize = 100;
    query.ordering = QStringLiteral("order");
    query.filter(QStringLiteral("target"), textOf(flowRecord(slug), "pk"));
    QList<QJsonObject> rows;
    for (const QJsonValue &row : test::await(m_server->client()->list(QStringLiteral("/flows/bindings/"), query)).results())
        rows.append(row.toObject());
    return rows;
}

QList<QJsonObject> TestPolicyBindings::serverPolicyBindings(const QString &target)
{
    ListQuery query;
    query.pageSize = 100;
    query.ordering = QStringLiteral("order");
    query.filter(QStringLiteral("target"), target);
    QList<QJsonObject> rows;
    for (const QJsonValue &row : test::await(m_server->client()->list(QStringLiteral("/policies/bindings/"), query)).results())
        rows.append(row.toObject());
    return rows;
}

QString TestPolicyBindings::createDummyPolicy(const QString &name, bool result)
{
    const ApiResult created = test::await(m_server->client()->create(
        QStringLiteral("/policies/dummy/"), {{QStringLiteral("name"), name}, {QStringLiteral("result"), result},
                                             {QStringLiteral("wait_min"), 0}, {QStringLiteral("wait_max"), 0}}));
    return textOf(created.object(), "pk");
}

QJsonObject TestPolicyBindings::bindDirectly(const QString &target, const QString &policy, int order)
{
    return test::await(m_server->client()->create(QStringLiteral("/policies/bindings/"),
                                                  {{QStringLiteral("target"), target}, {QStringLiteral("policy"), policy},
                                                   {QStringLiteral("order"), order}})).object();
}

QJsonObject TestPolicyBindings::firstOf(const QString &path)
{
    return test::await(m_server->client()->list(path, {})).results().first().toObject();
}

void TestPolicyBindings::addThroughPanel(PolicyBindingsPanel *panel, const std::function<void(PolicyBindingDialog *)> &setUp)
{
    bool handled = false;
    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<PolicyBindingDialog *>(modal);
        if (dialog) {
            setUp(dialog);
            accept(dialog);
        }
        handled = true;
    });
    QPushButton *add = buttonOf(panel, "addPolicyBinding");
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(handled);
}

void TestPolicyBindings::openingCostsOneRequestForAllPolicyBindings()
{
    const int before = m_server->sandbox()->requestCount(QStringLiteral("/policies/bindings/"));
    FlowInspector *inspector = openFlow(QStringLiteral("default-authentication-flow"));
    QVERIFY(inspector);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->client()->pendingCount(), 0, 10000);
    // openFlow() searches the flow list first: its page's Policies column is one read. The
    // inspector then reads the flow's and its four stage bindings' policy bindings in one more.
    const int opened = m_server->sandbox()->requestCount(QStringLiteral("/policies/bindings/"));
    QCOMPARE(opened - before, 1 + 1);
    QCOMPARE(inspector->policyBindings()->targets().size(), 1 + inspector->bindings()->rowCount());
    // Selecting stage bindings reads nothing more.
    for (int row = 0; row < inspector->bindings()->rowCount(); ++row)
        inspector->bindingsView()->selectRow(row);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->client()->pendingCount(), 0, 10000);
    QCOMPARE(m_server->sandbox()->requestCount(QStringLiteral("/policies/bindings/")), opened);
}

void TestPolicyBindings::bindNewPolicyToAStageAndSeeItInTheDiagram()
{
    FlowInspector *inspector = openFlow(QStringLiteral("default-authentication-flow"));
    QVERIFY(inspector);
    QTRY_VERIFY_WITH_TIMEOUT(inspector->diagram()->graph().node(QStringLiteral("stage_0")), 10000);
    inspector->bindingsView()->setFocus();
    inspector->bindingsView()->selectRow(0);  // the identification stage
    PolicyBindingsPanel *panel = inspector->stagePolicies();
    const QString target = textOf(inspector->bindings()->binding(0), "policybindingmodel_ptr_id");
    QCOMPARE(panel->target(), target);
    const int shownBefore = panel->view()->model()->rowCount();
    const QString name = QStringLiteral("akdesk-made-and-bound-%1").arg(++m_names);
    const int diagramsBefore = m_server->sandbox()->requestCount(QStringLiteral("/flows/instances/default-authentication-flow/diagram/"));

    addThroughPanel(panel, [&](PolicyBindingDialog *dialog) {
        dialog->bindBox()->setCurrentIndex(dialog->bindBox()->findData(int(PolicyBindingDialog::Bind::NewPolicy)));
        dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(QStringLiteral("policies/dummy")));
        QVERIFY(dialog->kindBox()->currentIndex() >= 0);
        dialog->nameField()->setFocus();
        QTest::keyClicks(dialog->nameField(), name);
    });
    QTRY_COMPARE_WITH_TIMEOUT(panel->view()->model()->rowCount(), shownBefore + 1, 10000);
    // On the server, bound to that stage binding.
    const QList<QJsonObject> onServer = serverPolicyBindings(target);
    QVERIFY(std::any_of(onServer.cbegin(), onServer.cend(), [&](const QJsonObject &b) {
        return b.value(QLatin1String("policy_obj")).toObject().value(QLatin1String("name")).toString() == name;
    }));
    // The diagram is the server's again after one GET, and draws the policy at its stage.
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(inspector->diagram()->graph().nodes.cbegin(), inspector->diagram()->graph().nodes.cend(),
                                         [&](const FlowGraph::Node &node) { return node.label.contains(name); }), 10000);
    QCOMPARE(m_server->sandbox()->requestCount(QStringLiteral("/flows/instances/default-authentication-flow/diagram/")) - diagramsBefore, 1);
}

void TestPolicyBindings::bindAGroupToTheFlow()
{
    FlowInspector *inspector = openFlow(QStringLiteral("default-invalidation-flow"));
    QVERIFY(inspector);
    const QJsonObject group = firstOf(QStringLiteral("/core/groups/"));
    PolicyBindingsPanel *panel = inspector->flowPolicies();
    const QString target = textOf(flowRecord(QStringLiteral("default-invalidation-flow")), "policybindingmodel_ptr_id");
    QCOMPARE(panel->target(), target);
    const int before = int(serverPolicyBindings(target).size());
    addThroughPanel(panel, [&](PolicyBindingDialog *dialog) {
        dialog->bindBox()->setCurrentIndex(dialog->bindBox()->findData(int(PolicyBindingDialog::Bind::Group)));
        QTRY_VERIFY(dialog->picker()->findText(textOf(group, "name")) >= 0);
        dialog->picker()->setCurrentIndex(dialog->picker()->findText(textOf(group, "name")));
    });
    QTRY_COMPARE_WITH_TIMEOUT(int(serverPolicyBindings(target).size()), before + 1, 10000);
    const QJsonObject made = serverPolicyBindings(target).last();
    QCOMPARE(textOf(made, "group"), textOf(group, "pk"));
    QVERIFY(made.value(QLatin1String("policy")).isNull());
    QTRY_COMPARE(panel->view()->model()->rowCount(), before + 1);
    QVERIFY(panel->status()->text().contains(textOf(group, "name")));
}

void TestPolicyBindings::negateAndReorder()
{
    // Two policies at the same order on the stage: moving one makes the orders distinct.
    const QString slug = QStringLiteral("default-user-settings-flow");
    const QString target = textOf(stageBindings(slug).first(), "policybindingmodel_ptr_id");
    const QString first = createDummyPolicy(QStringLiteral("akdesk-order-a-%1").arg(++m_names), true);
    const QString second = createDummyPolicy(QStringLiteral("akdesk-order-b-%1").arg(m_names), true);
    const QString a = textOf(bindDirectly(target, first, 0), "pk");
    const QString b = textOf(bindDirectly(target, second, 0), "pk");
    FlowInspector *inspector = openFlow(slug);
    QVERIFY(inspector);
    inspector->bindingsView()->selectRow(0);
    PolicyBindingsPanel *panel = inspector->stagePolicies();
    QTRY_VERIFY(panel->view()->model()->rowCount() >= 2);

    QVERIFY(panel->selectBinding(a));
    QTest::mouseClick(buttonOf(panel, "negatePolicyBinding"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(test::await(m_server->client()->get(QStringLiteral("/policies/bindings/%1/").arg(a)))
                                 .object().value(QLatin1String("negate")).toBool(), 10000);
    QTRY_COMPARE(inspector->policyBindings()->binding(inspector->policyBindings()->rowOfBinding(a))
                     .value(QLatin1String("negate")).toBool(), true);

    QVERIFY(panel->selectBinding(b));
    const QList<QJsonObject> before = serverPolicyBindings(target);
    qsizetype at = -1;
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (textOf(before.at(i), "pk") == b)
            at = i;
    }
    QVERIFY(at > 0);  // b runs after a (same order, later pk) or after others
    panel->view()->setFocus();
    QTest::keyClick(panel->view(), Qt::Key_Up, Qt::AltModifier);
    // "Moved … to order N": the policies' own names contain "order", so the word alone says nothing.
    QTRY_VERIFY_WITH_TIMEOUT(!inspector->policyBindings()->isBusy() && panel->status()->text().startsWith(QLatin1String("Moved")), 10000);
    const QList<QJsonObject> after = serverPolicyBindings(target);
    QSet<int> orders;
    for (const QJsonObject &binding : after)
        orders.insert(binding.value(QLatin1String("order")).toInt());
    QCOMPARE(orders.size(), after.size());  // no tie left
    QCOMPARE(textOf(after.at(at - 1), "pk"), b);  // one place up
    // The panel shows the server's order and keeps b selected.
    QCOMPARE(textOf(panel->currentBinding(), "pk"), b);
}

void TestPolicyBindings::removeAsksFirst()
{
    const QString slug = QStringLiteral("default-password-change");
    const QString target = textOf(flowRecord(slug), "policybindingmodel_ptr_id");
    const QString pk = textOf(bindDirectly(target, createDummyPolicy(QStringLiteral("akdesk-remove-%1").arg(++m_names), true), 50), "pk");
    FlowInspector *inspector = openFlow(slug);
    QVERIFY(inspector);
    PolicyBindingsPanel *panel = inspector->flowPolicies();
    QVERIFY(panel->selectBinding(pk));
    // Cancel keeps it.
    onNextModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        QVERIFY(box->text().contains(QLatin1String("akdesk-remove-")));
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::mouseClick(buttonOf(panel, "removePolicyBinding"), Qt::LeftButton);
    QVERIFY(test::await(m_server->client()->get(QStringLiteral("/policies/bindings/%1/").arg(pk))).ok());
    onNextModal([](QWidget *modal) {
        auto *confirm = modal->findChild<QPushButton *>(QStringLiteral("confirmRemovePolicyBinding"));
        QVERIFY(confirm);
        confirm->click();
    });
    QTest::mouseClick(buttonOf(panel, "removePolicyBinding"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(inspector->policyBindings()->rowOfBinding(pk), -1, 10000);
    QCOMPARE(test::await(m_server->client()->get(QStringLiteral("/policies/bindings/%1/").arg(pk))).error.kind,
             ApiError::Kind::NotFound);
    // The policy itself stays.
    QVERIFY(!panel->status()->text().isEmpty());
}

void TestPolicyBindings::offlineAddIsADraftAndSyncs()
{
    const QString slug = QStringLiteral("default-source-authentication");
    FlowInspector *inspector = openFlow(slug);
    QVERIFY(inspector);
    const QString target = textOf(flowRecord(slug), "policybindingmodel_ptr_id");
    const QJsonObject user = firstOf(QStringLiteral("/core/users/"));
    PolicyBindingsPanel *panel = inspector->flowPolicies();
    // The picker's list is read before going offline, as a user who looked at it once has it.
    onNextModal([](QWidget *modal) {
        auto *dialog = qobject_cast<PolicyBindingDialog *>(modal);
        QVERIFY(dialog);
        dialog->bindBox()->setCurrentIndex(dialog->bindBox()->findData(int(PolicyBindingDialog::Bind::User)));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->picker()->count() > 0, 10000);
        dialog->reject();
    });
    QTest::mouseClick(buttonOf(panel, "addPolicyBinding"), Qt::LeftButton);
    const int before = int(serverPolicyBindings(target).size());
    QAction *offline = m_window->action(QStringLiteral("workOffline"));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->client()->pendingCount(), 0, 10000);
    offline->trigger();
    QVERIFY(offline->isChecked());
    const int drafts = int(m_workspace->store()->drafts().size());
    addThroughPanel(panel, [&](PolicyBindingDialog *dialog) {
        dialog->bindBox()->setCurrentIndex(dialog->bindBox()->findData(int(PolicyBindingDialog::Bind::User)));
        QTRY_VERIFY(dialog->picker()->count() > 0);
        dialog->picker()->setCurrentIndex(dialog->picker()->findData(user.value(QLatin1String("pk")).toVariant().toString(),
                                                                     ReferenceModel::IdRole));
        QVERIFY(dialog->picker()->currentIndex() >= 0);
    });
    QTRY_VERIFY(panel->status()->text().contains(QLatin1String("draft")));
    QCOMPARE(int(m_workspace->store()->drafts().size()), drafts + 1);
    QCOMPARE(int(serverPolicyBindings(target).size()), before);  // nothing went out

    offline->trigger();
    QVERIFY(!offline->isChecked());
    m_workspace->sync()->syncAll();
    QTRY_COMPARE_WITH_TIMEOUT(int(serverPolicyBindings(target).size()), before + 1, 10000);
    QCOMPARE(serverPolicyBindings(target).last().value(QLatin1String("user")).toVariant().toString(),
             user.value(QLatin1String("pk")).toVariant().toString());
    // The synced create reaches the panel through the writer.
    QTRY_COMPARE_WITH_TIMEOUT(panel->view()->model()->rowCount(), before + 1, 10000);
}

void TestPolicyBindings::testTheSetAgainstAUser()
{
    // The explicit-consent flow has one stage binding (the implicit one has none, as in blueprints/default).
    const QString slug = QStringLiteral("default-provider-authorization-explicit-consent");
    const QList<QJsonObject> bindings = stageBindings(slug);
    QVERIFY(!bindings.isEmpty());
    const QString target = textOf(bindings.first(), "policybindingmodel_ptr_id");
    const QString passing = createDummyPolicy(QStringLiteral("akdesk-pass-%1").arg(++m_names), true);
    const QString failing = createDummyPolicy(QStringLiteral("akdesk-fail-%1").arg(m_names), false);
    bindDirectly(target, passing, 10);
    bindDirectly(target, failing, 20);
    FlowInspector *inspector = openFlow(slug);
    QVERIFY(inspector);
    inspector->bindingsView()->selectRow(0);
    PolicyBindingsPanel *panel = inspector->stagePolicies();
    QTRY_COMPARE(panel->view()->model()->rowCount(), 2);
    QTest::mouseClick(buttonOf(panel, "testPolicyBindings"), Qt::LeftButton);
    QPointer<BindingSetTestDialog> dialog = panel->findChild<BindingSetTestDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->runButton()->isEnabled(), 10000);
    QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->results()->topLevelItemCount(), 2, 10000);
    QCOMPARE(dialog->results()->topLevelItem(0)->text(1), BindingSetTestDialog::verdictText(BindingSetTest::Verdict::Pass));
    QCOMPARE(dialog->results()->topLevelItem(1)->text(1), BindingSetTestDialog::verdictText(BindingSetTest::Verdict::Fail));
    // The stage binding's mode decides: "any" lets the user through, "all" does not.
    const QString mode = textOf(inspector->bindings()->binding(0), "policy_engine_mode");
    QVERIFY(dialog->overall()->text().contains(mode == QLatin1String("all") ? QLatin1String("denied") : QLatin1String("passes")));
    dialog->close();
}

void TestPolicyBindings::cloneCarriesPolicyBindings_data()
{
    QTest::addColumn<bool>("deep");
    QTest::newRow("same stages") << false;
    QTest::newRow("stages copied") << true;
}

void TestPolicyBindings::cloneCarriesPolicyBindings()
{
    QFETCH(bool, deep);
    const QString source = QStringLiteral("default-authentication-flow");
    const QJsonObject flow = flowRecord(source);
    // A group on the flow as well as the policies the blueprint bound to stages.
    const QString flowTarget = textOf(flow, "policybindingmodel_ptr_id");
    if (serverPolicyBindings(flowTarget).isEmpty())
        test::await(m_server->client()->create(QStringLiteral("/policies/bindings/"),
                                               {{QStringLiteral("target"), flowTarget},
                                                {QStringLiteral("group"), textOf(firstOf(QStringLiteral("/core/groups/")), "pk")},
                                                {QStringLiteral("order"), 0}, {QStringLiteral("negate"), true}}));
    const QString slug = deep ? QStringLiteral("akdesk-policy-clone-deep") : QStringLiteral("akdesk-policy-clone");
    QVERIFY(openFlow(source));
    m_window->tabs()->setCurrentWidget(m_window->flowList());
    m_window->flowList()->view()->setFocus();
    m_window->flowList()->view()->setCurrentIndex(m_window->flowList()->model()->index(0, 0));
    QTest::keyClick(m_window->flowList()->view(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<CloneFlowDialog> dialog = qobject_cast<CloneFlowDialog *>(QApplication::activeModalWidget());
    QVERIFY(dialog);
    dialog->slugField()->setFocus();
    dialog->slugField()->selectAll();
    QTest::keyClicks(dialog->slugField(), slug);
    if (deep) {
        dialog->copyStagesBox()->setFocus();
        QTest::keyClick(dialog->copyStagesBox(), Qt::Key_Space);
        QVERIFY(dialog->copyStagesBox()->isChecked());
    }
    const int policyReads = m_server->sandbox()->requestCount(QStringLiteral("/policies/bindings/"));
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->client()->pendingCount(), 0, 10000);
    // Counted before the checks below, which read /policies/bindings/ themselves.
    const int cloneReads = m_server->sandbox()->requestCount(QStringLiteral("/policies/bindings/")) - policyReads;

    const QList<QJsonObject> original = stageBindings(source);
    const QList<QJsonObject> clone = stageBindings(slug);
    QCOMPARE(clone.size(), original.size());
    auto compare = [this](const QString &from, const QString &to) {
        const QList<QJsonObject> a = serverPolicyBindings(from);
        const QList<QJsonObject> b = serverPolicyBindings(to);
        QCOMPARE(b.size(), a.size());
        for (int i = 0; i < a.size(); ++i) {
            for (const char *field : {"policy", "group", "user", "negate", "enabled", "order", "timeout", "failure_result"})
                QCOMPARE(b.at(i).value(QLatin1String(field)), a.at(i).value(QLatin1String(field)));
            QVERIFY(textOf(b.at(i), "pk") != textOf(a.at(i), "pk"));
        }
    };
    compare(flowTarget, textOf(flowRecord(slug), "policybindingmodel_ptr_id"));
    int stagePolicies = 0;
    for (int i = 0; i < original.size(); ++i) {
        compare(textOf(original.at(i), "policybindingmodel_ptr_id"), textOf(clone.at(i), "policybindingmodel_ptr_id"));
        stagePolicies += int(serverPolicyBindings(textOf(original.at(i), "policybindingmodel_ptr_id")).size());
        const QString originalName = original.at(i).value(QLatin1String("stage_obj")).toObject().value(QLatin1String("name")).toString();
        const QString cloneName = clone.at(i).value(QLatin1String("stage_obj")).toObject().value(QLatin1String("name")).toString();
        if (deep) {
            QVERIFY(textOf(clone.at(i), "stage") != textOf(original.at(i), "stage"));
            QVERIFY2(cloneName.startsWith(originalName + QStringLiteral(" (copy")), qPrintable(cloneName));
        } else {
            QCOMPARE(textOf(clone.at(i), "stage"), textOf(original.at(i), "stage"));
        }
    }
    QVERIFY(stagePolicies > 0);  // the blueprint's policies on the password and MFA bindings
    // Every policy binding of the source was read in one request: besides the POSTs, that read,
    // the clone's inspector's one and the flow list's one for its new row.
    const int posts = int(serverPolicyBindings(flowTarget).size()) + stagePolicies;
    QVERIFY2(cloneReads - posts <= 3, qPrintable(QStringLiteral("%1 requests, %2 of them POSTs").arg(cloneReads).arg(posts)));
}

void TestPolicyBindings::flowListCountsPolicies()
{
    QTreeWidget *navigator = m_window->navigator();
    navigator->setCurrentItem(navigator->topLevelItem(1)->child(0));  // All flows
    FlowListPane *list = m_window->flowList();
    list->searchField()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->client()->pendingCount(), 0, 10000);
    QTest::qWait(300);  // past the search field's pause: its reload is not counted
    QTRY_COMPARE_WITH_TIMEOUT(m_server->client()->pendingCount(), 0, 10000);
    const int before = m_server->sandbox()->requestCount(QStringLiteral("/policies/bindings/"));
    list->reload();
    QTRY_VERIFY_WITH_TIMEOUT(list->model()->state() == PagedListModel::State::Loaded && list->model()->rowCount() > 5, 10000);
    const int column = list->model()->columnCount() - 1;
    QCOMPARE(list->model()->headerData(column, Qt::Horizontal).toString(), QStringLiteral("Policies"));
    QTRY_VERIFY_WITH_TIMEOUT(!list->model()->index(0, column).data().toString().isEmpty(), 10000);
    // One request for the page's flows, not one per flow.
    QCOMPARE(m_server->sandbox()->requestCount(QStringLiteral("/policies/bindings/")) - before, 1);
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QJsonObject flow = list->model()->record(row);
        int policies = 0;
        for (const QJsonObject &binding : serverPolicyBindings(textOf(flow, "policybindingmodel_ptr_id")))
            policies += binding.value(QLatin1String("policy")).isString() ? 1 : 0;
        QVERIFY2(list->model()->index(row, column).data().toString().startsWith(QString::number(policies)),
                 qPrintable(textOf(flow, "slug")));
    }
}

void TestPolicyBindings::clickingAPolicyInTheDiagramShowsItsBinding()
{
    FlowInspector *inspector = openFlow(QStringLiteral("default-authentication-flow"));
    QVERIFY(inspector);
    inspector->pages()->setCurrentWidget(inspector->diagramPage());
    FlowDiagramView *diagram = inspector->diagram();
    // The password binding's policy (blueprints/default/flow-default-authentication-flow.yaml).
    QGraphicsItem *node = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        for (QGraphicsItem *item : diagram->scene()->items()) {
            if (item->data(3).toInt() == 1 && item->data(0).toString() == QLatin1String("stage_1_policy_0"))
                node = item;
        }
        return node != nullptr;
    }(), 10000);
    // A click selects its binding in "Who reaches this stage", shown beside the diagram.
    const QPoint at = diagram->mapFromScene(node->sceneBoundingRect().center());
    QTest::mouseClick(diagram->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(inspector->bindingsView()->currentIndex().row(), 1);  // the password stage's binding
    QVERIFY(inspector->stagePolicies()->isVisible());
    QVERIFY(inspector->diagramPage()->isAncestorOf(inspector->stagePolicies()));
    const QJsonObject binding = inspector->stagePolicies()->currentBinding();
    QCOMPARE(binding.value(QLatin1String("policy_obj")).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("default-authentication-flow-password-stage"));
    // A double-click opens it for editing.
    QString opened;
    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<PolicyBindingDialog *>(modal);
        QVERIFY(dialog);
        opened = dialog->windowTitle();
        dialog->reject();
    });
    QTest::mouseDClick(diagram->viewport(), Qt::LeftButton, {}, at);
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 5000);
    // Back on the Stages page, the panels are under the stage bindings again.
    inspector->pages()->setCurrentIndex(0);
    QVERIFY(inspector->stagePolicies()->isVisible());
    QVERIFY(!inspector->diagramPage()->isAncestorOf(inspector->stagePolicies()));
    QVERIFY2(opened.startsWith(QLatin1String("Edit")) && opened.contains(QLatin1String("default-authentication-flow-password-stage")), qPrintable(opened));
}

QTEST_MAIN(TestPolicyBindings)
#include "tst_policybindings.moc"
