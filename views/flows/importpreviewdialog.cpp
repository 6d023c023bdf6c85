#include "views/flows/importpreviewdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace akdesk {

using blueprints::PlannedEntry;
using Action = PlannedEntry::Action;

namespace {

QString shown(const QJsonValue &value)
{
    if (value.isUndefined())
        return QString();
    if (blueprints::placeholderEntry(value) >= 0)
        return ImportPreviewDialog::tr("(the new object)");
    if (value.isNull())
        return ImportPreviewDialog::tr("(none)");
    if (value.isString())
        return value.toString().isEmpty() ? ImportPreviewDialog::tr("(empty)") : value.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

bool writes(Action action)
{
    return action == Action::Create || action == Action::Update || action == Action::Delete;
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const QString &heading, bool canApplyAll, QWidget *parent)
    : QDialog(parent)
    , m_heading(new QLabel(heading, this))
    , m_summary(new QLabel(tr("Reading what the server holds…"), this))
    , m_tree(new QTreeWidget(this))
    , m_showUnchanged(new QCheckBox(tr("Show &unchanged entries"), this))
    , m_notes(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Preview: %1").arg(heading));
    setObjectName(QStringLiteral("importPreview"));
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_tree->setObjectName(QStringLiteral("entries"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Object"), tr("Will be"), tr("On the server now"), tr("From the blueprint")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_showUnchanged->setObjectName(QStringLiteral("showUnchanged"));
    m_notes->setObjectName(QStringLiteral("report"));
    m_notes->setReadOnly(true);
    m_notes->setMaximumHeight(140);
    m_notes->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (canApplyAll) {
        m_applyAll = buttons->addButton(tr("Apply &all (server import)"), QDialogButtonBox::ActionRole);
        m_applyAll->setObjectName(QStringLiteral("applyAll"));
        m_applyAll->setToolTip(tr("The server applies the whole blueprint in one transaction: all of it, or nothing."));
        connect(m_applyAll, &QPushButton::clicked, this, &ImportPreviewDialog::applyAllRequested);
    }
    m_applyChosen = buttons->addButton(tr("Apply &ticked"), QDialogButtonBox::AcceptRole);
    m_applyChosen->setObjectName(QStringLiteral("applyChosen"));
    m_applyChosen->setToolTip(tr("Writes the ticked entries one by one, in the blueprint's order."));
    connect(m_applyChosen, &QPushButton::clicked, this, [this] { Q_EMIT applyChosenRequested(chosen()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_applyChosen->setEnabled(false);
    if (m_applyAll)
        m_applyAll->setEnabled(false);

    connect(m_showUnchanged, &QCheckBox::toggled, this, [this] { fill(); });
    connect(m_tree, &QTreeWidget::itemChanged, this, [this] { m_applyChosen->setEnabled(!chosen().isEmpty()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_showUnchanged);
    layout->addWidget(m_notes);
    layout->addWidget(buttons);
    resize(980, 560);
}

void ImportPreviewDialog::setPlan(const blueprints::ImportPlan &plan, const QStringList &notes)
{
    m_plan = plan;
    m_summary->setText(plan.valid() ? tr("Will do: %1.").arg(plan.summary())
                                    : tr("Cannot be applied as it is: %1. The entries marked say why.").arg(plan.summary()));
    if (!notes.isEmpty()) {
        m_notes->setPlainText(notes.join(QLatin1Char('\n')));
        m_notes->show();
    }
    fill();
    if (m_applyAll)
        m_applyAll->setEnabled(plan.valid() && plan.changes());
    m_applyChosen->setEnabled(!chosen().isEmpty());
}

void ImportPreviewDialog::fill()
{
    const QSignalBlocker block(m_tree);
    const QSet<int> before = chosen();
    const bool first = m_tree->topLevelItemCount() == 0;
    m_tree->clear();
    const QColor created(0x2e, 0x7d, 0x32);
    const QColor updated(0x15, 0x65, 0xc0);
    const QColor refused(0xc6, 0x28, 0x28);
    for (const PlannedEntry &entry : std::as_const(m_plan.entries)) {
        const bool quiet = !writes(entry.action) && entry.action != Action::Invalid;
        if (quiet && !m_showUnchanged->isChecked())
            continue;
        auto *item = new QTreeWidgetItem(m_tree, {entry.title(), blueprints::actionText(entry.action)});
        item->setData(0, Qt::UserRole, entry.index);
        item->setToolTip(0, entry.model);
        if (writes(entry.action)) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, first || before.contains(entry.index) ? Qt::Checked : Qt::Unchecked);
        }
        const QColor colour = entry.action == Action::Create ? created : entry.action == Action::Update ? updated
                            : entry.action == Action::Invalid ? refused : QColor();
        if (colour.isValid())
            item->setForeground(1, colour);
        if (entry.action == Action::Update || entry.action == Action::Create) {
            for (const blueprints::FieldChange &change : entry.changes) {
                auto *field = new QTreeWidgetItem(item, {change.field, QString(), shown(change.server), shown(change.blueprint)});
                field->setToolTip(3, shown(change.blueprint));
                field->setToolTip(2, shown(change.server));
            }
        }
        for (const QString &problem : entry.unresolved + entry.problems) {
            auto *line = new QTreeWidgetItem(item, {problem});
            line->setFirstColumnSpanned(true);
            line->setForeground(0, entry.action == Action::Invalid ? refused : palette().color(QPalette::PlaceholderText));
        }
        item->setExpanded(entry.action == Action::Update || entry.action == Action::Invalid);
    }
    m_tree->resizeColumnToContents(0);
    m_tree->resizeColumnToContents(1);
    m_tree->setColumnWidth(2, qMax(m_tree->columnWidth(2), 220));
}

QSet<int> ImportPreviewDialog::chosen() const
{
    QSet<int> indexes;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState(0) == Qt::Checked)
            indexes.insert(item->data(0, Qt::UserRole).toInt());
    }
    return indexes;
}

void ImportPreviewDialog::showProgress(int done, int total, const QString &title)
{
    m_applyChosen->setEnabled(false);
    if (m_applyAll)
        m_applyAll->setEnabled(false);
    if (!title.isEmpty())
        m_summary->setText(tr("Applying %1 (%2 of %3)…").arg(title).arg(done + 1).arg(total));
}

void ImportPreviewDialog::showReport(const BlueprintImport::Report &report)
{
    QStringList lines;
    for (const BlueprintImport::Step &step : report.done)
        lines << tr("Done: %1 (%2)").arg(step.title, blueprints::actionText(step.action));
    for (const QJsonObject &log : report.logs) {
        if (log.value(QLatin1String("log_level")).toString() != QLatin1String("debug"))
            lines << tr("Server: %1").arg(log.value(QLatin1String("event")).toString());
    }
    if (report.ok) {
        m_summary->setText(report.viaServerImport ? tr("The server imported the blueprint.")
                                                  : tr("Applied: %n change(s) written.", nullptr, int(report.done.size())));
    } else if (report.viaServerImport) {
        m_summary->setText(tr("The server refused the blueprint; nothing was changed. %1").arg(report.error));
    } else {
        m_summary->setText(tr("Stopped at %1: %2. What is listed as done exists on the server now; the rest was not attempted.")
                               .arg(report.failedAt, report.error));
        for (const QString &rest : report.notApplied)
            lines << tr("Not attempted: %1").arg(rest);
    }
    m_notes->setPlainText(lines.join(QLatin1Char('\n')));
    m_notes->show();
}

} // namespace akdesk
