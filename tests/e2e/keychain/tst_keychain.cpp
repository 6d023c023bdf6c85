// With a real Secret Service (GNOME keyring in its own D-Bus session, see with-keyring.sh): the
// token typed at the first Connect goes to the keychain without any question, and the next start
// lands on that connection with the token from the keychain, no prompt, every request carrying it.
#include "app/startup.h"
#include "models/connection/tokenvault.h"
#include "models/items/pagedlistmodel.h"
#include "tests/support/externalsandbox.h"
#include "tests/support/userscript.h"
#include "views/connection/connectionsdialog.h"
#include "views/connection/tokenprompt.h"
#include "views/main/mainwindow.h"
#include "views/stages/stagelistpane.h"

#include <QAction>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace akdesk;
using test::UserScript;
using test::visibleTopLevel;

namespace {

MainWindow *listing(const QString &profile)
{
    auto *window = visibleTopLevel<MainWindow>();
    if (!window || !window->windowTitle().contains(QStringLiteral("— %1 (").arg(profile)))
        return nullptr;
    return window->stageList()->model()->rowCount() > 0 ? window : nullptr;
}

} // namespace

class TestKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenSurvivesARestart();
};

void TestKeychain::tokenSurvivesARestart()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through with-keyring.sh");
    test::ExternalSandbox server;
    QVERIFY(server.start());

    QStringList questions;  // any message box akdesk shows on the way
    UserScript first;
    first.step(QStringLiteral("welcome"),
               [] {
                   auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                   return box && box->windowTitle() == QLatin1String("Welcome to akdesk");
               },
               [] {
                   auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                   for (QAbstractButton *button : box->buttons()) {
                       if (button->text() == QStringLiteral("&Connect to a server…"))
                           button->click();
                   }
               })
        .step(QStringLiteral("connections dialog"), [] { return visibleTopLevel<ConnectionsDialog>() != nullptr; },
              [&server] {
                  auto *dialog = visibleTopLevel<ConnectionsDialog>();
                  dialog->nameField()->setText(QStringLiteral("desk"));
                  dialog->urlField()->setText(server.url().toString());
                  dialog->tokenField()->setText(server.token());
                  QTest::mouseClick(dialog->button(QStringLiteral("connect")), Qt::LeftButton);
              })
        .step(QStringLiteral("stages listed"),
              [&questions] {
                  if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                      questions.append(box->windowTitle());
                      box->close();
                  }
                  return listing(QStringLiteral("desk")) != nullptr;
              },
              [] { listing(QStringLiteral("desk"))->action(QStringLiteral("quit"))->trigger(); });
    first.start();
    const int firstCode = runApplication(*qApp, Startup{});
    QVERIFY2(first.failure().isEmpty(), qPrintable(first.failure()));
    QCOMPARE(firstCode, 0);
    QVERIFY2(questions.isEmpty(), qPrintable(questions.join(QLatin1String(", "))));

    // The keychain has it (a new vault: nothing in memory).
    TokenVault vault;
    QSignalSpy loaded(&vault, &TokenVault::loaded);
    vault.load(QStringLiteral("desk"));
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.first().at(1).toString(), server.token());
    QCOMPARE(loaded.first().at(2).value<TokenVault::Storage>(), TokenVault::Storage::Keychain);

    const qsizetype before = server.accessLog().size();
    bool prompted = false;
    UserScript second;
    second.step(QStringLiteral("back on the last connection"),
                [&prompted] {
                    prompted = prompted || visibleTopLevel<TokenPrompt>() != nullptr;
                    return listing(QStringLiteral("desk")) != nullptr;
                },
                [] { listing(QStringLiteral("desk"))->action(QStringLiteral("quit"))->trigger(); });
    second.start();
    const int secondCode = runApplication(*qApp, Startup{});
    QVERIFY2(second.failure().isEmpty(), qPrintable(second.failure()));
    QCOMPARE(secondCode, 0);
    QVERIFY(!prompted);
    QVERIFY(server.accessLog().size() > before);
    QVERIFY2(server.withoutToken().isEmpty(), qPrintable(server.withoutToken().join(QLatin1Char('\n'))));
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    setApplicationNames();
    TestKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"
