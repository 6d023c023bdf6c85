// The Connections dialog: a profile is typed in, tested (each check named), saved with its token
// kept out of the settings file, and plain http to another computer needs the user's yes.
#include "models/connection/connectionprofile.h"
#include "models/connection/tokenvault.h"
#include "tests/support/modal.h"
#include "tests/support/testserver.h"
#include "views/connection/connectionsdialog.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace akdesk;

class TestConnections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void testNamesEachCheck_data();
    void testNamesEachCheck();
    void savedProfileKeepsTheTokenOutOfSettings();
    void plainHttpElsewhereNeedsAYes();

private:
    void fill(const QString &name, const QString &url, const QString &token);

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<TokenVault> m_vault;
    std::unique_ptr<ConnectionsDialog> m_dialog;
};

void TestConnections::init()
{
    m_server = std::make_unique<test::TestServer>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("akdesk.ini")), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_vault = std::make_unique<TokenVault>();
    m_vault->setKeychainEnabled(false);
    m_vault->setFileFolder(m_dir->filePath(QStringLiteral("tokens")));
    m_dialog = std::make_unique<ConnectionsDialog>(m_profiles.get(), m_vault.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestConnections::cleanup()
{
    while (QWidget *modal = QApplication::activeModalWidget()) {
        if (modal == m_dialog.get())
            break;
        modal->close();
    }
    m_dialog.reset();
    m_vault.reset();
    m_profiles.reset();
    m_settings.reset();
    m_server.reset();
}

void TestConnections::fill(const QString &name, const QString &url, const QString &token)
{
    QTest::mouseClick(m_dialog->button(QStringLiteral("add")), Qt::LeftButton);
    for (auto [field, text] : {std::pair{m_dialog->nameField(), name}, std::pair{m_dialog->urlField(), url},
                               std::pair{m_dialog->tokenField(), token}}) {
        field->setFocus();
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Backspace);
        QTest::keyClicks(field, text);
    }
}

void TestConnections::testNamesEachCheck_data()
{
    QTest::addColumn<bool>("goodToken");
    QTest::addColumn<bool>("reachable");
    QTest::addColumn<QStringList>("marks");  // per check, as read out: Passed, Failed or Skipped
    const QString passed = QStringLiteral("Passed"), failed = QStringLiteral("Failed"), skipped = QStringLiteral("Skipped");
    QTest::newRow("all fine") << true << true << QStringList{passed, skipped, passed, passed};
    QTest::newRow("token refused") << false << true << QStringList{passed, skipped, failed, skipped};
    QTest::newRow("server away") << true << false << QStringList{failed, skipped, skipped, skipped};
}

void TestConnections::testNamesEachCheck()
{
    QFETCH(bool, goodToken);
    QFETCH(bool, reachable);
    QFETCH(QStringList, marks);
    QUrl url = m_server->url();
    if (!reachable)
        url.setPort(1);  // nothing listens there
    fill(QStringLiteral("test"), url.toString(), goodToken ? m_server->token() : QStringLiteral("wrong-token-1234"));
    QPushButton *test = m_dialog->button(QStringLiteral("test"));
    QVERIFY(test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->testResults()->topLevelItemCount(), 4, 15000);
    QStringList seen;
    for (int i = 0; i < 4; ++i) {
        const QTreeWidgetItem *row = m_dialog->testResults()->topLevelItem(i);
        seen.append(row->data(1, Qt::AccessibleTextRole).toString().section(QLatin1Char(':'), 0, 0));
        // One mark per row: the icon; no ✔/✘ typed beside it.
        QVERIFY(!row->icon(1).isNull());
        QVERIFY2(!row->text(1).startsWith(QStringLiteral("✔")) && !row->text(1).startsWith(QStringLiteral("✘")),
                 qPrintable(row->text(1)));
    }
    QCOMPARE(seen, marks);
    QTRY_VERIFY(test->isEnabled());  // ready to test again
    if (!goodToken)
        QVERIFY(m_dialog->testResults()->topLevelItem(2)->text(1).contains(QLatin1String("refused")));
    if (!reachable)
        QVERIFY(m_dialog->testResults()->topLevelItem(0)->text(1).contains(QLatin1String("connection refused")));
    // The token never shows in the results.
    for (int i = 0; i < 4; ++i)
        QVERIFY(!m_dialog->testResults()->topLevelItem(i)->text(1).contains(m_server->token()));
}

void TestConnections::savedProfileKeepsTheTokenOutOfSettings()
{
    fill(QStringLiteral("sandbox-copy"), m_server->url().toString(), m_server->token());
    QTest::mouseClick(m_dialog->button(QStringLiteral("save")), Qt::LeftButton);
    QTRY_VERIFY(m_dialog->status()->text().contains(QLatin1String("this session only")));
    QVERIFY(m_profiles->profile(QStringLiteral("sandbox-copy")));
    m_settings->sync();
    QFile ini(m_dir->filePath(QStringLiteral("akdesk.ini")));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray saved = ini.readAll();
    QVERIFY(saved.contains("sandbox-copy"));
    QVERIFY(!saved.contains(m_server->token().toUtf8()));
    QVERIFY(m_dialog->tokenField()->text().isEmpty());  // not left on screen either
}

void TestConnections::plainHttpElsewhereNeedsAYes()
{
    fill(QStringLiteral("lab"), QStringLiteral("http://192.0.2.7:9000"), QStringLiteral("lab-token-1234"));
    QVERIFY(!m_dialog->button(QStringLiteral("save"))->isEnabled());
    QVERIFY(m_dialog->status()->text().contains(QLatin1String("unencrypted")));
    QVERIFY(m_dialog->plainHttpBox()->isVisible());
    QString asked;
    test::onNextModal([&asked](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        asked = box->text();
        box->button(QMessageBox::No)->click();
    });
    QTest::mouseClick(m_dialog->plainHttpBox(), Qt::LeftButton, {}, QPoint(4, m_dialog->plainHttpBox()->height() / 2));
    QTRY_VERIFY(!asked.isEmpty());
    QVERIFY(!m_dialog->plainHttpBox()->isChecked());
    QVERIFY(!m_dialog->button(QStringLiteral("save"))->isEnabled());
    test::onNextModal([](QWidget *modal) { qobject_cast<QMessageBox *>(modal)->button(QMessageBox::Yes)->click(); });
    QTest::mouseClick(m_dialog->plainHttpBox(), Qt::LeftButton, {}, QPoint(4, m_dialog->plainHttpBox()->height() / 2));
    QTRY_VERIFY(m_dialog->plainHttpBox()->isChecked());
    QVERIFY(m_dialog->button(QStringLiteral("save"))->isEnabled());
    // Allowed: the warning that said it was not is gone.
    QVERIFY2(!m_dialog->status()->text().contains(QLatin1String("unencrypted")), qPrintable(m_dialog->status()->text()));
}

QTEST_MAIN(TestConnections)
#include "tst_connections.moc"
