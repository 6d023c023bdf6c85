// The main window on the sandbox: the navigator lists every stage kind, the list shows the seeded
// stages, selecting a kind and typing a search narrow it.

#include "models/items/pagedlistmodel.h"
#include "models/session/workspace.h"
#include "models/schema/schemaregistry.h"
#include "tests/support/testserver.h"
#include "views/flows/flowlistpane.h"
#include "views/main/mainwindow.h"
#include "views/stages/stagelistpane.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QComboBox>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include "views/stages/filterbar.h"

using namespace akdesk;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsSeededStages();
    void navigatorSelectsKind();
    void searchNarrowsList();
    void escapeStopsSearch();
    void filterBarFilters();

private:
    QStringList visibleNames() const;
    bool waitLoaded() const;

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    m_server = std::make_unique<test::TestServer>();
    m_window.reset();
    m_workspace = std::make_unique<Workspace>(m_server->client(), SchemaRegistry::bundled());
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    new QAbstractItemModelTester(m_window->stageList()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_window.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

bool TestMainWindow::waitLoaded() const
{
    return QTest::qWaitFor([this] { return m_window->stageList()->model()->state() == PagedListModel::State::Loaded; }, 10000);
}

QStringList TestMainWindow::visibleNames() const
{
    QStringList names;
    const QAbstractItemModel *model = m_window->stageList()->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, 0).data().toString());
    return names;
}

void TestMainWindow::showsSeededStages()
{
    QVERIFY(waitLoaded());
    QVERIFY(visibleNames().contains(QStringLiteral("default-authentication-identification")));
    QVERIFY(visibleNames().contains(QStringLiteral("default-authentication-password")));
    QVERIFY(m_window->stageList()->stateLabel()->text().contains(QString::number(m_window->stageList()->model()->totalCount())));
    // Every kind shows its count in the navigator once the counts arrive.
    QTreeWidgetItem *stages = m_window->navigator()->topLevelItem(0);
    QTRY_VERIFY(stages->child(0)->text(0).contains(QLatin1Char('(')));
}

void TestMainWindow::navigatorSelectsKind()
{
    QTreeWidget *navigator = m_window->navigator();
    QTreeWidgetItem *stages = navigator->topLevelItem(0);
    // "All stages" plus one entry per stage kind of the schema.
    QCOMPARE(stages->childCount(), int(SchemaRegistry::bundled()->stageKinds().size()) + 1);
    QTreeWidgetItem *password = nullptr;
    for (int i = 0; i < stages->childCount(); ++i) {
        if (stages->child(i)->text(0).startsWith(QLatin1String("Password Stage")))
            password = stages->child(i);
    }
    QVERIFY(password);
    const QRect rect = navigator->visualItemRect(password);
    QTest::mouseClick(navigator->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(navigator->currentItem(), password);
    QVERIFY(waitLoaded());
    const QStringList names = visibleNames();
    QVERIFY(names.contains(QStringLiteral("default-authentication-password")));
    QVERIFY(!names.contains(QStringLiteral("default-authentication-identification")));

    // Another list in front: a click on the kind already current brings its list back.
    m_window->tabs()->setCurrentWidget(m_window->flowList());
    QTest::mouseClick(navigator->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_window->tabs()->currentWidget(), static_cast<QWidget *>(m_window->stageList()));
}

void TestMainWindow::searchNarrowsList()
{
    QTreeWidget *navigator = m_window->navigator();
    navigator->setCurrentItem(navigator->topLevelItem(0)->child(0));
    QVERIFY(waitLoaded());
    const int all = m_window->stageList()->model()->rowCount();
    QTest::keyClicks(m_window->stageList()->searchField(), QStringLiteral("identification"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->stageList()->model()->rowCount() < all
                                 && m_window->stageList()->model()->state() == PagedListModel::State::Loaded,
                             10000);
    const QStringList names = visibleNames();
    QVERIFY(!names.isEmpty());
    for (const QString &name : names)
        QVERIFY2(name.contains(QLatin1String("identification")), qPrintable(name));
}

void TestMainWindow::escapeStopsSearch()
{
    StageListPane *list = m_window->stageList();
    list->searchField()->clear();
    QTRY_VERIFY(m_window->stageList()->model()->state() == PagedListModel::State::Loaded);
    QTRY_VERIFY(!m_window->stageList()->model()->canFetchMore({}) || m_window->stageList()->model()->rowCount() > 0);
    const QStringList before = visibleNames();
    QTest::keyClicks(list->searchField(), QStringLiteral("password"));
    QTest::keyClick(list->searchField(), Qt::Key_Escape);  // before the search went out
    QCOMPARE(list->stateLabel()->text(), QStringLiteral("Search stopped."));
    QTest::qWait(400);  // longer than the search delay: nothing is sent any more
    QCOMPARE(visibleNames(), before);
    QCOMPARE(list->searchField()->text(), QStringLiteral("password"));
    QTest::keyClick(list->searchField(), Qt::Key_Escape);  // a second Esc clears the text
    QVERIFY(list->searchField()->text().isEmpty());
}

void TestMainWindow::filterBarFilters()
{
    StageListPane *list = m_window->stageList();
    QTreeWidgetItem *stages = m_window->navigator()->topLevelItem(0);
    for (int i = 0; i < stages->childCount(); ++i) {
        if (stages->child(i)->text(0).startsWith(QLatin1String("Identification Stage")))
            m_window->navigator()->setCurrentItem(stages->child(i));
    }
    QTRY_VERIFY(list->model()->state() == PagedListModel::State::Loaded);
    QVERIFY(visibleNames().contains(QStringLiteral("default-authentication-identification")));
    auto *toggle = list->findChild<QToolButton *>(QStringLiteral("filterToggle"));
    QVERIFY(toggle && toggle->isEnabled());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(list->filterBar()->isVisible());
    // Every seed 003 filter is offered.
    for (const char *name : {"captcha_stage", "case_insensitive_matching", "enrollment_flow", "name", "password_stage",
                             "passwordless_flow", "recovery_flow", "show_matched_user", "show_source_labels"})
        QVERIFY2(list->filterBar()->input(QLatin1String(name)), name);
    // "Show source labels: Yes" leaves out the default stages (they have it off).
    QComboBox *labels = list->filterBar()->input(QStringLiteral("show_source_labels"));
    labels->setFocus();
    QTest::keyClick(labels, Qt::Key_Down);  // Any -> Yes
    QCOMPARE(labels->currentText(), QStringLiteral("Yes"));
    QTRY_VERIFY(list->model()->state() == PagedListModel::State::Loaded && !visibleNames().contains(QStringLiteral("default-authentication-identification")));
    QTest::keyClick(labels, Qt::Key_Down);  // -> No
    QTRY_VERIFY(list->model()->state() == PagedListModel::State::Loaded && visibleNames().contains(QStringLiteral("default-authentication-identification")));
    QTest::mouseClick(list->filterBar()->findChild<QPushButton *>(QStringLiteral("clearFilters")), Qt::LeftButton);
    QCOMPARE(labels->currentText(), QStringLiteral("Any"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
