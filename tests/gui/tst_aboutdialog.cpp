// Help ▸ About and Help ▸ User guide: the versions a user reports (akdesk, Qt, the server's as it
// answers), the reason when the server's is unknown, the licences, and the guide with its contents.
#include "app/sandbox/sandboxserver.h"
#include "models/connection/redaction.h"
#include "models/logging/logfile.h"
#include "tests/support/testserver.h"
#include "views/main/aboutdialog.h"
#include "views/main/helpviewer.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace akdesk;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsAkdeskAndQtVersions();
    void showsTheServersVersion_data();
    void showsTheServersVersion();
    void unreachableServerSaysWhy();
    void offlineSaysSoWithoutAsking();
    void withoutConnectionSaysNotConnected();
    void copyPutsTheVersionsOnTheClipboard();
    void copyLogIsOffWithoutALogFile();
    void copyLogPutsTheRedactedLogOnTheClipboard();
    void licencesNameEachComponent();
    void guideOpensWithItsHeadings();
    void guideInEachLanguage_data();
    void guideInEachLanguage();
    void contentsScrollToTheSection();
    void escapeClosesTheGuide();

private:
    static QStringList guideHeadingsFromSource(const QString &path);
};

void TestAboutDialog::showsAkdeskAndQtVersions()
{
    AboutDialog dialog(nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.versionLabel()->isVisible());
    QVERIFY2(dialog.versionLabel()->text().contains(QStringLiteral(AKDESK_VERSION)), qPrintable(dialog.versionLabel()->text()));
    const auto *qt = dialog.findChild<QLabel *>(QStringLiteral("qtVersion"));
    QVERIFY(qt);
    QVERIFY2(qt->text().contains(QString::fromLatin1(qVersion())), qPrintable(qt->text()));
}

void TestAboutDialog::showsTheServersVersion_data()
{
    QTest::addColumn<QString>("reported");
    QTest::newRow("sandbox default") << QString();
    QTest::newRow("another version") << QStringLiteral("2031.4.2");
}

void TestAboutDialog::showsTheServersVersion()
{
    QFETCH(QString, reported);
    sandbox::SandboxServer::Options options;
    options.reportedVersion = reported;
    sandbox::SandboxServer server(options);
    QVERIFY(server.start(0) != 0);
    ApiClient client;
    client.setServerUrl(server.url());
    client.setToken(server.token());
    // What the server says, asked independently of the dialog.
    const ApiResult answer = test::await(client.get(QStringLiteral("/admin/version/")));
    QVERIFY2(answer.ok(), qPrintable(answer.error.message()));
    const QString version = answer.object().value(QLatin1String("version_current")).toString();
    QVERIFY(!version.isEmpty());
    if (!reported.isEmpty())
        QCOMPARE(version, reported);

    AboutDialog dialog(&client);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isServerKnown(), 15000);
    const QString shown = dialog.serverLabel()->text();
    QVERIFY2(shown.contains(version), qPrintable(shown));
    QVERIFY2(shown.contains(server.url().toDisplayString()), qPrintable(shown));
    QVERIFY(dialog.serverLabel()->isVisible());
}

void TestAboutDialog::unreachableServerSaysWhy()
{
    QUrl url;
    {
        sandbox::SandboxServer server;
        QVERIFY(server.start(0) != 0);
        url = server.url();
    }  // gone: the port refuses connections now
    ApiClient client;
    client.setServerUrl(url);
    client.setToken(QStringLiteral("token"));
    client.setRetries(0);
    const ApiResult answer = test::await(client.get(QStringLiteral("/admin/version/")));
    QVERIFY(!answer.ok());

    AboutDialog dialog(&client);
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isServerKnown(), 15000);
    const QString shown = dialog.serverText();
    QVERIFY2(shown.contains(AboutDialog::tr("not connected")), qPrintable(shown));
    QVERIFY2(shown.contains(answer.error.message()), qPrintable(shown + QStringLiteral(" / ") + answer.error.message()));
}

void TestAboutDialog::offlineSaysSoWithoutAsking()
{
    test::TestServer server;
    ApiClient *client = server.client();
    client->setWorkOffline(true);
    AboutDialog dialog(client);
    dialog.show();
    QVERIFY(dialog.isServerKnown());
    QCOMPARE(client->pendingCount(), 0);
    QVERIFY2(dialog.serverText().contains(QStringLiteral("working offline")), qPrintable(dialog.serverText()));
    QVERIFY(dialog.serverText().contains(server.url().toDisplayString()));
    QVERIFY(dialog.versionReport().contains(QStringLiteral("working offline")));
}

void TestAboutDialog::withoutConnectionSaysNotConnected()
{
    AboutDialog dialog(nullptr);
    QVERIFY(dialog.isServerKnown());
    QCOMPARE(dialog.serverText(), AboutDialog::tr("not connected"));
    QVERIFY(dialog.versionReport().contains(QStringLiteral("Server: not connected")));
}

void TestAboutDialog::copyPutsTheVersionsOnTheClipboard()
{
    sandbox::SandboxServer::Options options;
    options.reportedVersion = QStringLiteral("2030.2.1");
    sandbox::SandboxServer server(options);
    QVERIFY(server.start(0) != 0);
    ApiClient client;
    client.setServerUrl(server.url());
    client.setToken(server.token());
    AboutDialog dialog(&client);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isServerKnown(), 15000);

    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(dialog.copyButton(), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(QStringLiteral("akdesk %1\n").arg(QStringLiteral(AKDESK_VERSION))), qPrintable(copied));
    QVERIFY2(copied.contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))), qPrintable(copied));
    QVERIFY2(copied.contains(QStringLiteral("authentik 2030.2.1")), qPrintable(copied));
}

void TestAboutDialog::copyLogIsOffWithoutALogFile()
{
    // Runs before any test opens a log: the dialog says so rather than copying nothing.
    QVERIFY(logfile::path().isEmpty());
    AboutDialog dialog(nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.copyLogButton()->isEnabled());
    QCOMPARE(dialog.logLabel()->text(), AboutDialog::tr("not written"));
}

void TestAboutDialog::copyLogPutsTheRedactedLogOnTheClipboard()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("akdesk.log"));
    QVERIFY(logfile::install(path));
    redaction::installMessageHandler();
    const QString secret = QStringLiteral("ak-secret-token-4711");
    redaction::addSecret(secret);
    qWarning("the server refused %s", qPrintable(secret));

    AboutDialog dialog(nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.logLabel()->text(), path);
    QVERIFY(dialog.copyLogButton()->isEnabled());
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(dialog.copyLogButton(), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(QStringLiteral("akdesk %1\n").arg(QStringLiteral(AKDESK_VERSION))), qPrintable(copied));
    QVERIFY2(copied.contains(QStringLiteral("warning the server refused [redacted]")), qPrintable(copied));
    QVERIFY2(!copied.contains(secret), qPrintable(copied));
    QVERIFY2(copied.contains(path), qPrintable(copied));
    redaction::removeSecret(secret);
}

void TestAboutDialog::licencesNameEachComponent()
{
    AboutDialog dialog(nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.tabs()->setCurrentWidget(dialog.licences());
    QVERIFY(dialog.licences()->isVisible());
    const QString text = dialog.licences()->toPlainText();
    for (const char *needle : {"MIT", "Permission is hereby granted", "Qt", "LGPL", "QtKeychain", "BSD 3-Clause",
                               "authentik API schema"})
        QVERIFY2(text.contains(QLatin1String(needle)), needle);
}

QStringList TestAboutDialog::guideHeadingsFromSource(const QString &path)
{
    // Read the guide as shipped, independently of the viewer's own parsing.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString html = QString::fromUtf8(file.readAll());
    QStringList headings;
    static const QRegularExpression heading(QStringLiteral("<h[23]>(.*?)</h[23]>"));
    for (auto it = heading.globalMatch(html); it.hasNext();)
        headings << it.next().captured(1);
    return headings;
}

void TestAboutDialog::guideOpensWithItsHeadings()
{
    const QStringList expected = guideHeadingsFromSource(HelpViewer::guidePath(QStringLiteral("en")));
    QVERIFY(expected.size() >= 6);
    for (const char *topic : {"sandbox", "Connecting", "Tokens", "Stages", "Flows", "Drafts", "Keyboard", "Troubleshooting"})
        QVERIFY2(expected.join(QLatin1Char('|')).contains(QLatin1String(topic)), topic);

    QPointer<HelpViewer> viewer = HelpViewer::showGuide();
    QVERIFY(QTest::qWaitForWindowExposed(viewer));
    QVERIFY(viewer->isWindow());
    QCOMPARE(viewer->windowModality(), Qt::NonModal);
    QCOMPARE(viewer->headings(), expected);
    QCOMPARE(viewer->contents()->topLevelItemCount() + 1, expected.size());  // "Tokens" sits under "Connecting…"
    QVERIFY(viewer->browser()->toPlainText().contains(QStringLiteral("Ctrl+K")));
    // A second request raises the same window instead of opening another.
    QCOMPARE(HelpViewer::showGuide(), viewer.data());
    viewer->close();
    QTRY_VERIFY(viewer.isNull());
}

void TestAboutDialog::guideInEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("heading");  // one the user sees in the contents
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Getting started with the sandbox");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Erste Schritte mit der Sandbox");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Premiers pas avec le bac à sable");
    QTest::newRow("unshipped falls back to English") << QStringLiteral("xx") << QStringLiteral("Getting started with the sandbox");
}

void TestAboutDialog::guideInEachLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, heading);
    const QString path = HelpViewer::guidePath(language);
    const QStringList english = guideHeadingsFromSource(HelpViewer::guidePath(QStringLiteral("en")));
    const QStringList expected = guideHeadingsFromSource(path);
    // The same sections in every language, so no translation lags behind by a chapter.
    QCOMPARE(expected.size(), english.size());

    HelpViewer viewer;
    viewer.loadGuide(path);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QCOMPARE(viewer.headings(), expected);
    QVERIFY2(viewer.headings().contains(heading), qPrintable(viewer.headings().join(QLatin1String(" | "))));
    QVERIFY(viewer.showSection(heading));
}

void TestAboutDialog::contentsScrollToTheSection()
{
    QPointer<HelpViewer> viewer = HelpViewer::showGuide();
    QVERIFY(QTest::qWaitForWindowExposed(viewer));
    viewer->resize(800, 400);
    QTextBrowser *browser = viewer->browser();
    QCOMPARE(browser->verticalScrollBar()->value(), 0);

    // A section in the middle: the first is already at the top, the last may be too short to reach it.
    const QStringList headings = viewer->headings();
    const QString wanted = headings.at(headings.size() / 2);
    const QList<QTreeWidgetItem *> items = viewer->contents()->findItems(wanted, Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(items.size(), 1);
    const QRect rect = viewer->contents()->visualItemRect(items.first());
    QTest::mouseClick(viewer->contents()->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_VERIFY(browser->verticalScrollBar()->value() > 0);
    // The heading is now at the top of what the user sees.
    const QTextBlock top = browser->cursorForPosition(QPoint(10, 10)).block();
    QCOMPARE(top.text().trimmed(), wanted);
    viewer->close();
    QTRY_VERIFY(viewer.isNull());
}

void TestAboutDialog::escapeClosesTheGuide()
{
    QPointer<HelpViewer> viewer = HelpViewer::showGuide();
    QVERIFY(QTest::qWaitForWindowExposed(viewer));
    viewer->browser()->setFocus();
    QTRY_VERIFY(viewer->browser()->hasFocus());
    QTest::keyClick(viewer->browser(), Qt::Key_Escape);
    QTRY_VERIFY(viewer.isNull());  // closed and deleted
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
