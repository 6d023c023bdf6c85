#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace akdesk {

class ApiClient;
class PagedListModel;

/// The flows, one designation at a time (or all): slug, name, title, stage count; server-side
/// search and ordering, loaded a page at a time.
class FlowListPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowListPane)

public:
    explicit FlowListPane(ApiClient *client, QWidget *parent = nullptr);
    ~FlowListPane() override;

    /// Shows the flows of one designation ("authentication"), or all for an empty one.
    void showDesignation(const QString &designation);
    void reload();
    PagedListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QJsonObject currentRecord() const;

Q_SIGNALS:
    void openRequested(const QJsonObject &flow);

private:
    void updateState();

    PagedListModel *m_model;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_state;
    QTimer *m_searchDelay;
};

} // namespace akdesk
