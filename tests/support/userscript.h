#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace akdesk::test {

/// What a user does while akdesk runs its own event loop (runApplication() blocks like main()
/// does): steps, each waiting until something is on screen and then acting on it. A step that
/// waits too long is recorded as the failure and akdesk is made to end (every dialog closed, the
/// application told to exit), so that the test can report it instead of hanging.
class UserScript final : public QObject
{
public:
    using Ready = std::function<bool()>;
    using Act = std::function<void()>;

    explicit UserScript(QObject *parent = nullptr)
        : QObject(parent)
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { poll(); });
    }

    /// Waits until `ready` holds (at most `timeoutMs`), then runs `act`.
    UserScript &step(const QString &name, Ready ready, Act act, int timeoutMs = 20000)
    {
        m_steps.append({name, std::move(ready), std::move(act), timeoutMs});
        return *this;
    }
    /// Starts at the next turn of the event loop.
    void start()
    {
        m_index = 0;
        m_clock.start();
        m_timer.start();
    }

    bool finished() const { return m_index >= m_steps.size() && m_failure.isEmpty(); }
    /// The step that timed out, with what it said; empty when every step ran.
    QString failure() const { return m_failure; }
    QStringList done() const { return m_done; }

private:
    struct Step
    {
        QString name;
        Ready ready;
        Act act;
        int timeoutMs;
    };

    void poll()
    {
        if (!m_failure.isEmpty()) {
            // Get out of whatever dialog akdesk waits in, and out of its event loop.
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
            QApplication::exit(99);
            return;
        }
        if (m_index >= m_steps.size()) {
            m_timer.stop();
            return;
        }
        Step &current = m_steps[m_index];
        if (current.ready()) {
            ++m_index;
            m_done.append(current.name);
            qInfo("step “%s” after %lld ms", qPrintable(current.name), static_cast<long long>(m_clock.elapsed()));
            m_clock.restart();
            // After this poll returns: an act that opens a modal dialog blocks until it closes,
            // and a timer does not fire again while its own slot runs.
            QTimer::singleShot(0, this, current.act);
            return;
        }
        if (m_clock.elapsed() > current.timeoutMs) {
            m_failure = QStringLiteral("step “%1” timed out after %2 ms; on screen: %3")
                            .arg(current.name)
                            .arg(current.timeoutMs)
                            .arg(onScreen());
        }
    }

    /// What a user would see: each visible window's class, title and labels.
    static QString onScreen()
    {
        QStringList seen;
        const QWidgetList widgets = QApplication::topLevelWidgets();
        for (QWidget *widget : widgets) {
            if (!widget->isVisible())
                continue;
            QStringList texts;
            const QList<QLabel *> labels = widget->findChildren<QLabel *>();
            for (const QLabel *label : labels) {
                if (label->isVisible() && !label->text().isEmpty())
                    texts.append(label->text().left(160));
            }
            seen.append(QStringLiteral("[%1 “%2”: %3]")
                            .arg(QString::fromLatin1(widget->metaObject()->className()), widget->windowTitle(),
                                 texts.join(QLatin1String(" | "))));
        }
        return seen.join(QLatin1Char(' '));
    }

    QList<Step> m_steps;
    qsizetype m_index = 0;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QString m_failure;
    QStringList m_done;
};

/// The visible top-level widget of type T (a dialog, the main window), or null.
template <typename T>
T *visibleTopLevel()
{
    const QWidgetList widgets = QApplication::topLevelWidgets();  // one list, iterated once
    for (QWidget *widget : widgets) {
        if (auto *typed = qobject_cast<T *>(widget); typed && typed->isVisible())
            return typed;
    }
    return nullptr;
}

} // namespace akdesk::test
