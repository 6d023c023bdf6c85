#include "views/forms/changesummarydialog.h"

#include "models/items/formmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace akdesk {

QString ChangeSummaryDialog::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return tr("—");
    case QJsonValue::Bool:
        return value.toBool() ? tr("on") : tr("off");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return value.toString().isEmpty() ? tr("(empty)") : value.toString();
    case QJsonValue::Array: {
        QStringList items;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            items.append(describe(item));
        return items.isEmpty() ? tr("(none)") : items.join(QLatin1String(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString ChangeSummaryDialog::describe(const QString &field, const QJsonValue &value, const NameOf &nameOf)
{
    if (!nameOf)
        return describe(value);
    auto named = [&](const QJsonValue &item) {
        const QString name = item.isString() ? nameOf(field, item.toString()) : QString();
        return name.isEmpty() ? describe(item) : name;
    };
    if (value.isArray()) {
        QStringList items;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            items.append(named(item));
        return items.isEmpty() ? tr("(none)") : items.join(QLatin1String(", "));
    }
    return named(value);
}

ChangeSummaryDialog::ChangeSummaryDialog(const FormModel &form, QWidget *parent, NameOf nameOf)
    : QDialog(parent)
    , m_changes(new QTreeWidget)
{
    setWindowTitle(tr("Save changes"));
    const QStringList fields = form.changedFields();
    auto *intro = new QLabel(tr("These %n field(s) will change on the server:", nullptr, int(fields.size())));
    m_changes->setObjectName(QStringLiteral("changes"));
    m_changes->setHeaderLabels({tr("Field"), tr("Now"), tr("After saving")});
    m_changes->setRootIsDecorated(false);
    m_changes->setAlternatingRowColors(true);
    for (const QString &field : fields) {
        const QModelIndex index = form.index(form.rowOf(field));
        new QTreeWidgetItem(m_changes, {index.data(FormModel::LabelRole).toString(),
                                        describe(field, form.baseRecord().value(field), nameOf),
                                        describe(field, form.value(field), nameOf)});
    }
    m_changes->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_changes);
    layout->addWidget(buttons);
    resize(560, 300);
}

ChangeSummaryDialog::~ChangeSummaryDialog() = default;

} // namespace akdesk
