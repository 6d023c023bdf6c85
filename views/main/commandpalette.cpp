#include "views/main/commandpalette.h"

#include "models/api/apiclient.h"

#include <QAccessible>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QVBoxLayout>

namespace akdesk {

namespace {

QString kindLabel(PaletteEntry::Kind kind)
{
    switch (kind) {
    case PaletteEntry::Kind::Action:
        return CommandPalette::tr("Action");
    case PaletteEntry::Kind::List:
        return CommandPalette::tr("List");
    case PaletteEntry::Kind::Stage:
        return CommandPalette::tr("Stage");
    case PaletteEntry::Kind::Flow:
        return CommandPalette::tr("Flow");
    }
    return {};
}

/// Title on the left; what it is and its shortcut or kind, dimmed, on the right.
class PaletteDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString detail = QStringLiteral("%1 · %2").arg(
            kindLabel(PaletteEntry::Kind(index.data(PaletteModel::KindRole).toInt())),
            index.data(PaletteModel::DetailRole).toString());
        const int detailWidth = qMin(opt.fontMetrics.horizontalAdvance(detail) + 24, opt.rect.width() / 2);
        opt.rect.setRight(opt.rect.right() - detailWidth);
        QStyledItemDelegate::paint(painter, opt, index);
        painter->save();
        const bool selected = option.state & QStyle::State_Selected;
        QColor colour = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        colour.setAlphaF(selected ? 0.85f : 0.6f);
        painter->setPen(colour);
        if (selected)
            painter->fillRect(QRect(opt.rect.right() + 1, option.rect.top(), detailWidth, option.rect.height()),
                              option.palette.brush(QPalette::Highlight));
        const QRect detailRect(option.rect.right() - detailWidth + 8, option.rect.top(), detailWidth - 14,
                               option.rect.height());
        painter->drawText(detailRect, Qt::AlignVCenter | Qt::AlignRight,
                          opt.fontMetrics.elidedText(detail, Qt::ElideMiddle, detailRect.width()));
        painter->restore();
    }
};

} // namespace

CommandPalette::CommandPalette(ApiClient *client, const QList<PaletteEntry> &localEntries, QWidget *parent)
    : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint)
    , m_model(new PaletteModel(client, this))
    , m_search(new QLineEdit)
    , m_results(new QListView)
    , m_status(new QLabel)
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    setAccessibleName(tr("Command palette"));
    m_model->setLocalEntries(localEntries);

    m_search->setObjectName(QStringLiteral("paletteSearch"));
    m_search->setPlaceholderText(tr("Type an action, a list, a stage or a flow…"));
    m_search->setAccessibleName(tr("Go to"));
    m_search->setAccessibleDescription(tr("Up and Down choose a result, Enter goes there, Escape closes."));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_results->setObjectName(QStringLiteral("paletteResults"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new PaletteDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setFocusPolicy(Qt::NoFocus);  // typing stays in the search field
    m_results->setAccessibleName(tr("Results"));

    m_status->setObjectName(QStringLiteral("paletteStatus"));
    m_status->setWordWrap(true);
    QFont small = m_status->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_status->setFont(small);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);

    m_delay->setSingleShot(true);
    m_delay->setInterval(SearchDelayMs);
    connect(m_delay, &QTimer::timeout, m_model, &PaletteModel::searchServer);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setQuery(text);
        m_delay->start();
        updateStatus();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_results->setCurrentIndex(m_model->index(0, 0));
        updateStatus();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_results->currentIndex().isValid())
            m_results->setCurrentIndex(m_model->index(0, 0));
        updateStatus();
    });
    connect(m_model, &PaletteModel::searchingChanged, this, &CommandPalette::updateStatus);
    connect(m_model, &PaletteModel::serverNoteChanged, this, &CommandPalette::updateStatus);
    connect(m_results, &QListView::clicked, this, [this](const QModelIndex &index) { activate(index.row()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { activate(m_results->currentIndex().row()); });

    // A third of the window wide, near its top, like other editors' palettes.
    if (parent) {
        QWidget *window = parent->window();
        const int width = qBound(420, window->width() / 2, 760);
        const int height = qBound(260, window->height() / 2, 520);
        const QPoint topLeft = window->mapToGlobal(QPoint((window->width() - width) / 2, window->height() / 8));
        setGeometry(QRect(topLeft, QSize(width, height)));
    } else {
        resize(560, 400);
    }
    m_results->setCurrentIndex(m_model->index(0, 0));
    updateStatus();
    m_search->setFocus();
}

CommandPalette::~CommandPalette() = default;

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int rows = m_model->rowCount();
        int row = m_results->currentIndex().row();
        switch (key->key()) {
        case Qt::Key_Down:
            row = rows == 0 ? -1 : (row + 1) % rows;
            break;
        case Qt::Key_Up:
            row = rows == 0 ? -1 : (row - 1 + rows) % rows;
            break;
        case Qt::Key_PageDown:
            row = qMin(row + 8, rows - 1);
            break;
        case Qt::Key_PageUp:
            row = qMax(row - 8, 0);
            break;
        default:
            return QDialog::eventFilter(watched, event);
        }
        m_results->setCurrentIndex(m_model->index(row, 0));
        updateStatus();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::activate(int row)
{
    const PaletteEntry entry = m_model->entry(row);
    if (entry.key.isEmpty())
        return;
    accept();
    deleteLater();  // a popup is not closed by accept(): nothing else would delete it
    Q_EMIT entryActivated(entry);
}

void CommandPalette::updateStatus()
{
    QString text;
    if (m_model->isSearching())
        text = tr("Searching stages and flows…");
    else if (!m_model->serverNote().isEmpty())
        text = m_model->serverNote();
    else if (m_model->rowCount() == 0)
        text = tr("Nothing matches “%1”.").arg(m_search->text());
    else if (m_search->text().trimmed().isEmpty())
        text = tr("Type to search stages and flows on the server too.");
    else
        text = tr("%n result(s)", nullptr, m_model->rowCount());
    if (text == m_status->text())
        return;
    m_status->setText(text);
    // Screen readers hear how many results there are, or why there are none.
    QAccessibleEvent event(m_status, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
    const PaletteEntry current = m_model->entry(m_results->currentIndex().row());
    m_results->setAccessibleDescription(current.title);
}

} // namespace akdesk
