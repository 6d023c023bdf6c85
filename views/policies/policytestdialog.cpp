#include "views/policies/policytestdialog.h"

#include "models/api/apiclient.h"
#include "models/items/referencedirectory.h"
#include "models/items/referencemodel.h"
#include "models/records/record.h"
#include "models/schema/fielddescriptor.h"
#include "models/session/workspace.h"
#include "views/common/announce.h"
#include "views/common/theme.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace akdesk {

using records::textOf;

namespace {

/// The users, found by name, username or e-mail, and shown as "name — username".
class UserSearch final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString &text)
    {
        m_text = text;
        invalidateFilter();
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return QSortFilterProxyModel::data(index, role);
        const QJsonObject user = QSortFilterProxyModel::data(index, ReferenceModel::RecordRole).toJsonObject();
        const QString name = textOf(user, "name");
        const QString username = textOf(user, "username");
        if (name.isEmpty() || username.isEmpty() || name == username)
            return QSortFilterProxyModel::data(index, role);
        return QStringLiteral("%1 — %2").arg(name, username);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QString &text = m_text;
        if (text.isEmpty())
            return true;
        const QJsonObject user = sourceModel()->index(row, 0, parent).data(ReferenceModel::RecordRole).toJsonObject();
        for (const char *key : {"name", "username", "email"}) {
            if (textOf(user, key).contains(text, Qt::CaseInsensitive))
                return true;
        }
        return sourceModel()->index(row, 0, parent).data().toString().contains(text, Qt::CaseInsensitive);
    }

private:
    QString m_text;
};

} // namespace

PolicyTestDialog::PolicyTestDialog(Workspace *workspace, const QJsonObject &policy, QWidget *parent)
    : QDialog(parent)
    , m_client(workspace->client())
    , m_path(QStringLiteral("/policies/all/%1/test/").arg(textOf(policy, "pk")))
    , m_filtered(new UserSearch(this))
    , m_search(new QLineEdit)
    , m_users(new QListView)
    , m_context(new QPlainTextEdit)
    , m_contextError(new QLabel)
    , m_run(new QPushButton(tr("&Run")))
    , m_verdict(new QLabel)
    , m_messages(new QLabel)
    , m_log(new QTreeWidget)
{
    setWindowTitle(tr("Test “%1”").arg(textOf(policy, "name")));
    // The users' list the forms' pickers share (ReferenceDirectory): asked for once per window.
    FieldDescriptor userField;
    userField.name = QStringLiteral("user");
    userField.type = FieldType::Integer;
    userField.reference = QStringLiteral("users");
    m_userModel = workspace->references()->modelFor(userField);
    m_filtered->setSourceModel(m_userModel);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_search->setObjectName(QStringLiteral("userSearch"));
    m_search->setPlaceholderText(tr("Search users…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search users"));
    m_users->setObjectName(QStringLiteral("userList"));
    m_users->setModel(m_filtered);
    m_users->setAccessibleName(tr("Users"));
    m_users->setMinimumHeight(m_users->fontMetrics().lineSpacing() * 6);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        static_cast<UserSearch *>(m_filtered)->setText(text.trimmed());
        if (m_filtered->rowCount() > 0 && !m_users->currentIndex().isValid())
            m_users->setCurrentIndex(m_filtered->index(0, 0));
        updateRun();
    });
    connect(m_users->selectionModel(), &QItemSelectionModel::currentChanged, this, &PolicyTestDialog::updateRun);
    // Typed before the list arrived: the first match is chosen once it is there.
    connect(m_filtered, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_search->text().trimmed().isEmpty() && !m_users->currentIndex().isValid() && m_filtered->rowCount() > 0)
            m_users->setCurrentIndex(m_filtered->index(0, 0));
        updateRun();
    });
    connect(m_userModel, &ReferenceModel::loaded, this, &PolicyTestDialog::updateRun);
    m_userModel->ensureLoaded();

    m_context->setObjectName(QStringLiteral("testContext"));
    m_context->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_context->setPlaceholderText(tr("{ }  (optional: a JSON object the policy sees as request.context)"));
    m_context->setAccessibleName(tr("Context"));
    m_context->setTabChangesFocus(true);
    m_context->setMaximumHeight(m_context->fontMetrics().lineSpacing() * 6);
    m_contextError->setObjectName(QStringLiteral("contextError"));
    m_contextError->setWordWrap(true);
    m_contextError->setStyleSheet(QStringLiteral("color: %1;").arg(theme::errorText(palette()).name()));
    connect(m_context, &QPlainTextEdit::textChanged, this, [this] {
        QJsonObject context;
        parseContext(&context);
        updateRun();
    });

    m_run->setObjectName(QStringLiteral("runTest"));
    m_run->setDefault(true);
    connect(m_run, &QPushButton::clicked, this, &PolicyTestDialog::run);

    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_verdict->setFont(big);
    m_messages->setObjectName(QStringLiteral("testMessages"));
    m_messages->setWordWrap(true);
    m_messages->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_log->setObjectName(QStringLiteral("testLog"));
    m_log->setHeaderLabels({tr("Time"), tr("Level"), tr("Event"), tr("Attributes")});
    m_log->setRootIsDecorated(false);
    m_log->setAlternatingRowColors(true);
    m_log->setAccessibleName(tr("The server's log lines"));
    m_log->header()->setStretchLastSection(true);

    auto *form = new QFormLayout;
    auto *userBox = new QVBoxLayout;
    userBox->addWidget(m_search);
    userBox->addWidget(m_users);
    form->addRow(tr("&User:"), userBox);
    auto *contextBox = new QVBoxLayout;
    contextBox->addWidget(m_context);
    contextBox->addWidget(m_contextError);
    form->addRow(tr("&Context:"), contextBox);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(userBox)))
        label->setBuddy(m_search);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(contextBox)))
        label->setBuddy(m_context);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_run, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_verdict);
    layout->addWidget(m_messages);
    layout->addWidget(m_log, 1);
    layout->addWidget(buttons);
    resize(760, 620);
    updateRun();
}

PolicyTestDialog::~PolicyTestDialog() = default;

bool PolicyTestDialog::selectUser(const QString &pk)
{
    const int row = m_userModel->rowOf(pk);
    if (row < 0)
        return false;
    m_search->clear();
    m_users->setCurrentIndex(m_filtered->mapFromSource(m_userModel->index(row, 0)));
    return true;
}

bool PolicyTestDialog::parseContext(QJsonObject *context)
{
    const QString text = m_context->toPlainText().trimmed();
    if (text.isEmpty()) {
        m_contextError->clear();
        return true;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        m_contextError->setText(tr("Not valid JSON at character %1: %2").arg(error.offset + 1).arg(error.errorString()));
        return false;
    }
    // PolicyTestSerializer's context is a JSON object (authentik/policies/api/exec.py).
    if (!doc.isObject()) {
        m_contextError->setText(tr("The context must be a JSON object: { \"key\": value, … }"));
        return false;
    }
    m_contextError->clear();
    *context = doc.object();
    return true;
}

void PolicyTestDialog::updateRun()
{
    m_run->setEnabled(m_users->currentIndex().isValid() && m_contextError->text().isEmpty() && !m_running);
}

void PolicyTestDialog::run()
{
    QJsonObject context;
    if (!m_users->currentIndex().isValid() || !parseContext(&context))
        return;
    // A user's pk is a number (PolicyTestSerializer's user, authentik/policies/api/exec.py).
    const QJsonObject user = m_users->currentIndex().data(ReferenceModel::RecordRole).toJsonObject();
    QJsonObject body{{QStringLiteral("user"), user.value(QLatin1String("pk"))}};
    if (!context.isEmpty())
        body.insert(QStringLiteral("context"), context);
    m_verdict->setText(tr("Running…"));
    m_verdict->setStyleSheet({});
    m_messages->clear();
    m_log->clear();
    m_running = m_client->create(m_path, body);
    updateRun();
    connect(m_running, &ApiReply::finished, this, &PolicyTestDialog::showResult);
}

void PolicyTestDialog::showResult(ApiReply *reply)
{
    m_running = nullptr;
    updateRun();
    if (!reply->ok()) {
        // An expression policy on the sandbox, a user the token may not see: the server's words.
        m_verdict->setText(tr("The server did not run the test: %1").arg(reply->error().message()));
        m_verdict->setStyleSheet(QStringLiteral("color: %1;").arg(theme::errorText(palette()).name()));
        announce(m_verdict, m_verdict->text());
        return;
    }
    const QJsonObject result = reply->object();
    const bool passing = result.value(QLatin1String("passing")).toBool();
    m_verdict->setText(passing ? tr("✔ Passing") : tr("✘ Not passing"));
    m_verdict->setStyleSheet(QStringLiteral("color: %1;")
                                 .arg((passing ? theme::okText(palette()) : theme::errorText(palette())).name()));
    QStringList messages;
    for (const QJsonValue &message : result.value(QLatin1String("messages")).toArray())
        messages.append(message.toString());
    m_messages->setText(messages.isEmpty() ? tr("No messages.") : tr("Messages: %1").arg(messages.join(QLatin1Char('\n'))));
    for (const QJsonValue &value : result.value(QLatin1String("log_messages")).toArray()) {
        const QJsonObject line = value.toObject();
        const QString attributes =
            QString::fromUtf8(QJsonDocument(line.value(QLatin1String("attributes")).toObject()).toJson(QJsonDocument::Compact));
        auto *item = new QTreeWidgetItem(m_log, {textOf(line, "timestamp"), textOf(line, "log_level"), textOf(line, "event"), attributes});
        item->setToolTip(3, attributes);
    }
    m_log->resizeColumnToContents(0);
    m_log->resizeColumnToContents(1);
    announce(m_verdict, m_verdict->text());
}

} // namespace akdesk
