#include "views/main/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace akdesk {

namespace {

void collect(const QMenu *menu, ShortcutGroup &group)
{
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions) {
        if (action->isSeparator())
            continue;
        if (action->menu()) {
            collect(action->menu(), group);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            keys.append(sequence.toString(QKeySequence::NativeText));
        // Keys that act only inside one place are shown after a tab, as menus do.
        if (keys.isEmpty() && action->text().contains(QLatin1Char('\t')))
            keys.append(action->text().section(QLatin1Char('\t'), 1));
        if (!keys.isEmpty())
            group.entries.append({ShortcutsDialog::plainText(action->text()), keys.join(QStringLiteral(", "))});
    }
}

} // namespace

QString ShortcutsDialog::plainText(QString text)
{
    text = text.section(QLatin1Char('\t'), 0, 0);
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    return text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
}

QList<ShortcutGroup> ShortcutsDialog::fromMenuBar(const QMenuBar *bar)
{
    QList<ShortcutGroup> groups;
    const QList<QAction *> menus = bar->actions();
    for (const QAction *menuAction : menus) {
        if (!menuAction->menu())
            continue;
        ShortcutGroup group{ShortcutsDialog::plainText(menuAction->text()), {}};
        collect(menuAction->menu(), group);
        if (!group.entries.isEmpty())
            groups.append(group);
    }
    return groups;
}

ShortcutsDialog::ShortcutsDialog(const QList<ShortcutGroup> &groups, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTreeWidget)
    , m_filter(new QLineEdit)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_filter->setObjectName(QStringLiteral("shortcutFilter"));
    m_filter->setPlaceholderText(tr("Filter by action or key…"));
    m_filter->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("&Filter:"));
    filterLabel->setBuddy(m_filter);

    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setColumnCount(2);
    m_table->setHeaderLabels({tr("Action"), tr("Keys")});
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    for (const ShortcutGroup &group : groups) {
        auto *heading = new QTreeWidgetItem(m_table, {group.title});
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
        heading->setFlags(Qt::ItemIsEnabled);
        for (const auto &[text, keys] : group.entries)
            new QTreeWidgetItem(heading, {text, keys});
        heading->setExpanded(true);
    }
    m_table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(false);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(560, 620);
    m_filter->setFocus();
}

ShortcutsDialog::~ShortcutsDialog() = default;

void ShortcutsDialog::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int g = 0; g < m_table->topLevelItemCount(); ++g) {
        QTreeWidgetItem *heading = m_table->topLevelItem(g);
        const bool headingMatches = heading->text(0).contains(needle, Qt::CaseInsensitive);
        int shown = 0;
        for (int i = 0; i < heading->childCount(); ++i) {
            QTreeWidgetItem *item = heading->child(i);
            const bool match = needle.isEmpty() || headingMatches || item->text(0).contains(needle, Qt::CaseInsensitive)
                               || item->text(1).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        heading->setHidden(shown == 0);
    }
}

} // namespace akdesk
