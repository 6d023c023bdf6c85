// Kills a process editing through the draft store with SIGKILL at random moments, over and over,
// and checks after each kill that the store opens sound with every edit it had committed.
#include "models/storage/localstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace akdesk;

class TestDraftCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedMidWriteLosesNothingCommitted();
};

void TestDraftCrash::killedMidWriteLosesNothingCommitted()
{
    const int kills = qEnvironmentVariableIntValue("AKDESK_CRASH_KILLS") > 0
                          ? qEnvironmentVariableIntValue("AKDESK_CRASH_KILLS") : 200;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("akdesk.sqlite"));
    QRandomGenerator random(20261126);

    QHash<QString, qint64> lastEdit;  // record -> last edit number reported committed
    QList<qint64> creates;            // every create reported committed
    qint64 next = 1;
    qint64 committedTotal = 0;
    QElapsedTimer clock;
    clock.start();
    for (int kill = 0; kill < kills; ++kill) {
        QProcess crasher;
        crasher.start(QStringLiteral(AKDESK_CRASHER), {path, QString::number(next)});
        QVERIFY2(crasher.waitForStarted(5000), qPrintable(crasher.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(crasher.canReadLine() || crasher.state() != QProcess::Running, 10000);
        QCOMPARE(crasher.readLine().trimmed(), QByteArray("open"));
        // Let it write for a random while, then kill it wherever it is.
        QTest::qWait(int(random.bounded(2, 40)));
        const qint64 pid = crasher.processId();
        QVERIFY2(pid > 0, qPrintable(QString::fromLocal8Bit(crasher.readAllStandardError())));  // kill(0) would hit us
        ::kill(pid_t(pid), SIGKILL);
        QVERIFY(crasher.waitForFinished(5000));
        QCOMPARE(crasher.exitStatus(), QProcess::CrashExit);

        const QList<QByteArray> lines = crasher.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            bool ok = false;
            const qint64 n = line.toLongLong(&ok);
            if (!ok)
                continue;  // the last line may be cut short
            lastEdit[QStringLiteral("r%1").arg(n % 7)] = n;
            if (n % 5 == 0)
                creates.append(n);
            next = n + 1;
            ++committedTotal;
        }
        // The edit in flight may have committed without being reported: skip past it.
        next += 2;

        LocalStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
        for (auto it = lastEdit.cbegin(); it != lastEdit.cend(); ++it) {
            const std::optional<Draft> draft = store.draftFor(QStringLiteral("stages/dummy"), it.key());
            QVERIFY2(draft, qPrintable(it.key()));
            const qint64 stored = draft->changes.value(QLatin1String("order")).toInteger();
            // The committed edit, or a later one committed before the kill cut off its report.
            QVERIFY2(stored >= it.value(),
                     qPrintable(QStringLiteral("%1: stored %2, committed %3").arg(it.key()).arg(stored).arg(it.value())));
            // Whole: both fields of one edit, never a mix of two.
            QCOMPARE(draft->changes.value(QLatin1String("name")).toString(), QStringLiteral("edit-%1").arg(stored));
            next = qMax(next, stored + 1);  // numbers are never reused, so "stored >= committed" means something
        }
        QSet<qint64> storedCreates;
        for (const Draft &draft : store.drafts()) {
            if (draft.operation == Draft::Operation::Create)
                storedCreates.insert(draft.changes.value(QLatin1String("n")).toInteger());
        }
        for (qint64 n : std::as_const(creates))
            QVERIFY2(storedCreates.contains(n), qPrintable(QStringLiteral("create %1 lost").arg(n)));
    }
    qInfo("%d kills, %lld edits reported committed, %lld creates, all present after every restart (%lld ms)", kills,
          committedTotal, qint64(creates.size()), clock.elapsed());
    QVERIFY2(committedTotal > kills, "the crasher committed too little for the test to mean anything");
}

QTEST_GUILESS_MAIN(TestDraftCrash)
#include "tst_draftcrash.moc"
