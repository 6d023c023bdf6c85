#pragma once

#include "models/blueprints/importplan.h"
#include "models/operations/blueprintimport.h"

#include <QDialog>
#include <QSet>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace akdesk {

/// What a blueprint (or a flow promoted from another server) will do on a server, before
/// anything is written: each entry with what it is, whether it will be created, updated (each
/// field: server now → blueprint), left unchanged, or cannot be applied (and why, with the
/// references that do not resolve). Unchanged entries are folded away unless asked for. The user
/// applies all (the server's own import, all or nothing, its logs shown) or the ticked entries
/// (written one by one); the report says what was done and, after a failure, what exists now.
class ImportPreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `heading` says what goes where ("promo.yaml on production"); `canApplyAll` offers the
    /// server's import (a file) besides applying the ticked entries one by one.
    ImportPreviewDialog(const QString &heading, bool canApplyAll, QWidget *parent = nullptr);

    void setPlan(const blueprints::ImportPlan &plan, const QStringList &notes = {});
    /// The entries ticked to be applied (entry indexes).
    QSet<int> chosen() const;
    void showProgress(int done, int total, const QString &title);
    void showReport(const BlueprintImport::Report &report);
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void applyAllRequested();
    void applyChosenRequested(const QSet<int> &entries);

private:
    void fill();

    blueprints::ImportPlan m_plan;
    QLabel *m_heading;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QCheckBox *m_showUnchanged;
    QPlainTextEdit *m_notes;
    QPushButton *m_applyAll = nullptr;
    QPushButton *m_applyChosen;
};

} // namespace akdesk
