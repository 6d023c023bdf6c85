#pragma once

#include "views/forms/fieldeditor.h"

class QComboBox;

namespace akdesk {

class ReferenceModel;

/// Picks one object of the referenced resource by name, with type-to-search; "(none)" clears a
/// nullable reference. An id the list does not hold is still shown, never silently dropped. The
/// list is asked for when the picker opens, typing starts, or a value needs its name.
class ReferenceEditor final : public FieldEditor
{
    Q_OBJECT
public:
    ReferenceEditor(const FieldDescriptor &field, ReferenceModel *references, QWidget *parent);
    void setValue(const QJsonValue &value) override;
    QWidget *focusWidget() override;
    QString nameOf(const QString &id) const override;

    QComboBox *combo() const { return m_combo; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    /// Picks the exact name typed, else the first name containing it.
    void pickTyped(const QString &text);

    ReferenceModel *m_references;
    QComboBox *m_combo;
    QString m_current;
    QString m_pendingPick;  ///< Enter came before the list: what was typed
    bool m_nullable;
    bool m_updating = false;
};

} // namespace akdesk
