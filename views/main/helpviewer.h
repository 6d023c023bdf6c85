#pragma once

#include <QStringList>
#include <QWidget>

class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace akdesk {

/// The user guide shipped with akdesk (resources/help/guide.html), in its own non-modal window:
/// a table of contents built from the guide's headings beside the text. Esc closes it.
class HelpViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpViewer)

public:
    explicit HelpViewer(QWidget *parent = nullptr);
    ~HelpViewer() override;

    /// Shows the one guide window (creating it, deleted when closed), raised and active.
    static HelpViewer *showGuide(QWidget *parent = nullptr);
    /// The guide's resource path in the language akdesk shows (Preferences, else the system's).
    static QString guidePath();
    /// The guide's resource path for a language code ("de"), falling back to English.
    static QString guidePath(const QString &language);

    /// Shows the guide at this resource path (the constructor shows guidePath()).
    void loadGuide(const QString &path);

    /// The guide's section headings in order, as listed in the table of contents.
    QStringList headings() const;
    /// Scrolls the guide so the section with this heading is at the top; false if there is none.
    bool showSection(const QString &heading);

    QTextBrowser *browser() const { return m_browser; }
    QTreeWidget *contents() const { return m_contents; }

private:
    void buildContents();
    void scrollToBlock(int blockNumber);

    QTextBrowser *m_browser = nullptr;
    QTreeWidget *m_contents = nullptr;
};

} // namespace akdesk
