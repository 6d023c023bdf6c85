// Fuzzes drafts read back from SQLite (models/storage/localstore.h): a draft saved is read back
// exactly, and whatever text a drafts file holds in its JSON columns (another version, a broken
// disk, a hand edit) is read without crashing.
//
// Input: JSON [base, changes] to save as a draft; the same bytes are also written raw into the
// JSON columns of another row.

#include "models/storage/localstore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

struct Fixture
{
    Fixture()
    {
        // QSqlDatabase wants an application object for its plugins.
        static int argc = 1;
        static char name[] = "fuzz_localstore";
        static char *argv[] = {name, nullptr};
        if (!QCoreApplication::instance())
            app = new QCoreApplication(argc, argv);
        if (!store.open(dir.filePath(QStringLiteral("drafts.sqlite"))))
            std::abort();
        // A second connection stands for whatever else wrote the file.
        raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fuzz-raw"));
        raw.setDatabaseName(dir.filePath(QStringLiteral("drafts.sqlite")));
        if (!raw.open())
            std::abort();
    }
    QCoreApplication *app = nullptr;
    QTemporaryDir dir;
    akdesk::LocalStore store;
    QSqlDatabase raw;
    int next = 0;
};

Fixture &fixture()
{
    static Fixture *instance = new Fixture;  // kept until exit: SQLite connections close with the process
    return *instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fixture &f = fixture();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonArray input = QJsonDocument::fromJson(bytes).array();
    const QJsonObject base = input.at(0).toObject();
    const QJsonObject changes = input.at(1).toObject();
    const QString id = QString::number(++f.next);
    if (!changes.isEmpty()) {
        const qint64 saved = f.store.saveEdit(QStringLiteral("stages/dummy"), id, QStringLiteral("fuzzed"), base, changes);
        const std::optional<akdesk::Draft> back = f.store.draft(saved);
        if (!back || back->base != base || back->changes != changes)
            std::abort();
        f.store.remove(saved);
    }
    // Raw text in every JSON column of a row, read back through the store.
    QSqlQuery insert(f.raw);
    insert.prepare(QStringLiteral("INSERT INTO drafts (operation, resource, record_id, label, base, changes, status, errors,"
                                  " theirs, created_at, updated_at) VALUES ('update', 'stages/dummy', ?, 'raw', ?, ?,"
                                  " 'pending', ?, ?, 0, 0)"));
    const QString text = QString::fromUtf8(bytes);
    for (const QVariant &value : {QVariant(QStringLiteral("raw-") + id), QVariant(text), QVariant(text), QVariant(text), QVariant(text)})
        insert.addBindValue(value);
    if (insert.exec()) {
        (void)f.store.drafts();
        (void)f.store.count();
        QSqlQuery clear(f.raw);
        clear.exec(QStringLiteral("DELETE FROM drafts"));
    }
    return 0;
}
