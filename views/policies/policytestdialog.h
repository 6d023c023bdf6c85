#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeWidget;

namespace akdesk {

class ApiClient;
class ApiReply;
class ReferenceModel;
class Workspace;

/// "Test policy": runs one policy against a user the administrator picks, with an optional
/// context, as the web admin's test does (POST /policies/all/{uuid}/test/,
/// authentik/policies/api/policies.py), and shows whether it passes, its messages and the log
/// lines the server captured. It changes nothing, so it is no write.
class PolicyTestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyTestDialog)

public:
    PolicyTestDialog(Workspace *workspace, const QJsonObject &policy, QWidget *parent = nullptr);
    ~PolicyTestDialog() override;

    QLineEdit *userSearch() const { return m_search; }
    QListView *userList() const { return m_users; }
    QPlainTextEdit *contextField() const { return m_context; }
    QLabel *contextError() const { return m_contextError; }
    QPushButton *runButton() const { return m_run; }
    /// "Passing", "Not passing", or the server's refusal.
    QLabel *verdict() const { return m_verdict; }
    QLabel *messages() const { return m_messages; }
    QTreeWidget *logLines() const { return m_log; }
    /// Picks a user by pk once the list holds it.
    bool selectUser(const QString &pk);

    void run();

private:
    /// The context typed, or why it is no JSON object.
    bool parseContext(QJsonObject *context);
    void showResult(ApiReply *reply);
    void updateRun();

    ApiClient *m_client;
    QString m_path;
    ReferenceModel *m_userModel;
    QSortFilterProxyModel *m_filtered;
    QLineEdit *m_search;
    QListView *m_users;
    QPlainTextEdit *m_context;
    QLabel *m_contextError;
    QPushButton *m_run;
    QLabel *m_verdict;
    QLabel *m_messages;
    QTreeWidget *m_log;
    QPointer<ApiReply> m_running;
};

} // namespace akdesk
