#include "views/forms/basiceditors.h"

#include "models/schema/choicelabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QFontDatabase>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTextDocument>

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
        m_combo->addItem(choices::label(field.name, choice), choice);
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
    // Only as wide as a number needs; the row's help text takes the rest.
    QHBoxLayout *layout = bareLayout(this);
    layout->addWidget(m_spin);
    layout->addStretch(1);
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
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTabChangesFocus(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    connect(m_text, &QPlainTextEdit::textChanged, this, &JsonFieldEditor::parse);
    connect(m_text, &QPlainTextEdit::blockCountChanged, this, &JsonFieldEditor::fitHeight);
    fitHeight();
}

void JsonFieldEditor::fitHeight()
{
    // As tall as the text (three lines at least, sixteen at most: longer text scrolls).
    const int lines = std::clamp(m_text->blockCount() + 1, 3, 16);
    const int frame = 2 * m_text->frameWidth() + int(2 * m_text->document()->documentMargin());
    m_text->setFixedHeight(lines * m_text->fontMetrics().lineSpacing() + frame + 4);
}

QString JsonFieldEditor::format(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if ((value.isArray() && value.toArray().isEmpty()) || (value.isObject() && value.toObject().isEmpty()))
        return value.isArray() ? QStringLiteral("[]") : QStringLiteral("{}");
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

void JsonFieldEditor::parse()
{
    const QString text = m_text->toPlainText();
    QJsonValue value(QJsonValue::Null);
    if (!text.trimmed().isEmpty()) {
        // Wrapped in brackets so that scalars parse too; the offset then counts one more byte.
        const QByteArray utf8 = text.toUtf8();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArrayLiteral("[") + utf8 + QByteArrayLiteral("]"), &error);
        if (error.error != QJsonParseError::NoError || doc.array().size() != 1) {
            // Text that is not JSON stays text in the box: it never becomes the field's value.
            // Qt's offset is just past the character that broke the parse, counting the "[".
            const QByteArray before = utf8.left(std::clamp(error.offset - 2, 0, int(utf8.size())));
            const int lineNumber = int(before.count('\n')) + 1;
            const int column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
            const QString why = error.error != QJsonParseError::NoError
                ? error.errorString()
                : tr("more than one value; put them in a list: [ … ]");
            m_broken = true;
            Q_EMIT inputError(tr("Not valid JSON: line %1, column %2: %3").arg(lineNumber).arg(column).arg(why));
            return;
        }
        value = doc.array().first();
    }
    // The value first: clearing the error makes the form refresh this field, which must find
    // the new value already there.
    const QJsonValue before = m_value;
    m_value = value;
    if (value != before)
        Q_EMIT edited(value);
    if (m_broken) {
        m_broken = false;
        Q_EMIT inputError({});
    }
}

void JsonFieldEditor::setValue(const QJsonValue &value)
{
    // The model echoes every edit back; only a value that differs from the text (undo, a value
    // from the server) replaces what is typed, so the user's own layout of the text stays.
    if (value == m_value)
        return;
    m_value = value;
    {
        const QSignalBlocker blocker(m_text);
        m_text->setPlainText(format(value));
    }
    fitHeight();
    if (m_broken) {
        m_broken = false;
        Q_EMIT inputError({});
    }
}

QWidget *JsonFieldEditor::focusWidget()
{
    return m_text;
}

} // namespace akdesk
