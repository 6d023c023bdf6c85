#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <QVariant>

namespace akdesk::test {

/// Runs statements on a SQLite file behind the back of whatever has it open, as another program
/// (or a damaged disk) would, and returns the first column of the last statement's first row.
/// An error ends the run and comes back as "error: …".
inline QVariant rawSqlite(const QString &path, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString();
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return QStringLiteral("error: ") + db.lastError().text();
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                result = QStringLiteral("error: ") + query.lastError().text();
                break;
            }
            result = query.next() ? query.value(0) : QVariant();
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace akdesk::test
