#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QLineEdit;
class QMenuBar;
class QTreeWidget;

namespace akdesk {

/// One heading of the shortcuts dialog: a menu, or a place where keys act locally.
struct ShortcutGroup
{
    QString title;
    QList<QPair<QString, QString>> entries;  ///< what it does, its keys (native text)
};

/// Every keyboard shortcut of the window, grouped by menu and by the place where it acts
/// (editor, bindings, drafts…), with a filter. Built from the live actions, so it cannot drift.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    ShortcutsDialog(const QList<ShortcutGroup> &groups, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    /// The menus' actions that have a shortcut (or show one after a tab in their text).
    static QList<ShortcutGroup> fromMenuBar(const QMenuBar *bar);
    /// An action's text as read: "&New stage…\tCtrl+N" → "New stage…" ("&&" stays one "&").
    static QString plainText(QString text);
    QTreeWidget *table() const { return m_table; }
    QLineEdit *filterField() const { return m_filter; }

private:
    void applyFilter(const QString &text);

    QTreeWidget *m_table;
    QLineEdit *m_filter;
};

} // namespace akdesk
