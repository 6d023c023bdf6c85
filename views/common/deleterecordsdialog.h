#pragma once

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace akdesk {

class DeletionPlan;
class Workspace;
struct ResourceDescriptor;

/// Confirms a delete of one or more records (stages or flows) after showing, per record, what else
/// goes with it or changes (from used_by). Delete stays disabled until all of that is known; Cancel is the default.
class DeleteRecordsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteRecordsDialog)

public:
    /// Stages of any kind, or records of `resource` (flows) when given.
    /// The deletes go through the workspace's writer; those the server cannot receive now are queued.
    DeleteRecordsDialog(Workspace *workspace, const QList<QJsonObject> &stages, QWidget *parent = nullptr,
                        const ResourceDescriptor *resource = nullptr);
    ~DeleteRecordsDialog() override;

    QTreeWidget *consequences() const { return m_tree; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *status() const { return m_status; }
    DeletionPlan *plan() const { return m_plan; }

Q_SIGNALS:
    /// The pks of the stages that are gone now.
    void deleted(const QStringList &pks);
    /// `count` deletes were queued as drafts (offline).
    void queued(int count);

private:
    void showUsage();
    void showResults();

    DeletionPlan *m_plan;
    QTreeWidget *m_tree;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_delete;
    QPushButton *m_cancel;
};

} // namespace akdesk
