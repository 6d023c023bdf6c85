#include "views/connection/connectionsdialog.h"

#include "models/api/apiclient.h"
#include "models/connection/connectiontester.h"
#include "models/connection/tokenvault.h"
#include "views/common/icons.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSslCertificate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace akdesk {

ConnectionsDialog::ConnectionsDialog(ProfileStore *profiles, TokenVault *vault, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_vault(vault)
    , m_list(new QListWidget)
    , m_name(new QLineEdit)
    , m_url(new QLineEdit)
    , m_token(new QLineEdit)
    , m_ca(new QLineEdit)
    , m_timeout(new QSpinBox)
    , m_plainHttp(new QCheckBox(tr("Allow plain &http to this server (the token travels unencrypted)")))
    , m_tokenFile(new QCheckBox(tr("Without a keychain, keep the token in a &file readable only by me")))
    , m_results(new QTreeWidget)
    , m_status(new QLabel)
    , m_testClient(new ApiClient(this))
    , m_tester(new ConnectionTester(m_testClient, this))
{
    setWindowTitle(tr("Connections"));
    m_list->setObjectName(QStringLiteral("profiles"));
    m_list->setAccessibleName(tr("Connection profiles"));
    m_name->setObjectName(QStringLiteral("name"));
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setPlaceholderText(QStringLiteral("https://auth.example.com"));
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("an API token of an administrator (Directory ▸ Tokens)"));
    m_ca->setObjectName(QStringLiteral("caFile"));
    m_ca->setPlaceholderText(tr("the system's certificate authorities"));
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(30);
    m_plainHttp->setObjectName(QStringLiteral("allowPlainHttp"));
    m_tokenFile->setObjectName(QStringLiteral("tokenFile"));
    m_results->setObjectName(QStringLiteral("testResults"));
    m_results->setHeaderLabels({tr("Check"), tr("Result")});
    m_results->setRootIsDecorated(false);
    m_results->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);

    auto addButton = [this](const QString &name, const QString &text) {
        auto *button = new QPushButton(text);
        button->setObjectName(name);
        m_buttons.append(button);
        return button;
    };
    QPushButton *add = addButton(QStringLiteral("add"), tr("&Add"));
    QPushButton *remove = addButton(QStringLiteral("remove"), tr("&Remove…"));
    QPushButton *browse = addButton(QStringLiteral("browse"), tr("&Browse…"));
    QPushButton *test = addButton(QStringLiteral("test"), tr("T&est connection"));
    QPushButton *save = addButton(QStringLiteral("save"), tr("&Save"));
    QPushButton *connectButton = addButton(QStringLiteral("connect"), tr("&Connect"));
    connectButton->setDefault(true);
    add->setIcon(Icons::action(Icons::Action::Add));
    remove->setIcon(Icons::action(Icons::Action::Remove));
    save->setIcon(Icons::action(Icons::Action::Save));
    test->setIcon(Icons::action(Icons::Action::Refresh));
    connectButton->setIcon(Icons::status(Icons::Status::Online));
    connect(add, &QPushButton::clicked, this, &ConnectionsDialog::addProfile);
    connect(remove, &QPushButton::clicked, this, &ConnectionsDialog::removeProfile);
    connect(test, &QPushButton::clicked, this, &ConnectionsDialog::testConnection);
    connect(save, &QPushButton::clicked, this, &ConnectionsDialog::saveProfile);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Certificate authorities (PEM)"), m_ca->text(),
                                                          tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_ca->setText(file);
    });
    connect(connectButton, &QPushButton::clicked, this, &ConnectionsDialog::connectToProfile);

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Server &URL:"), m_url);
    form->addRow(tr("&Token:"), m_token);
    form->addRow(QString(), m_tokenFile);
    auto *caLabel = new QLabel(tr("CA fi&le:"));
    caLabel->setBuddy(m_ca);
    form->addRow(caLabel, caRow);
    form->addRow(tr("T&imeout:"), m_timeout);
    form->addRow(QString(), m_plainHttp);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(test);
    testRow->addStretch(1);
    testRow->addWidget(save);
    testRow->addWidget(connectButton);

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_results, 1);
    right->addWidget(m_status);
    right->addLayout(testRow);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    left->addLayout(listButtons);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 3);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(close);
    resize(860, 520);

    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (const std::optional<ConnectionProfile> profile = m_profiles->profile(name))
            showProfile(*profile);
    });
    connect(m_url, &QLineEdit::textChanged, this, &ConnectionsDialog::updateState);
    connect(m_url, &QLineEdit::textEdited, this, [this] { m_urlTouched = true; });
    connect(m_name, &QLineEdit::textChanged, this, &ConnectionsDialog::updateState);
    connect(m_timeout, &QSpinBox::valueChanged, this, &ConnectionsDialog::updateState);
    connect(m_plainHttp, &QCheckBox::toggled, this, [this](bool checked) {
        if (!checked || !isVisible())
            return updateState();
        const auto answer = QMessageBox::warning(
            this, tr("Plain http"),
            tr("With plain http the token and everything akdesk reads and writes travel unencrypted to %1. "
               "Anyone on the network between can read them. Allow it for this profile?").arg(QUrl(m_url->text()).host()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            m_plainHttp->setChecked(false);
        updateState();
    });
    connect(m_vault, &TokenVault::loaded, this, [this](const QString &profile, const QString &token, TokenVault::Storage from) {
        if (profile != m_name->text())
            return;
        m_loadedToken = token;
        m_token->clear();
        m_token->setPlaceholderText(token.isEmpty() ? tr("no token stored yet")
                                                    : tr("stored %1; type to replace").arg(TokenVault::storageText(from)));
    });
    connect(m_vault, &TokenVault::stored, this, &ConnectionsDialog::tokenStored);
    connect(m_tester, &ConnectionTester::progressed, this, [this](const ConnectionTester::Result &result) {
        // The icon says passed or failed; the words say it too, for screen readers and tooltips.
        const QString verdict = result.skipped ? tr("Skipped") : result.ok ? tr("Passed") : tr("Failed");
        auto *row = new QTreeWidgetItem(m_results, {ConnectionTester::checkName(result.check), result.message});
        row->setToolTip(1, QStringLiteral("%1: %2").arg(verdict, result.message));
        row->setData(1, Qt::AccessibleTextRole, QStringLiteral("%1: %2").arg(verdict, result.message));
        row->setIcon(1, Icons::status(result.skipped ? Icons::Status::Pending
                                      : result.ok    ? Icons::Status::Online
                                                     : Icons::Status::Rejected));
        if (!result.ok && !result.skipped)
            row->setForeground(1, QColor(0xb0, 0x2a, 0x1f));
    });
    connect(m_tester, &ConnectionTester::finished, this, [this](bool passed) {
        m_status->setText(passed ? tr("Everything works.") : tr("The connection does not work yet; see the first failed check."));
        updateState();
    });
    reloadList();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateState();
}

ConnectionsDialog::~ConnectionsDialog() = default;

QPushButton *ConnectionsDialog::button(const QString &name) const
{
    for (QPushButton *button : m_buttons) {
        if (button->objectName() == name)
            return button;
    }
    return nullptr;
}

QString ConnectionsDialog::tokenText() const
{
    return m_token->text().trimmed().isEmpty() ? m_loadedToken : m_token->text().trimmed();
}

ConnectionProfile ConnectionsDialog::formProfile() const
{
    ConnectionProfile profile;
    profile.name = m_name->text().trimmed();
    profile.serverUrl = QUrl::fromUserInput(m_url->text().trimmed());
    profile.caFile = m_ca->text().trimmed();
    profile.timeoutSeconds = m_timeout->value();
    profile.allowPlainHttp = m_plainHttp->isChecked();
    profile.tokenFileAllowed = m_tokenFile->isChecked();
    return profile;
}

void ConnectionsDialog::reloadList()
{
    const QString current = m_list->currentItem() ? m_list->currentItem()->text() : QString();
    m_list->clear();
    for (const ConnectionProfile &profile : m_profiles->profiles())
        m_list->addItem(new QListWidgetItem(Icons::action(Icons::Action::Connections), profile.name));
    if (!current.isEmpty())
        select(current);
}

void ConnectionsDialog::select(const QString &name)
{
    const QList<QListWidgetItem *> found = m_list->findItems(name, Qt::MatchExactly);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.first());
}

void ConnectionsDialog::showProfile(const ConnectionProfile &profile)
{
    m_urlTouched = m_profiles->profile(profile.name).has_value();  // a new one: not yet typed
    const QSignalBlocker block(m_plainHttp);
    m_name->setText(profile.name);
    m_url->setText(profile.serverUrl.toString());
    m_ca->setText(profile.caFile);
    m_timeout->setValue(profile.timeoutSeconds);
    m_plainHttp->setChecked(profile.allowPlainHttp);
    m_tokenFile->setChecked(profile.tokenFileAllowed);
    m_token->clear();
    m_loadedToken.clear();
    m_results->clear();
    m_status->clear();
    m_vault->load(profile.name);
    updateState();
}

void ConnectionsDialog::updateState()
{
    const ConnectionProfile profile = formProfile();
    const QString problem = profile.problem();
    m_plainHttp->setVisible(profile.isInsecure() || profile.allowPlainHttp);
    button(QStringLiteral("save"))->setEnabled(problem.isEmpty());
    button(QStringLiteral("connect"))->setEnabled(problem.isEmpty());
    button(QStringLiteral("test"))->setEnabled(problem.isEmpty() && !m_tester->isRunning());
    button(QStringLiteral("remove"))->setEnabled(m_list->currentItem() != nullptr);
    // A problem is shown once the user typed the address (or tried to save), not on a blank form.
    if (!problem.isEmpty() && !m_name->text().isEmpty() && m_urlTouched) {
        m_status->setText(problem);
        m_shownProblem = problem;
    } else if (!m_shownProblem.isEmpty() && m_status->text() == m_shownProblem) {
        m_status->clear();  // fixed: a stale warning would contradict the form
        m_shownProblem.clear();
    }
}

void ConnectionsDialog::connectToProfile()
{
    const QString typedToken = m_token->text().trimmed();
    const bool typed = !typedToken.isEmpty();
    saveProfile();  // shows the saved profile again, which clears the token field
    const ConnectionProfile profile = formProfile();
    if (!profile.problem().isEmpty())
        return;
    if (typed)
        m_loadedToken = typedToken;  // what tokenText() gives whoever connects
    if (tokenText().isEmpty()) {
        m_status->setText(tr("Enter the API token for “%1” (authentik: Directory ▸ Tokens).").arg(profile.name));
        m_token->setFocus();
        return;
    }
    if (!typed) {
        finishConnect(profile.name);
        return;
    }
    // Where the token went decides what to tell the user; the vault says so in tokenStored().
    m_connectPending = profile.name;
    m_status->setText(tr("Keeping the token…"));
    for (QPushButton *button : std::as_const(m_buttons))
        button->setEnabled(false);
}

void ConnectionsDialog::tokenStored(const QString &profile, TokenVault::Storage where, const QString &message)
{
    m_status->setText(message);
    if (profile != m_connectPending)
        return;
    if (where == TokenVault::Storage::Session && !m_tokenFile->isChecked()) {
        QMessageBox ask(QMessageBox::Warning, tr("No keychain"), message, QMessageBox::NoButton, this);
        ask.setInformativeText(tr("Keep the token in a file readable only by you (%1)? Otherwise akdesk asks for "
                                  "it again at the next start.").arg(m_vault->tokenFile(profile)));
        QPushButton *file = ask.addButton(tr("Keep in a &file"), QMessageBox::AcceptRole);
        ask.addButton(tr("For this &session only"), QMessageBox::RejectRole);
        ask.setDefaultButton(file);
        ask.exec();
        if (ask.clickedButton() == file) {
            m_tokenFile->setChecked(true);
            ConnectionProfile saved = formProfile();
            m_profiles->save(saved);
            m_vault->store(profile, m_loadedToken, true);  // comes back here, stored in the file
            return;
        }
    }
    m_connectPending.clear();
    finishConnect(profile);
}

void ConnectionsDialog::finishConnect(const QString &profile)
{
    m_connectPending.clear();
    m_chosen = profile;
    updateState();
    Q_EMIT connectRequested(profile);
    accept();
}

void ConnectionsDialog::addProfile()
{
    m_list->clearSelection();
    m_list->setCurrentItem(nullptr);
    ConnectionProfile fresh;
    fresh.name = tr("new connection");
    fresh.serverUrl = QUrl(QStringLiteral("https://"));
    showProfile(fresh);
    m_name->setFocus();
    m_name->selectAll();
}

void ConnectionsDialog::removeProfile()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString name = item->text();
    if (QMessageBox::question(this, tr("Remove connection"),
                              tr("Remove “%1” and its stored token? Its drafts stay on disk.").arg(name))
        != QMessageBox::Yes)
        return;
    m_profiles->remove(name);
    m_vault->forget(name);
    reloadList();
}

void ConnectionsDialog::saveProfile()
{
    m_urlTouched = true;
    const ConnectionProfile profile = formProfile();
    if (const QString problem = profile.problem(); !problem.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    QList<QSslCertificate> cas;
    if (const QString error = loadCertificates(profile.caFile, &cas); !error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    m_profiles->save(profile);
    if (!m_token->text().trimmed().isEmpty()) {
        m_loadedToken = m_token->text().trimmed();
        m_vault->store(profile.name, m_loadedToken, profile.tokenFileAllowed);
        m_token->clear();
    }
    reloadList();
    select(profile.name);
}

QString ConnectionsDialog::loadCertificates(const QString &file, QList<QSslCertificate> *out)
{
    out->clear();
    if (file.isEmpty())
        return {};
    QFile pem(file);
    if (!pem.open(QIODevice::ReadOnly))
        return tr("The CA file %1 cannot be read: %2").arg(file, pem.errorString());
    *out = QSslCertificate::fromData(pem.readAll(), QSsl::Pem);
    if (out->isEmpty())
        return tr("The CA file %1 holds no PEM certificate.").arg(file);
    return {};
}

void ConnectionsDialog::configure(ApiClient *client) const
{
    const ConnectionProfile profile = formProfile();
    client->setServerUrl(profile.serverUrl);
    client->setToken(tokenText());
    client->setTimeout(profile.timeoutSeconds * 1000);
    client->setAllowPlainHttp(profile.allowPlainHttp);
    client->setRetries(0);
    QList<QSslCertificate> cas;
    loadCertificates(profile.caFile, &cas);
    client->setExtraCaCertificates(cas);
}

void ConnectionsDialog::testConnection()
{
    m_results->clear();
    QList<QSslCertificate> cas;
    if (const QString error = loadCertificates(formProfile().caFile, &cas); !error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    configure(m_testClient);
    m_status->setText(tr("Testing…"));
    m_tester->start();
    updateState();
}

} // namespace akdesk
