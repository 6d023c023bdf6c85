// The lists read the record the user sees, also through a proxy model between the list model and
// its view (sorting or filtering on the client, issue 16): the row the view shows is mapped to the
// model's row wherever a record is read.

#include "models/api/apiclient.h"
#include "models/session/workspace.h"
#include "models/items/pagedlistmodel.h"
#include "models/records/record.h"
#include "models/schema/schemaregistry.h"
#include "tests/support/testserver.h"
#include "views/flows/flowlistpane.h"
#include "views/stages/stagelistpane.h"

#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace akdesk;

class TestListProxy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stageListReadsTheRowShown();
    void flowListReadsTheRowShown();
};

namespace {

/// Puts a proxy that shows the rows in the opposite order between `model` and `view`.
QSortFilterProxyModel *reverse(PagedListModel *model, QTableView *view)
{
    auto *proxy = new QSortFilterProxyModel(view);
    proxy->setSourceModel(model);
    proxy->sort(0, Qt::DescendingOrder);
    view->setSortingEnabled(false);  // the model's own sort asks the server; this one is the proxy's
    view->setModel(proxy);
    return proxy;
}

} // namespace

void TestListProxy::stageListReadsTheRowShown()
{
    test::TestServer server;
    Workspace workspace(server.client(), SchemaRegistry::bundled());
    StageListPane pane(&workspace);
    pane.show();
    pane.showKind({});
    QTRY_VERIFY_WITH_TIMEOUT(pane.model()->state() == PagedListModel::State::Loaded && pane.model()->rowCount() > 1, 10000);
    QSortFilterProxyModel *proxy = reverse(pane.model(), pane.view());
    const QModelIndex first = proxy->index(0, 0);
    const QString shown = first.data().toString();
    QVERIFY(shown != pane.model()->index(0, 0).data().toString());  // the proxy did reorder

    QSignalSpy opened(&pane, &StageListPane::openRequested);
    Q_EMIT pane.view()->activated(first);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(records::textOf(opened.first().first().toJsonObject(), "name"), shown);

    pane.view()->selectionModel()->select(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(pane.selectedRecords().size(), 1);
    QCOMPARE(records::textOf(pane.selectedRecords().first(), "name"), shown);
}

void TestListProxy::flowListReadsTheRowShown()
{
    test::TestServer server;
    FlowListPane pane(server.client());
    pane.show();
    pane.reload();
    QTRY_VERIFY_WITH_TIMEOUT(pane.model()->state() == PagedListModel::State::Loaded && pane.model()->rowCount() > 1, 10000);
    QSortFilterProxyModel *proxy = reverse(pane.model(), pane.view());
    const QModelIndex first = proxy->index(0, 0);
    pane.view()->setCurrentIndex(first);
    QCOMPARE(records::textOf(pane.currentRecord(), "slug"), first.data().toString());
    QSignalSpy opened(&pane, &FlowListPane::openRequested);
    Q_EMIT pane.view()->activated(first);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(records::textOf(opened.first().first().toJsonObject(), "slug"), first.data().toString());
}

QTEST_MAIN(TestListProxy)
#include "tst_listproxy.moc"
