#pragma once

#include "views/forms/fieldeditor.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace akdesk {

/// A checkbox for a boolean field.
class BoolFieldEditor final : public FieldEditor
{
    Q_OBJECT
public:
    BoolFieldEditor(const FieldDescriptor &field, QWidget *parent);
    void setValue(const QJsonValue &value) override;
    QWidget *focusWidget() override;

private:
    QCheckBox *m_box;
};

/// A combo box of the enum's choices (with "—" first when the field may be empty).
class EnumFieldEditor final : public FieldEditor
{
    Q_OBJECT
public:
    EnumFieldEditor(const FieldDescriptor &field, QWidget *parent);
    void setValue(const QJsonValue &value) override;
    QWidget *focusWidget() override;

private:
    QComboBox *m_combo;
};

/// A spin box bounded by the field's minimum and maximum.
class IntegerFieldEditor final : public FieldEditor
{
    Q_OBJECT
public:
    IntegerFieldEditor(const FieldDescriptor &field, QWidget *parent);
    void setValue(const QJsonValue &value) override;
    QWidget *focusWidget() override;

private:
    QSpinBox *m_spin;
};

/// A line edit for text, slugs, durations and uuids; the form model validates what is typed.
class TextFieldEditor final : public FieldEditor
{
    Q_OBJECT
public:
    TextFieldEditor(const FieldDescriptor &field, QWidget *parent);
    void setValue(const QJsonValue &value) override;
    QWidget *focusWidget() override;
    bool mergesEdits() const override { return true; }

private:
    QLineEdit *m_edit;
    bool m_nullable;
};

/// JSON text for objects, lists of objects and anything akdesk has no better widget for: the
/// value pretty-printed in a monospace box, checked as it is typed. Only text that parses becomes
/// the field's value (as JSON, never as a string); until then inputError() says where it fails.
class JsonFieldEditor final : public FieldEditor
{
    Q_OBJECT
public:
    JsonFieldEditor(const FieldDescriptor &field, QWidget *parent);
    void setValue(const QJsonValue &value) override;
    QWidget *focusWidget() override;
    bool mergesEdits() const override { return true; }

    /// The text the box shows for a value: indented JSON, "[]" and "{}" when empty.
    static QString format(const QJsonValue &value);

private:
    void parse();
    void fitHeight();

    QPlainTextEdit *m_text;
    QJsonValue m_value = QJsonValue(QJsonValue::Undefined);  ///< the field's value as the box last knew it
    bool m_broken = false;  ///< the text does not parse
};

} // namespace akdesk
