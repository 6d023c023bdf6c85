#pragma once

#include <QHash>
#include <QSet>
#include <QJsonObject>
#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace akdesk {

class ApiClient;
class PagedListModel;

/// The flows, one designation at a time (or all): slug, name, title, stage and policy counts;
/// server-side search and ordering, loaded a page at a time. The policy counts come from one
/// request per page of flows (`target_in` over the page's flows), never one per flow.
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
    /// What the Policies cell of this flow says ("" while unknown).
    QString policiesText(const QJsonObject &flow) const;

Q_SIGNALS:
    void openRequested(const QJsonObject &flow);

private:
    void updateState();
    /// Reads the policy bindings of the flows in rows first..last (one request, pages of 100).
    /// Reads the policy bindings of these rows' flows in one request: every row's when `all`
    /// (a refresh the user asked for), else only those not known or being read already.
    void readPolicies(int first, int last, bool all);

    ApiClient *m_client;
    /// By the flow's policybindingmodel_ptr_id: its policy bindings, once read.
    QHash<QString, QList<QJsonObject>> m_policies;
    int m_policiesColumn = -1;
    QSet<QString> m_policiesReading;  ///< targets whose policy bindings are being read
    bool m_refreshPolicies = true;    ///< the next reset is a refresh the user asked for

    PagedListModel *m_model;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_state;
    QTimer *m_searchDelay;
};

} // namespace akdesk
