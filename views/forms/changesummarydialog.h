#pragma once

#include <QDialog>

#include <functional>

class QTreeWidget;

namespace akdesk {

class FormModel;

/// Before a save that changes more than one field: which fields change, from what to what.
class ChangeSummaryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeSummaryDialog)

public:
    /// The name people know a referenced record by (a stage's name for its pk), or empty when it
    /// is not known: then the value itself is shown.
    using NameOf = std::function<QString(const QString &field, const QString &id)>;

    explicit ChangeSummaryDialog(const FormModel &form, QWidget *parent = nullptr, NameOf nameOf = {});
    ~ChangeSummaryDialog() override;

    QTreeWidget *changes() const { return m_changes; }
    /// A JSON value as one line of text for people ("—" for empty).
    static QString describe(const QJsonValue &value);
    /// The same, with the references of `field` named where `nameOf` knows them.
    static QString describe(const QString &field, const QJsonValue &value, const NameOf &nameOf);

private:
    QTreeWidget *m_changes;
};

} // namespace akdesk
