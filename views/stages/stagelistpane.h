#pragma once

#include "models/schema/resourcedescriptor.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace akdesk {

class ApiClient;
class FilterBar;
class PagedListModel;
class SchemaRegistry;
class Workspace;
struct ResourceDescriptor;

/// The records of one kind (or all) of a family, stages or policies: a lazily paged table with
/// server-side search, ordering and the kind's filters; loading, empty and error states show in
/// the list itself.
class StageListPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageListPane)

public:
    explicit StageListPane(Workspace *workspace, QWidget *parent = nullptr,
                           ResourceDescriptor::Category family = ResourceDescriptor::Category::Stage);
    ~StageListPane() override;

    ResourceDescriptor::Category family() const { return m_family; }
    /// Shows one kind ("stages/dummy", "policies/dummy"), or the whole family for an empty key.
    void showKind(const QString &key);
    QString kind() const { return m_kind; }
    void reload();

    PagedListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    FilterBar *filterBar() const { return m_filters; }
    QLabel *stateLabel() const { return m_state; }
    /// The selected rows' records, in row order.
    QList<QJsonObject> selectedRecords() const;

Q_SIGNALS:
    /// Enter or double-click on a stage.
    void openRequested(const QJsonObject &record);
    void selectionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applySearch();
    void updateState();
    /// End: every page fetched, then the last row selected.
    void goToEnd();

    /// The family's words and its list of every kind ("/stages/all/", "/policies/all/").
    struct Words
    {
        QString allPath;
        QString allKey;
        QString search, searchAll, loading, none, noMatch, someLoaded, ofLoaded, couldNotLoad, stopped;
        QString (*count)(int n);
    };
    static Words wordsFor(ResourceDescriptor::Category family);

    ApiClient *m_client;
    ResourceDescriptor::Category m_family;
    Words m_words;
    std::shared_ptr<const SchemaRegistry> m_schema;
    QString m_kind;
    PagedListModel *m_model;
    QLineEdit *m_search;
    QToolButton *m_filterToggle;
    FilterBar *m_filters;
    QTableView *m_view;
    QLabel *m_state;
    QProgressBar *m_busy;
    QPushButton *m_retry;
    QTimer *m_searchDelay;
    QPointer<QObject> m_toEnd;  ///< listens while End waits for the last page
};

} // namespace akdesk
