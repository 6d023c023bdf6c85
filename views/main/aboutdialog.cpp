#include "views/main/aboutdialog.h"

#include "models/api/apiclient.h"
#include "models/api/apireply.h"
#include "models/logging/logfile.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSysInfo>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace akdesk {

AboutDialog::AboutDialog(ApiClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{
    setWindowTitle(tr("About akdesk"));
    setObjectName(QStringLiteral("aboutDialog"));

    m_tabs = new QTabWidget;

    // About: who we are and what runs where.
    auto *about = new QWidget;
    auto *icon = new QLabel;
    // The application icon is set in main(); the dialog shows whatever the app carries.
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    auto *name = new QLabel(QStringLiteral("<h2>akdesk</h2>"));
    m_version = new QLabel(tr("Version %1").arg(QStringLiteral(AKDESK_VERSION)));
    m_version->setObjectName(QStringLiteral("version"));
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *description = new QLabel(tr("Administer the flows and stages of an authentik server."));
    description->setWordWrap(true);
    auto *qt = new QLabel(tr("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    qt->setObjectName(QStringLiteral("qtVersion"));
    m_server = new QLabel;
    m_server->setObjectName(QStringLiteral("server"));
    m_server->setWordWrap(true);
    m_server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *serverTitle = new QLabel(tr("Server:"));
    serverTitle->setBuddy(m_server);
    const QString logPath = logfile::path();
    m_log = new QLabel(logPath.isEmpty() ? tr("not written") : logPath);
    m_log->setObjectName(QStringLiteral("log"));
    m_log->setWordWrap(true);
    m_log->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *logTitle = new QLabel(tr("Log file:"));
    logTitle->setBuddy(m_log);

    auto *grid = new QGridLayout(about);
    grid->addWidget(icon, 0, 0, 3, 1, Qt::AlignTop);
    grid->addWidget(name, 0, 1, 1, 2);
    grid->addWidget(m_version, 1, 1, 1, 2);
    grid->addWidget(description, 2, 1, 1, 2);
    grid->addWidget(new QLabel(tr("Qt:")), 3, 1);
    grid->addWidget(qt, 3, 2);
    grid->addWidget(serverTitle, 4, 1, Qt::AlignTop);
    grid->addWidget(m_server, 4, 2);
    grid->addWidget(logTitle, 5, 1, Qt::AlignTop);
    grid->addWidget(m_log, 5, 2);
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(6, 1);
    m_tabs->addTab(about, tr("&About"));

    m_licences = new QTextBrowser;
    m_licences->setObjectName(QStringLiteral("licences"));
    m_licences->setOpenExternalLinks(true);
    m_licences->setHtml(licencesHtml());
    m_tabs->addTab(m_licences, tr("&Licences"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copy"));
    m_copy->setToolTip(tr("Copy the versions of akdesk, Qt and the server for a bug report"));
    m_copyLog = buttons->addButton(tr("Copy &log"), QDialogButtonBox::ActionRole);
    m_copyLog->setObjectName(QStringLiteral("copyLog"));
    m_copyLog->setEnabled(!logPath.isEmpty());
    m_copyLog->setToolTip(logPath.isEmpty() ? tr("akdesk could not write a log file in this session")
                                            : tr("Copy the versions and the log's recent lines for a bug report (tokens are already removed)"));
    connect(m_copyLog, &QPushButton::clicked, this, &AboutDialog::copyLogReport);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(m_copy, &QPushButton::clicked, this, &AboutDialog::copyVersionReport);
    connect(aboutQt, &QPushButton::clicked, this, [this] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(520, 420);

    askServer();
}

AboutDialog::~AboutDialog()
{
    // A reply still running would report to a dialog being torn down.
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->cancel();
    }
}

void AboutDialog::askServer()
{
    if (!m_client || m_client->serverUrl().isEmpty()) {
        setServerText(tr("not connected"));
        return;
    }
    m_serverUrl = m_client->serverUrl().toDisplayString();
    if (m_client->isWorkingOffline()) {
        setServerText(tr("%1 — working offline, so its version was not asked").arg(m_serverUrl));
        return;
    }
    m_server->setText(tr("%1 — asking for its version…").arg(m_serverUrl));
    m_reply = m_client->serverVersion();
    connect(m_reply, &ApiReply::finished, this, [this](ApiReply *reply) {
        m_reply = nullptr;
        const QString version = ApiClient::versionOf(reply);
        if (!reply->ok()) {
            setServerText(tr("%1 — not connected: %2").arg(m_serverUrl, reply->error().message()));
        } else if (version.isEmpty()) {
            setServerText(tr("%1 — the server did not say which version it runs").arg(m_serverUrl));
        } else {
            m_serverVersion = version;
            // While the server is away the client answers from its cache: say how old that is.
            setServerText(reply->cachedAt().isValid()
                              ? tr("%1 — authentik %2 (as last seen %3; the server cannot be reached now)")
                                    .arg(m_serverUrl, version,
                                         QLocale().toString(reply->cachedAt().toLocalTime(), QLocale::ShortFormat))
                              : tr("%1 — authentik %2").arg(m_serverUrl, version));
        }
    });
}

void AboutDialog::setServerText(const QString &text)
{
    m_server->setText(text);
    m_serverKnown = true;
    Q_EMIT serverKnown();
}

QString AboutDialog::serverText() const
{
    return m_server->text();
}

QString AboutDialog::versionReport() const
{
    // Not translated on purpose: the report goes to developers, whatever the user's language.
    QStringList lines;
    lines << QStringLiteral("akdesk %1").arg(QStringLiteral(AKDESK_VERSION));
    lines << QStringLiteral("Qt %1 (built with %2), platform %3")
                 .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR), QGuiApplication::platformName());
    lines << QStringLiteral("System: %1 (%2)").arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture());
    if (m_serverUrl.isEmpty())
        lines << QStringLiteral("Server: not connected");
    else if (!m_serverVersion.isEmpty())
        lines << QStringLiteral("Server: authentik %1").arg(m_serverVersion);
    else
        lines << QStringLiteral("Server: %1").arg(serverText());
    return lines.join(QLatin1Char('\n'));
}

void AboutDialog::copyVersionReport()
{
    QGuiApplication::clipboard()->setText(versionReport());
}

QString AboutDialog::logReport() const
{
    // Not translated, like the version report; the log's lines are in English already.
    return versionReport() + QStringLiteral("\n\nLog (%1):\n").arg(logfile::path()) + logfile::recentText();
}

void AboutDialog::copyLogReport()
{
    QGuiApplication::clipboard()->setText(logReport());
}

QString AboutDialog::licencesHtml()
{
    const QString row = QStringLiteral("<tr><td><b>%1</b></td><td><a href=\"%3\">%2</a></td></tr>");
    QString html = QStringLiteral("<p>%1</p>").arg(tr("akdesk is free software under the MIT licence:"));
    html += QStringLiteral("<p style=\"font-size:small\">Copyright (c) 2026 The akdesk developers<br><br>"
                           "Permission is hereby granted, free of charge, to any person obtaining a copy of this "
                           "software and associated documentation files (the \"Software\"), to deal in the Software "
                           "without restriction, including without limitation the rights to use, copy, modify, merge, "
                           "publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons "
                           "to whom the Software is furnished to do so, subject to the following conditions:<br><br>"
                           "The above copyright notice and this permission notice shall be included in all copies or "
                           "substantial portions of the Software.<br><br>"
                           "THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, "
                           "INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR "
                           "PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE "
                           "FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR "
                           "OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER "
                           "DEALINGS IN THE SOFTWARE.</p>");
    html += QStringLiteral("<p>%1</p><table cellpadding=\"3\">").arg(tr("akdesk builds on:"));
    html += row.arg(tr("Qt %1").arg(QString::fromLatin1(qVersion())),
                    tr("GNU Lesser General Public License v3 (LGPL-3.0-only)"),
                    QStringLiteral("https://www.qt.io/licensing/open-source-lgpl-obligations"));
    html += row.arg(tr("QtKeychain"), tr("BSD 3-Clause licence"),
                    QStringLiteral("https://github.com/frankosterfeld/qtkeychain/blob/main/COPYING"));
    html += row.arg(tr("authentik API schema"), tr("MIT licence"),
                    QStringLiteral("https://github.com/goauthentik/authentik/blob/main/LICENSE"));
    html += QStringLiteral("</table><p>%1</p>")
                .arg(tr("Qt is used as shared libraries of your system, which you may replace with your own build."));
    return html;
}

} // namespace akdesk
