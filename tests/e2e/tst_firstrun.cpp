// A new administrator's first minutes, with akdesk started exactly as main() starts it (fresh HOME,
// no keychain service) against an akdesk-sandbox that runs as its own process on its own port:
// the welcome choice, Connect to a server with a token typed in, the list loading with that token
// (the server's access log shows every request carried it), switching to another connection and
// back without akdesk ending, quitting with exit code 0, and the next start asking for the token
// that was kept for one session only.
#include "app/startup.h"
#include "models/api/apiclient.h"
#include "models/connection/connectionprofile.h"
#include "models/connection/tokenvault.h"
#include "models/items/pagedlistmodel.h"
#include "tests/support/externalsandbox.h"
#include "tests/support/freshhome.h"
#include "tests/support/userscript.h"
#include "views/connection/connectionsdialog.h"
#include "views/connection/tokenprompt.h"
#include "views/main/mainwindow.h"
#include "views/stages/stagelistpane.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QSettings>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

using namespace akdesk;
using test::UserScript;
using test::visibleTopLevel;

namespace {

/// The last connection used, as the next start reads it.
QString lastUsedProfile()
{
    QSettings settings;
    return ProfileStore(&settings).lastUsed();
}

/// The message box on screen whose title is `title`.
QMessageBox *messageBox(const QString &title)
{
    auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    return box && box->windowTitle() == title ? box : nullptr;
}

void clickButton(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *button : box->buttons()) {
        if (button->text() == text) {
            button->click();
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no button “%1”").arg(text)));
}

void type(QLineEdit *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

/// The main window, shown, with `profile` in its title and stages listed.
MainWindow *windowShowing(const QString &profile)
{
    auto *window = visibleTopLevel<MainWindow>();
    if (!window || !window->windowTitle().contains(QStringLiteral("— %1 (").arg(profile)))
        return nullptr;
    return window->stageList()->model()->rowCount() > 0 ? window : nullptr;
}

QAction *switchAction(MainWindow *window, const QString &profile)
{
    auto *menu = window->findChild<QMenu *>(QStringLiteral("switchMenu"));
    for (QAction *action : menu->actions()) {
        if (action->text() == profile)
            return action;
    }
    return nullptr;
}

} // namespace

class TestFirstRun final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void connectSwitchAndQuit();
    void restartAsksForTheSessionToken();
    void quitsCleanlyAfterEveryStageKindsEditor();

private:
    test::ExternalSandbox m_server;
};

void TestFirstRun::initTestCase()
{
    QVERIFY(m_server.start());
}

void TestFirstRun::init()
{
    // What akdesk once printed on stderr along the way: a model asked about no item, a reply
    // failed twice.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("checkIndex|must only be called once")));
}

void TestFirstRun::connectSwitchAndQuit()
{
    QVERIFY(lastUsedProfile().isEmpty());  // a fresh HOME: the welcome choice comes
    UserScript user;
    QString keychainWarning;
    int labRows = 0;
    bool stayedUpWhileSwitching = true;
    user.step(QStringLiteral("welcome"), [] { return messageBox(QStringLiteral("Welcome to akdesk")) != nullptr; },
              [] { clickButton(messageBox(QStringLiteral("Welcome to akdesk")), QStringLiteral("&Connect to a server…")); })
        .step(QStringLiteral("connections dialog"), [] { return visibleTopLevel<ConnectionsDialog>() != nullptr; },
              [this] {
                  auto *dialog = visibleTopLevel<ConnectionsDialog>();
                  type(dialog->nameField(), QStringLiteral("lab"));
                  type(dialog->urlField(), m_server.url().toString());
                  type(dialog->tokenField(), m_server.token());
                  QTest::mouseClick(dialog->button(QStringLiteral("connect")), Qt::LeftButton);
              })
        .step(QStringLiteral("told there is no keychain"), [] { return messageBox(QStringLiteral("No keychain")) != nullptr; },
              [&keychainWarning] {
                  QMessageBox *box = messageBox(QStringLiteral("No keychain"));
                  keychainWarning = box->text() + QLatin1Char(' ') + box->informativeText();
                  clickButton(box, QStringLiteral("For this &session only"));
              })
        .step(QStringLiteral("stages listed from lab"), [] { return windowShowing(QStringLiteral("lab")) != nullptr; },
              [&labRows] {
                  MainWindow *window = windowShowing(QStringLiteral("lab"));
                  labRows = window->stageList()->model()->rowCount();
                  switchAction(window, ConnectionProfile::sandboxName())->trigger();
              })
        .step(QStringLiteral("switched to the sandbox"),
              [&stayedUpWhileSwitching] {
                  stayedUpWhileSwitching = stayedUpWhileSwitching && !QCoreApplication::closingDown();
                  return windowShowing(ConnectionProfile::sandboxName()) != nullptr;
              },
              [] { switchAction(windowShowing(ConnectionProfile::sandboxName()), QStringLiteral("lab"))->trigger(); })
        .step(QStringLiteral("back on lab"), [] { return windowShowing(QStringLiteral("lab")) != nullptr; },
              [] { windowShowing(QStringLiteral("lab"))->action(QStringLiteral("connections"))->trigger(); })
        // File ▸ Connections… ▸ Add ▸ Connect: another way in, which also used to end akdesk.
        .step(QStringLiteral("connections from the menu"), [] { return visibleTopLevel<ConnectionsDialog>() != nullptr; },
              [this] {
                  auto *dialog = visibleTopLevel<ConnectionsDialog>();
                  QTest::mouseClick(dialog->button(QStringLiteral("add")), Qt::LeftButton);
                  type(dialog->nameField(), QStringLiteral("lab-two"));
                  type(dialog->urlField(), m_server.url().toString());
                  type(dialog->tokenField(), m_server.token());
                  QTest::mouseClick(dialog->button(QStringLiteral("connect")), Qt::LeftButton);
              })
        .step(QStringLiteral("told again there is no keychain"), [] { return messageBox(QStringLiteral("No keychain")) != nullptr; },
              [] { clickButton(messageBox(QStringLiteral("No keychain")), QStringLiteral("For this &session only")); })
        .step(QStringLiteral("stages listed from lab-two"), [] { return windowShowing(QStringLiteral("lab-two")) != nullptr; },
              [] { switchAction(windowShowing(QStringLiteral("lab-two")), QStringLiteral("lab"))->trigger(); })
        .step(QStringLiteral("lab once more"), [] { return windowShowing(QStringLiteral("lab")) != nullptr; },
              [] { windowShowing(QStringLiteral("lab"))->action(QStringLiteral("quit"))->trigger(); });
    user.start();

    const int code = runApplication(*qApp, Startup{});

    QVERIFY2(user.failure().isEmpty(), qPrintable(user.failure() + QStringLiteral(" after ") + user.done().join(QLatin1String(", "))));
    QCOMPARE(code, 0);
    QVERIFY(stayedUpWhileSwitching);
    QVERIFY2(keychainWarning.contains(QLatin1String("file readable only by you")), qPrintable(keychainWarning));
    QVERIFY(labRows > 0);
    // The server saw the token on every request akdesk sent it, from the first one on.
    const QStringList log = m_server.accessLog();
    QVERIFY(log.size() >= 3);
    QVERIFY2(m_server.withoutToken().isEmpty(), qPrintable(m_server.withoutToken().join(QLatin1Char('\n'))));
    QCOMPARE(lastUsedProfile(), QStringLiteral("lab"));
}

void TestFirstRun::restartAsksForTheSessionToken()
{
    // The token was kept for that session only: the next start asks for it instead of failing.
    const qsizetype before = m_server.accessLog().size();
    UserScript user;
    QString asked;
    user.step(QStringLiteral("token prompt"), [] { return visibleTopLevel<TokenPrompt>() != nullptr; },
              [this, &asked] {
                  auto *prompt = visibleTopLevel<TokenPrompt>();
                  asked = prompt->windowTitle();
                  QVERIFY(!prompt->connectButton()->isEnabled());  // nothing typed yet
                  type(prompt->tokenField(), m_server.token());
                  QTest::mouseClick(prompt->connectButton(), Qt::LeftButton);
              })
        .step(QStringLiteral("stages listed from lab"), [] { return windowShowing(QStringLiteral("lab")) != nullptr; },
              [] { windowShowing(QStringLiteral("lab"))->action(QStringLiteral("quit"))->trigger(); });
    user.start();

    const int code = runApplication(*qApp, Startup{});

    QVERIFY2(user.failure().isEmpty(), qPrintable(user.failure()));
    QCOMPARE(code, 0);
    QVERIFY(asked.contains(QLatin1String("lab")));
    const QStringList log = m_server.accessLog();
    QVERIFY(log.size() > before);
    QVERIFY2(m_server.withoutToken().isEmpty(), qPrintable(m_server.withoutToken().join(QLatin1Char('\n'))));
}

void TestFirstRun::quitsCleanlyAfterEveryStageKindsEditor()
{
    // Every kind the sandbox holds a stage of gets its editor opened; then File ▸ Quit. akdesk
    // once crashed on the way out after a Prompt stage's editor had been open.
    UserScript user;
    QStringList kinds;
    user.step(QStringLiteral("sandbox listed"),
              [] {
                  MainWindow *window = windowShowing(ConnectionProfile::sandboxName());
                  return window && !window->stageList()->model()->canFetchMore({});
              },
              [&kinds] {
                  MainWindow *window = windowShowing(ConnectionProfile::sandboxName());
                  PagedListModel *model = window->stageList()->model();
                  for (int row = 0; row < model->rowCount(); ++row) {
                      const QJsonObject record = model->record(row);
                      const QString kind = record.value(QLatin1String("meta_model_name")).toString();
                      if (kinds.contains(kind))
                          continue;
                      kinds.append(kind);
                      window->openStageById(record.value(QLatin1String("pk")).toString(), kind);
                  }
              })
        .step(QStringLiteral("editors open"),
              [&kinds] {
                  MainWindow *window = windowShowing(ConnectionProfile::sandboxName());
                  return window && window->tabs()->count() >= MainWindow::FirstRecordTab + int(kinds.size());
              },
              [] { windowShowing(ConnectionProfile::sandboxName())->action(QStringLiteral("quit"))->trigger(); });
    user.start();

    Startup startup;
    startup.sandbox = true;
    const int code = runApplication(*qApp, startup);

    QVERIFY2(user.failure().isEmpty(), qPrintable(user.failure()));
    QCOMPARE(code, 0);
    QVERIFY2(kinds.contains(QLatin1String("authentik_stages_prompt.promptstage")), qPrintable(kinds.join(QLatin1Char(' '))));
    QVERIFY(kinds.size() >= 10);
}

int main(int argc, char *argv[])
{
    return test::runInFreshHome<QApplication, TestFirstRun>(argc, argv);
}

#include "tst_firstrun.moc"
