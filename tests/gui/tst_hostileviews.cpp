// What a hostile or broken server does to the windows (issue 17): an error nested 10,000 deep or a
// name without a space never widens the main window past the screen; Cancel in the delete dialog
// stops the checks of a used_by with 50,000 entries; "Online" is not said while every request is
// refused.
#include "models/schema/schemaregistry.h"
#include "models/session/workspace.h"
#include "tests/support/faultproxy.h"
#include "tests/support/scriptedserver.h"
#include "tests/support/testserver.h"
#include "views/common/deleterecordsdialog.h"
#include "views/main/mainwindow.h"
#include "views/stages/stagelistpane.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTest>

using namespace akdesk;
using Fault = test::FaultProxy::Fault;

class TestHostileViews final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void longErrorsStayOnScreen_data();
    void longErrorsStayOnScreen();
    void refusedEverywhereIsNotOnline();
    void cancelStopsTheUsageChecks();

private:
    /// A window on the sandbox through a proxy that answers as `rule` says.
    void openWindow(const test::FaultProxy::Rule &rule);

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::FaultProxy> m_proxy;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestHostileViews::initTestCase()
{
    m_server = std::make_unique<test::TestServer>();
}

void TestHostileViews::cleanup()
{
    m_window.reset();
    m_client.reset();
    m_proxy.reset();
}

void TestHostileViews::openWindow(const test::FaultProxy::Rule &rule)
{
    m_proxy = std::make_unique<test::FaultProxy>(QHostAddress::LocalHost, m_server->url().port());
    m_proxy->addRule(rule);
    m_client = std::make_unique<ApiClient>();
    QUrl url = m_server->url();
    url.setPort(m_proxy->port());
    m_client->setServerUrl(url);
    m_client->setToken(m_server->token());
    m_client->setRetries(0);
    m_window.reset();
    m_workspace = std::make_unique<Workspace>(m_client.get(), SchemaRegistry::bundled());
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->resize(760, 560);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestHostileViews::longErrorsStayOnScreen_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("400 nested 10,000 deep") << 400 << QByteArray(10000, '[') + QByteArray(10000, ']');
    QTest::newRow("400 for a field with a 3,000-letter name")
        << 400 << QByteArray("{\"") + QByteArray(3000, 'n') + QByteArray("\": [\"This field is required.\"]}");
    QTest::newRow("403 with a detail without spaces") << 403 << QByteArray("{\"detail\": \"") + QByteArray(5000, 'x') + "\"}";
}

void TestHostileViews::longErrorsStayOnScreen()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    test::FaultProxy::Rule rule;
    rule.fault = Fault::Status;
    rule.status = status;
    rule.body = body;
    rule.method = "GET";
    rule.pathPrefix = QStringLiteral("/stages/all");
    rule.times = 1000;
    openWindow(rule);
    auto *state = m_window->stageList()->findChild<QLabel *>(QStringLiteral("listState"));
    QVERIFY(state);
    QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QLatin1String("Could not load")), 10000);
    QTest::qWait(100);
    const int screen = m_window->screen()->availableGeometry().width();
    QVERIFY2(m_window->minimumSizeHint().width() <= screen,
             qPrintable(QStringLiteral("the window needs %1 px of a %2 px screen").arg(m_window->minimumSizeHint().width()).arg(screen)));
    QVERIFY2(m_window->frameGeometry().width() <= screen, qPrintable(QString::number(m_window->frameGeometry().width())));
    QVERIFY2(state->text().size() < 1000, qPrintable(QString::number(state->text().size())));
}

void TestHostileViews::refusedEverywhereIsNotOnline()
{
    test::FaultProxy::Rule rule;
    rule.fault = Fault::Status;
    rule.status = 503;
    rule.times = 100000;
    openWindow(rule);
    auto *connection = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("connection"));
    QVERIFY(connection);
    // The window asks for little at start (its two lists); the user's Refresh asks again, and by
    // then every answer was a refusal.
    QTRY_VERIFY_WITH_TIMEOUT(m_client->pendingCount() == 0, 10000);
    m_window->action(QStringLiteral("refresh"))->trigger();
    QTRY_VERIFY2_WITH_TIMEOUT(connection->text().contains(QLatin1String("refuses")), qPrintable(connection->text()), 10000);
    QVERIFY2(connection->toolTip().contains(QLatin1String("503")), qPrintable(connection->toolTip()));
}

void TestHostileViews::cancelStopsTheUsageChecks()
{
    const QByteArray usedBy = test::ScriptedServer::usedByBindings(50000);
    test::ScriptedServer server([usedBy](const QByteArray &, const QByteArray &path) {
        return path.contains("/used_by/") ? test::ScriptedServer::json(usedBy)
                                          : test::ScriptedServer::json(R"({"pk":"1","target":"flow-1","order":10})");
    });
    server.setDelay(200);  // a slow server: the checks are still running when Cancel is pressed
    ApiClient client;
    client.setServerUrl(server.url());
    client.setToken(QStringLiteral("hostile-views-token"));
    client.setRetries(0);
    Workspace workspace(&client, SchemaRegistry::bundled());
    DeleteRecordsDialog dialog(&workspace, {QJsonObject{{QStringLiteral("pk"), QStringLiteral("s1")},
                                                      {QStringLiteral("name"), QString(3000, QLatin1Char('n'))},
                                                      {QStringLiteral("verbose_name"), QStringLiteral("Dummy Stage")}}});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY_WITH_TIMEOUT(server.requestsFor("/api/v3/flows/bindings/") > 0, 10000);
    QVERIFY(dialog.width() <= dialog.screen()->availableGeometry().width());
    QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(client.pendingCount(), 0, 1000);
    const qsizetype asked = server.requests.size();
    QTest::qWait(600);
    QCOMPARE(server.requests.size(), asked);
}

QTEST_MAIN(TestHostileViews)
#include "tst_hostileviews.moc"
