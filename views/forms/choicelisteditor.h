#pragma once

#include "views/forms/fieldeditor.h"

#include <QStringList>

class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace akdesk {

class ReferenceModel;

/// A checkable list for fields that hold several choices: enum arrays (`user_fields`) or
/// lists of references (`sources`). Keeps the order the choices are offered in. References are
/// asked for when the list is first used, or when a checked one needs its name.
class ChoiceListEditor final : public FieldEditor
{
    Q_OBJECT
public:
    /// Enum choices when `references` is null, else the rows of the reference model.
    ChoiceListEditor(const FieldDescriptor &field, ReferenceModel *references, QWidget *parent);
    void setValue(const QJsonValue &value) override;
    QWidget *focusWidget() override;
    QString nameOf(const QString &id) const override;

    QListWidget *list() const { return m_list; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void emitChecked();

    ReferenceModel *m_references;
    QString m_fieldName;
    QStringList m_enumValues;
    QStringList m_selected;   ///< ids or enum values currently checked
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list;
    bool m_updating = false;
};

} // namespace akdesk
