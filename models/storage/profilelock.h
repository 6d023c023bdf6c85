#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

class QLocalServer;

namespace akdesk {

/// One akdesk per connection profile: two on one profile would write over each other's drafts
/// keystroke by keystroke and could both sync the same queued create. The holder keeps a
/// QLockFile in the profile's folder (a lock left by a killed akdesk is taken over) and listens
/// on a local socket beside it, so a second start can ask it to bring its window forward.
class ProfileLock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileLock)

public:
    /// `folder`: the profile's folder (where its drafts file lives).
    explicit ProfileLock(const QString &folder, QObject *parent = nullptr);
    ~ProfileLock() override;

    /// Takes the profile; false when another akdesk has it (or the folder cannot be written:
    /// then errorString() says why and holderPid() is 0).
    bool tryLock();
    bool isLocked() const { return m_lock.isLocked(); }
    /// The process id of the akdesk holding the profile, when tryLock() failed because of it.
    qint64 holderPid() const { return m_holderPid; }
    QString errorString() const { return m_error; }
    /// Asks the akdesk holding the profile to bring its window forward; true when it answered.
    bool askHolderToShow(int timeoutMs = 3000) const;

Q_SIGNALS:
    /// Another start of akdesk on this profile asked for the window.
    void showRequested();

private:
    void listen();

    QString m_folder;
    QLockFile m_lock;
    QLocalServer *m_server = nullptr;
    qint64 m_holderPid = 0;
    QString m_error;
};

} // namespace akdesk
