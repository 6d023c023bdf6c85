#include "views/flows/bindingsettestdialog.h"

#include "models/items/policybindingsmodel.h"
#include "models/items/referencedirectory.h"
#include "models/items/referencemodel.h"
#include "models/schema/fielddescriptor.h"
#include "models/session/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace akdesk {

BindingSetTestDialog::BindingSetTestDialog(Workspace *workspace, const QString &targetLabel,
                                           const QList<QJsonObject> &bindings, const QString &mode, QWidget *parent)
    : QDialog(parent)
    , m_bindings(bindings)
    , m_mode(mode)
    , m_test(new BindingSetTest(workspace->client(), this))
    , m_user(new QComboBox)
    , m_run(new QPushButton(tr("Run")))
    , m_results(new QTreeWidget)
    , m_overall(new QLabel)
    , m_log(new QPlainTextEdit)
{
    setWindowTitle(tr("Test who reaches %1").arg(targetLabel));
    m_user->setObjectName(QStringLiteral("testUser"));
    m_run->setObjectName(QStringLiteral("testRun"));
    m_results->setObjectName(QStringLiteral("testResults"));
    m_overall->setObjectName(QStringLiteral("testOverall"));
    m_log->setObjectName(QStringLiteral("testLog"));
    FieldDescriptor users;
    users.reference = QStringLiteral("users");
    ReferenceModel *list = workspace->references()->modelFor(users);
    m_user->setModel(list);
    list->ensureLoaded();
    m_user->setCurrentIndex(list->rowCount() > 0 ? 0 : -1);
    connect(list, &ReferenceModel::loaded, this, [this] {
        if (m_user->currentIndex() < 0 && m_user->count() > 0)
            m_user->setCurrentIndex(0);
        m_run->setEnabled(m_user->currentIndex() >= 0);
    });
    m_run->setEnabled(m_user->currentIndex() >= 0);
    m_results->setColumnCount(3);
    m_results->setHeaderLabels({tr("Binding"), tr("Result"), tr("Messages")});
    m_results->setRootIsDecorated(false);
    m_results->header()->setStretchLastSection(true);
    m_log->setReadOnly(true);
    m_log->setPlaceholderText(tr("The server's log lines appear here."));
    m_overall->setWordWrap(true);
    m_overall->setText(mode == QLatin1String("all") ? tr("Every enabled binding must pass (policy engine mode “all”).")
                                                    : tr("One enabled binding must pass (policy engine mode “any”)."));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("User:")));
    top->addWidget(m_user, 1);
    top->addWidget(m_run);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_results, 2);
    layout->addWidget(m_overall);
    layout->addWidget(new QLabel(tr("Log:")));
    layout->addWidget(m_log, 1);
    layout->addWidget(buttons);
    resize(640, 480);
    connect(m_run, &QPushButton::clicked, this, &BindingSetTestDialog::run);
    connect(m_test, &BindingSetTest::finished, this, &BindingSetTestDialog::showOutcomes);
}

BindingSetTestDialog::~BindingSetTestDialog() = default;

QString BindingSetTestDialog::verdictText(BindingSetTest::Verdict verdict)
{
    switch (verdict) {
    case BindingSetTest::Verdict::Pass: return tr("Passes");
    case BindingSetTest::Verdict::Fail: return tr("Denied");
    case BindingSetTest::Verdict::Unknown: return tr("Unknown");
    case BindingSetTest::Verdict::Skipped: return tr("Skipped (disabled)");
    }
    return {};
}

void BindingSetTestDialog::run()
{
    if (m_user->currentIndex() < 0)
        return;
    m_run->setEnabled(false);
    m_results->clear();
    m_log->clear();
    m_overall->setText(tr("Testing…"));
    m_test->run(m_bindings, m_mode, m_user->currentData(ReferenceModel::IdRole).toString());
}

void BindingSetTestDialog::showOutcomes(const QList<BindingSetTest::Outcome> &outcomes, BindingSetTest::Verdict overall)
{
    m_run->setEnabled(true);
    QStringList log;
    for (const BindingSetTest::Outcome &outcome : outcomes) {
        const QString name = PolicyBindingsModel::describe(outcome.binding);
        auto *item = new QTreeWidgetItem(m_results, {name, verdictText(outcome.verdict), outcome.messages.join(QLatin1Char(' '))});
        item->setToolTip(2, outcome.messages.join(QLatin1Char('\n')));
        for (const QString &line : outcome.log)
            log.append(QStringLiteral("%1: %2").arg(name, line));
    }
    m_log->setPlainText(log.join(QLatin1Char('\n')));
    const QString user = m_user->currentText();
    switch (overall) {
    case BindingSetTest::Verdict::Pass:
        m_overall->setText(tr("%1 passes: the set lets this user through.").arg(user));
        break;
    case BindingSetTest::Verdict::Fail:
        m_overall->setText(tr("%1 is denied by the set.").arg(user));
        break;
    default:
        m_overall->setText(tr("Unknown for %1: a policy the server could not test decides it.").arg(user));
        break;
    }
}

} // namespace akdesk
