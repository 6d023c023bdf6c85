// The log file: every message, redacted like stderr, with its time and kind; rotated by size so
// it never grows without bound; its recent lines for a bug report; readable only by the user.
#include "models/connection/redaction.h"
#include "models/logging/logfile.h"
#include "models/storage/userpaths.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace akdesk;

class TestLogFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void livesInTheXdgStateFolder();
    void messagesAreWrittenRedactedWithTimeAndKind();
    void bearerTokensNeverRegisteredAreRedactedToo();
    void fileIsReadableOnlyByTheUser();
    void rotatesBySizeKeepingTheNewestFiles();
    void aLargeFileFromBeforeIsRotatedAtStart();
    void recentTextEndsWithTheNewestLineAndStartsAtALine();

private:
    static QString read(const QString &path);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("log/akdesk.log")); }
};

QString TestLogFile::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void TestLogFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLogFile::livesInTheXdgStateFolder()
{
    const QByteArray home = qgetenv("HOME");
    const QByteArray state = qgetenv("XDG_STATE_HOME");
    qputenv("HOME", m_dir->path().toUtf8());
    qunsetenv("XDG_STATE_HOME");
    const QString byDefault = logfile::defaultPath();
    qputenv("XDG_STATE_HOME", m_dir->filePath(QStringLiteral("state")).toUtf8());
    const QString bySetting = logfile::defaultPath();
    qputenv("HOME", home);
    state.isNull() ? void(qunsetenv("XDG_STATE_HOME")) : void(qputenv("XDG_STATE_HOME", state));
    QCOMPARE(byDefault, m_dir->filePath(QStringLiteral(".local/state/akdesk/akdesk.log")));
    QCOMPARE(bySetting, m_dir->filePath(QStringLiteral("state/akdesk/akdesk.log")));
}

void TestLogFile::messagesAreWrittenRedactedWithTimeAndKind()
{
    QString error;
    QVERIFY2(logfile::install(path(), 512 * 1024, 3, &error), qPrintable(error));
    QCOMPARE(logfile::path(), path());
    const QString secret = QStringLiteral("tok-0123456789abcdef");
    redaction::addSecret(secret);
    qWarning("request failed with token %s", qPrintable(secret));
    qInfo("second line");
    redaction::removeSecret(secret);

    const QString text = read(path());
    QVERIFY2(text.contains(QStringLiteral("---- akdesk %1").arg(QStringLiteral(AKDESK_VERSION))), qPrintable(text));
    QVERIFY2(!text.contains(secret), qPrintable(text));
    static const QRegularExpression line(QStringLiteral("\\n\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z warning "
                                                        "request failed with token \\[redacted\\]\\n"));
    QVERIFY2(line.match(text).hasMatch(), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Z info second line\n")), qPrintable(text));
}

void TestLogFile::bearerTokensNeverRegisteredAreRedactedToo()
{
    QVERIFY(logfile::install(path()));
    qWarning("header Authorization: Bearer abcdefghij123");
    const QString text = read(path());
    QVERIFY2(text.contains(QStringLiteral("Authorization: Bearer [redacted]")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("abcdefghij123")), qPrintable(text));
}

void TestLogFile::fileIsReadableOnlyByTheUser()
{
    QDir().mkpath(QFileInfo(path()).path());
    {
        QFile before(path());
        QVERIFY(before.open(QIODevice::WriteOnly));
        QVERIFY(before.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::ReadGroup));
    }
    QVERIFY(logfile::install(path()));
    QCOMPARE(QFile::permissions(path()) & ~(QFile::ReadUser | QFile::WriteUser), QFile::ReadOwner | QFile::WriteOwner);
}

void TestLogFile::rotatesBySizeKeepingTheNewestFiles()
{
    QVERIFY(logfile::install(path(), 2048, 2));
    for (int i = 0; i < 200; ++i)
        qInfo("message number %d, long enough to fill the file quickly", i);
    QVERIFY(QFile::exists(path()));
    QVERIFY(QFile::exists(path() + QStringLiteral(".1")));
    QVERIFY(QFile::exists(path() + QStringLiteral(".2")));
    QVERIFY(!QFile::exists(path() + QStringLiteral(".3")));
    for (const QString &file : {path(), path() + QStringLiteral(".1"), path() + QStringLiteral(".2")})
        QVERIFY2(QFileInfo(file).size() <= 2048 + 200, qPrintable(file));
    QVERIFY(read(path() + QStringLiteral(".1")).contains(QStringLiteral("message number")));
    QVERIFY(!read(path()).contains(QStringLiteral("message number 0,")));
    // The newest line is in the current file, or in .1 when it was rotated right after it.
    QVERIFY(read(path()).contains(QStringLiteral("message number 199,"))
            || (read(path()).isEmpty() && read(path() + QStringLiteral(".1")).contains(QStringLiteral("message number 199,"))));
}

void TestLogFile::aLargeFileFromBeforeIsRotatedAtStart()
{
    QDir().mkpath(QFileInfo(path()).path());
    {
        QFile before(path());
        QVERIFY(before.open(QIODevice::WriteOnly));
        before.write(QByteArray(5000, 'x') + "\nlast line of the old run\n");
    }
    QVERIFY(logfile::install(path(), 4096, 1));
    QVERIFY(read(path() + QStringLiteral(".1")).endsWith(QStringLiteral("last line of the old run\n")));
    QVERIFY(read(path()).startsWith(QStringLiteral("20")));  // a fresh file, starting with this run's header
    QVERIFY(QFileInfo(path()).size() < 200);
}

void TestLogFile::recentTextEndsWithTheNewestLineAndStartsAtALine()
{
    QVERIFY(logfile::install(path(), 4096, 1));
    for (int i = 0; i < 100; ++i)
        qInfo("line %d of the run", i);
    const QString recent = logfile::recentText(1000);
    QVERIFY2(recent.size() <= 1000, qPrintable(recent));
    QVERIFY2(recent.endsWith(QStringLiteral("info line 99 of the run\n")), qPrintable(recent));
    QVERIFY2(recent.startsWith(QStringLiteral("20")), qPrintable(recent));
    // The rotated file counts too: a bug report right after a rotation still has the lines before it.
    QVERIFY(logfile::recentText(1024 * 1024).contains(QStringLiteral("line 0 of the run")));
}

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
