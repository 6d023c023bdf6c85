#pragma once

#include "models/api/apierror.h"
#include "models/schema/resourcedescriptor.h"

#include <QAbstractListModel>
#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace akdesk {

/// The editable fields of one record, one row per writable field of its descriptor: value, the
/// value it started from, dirty flag and the error text (the validator's, or the server's).
/// Editors, drafts and the create wizard all edit through this model.
class FormModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormModel)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        LabelRole,
        SectionRole,
        HelpRole,
        TypeRole,         ///< int(FieldType)
        ValueRole,        ///< the edited value (QJsonValue)
        BaseValueRole,    ///< the value the edit started from (QJsonValue)
        DirtyRole,
        ErrorRole,        ///< what is wrong, once the field was edited or a save was tried (empty when fine)
        RequiredRole,
        EnumValuesRole,   ///< QStringList
        ReferenceRole,    ///< resource key the field points at
        SortRole,         ///< the overlay's order
    };

    explicit FormModel(QObject *parent = nullptr);
    ~FormModel() override;

    /// Starts editing `record` (an existing one) or, with an empty record, a new one filled with
    /// the descriptor's defaults.
    void load(const ResourceDescriptor &resource, const QJsonObject &record);
    void loadNew(const ResourceDescriptor &resource, const QJsonObject &overrides = {});

    const ResourceDescriptor *resource() const { return m_resource.key.isEmpty() ? nullptr : &m_resource; }
    bool isCreating() const { return m_creating; }
    QJsonObject baseRecord() const { return m_base; }
    /// The whole record as edited (unknown fields included).
    QJsonObject record() const { return m_edited; }
    /// Only the changed writable fields, for PATCH.
    QJsonObject patch() const;
    /// Body for POST/PUT: every writable field.
    QJsonObject createBody() const;
    QStringList changedFields() const;

    QJsonValue value(const QString &field) const { return m_edited.value(field); }
    /// Sets one field; re-validates it and clears its server error. False if there is no such field.
    bool setValue(const QString &field, const QJsonValue &value);
    /// Rebases after the server accepted a save: `record` becomes the new base and edit.
    void accept(const QJsonObject &record);

    bool isDirty() const { return !changedFields().isEmpty(); }
    bool isValid() const;
    /// What is wrong with the field now, shown or not yet (empty when fine).
    QString errorFor(const QString &field) const;
    /// The first field, in display order, that keeps the form from being saved; empty when none.
    QString firstInvalidField() const;
    /// An editor holds text that is not a value yet (JSON that does not parse): the form cannot
    /// be saved while `message` is not empty, and the field shows it.
    void setInputError(const QString &field, const QString &message);
    /// A save was tried: every field's error shows from now on, touched or not.
    void revealErrors();
    bool errorsRevealed() const { return m_revealed; }
    /// Server messages from a 400 (fields shown at their rows, non-field ones above the form).
    void setServerErrors(const ApiError &error);
    QStringList nonFieldErrors() const { return m_nonFieldErrors; }
    int rowOf(const QString &field) const;
    const FieldDescriptor *fieldAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void validityChanged(bool valid);
    void dirtyChanged(bool dirty);
    void nonFieldErrorsChanged(const QStringList &errors);
    /// setValue() changed a field (not emitted by load, loadNew or accept).
    void valueEdited(const QString &field);

private:
    void reset(const ResourceDescriptor &resource, const QJsonObject &base, const QJsonObject &edited, bool creating);
    QString validate(const FieldDescriptor &field) const;
    /// The values edited from now on: every error and touched field starts again.
    void startOver(const QJsonObject &base, const QJsonObject &edited);
    void emitStateChanges();
    void rowChanged(const QString &field);

    ResourceDescriptor m_resource;
    QList<FieldDescriptor> m_fields;   ///< writable fields in display order
    QJsonObject m_base;
    QJsonObject m_edited;
    bool m_creating = false;
    QHash<QString, QString> m_clientErrors;
    QHash<QString, QString> m_serverErrors;
    QHash<QString, QString> m_inputErrors;
    QSet<QString> m_touched;   ///< fields edited since load: their errors show
    bool m_revealed = false;   ///< a save was tried: every error shows
    QStringList m_nonFieldErrors;
    bool m_lastValid = true;
    bool m_lastDirty = false;
};

} // namespace akdesk
