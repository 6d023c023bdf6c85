#include "models/connection/tokenvault.h"

#include "models/storage/userpaths.h"

#include <qt6keychain/keychain.h>

#include <QDir>
#include <QFile>
#include <QMetaObject>
#include <QSaveFile>

namespace akdesk {

namespace {

const QString kService = QStringLiteral("akdesk");

QString keyOf(const QString &profile)
{
    return QStringLiteral("token:") + profile;
}

} // namespace

TokenVault::TokenVault(QObject *parent)
    : QObject(parent)
    , m_folder(userpaths::dataDir() + QStringLiteral("/tokens"))
{
}

TokenVault::~TokenVault() = default;

QString TokenVault::storageText(Storage storage)
{
    switch (storage) {
    case Storage::Keychain:
        return tr("in the system keychain");
    case Storage::File:
        return tr("in a file readable only by you");
    case Storage::Session:
        return tr("for this session only");
    case Storage::None:
        return tr("nowhere (no token)");
    }
    return {};
}

QString TokenVault::tokenFile(const QString &profile) const
{
    return m_folder + QLatin1Char('/') + QString::fromLatin1(profile.toUtf8().toPercentEncoding("-_.")) + QStringLiteral(".token");
}

bool TokenVault::writeFile(const QString &profile, const QString &token)
{
    if (!QDir().mkpath(m_folder))
        return false;
    QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile file(tokenFile(profile));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // Owner-only before a byte of the token is written.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(token.toUtf8());
    return file.commit() && QFile::setPermissions(tokenFile(profile), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QString TokenVault::readFile(const QString &profile) const
{
    QFile file(tokenFile(profile));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

void TokenVault::load(const QString &profile)
{
    // A token stored (or being stored) in this run answers at once: a keychain write still under
    // way must not make the token just typed look missing.
    if (const auto known = m_known.constFind(profile); known != m_known.constEnd()) {
        const Known value = *known;
        QMetaObject::invokeMethod(this, [this, profile, value] { Q_EMIT loaded(profile, value.token, value.where); },
                                  Qt::QueuedConnection);
        return;
    }
    auto fromFile = [this, profile] {
        const QString token = readFile(profile);
        if (!token.isEmpty() && !m_known.contains(profile))
            m_known.insert(profile, {token, Storage::File});
        Q_EMIT loaded(profile, token, token.isEmpty() ? Storage::None : Storage::File);
    };
    if (!m_keychainEnabled) {
        QMetaObject::invokeMethod(this, fromFile, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(keyOf(profile));
    connect(job, &QKeychain::Job::finished, this, [this, profile, fromFile](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (read->error() == QKeychain::NoError) {
            m_keychainProblem.clear();
            if (!m_known.contains(profile))
                m_known.insert(profile, {read->textData(), Storage::Keychain});
            Q_EMIT loaded(profile, read->textData(), Storage::Keychain);
            return;
        }
        if (read->error() != QKeychain::EntryNotFound)
            m_keychainProblem = read->errorString();
        fromFile();
    });
    job->start();
}

void TokenVault::store(const QString &profile, const QString &token, bool fileAllowed)
{
    m_known.insert(profile, {token, Storage::Session});  // until the keychain or the file has it
    if (!m_keychainEnabled) {
        QMetaObject::invokeMethod(this, [this, profile, token, fileAllowed] {
            storeWithoutKeychain(profile, token, fileAllowed, tr("the keychain is turned off"));
        }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(keyOf(profile));
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, profile, token, fileAllowed](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError) {
            m_keychainProblem.clear();
            m_known.insert(profile, {token, Storage::Keychain});
            QFile::remove(tokenFile(profile));  // an older file copy must not linger
            Q_EMIT stored(profile, Storage::Keychain, tr("The token is kept in the system keychain."));
            return;
        }
        m_keychainProblem = finished->errorString();
        storeWithoutKeychain(profile, token, fileAllowed, finished->errorString());
    });
    job->start();
}

void TokenVault::storeWithoutKeychain(const QString &profile, const QString &token, bool fileAllowed, const QString &why)
{
    if (fileAllowed && writeFile(profile, token)) {
        m_known.insert(profile, {token, Storage::File});
        Q_EMIT stored(profile, Storage::File,
                      tr("No keychain is available (%1). As you allowed, the token is kept in %2, readable only by you.")
                          .arg(why, tokenFile(profile)));
        return;
    }
    m_known.insert(profile, {token, Storage::Session});
    Q_EMIT stored(profile, Storage::Session,
                  tr("No keychain is available (%1). The token is kept for this session only; allow a file readable "
                     "only by you to keep it.").arg(why));
}

void TokenVault::forget(const QString &profile)
{
    m_known.remove(profile);
    QFile::remove(tokenFile(profile));
    if (!m_keychainEnabled)
        return;
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(keyOf(profile));
    job->start();
}

} // namespace akdesk
