#pragma once

#include <QDialog>

class QTreeWidget;

namespace akdesk {

class FormModel;

/// Before a save that changes more than one field: which fields change, from what to what.
class ChangeSummaryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeSummaryDialog)

public:
    explicit ChangeSummaryDialog(const FormModel &form, QWidget *parent = nullptr);
    ~ChangeSummaryDialog() override;

    QTreeWidget *changes() const { return m_changes; }
    /// A JSON value as one line of text for people ("—" for empty).
    static QString describe(const QJsonValue &value);

private:
    QTreeWidget *m_changes;
};

} // namespace akdesk
