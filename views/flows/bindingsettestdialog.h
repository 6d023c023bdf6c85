#pragma once

#include "models/operations/bindingsettest.h"

#include <QDialog>
#include <QJsonObject>
#include <QList>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace akdesk {

class Workspace;

/// Runs the whole binding set of one target against a user picked from the server's users and
/// shows each binding's result, the set's, the messages and the server's log lines.
class BindingSetTestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BindingSetTestDialog)

public:
    /// `mode` is the target's policy_engine_mode ("all" or "any").
    BindingSetTestDialog(Workspace *workspace, const QString &targetLabel, const QList<QJsonObject> &bindings,
                         const QString &mode, QWidget *parent = nullptr);
    ~BindingSetTestDialog() override;

    static QString verdictText(BindingSetTest::Verdict verdict);

    QComboBox *userBox() const { return m_user; }
    QPushButton *runButton() const { return m_run; }
    QTreeWidget *results() const { return m_results; }
    QLabel *overall() const { return m_overall; }
    QPlainTextEdit *log() const { return m_log; }
    BindingSetTest *test() const { return m_test; }

public Q_SLOTS:
    void run();

private:
    void showOutcomes(const QList<BindingSetTest::Outcome> &outcomes, BindingSetTest::Verdict overall);

    QList<QJsonObject> m_bindings;
    QString m_mode;
    BindingSetTest *m_test;
    QComboBox *m_user;
    QPushButton *m_run;
    QTreeWidget *m_results;
    QLabel *m_overall;
    QPlainTextEdit *m_log;
};

} // namespace akdesk
