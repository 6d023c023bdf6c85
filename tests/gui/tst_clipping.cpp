// Nothing a person reads is cut in a fresh window in German, the longest of akdesk's languages
// (issue 14): navigator entries, the stage names of a flow's bindings, the flow list's last header.
#include "models/items/bindingsmodel.h"
#include "models/session/workspace.h"
#include "models/items/pagedlistmodel.h"
#include "models/schema/schemaregistry.h"
#include "tests/support/testserver.h"
#include "views/flows/flowinspector.h"
#include "views/flows/flowlistpane.h"
#include "views/main/language.h"
#include "views/main/mainwindow.h"

#include <QApplication>
#include <QHeaderView>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace akdesk;

class TestClipping final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void navigatorEntriesFit();
    void bindingStageNamesFit();
    void flowListShowsItsLastColumn();

private:
    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestClipping::initTestCase()
{
    m_server = std::make_unique<test::TestServer>();
    m_window.reset();
    m_workspace = std::make_unique<Workspace>(m_server->client(), SchemaRegistry::bundled());
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->resize(1200, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->navigator()->topLevelItem(0)->text(0), QStringLiteral("Phasen"));  // German indeed
}

void TestClipping::navigatorEntriesFit()
{
    QTreeWidget *navigator = m_window->navigator();
    QTRY_VERIFY(navigator->topLevelItem(0)->child(0)->text(0).contains(QLatin1Char('(')));  // counted
    QTest::qWait(300);
    const int icon = navigator->iconSize().isValid() ? navigator->iconSize().width() : 16;
    for (QTreeWidgetItemIterator it(navigator); *it; ++it) {
        QTreeWidgetItem *item = *it;
        int depth = 0;
        for (QTreeWidgetItem *p = item->parent(); p; p = p->parent())
            ++depth;
        const int needed = (depth + 1) * navigator->indentation() + icon + 8
            + navigator->fontMetrics().horizontalAdvance(item->text(0));
        QVERIFY2(needed <= navigator->viewport()->width(),
                 qPrintable(QStringLiteral("“%1” needs %2 px of %3").arg(item->text(0)).arg(needed).arg(navigator->viewport()->width())));
    }
}

void TestClipping::bindingStageNamesFit()
{
    FlowInspector *inspector = m_window->openFlow({{QStringLiteral("slug"), QStringLiteral("default-authentication-flow")}});
    QTRY_VERIFY_WITH_TIMEOUT(inspector->bindings()->rowCount() == 4 && !inspector->bindings()->isBusy(), 10000);
    QTest::qWait(200);
    QTableView *view = inspector->bindingsView();
    const int icon = view->iconSize().isValid() ? view->iconSize().width() : 16;
    for (int row = 0; row < inspector->bindings()->rowCount(); ++row) {
        const QString name = inspector->bindings()->index(row, BindingsModel::StageColumn).data().toString();
        const int needed = view->fontMetrics().horizontalAdvance(name) + icon + 8;
        QVERIFY2(view->columnWidth(BindingsModel::StageColumn) >= needed,
                 qPrintable(QStringLiteral("“%1” needs %2 px of %3").arg(name).arg(needed).arg(view->columnWidth(BindingsModel::StageColumn))));
    }
    // A header cut for room says itself whole in its tooltip.
    for (int column = 0; column < BindingsModel::ColumnCount; ++column)
        QCOMPARE(inspector->bindings()->headerData(column, Qt::Horizontal, Qt::ToolTipRole),
                 inspector->bindings()->headerData(column, Qt::Horizontal, Qt::DisplayRole));
}

void TestClipping::flowListShowsItsLastColumn()
{
    m_window->showFlows(QString());
    FlowListPane *list = m_window->flowList();
    QTRY_VERIFY_WITH_TIMEOUT(list->model()->state() == PagedListModel::State::Loaded && list->model()->rowCount() > 0, 10000);
    QTest::qWait(200);
    QHeaderView *header = list->view()->horizontalHeader();
    const int last = list->model()->columnCount() - 1;
    // "Stag": the last header was pushed out of sight by fixed widths.
    QVERIFY2(header->sectionViewportPosition(last) + header->sectionSizeHint(last) <= list->view()->viewport()->width(),
             qPrintable(QStringLiteral("the last header starts at %1 and needs %2 of %3 px")
                            .arg(header->sectionViewportPosition(last)).arg(header->sectionSizeHint(last))
                            .arg(list->view()->viewport()->width())));
    // The slug names the flow: whole, never "default-provid…plicit-consent" for two flows.
    const QAbstractItemView *items = list->view();  // QTableView hides sizeHintForColumn()
    QVERIFY2(items->sizeHintForColumn(0) <= header->sectionSize(0),
             qPrintable(QStringLiteral("slugs need %1 px, the column has %2").arg(items->sizeHintForColumn(0)).arg(header->sectionSize(0))));
    // Designations in words, not authentik's values.
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QString designation = list->model()->index(row, 3).data().toString();
        QVERIFY2(!designation.contains(QLatin1Char('_')) && designation.at(0).isUpper(), qPrintable(designation));
    }
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    installLanguage(app, QStringLiteral("de"));
    TestClipping test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_clipping.moc"
