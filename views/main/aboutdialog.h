#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace akdesk {

class ApiClient;
class ApiReply;

/// Help ▸ About: akdesk's and Qt's versions, the connected server and the authentik version it
/// reports (asked when the dialog opens), and the licences of akdesk and what it builds on.
/// "Copy" puts the versions on the clipboard for bug reports, "Copy log" the versions and the log
/// file's recent lines (already redacted).
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    /// `client` may be null (no connection yet); it is not owned and must outlive the dialog.
    explicit AboutDialog(ApiClient *client, QWidget *parent = nullptr);
    ~AboutDialog() override;

    /// The text "Copy" puts on the clipboard: akdesk, Qt, system and server versions.
    QString versionReport() const;
    /// The text "Copy log" puts on the clipboard: versionReport(), the log's path and recent lines.
    QString logReport() const;
    /// What the dialog says about the server: its version, or why it is not known.
    QString serverText() const;
    /// False while the server is still being asked.
    bool isServerKnown() const { return m_serverKnown; }

    QLabel *versionLabel() const { return m_version; }
    QLabel *serverLabel() const { return m_server; }
    QTabWidget *tabs() const { return m_tabs; }
    QTextBrowser *licences() const { return m_licences; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *copyLogButton() const { return m_copyLog; }
    QLabel *logLabel() const { return m_log; }

public Q_SLOTS:
    void copyVersionReport();
    void copyLogReport();

Q_SIGNALS:
    /// The server line is final (version shown, or the reason it is not).
    void serverKnown();

private:
    void askServer();
    void setServerText(const QString &text);
    static QString licencesHtml();

    QPointer<ApiClient> m_client;
    QPointer<ApiReply> m_reply;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_server = nullptr;
    QTextBrowser *m_licences = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_copyLog = nullptr;
    QLabel *m_log = nullptr;
    QString m_serverUrl;
    QString m_serverVersion;  ///< empty until the server said it
    bool m_serverKnown = false;
};

} // namespace akdesk
