#include "views/forms/basiceditors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>

#include <algorithm>
#include <limits>

namespace akdesk {

namespace {

QHBoxLayout *bareLayout(QWidget *owner)
{
    auto *layout = new QHBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

} // namespace

BoolFieldEditor::BoolFieldEditor(const FieldDescriptor &field, QWidget *parent)
    : FieldEditor(parent)
    , m_box(new QCheckBox(field.label.isEmpty() ? field.name : field.label))
{
    bareLayout(this)->addWidget(m_box);
    connect(m_box, &QCheckBox::toggled, this, [this](bool on) { Q_EMIT edited(on); });
}

void BoolFieldEditor::setValue(const QJsonValue &value)
{
    const QSignalBlocker blocker(m_box);
    m_box->setChecked(value.toBool());
}

QWidget *BoolFieldEditor::focusWidget()
{
    return m_box;
}

EnumFieldEditor::EnumFieldEditor(const FieldDescriptor &field, QWidget *parent)
    : FieldEditor(parent)
    , m_combo(new QComboBox)
{
    bareLayout(this)->addWidget(m_combo, 1);
    if (field.nullable || !field.required)
        m_combo->addItem(tr("—"), QVariant());
    for (const QString &choice : field.enumValues)
        m_combo->addItem(humanize(choice), choice);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant choice = m_combo->itemData(index);
        Q_EMIT edited(choice.isValid() ? QJsonValue(choice.toString()) : QJsonValue(QJsonValue::Null));
    });
}

void EnumFieldEditor::setValue(const QJsonValue &value)
{
    const QSignalBlocker blocker(m_combo);
    const int index = value.isString() ? m_combo->findData(value.toString()) : m_combo->findData(QVariant());
    m_combo->setCurrentIndex(index);
}

QWidget *EnumFieldEditor::focusWidget()
{
    return m_combo;
}

IntegerFieldEditor::IntegerFieldEditor(const FieldDescriptor &field, QWidget *parent)
    : FieldEditor(parent)
    , m_spin(new QSpinBox)
{
    bareLayout(this)->addWidget(m_spin);
    constexpr qint64 low = std::numeric_limits<int>::min();
    constexpr qint64 high = std::numeric_limits<int>::max();
    m_spin->setRange(int(std::clamp(field.minimum.value_or(low), low, high)),
                     int(std::clamp(field.maximum.value_or(high), low, high)));
    m_spin->setMinimumWidth(120);
    connect(m_spin, &QSpinBox::valueChanged, this, [this](int value) { Q_EMIT edited(value); });
}

void IntegerFieldEditor::setValue(const QJsonValue &value)
{
    const QSignalBlocker blocker(m_spin);
    m_spin->setValue(value.toInt());
}

QWidget *IntegerFieldEditor::focusWidget()
{
    return m_spin;
}

TextFieldEditor::TextFieldEditor(const FieldDescriptor &field, QWidget *parent)
    : FieldEditor(parent)
    , m_edit(new QLineEdit)
    , m_nullable(field.nullable)
{
    bareLayout(this)->addWidget(m_edit, 1);
    switch (field.type) {
    case FieldType::Duration:
        m_edit->setPlaceholderText(QStringLiteral("hours=1;minutes=30"));
        break;
    case FieldType::Uuid:
        m_edit->setPlaceholderText(QStringLiteral("3fa85f64-5717-4562-b3fc-2c963f66afa6"));
        break;
    case FieldType::Slug:
        m_edit->setPlaceholderText(tr("letters, numbers, - and _"));
        break;
    default:
        break;
    }
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        Q_EMIT edited(text.isEmpty() && m_nullable ? QJsonValue(QJsonValue::Null) : QJsonValue(text));
    });
}

void TextFieldEditor::setValue(const QJsonValue &value)
{
    const QString text = value.isDouble() ? QString::number(value.toDouble()) : value.toString();
    if (m_edit->text() != text) {
        const QSignalBlocker blocker(m_edit);
        m_edit->setText(text);
    }
}

QWidget *TextFieldEditor::focusWidget()
{
    return m_edit;
}

JsonFieldEditor::JsonFieldEditor(const FieldDescriptor &, QWidget *parent)
    : FieldEditor(parent)
    , m_text(new QPlainTextEdit)
{
    bareLayout(this)->addWidget(m_text, 1);
    m_text->setMaximumHeight(90);
    m_text->setTabChangesFocus(true);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_text->toPlainText().trimmed();
        if (text.isEmpty()) {
            Q_EMIT edited(QJsonValue(QJsonValue::Null));
            return;
        }
        // Wrap so that scalars parse too; text that is not JSON is passed on as text, which the
        // form model then reports as the wrong type.
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArrayLiteral("[") + text.toUtf8() + QByteArrayLiteral("]"));
        Q_EMIT edited(doc.isArray() && doc.array().size() == 1 ? doc.array().first() : QJsonValue(text));
    });
}

void JsonFieldEditor::setValue(const QJsonValue &value)
{
    QString text;
    if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    else if (!value.isNull() && !value.isUndefined())
        text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    if (m_text->toPlainText().trimmed() != text.trimmed()) {
        const QSignalBlocker blocker(m_text);
        m_text->setPlainText(text);
    }
}

QWidget *JsonFieldEditor::focusWidget()
{
    return m_text;
}

} // namespace akdesk
