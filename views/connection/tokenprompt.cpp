#include "views/connection/tokenprompt.h"

#include "views/common/icons.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace akdesk {

TokenPrompt::TokenPrompt(const ConnectionProfile &profile, const QString &keychainProblem, QWidget *parent)
    : QDialog(parent)
    , m_token(new QLineEdit)
    , m_file(new QCheckBox(tr("Keep the token in a &file readable only by me")))
    , m_connect(new QPushButton(tr("&Connect")))
    , m_offlineButton(new QPushButton(tr("Work &offline")))
{
    setWindowTitle(tr("Token for “%1”").arg(profile.name));
    auto *explanation = new QLabel;
    explanation->setWordWrap(true);
    QString text = tr("akdesk has no API token stored for “%1” (%2). Enter an administrator's token "
                      "(authentik: Directory ▸ Tokens).")
                       .arg(profile.name.toHtmlEscaped(), profile.serverUrl.toDisplayString().toHtmlEscaped());
    if (!keychainProblem.isEmpty()) {
        text += QStringLiteral("<br><br>")
                + tr("No keychain is available (%1): a token kept for one session is gone after akdesk ends. "
                     "Tick the box below to keep it in a file readable only by you.")
                      .arg(keychainProblem.toHtmlEscaped());
    }
    explanation->setText(text);
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("API token"));
    m_file->setObjectName(QStringLiteral("tokenFile"));
    m_file->setChecked(profile.tokenFileAllowed);
    m_file->setVisible(!keychainProblem.isEmpty() || profile.tokenFileAllowed);
    m_connect->setObjectName(QStringLiteral("connect"));
    m_connect->setIcon(Icons::status(Icons::Status::Online));
    m_connect->setDefault(true);
    m_connect->setEnabled(false);
    m_offlineButton->setObjectName(QStringLiteral("offline"));
    m_offlineButton->setIcon(Icons::status(Icons::Status::Offline));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_offlineButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_offlineButton, &QPushButton::clicked, this, [this] {
        m_offline = true;
        accept();
    });
    connect(m_token, &QLineEdit::textChanged, this,
            [this](const QString &typed) { m_connect->setEnabled(!typed.trimmed().isEmpty()); });

    auto *form = new QFormLayout;
    form->addRow(tr("&Token:"), m_token);
    form->addRow(QString(), m_file);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
    m_token->setFocus();
}

TokenPrompt::~TokenPrompt() = default;

QString TokenPrompt::token() const
{
    return m_token->text().trimmed();
}

bool TokenPrompt::keepInFile() const
{
    return m_file->isChecked();
}

} // namespace akdesk
