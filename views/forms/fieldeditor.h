#pragma once

#include "models/schema/fielddescriptor.h"

#include <QJsonValue>
#include <QWidget>

#include <functional>
#include <memory>

namespace akdesk {

class ReferenceDirectory;
class ReferenceModel;

/// Gives the model that lists what a reference field may point at, not loaded yet: the picker
/// asks for its list when it is first opened or has a value to name.
using ReferenceModelFactory = std::function<ReferenceModel *(const FieldDescriptor &field, QObject *parent)>;

/// The lists the forms of a workspace share (the directory owns them): the referenced resource's
/// list, with the field's picker filter.
ReferenceModelFactory referenceModels(ReferenceDirectory *directory);

/// One field's input widget. Shows a JSON value and reports the user's edits as JSON values;
/// setValue() never emits edited(), so a model can push values back without loops.
class FieldEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldEditor)

public:
    ~FieldEditor() override;

    virtual void setValue(const QJsonValue &value) = 0;
    /// The widget that should get focus and carry the accessible name.
    virtual QWidget *focusWidget() { return this; }
    /// True for typed text: consecutive edits merge into one undo step.
    virtual bool mergesEdits() const { return false; }
    /// The name people know a referenced record by, when this field picks references and the
    /// record is listed; empty otherwise.
    virtual QString nameOf(const QString &id) const
    {
        Q_UNUSED(id);
        return {};
    }

    /// The field's error as the form shows it below the editor (empty for none); an editor may
    /// show more of it, e.g. the code editor marks the line it names.
    virtual void setError(const QString &message) { Q_UNUSED(message); }

    /// The editor for a field of any type: checkbox, combo, checkable list, spin box, line edit,
    /// reference picker, or a JSON text box for anything else.
    static FieldEditor *create(const FieldDescriptor &field, const ReferenceModelFactory &references,
                               QWidget *parent = nullptr);
    /// An enum value in words for people, whatever field it comes from (see choices::label).
    static QString humanize(const QString &value);

Q_SIGNALS:
    void edited(const QJsonValue &value);
    /// What is typed is not a value yet (e.g. JSON that does not parse), and why; empty once it is.
    void inputError(const QString &message);

protected:
    explicit FieldEditor(QWidget *parent = nullptr);
};

} // namespace akdesk
