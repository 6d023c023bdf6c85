#pragma once

#include "models/drafts/draft.h"
#include "models/drafts/merge.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QButtonGroup;
class QLineEdit;

namespace akdesk {

struct ResourceDescriptor;

/// Settles the conflicts of one draft field by field: keep mine, take the server's, or edit a
/// value of my own. Fields only one side changed are listed as they will merge.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    enum Choice { Mine, Theirs, Edit };

    ConflictDialog(const Draft &draft, const ResourceDescriptor *resource, QWidget *parent = nullptr);
    ~ConflictDialog() override;

    /// The value picked for each conflicting field.
    QJsonObject chosen() const;
    QStringList conflictingFields() const { return m_conflicts; }
    void choose(const QString &field, Choice choice);
    void chooseAll(Choice choice);

    /// Reads text typed for a field back into the JSON type of `like`.
    static QJsonValue valueFromText(const QString &text, const QJsonValue &like);
    static QString textFromValue(const QJsonValue &value);

private:
    MergeResult m_merge;
    QStringList m_conflicts;
    QHash<QString, QButtonGroup *> m_groups;
    QHash<QString, QLineEdit *> m_edits;
};

} // namespace akdesk
