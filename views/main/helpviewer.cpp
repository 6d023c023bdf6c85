#include "views/main/helpviewer.h"

#include "views/main/language.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QPointer>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextCursor>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUrl>

namespace akdesk {

namespace {

constexpr int BlockRole = Qt::UserRole;

} // namespace

HelpViewer::HelpViewer(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setWindowTitle(tr("akdesk User Guide"));
    setObjectName(QStringLiteral("helpViewer"));

    m_contents = new QTreeWidget;
    m_contents->setObjectName(QStringLiteral("contents"));
    m_contents->setHeaderLabel(tr("Contents"));
    m_contents->setRootIsDecorated(false);
    m_browser = new QTextBrowser;
    m_browser->setObjectName(QStringLiteral("guide"));
    m_browser->setOpenExternalLinks(true);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 680});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    resize(900, 650);

    loadGuide(guidePath());
    connect(m_contents, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        scrollToBlock(item->data(0, BlockRole).toInt());
    });
    connect(m_contents, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        scrollToBlock(item->data(0, BlockRole).toInt());
    });
    // A window of its own, yet dismissed like a dialog.
    auto *close = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
}

HelpViewer::~HelpViewer() = default;

HelpViewer *HelpViewer::showGuide(QWidget *parent)
{
    static QPointer<HelpViewer> open;
    if (!open) {
        open = new HelpViewer(parent);
        open->setAttribute(Qt::WA_DeleteOnClose);
    }
    open->show();
    open->raise();
    open->activateWindow();
    return open;
}

QString HelpViewer::guidePath()
{
    // The guide speaks the language the rest of akdesk speaks, as installTranslations() chose it.
    return guidePath(resolveLanguage(QSettings().value(languageSettingsKey()).toString()));
}

QString HelpViewer::guidePath(const QString &language)
{
    const QString translated = QStringLiteral(":/akdesk/help/guide_%1.html").arg(language);
    return !language.isEmpty() && QFile::exists(translated) ? translated : QStringLiteral(":/akdesk/help/guide.html");
}

void HelpViewer::loadGuide(const QString &path)
{
    m_browser->setSource(QUrl(QStringLiteral("qrc") + path), QTextDocument::HtmlResource);
    if (m_browser->document()->isEmpty())
        m_browser->setPlainText(tr("The user guide is missing from this build of akdesk."));
    buildContents();
}

void HelpViewer::buildContents()
{
    // The headings are the contents: no anchors to keep in step with the text.
    m_contents->clear();
    QTreeWidgetItem *section = nullptr;
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level < 2 || level > 3 || block.text().trimmed().isEmpty())
            continue;
        QTreeWidgetItem *item = nullptr;
        if (level == 3 && section)
            item = new QTreeWidgetItem(section);
        else
            item = section = new QTreeWidgetItem(m_contents);
        item->setText(0, block.text().trimmed());
        item->setData(0, BlockRole, block.blockNumber());
    }
    m_contents->expandAll();
}

QStringList HelpViewer::headings() const
{
    QStringList list;
    for (QTreeWidgetItemIterator it(m_contents); *it; ++it)
        list << (*it)->text(0);
    return list;
}

bool HelpViewer::showSection(const QString &heading)
{
    for (QTreeWidgetItemIterator it(m_contents); *it; ++it) {
        if ((*it)->text(0) == heading) {
            m_contents->setCurrentItem(*it);
            scrollToBlock((*it)->data(0, BlockRole).toInt());
            return true;
        }
    }
    return false;
}

void HelpViewer::scrollToBlock(int blockNumber)
{
    QTextDocument *document = m_browser->document();
    const QTextBlock block = document->findBlockByNumber(blockNumber);
    if (!block.isValid())
        return;
    m_browser->setTextCursor(QTextCursor(block));
    const QRectF rect = document->documentLayout()->blockBoundingRect(block);
    m_browser->verticalScrollBar()->setValue(int(rect.top()));
}

} // namespace akdesk
