// Typing in the stage list's search box: a list that is wholly here narrows at every keystroke
// without asking the server; a list that is not searches on the server once typing pauses.

#include "app/sandbox/sandboxserver.h"
#include "models/items/pagedlistmodel.h"
#include "models/session/workspace.h"
#include "models/schema/schemaregistry.h"
#include "tests/support/testserver.h"
#include "views/stages/stagelistpane.h"

#include "views/stages/filterbar.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace akdesk;

class TestStageSearch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wholeListNarrowsAtEachKeystroke();
    void partialListSearchesOnTheServerOnce();
    void endGoesToTheEndOfTheList();
    void nameFilterAppliesAsTypedAndClears();

private:
    QStringList shownNames() const;
    bool waitLoaded() const;

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<StageListPane> m_pane;
};

void TestStageSearch::initTestCase()
{
    m_server = std::make_unique<test::TestServer>(150);
    if (!m_server->isSandbox())
        QSKIP("counts the sandbox's requests");
    // No QAbstractItemModelTester here: it fetches every page itself, and one test needs a list
    // that is not all here (api_fetchall runs the tester over the same model code).
    m_pane.reset();
    m_workspace = std::make_unique<Workspace>(m_server->client(), SchemaRegistry::bundled());
    m_pane = std::make_unique<StageListPane>(m_workspace.get());
    m_pane->resize(900, 600);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

QStringList TestStageSearch::shownNames() const
{
    QStringList names;
    const QAbstractItemModel *model = m_pane->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, 0).data().toString());
    return names;
}

bool TestStageSearch::waitLoaded() const
{
    return QTest::qWaitFor([this] { return m_pane->model()->state() == PagedListModel::State::Loaded; }, 10000);
}

void TestStageSearch::wholeListNarrowsAtEachKeystroke()
{
    // authentik grants at most 100 rows a page (pagination_max_page_size): the whole list is
    // every page, as the server reports them.
    m_pane->model()->setPageSize(100);
    m_pane->showKind(QString());
    QVERIFY(waitLoaded());
    m_pane->model()->fetchAll();
    QVERIFY(QTest::qWaitFor([this] { return m_pane->model()->state() == PagedListModel::State::Loaded && !m_pane->model()->canFetchMore({}); }, 10000));
    const QStringList all = shownNames();
    QVERIFY(all.size() > 150);
    const int requests = m_server->sandbox()->requestCount();

    m_pane->searchField()->setFocus();
    QString typed;
    for (const QChar c : QStringLiteral("stage-001")) {
        QTest::keyClick(m_pane->searchField(), c.toLatin1());
        typed += c;
        // No waiting: the rows shown already match what is typed so far.
        QStringList expected;
        for (const QString &name : all) {
            if (name.contains(typed, Qt::CaseInsensitive))
                expected.append(name);
        }
        QCOMPARE(shownNames(), expected);
    }
    QCOMPARE(shownNames().size(), 51);  // generated-stage-00100 ... 00150
    QVERIFY2(m_pane->stateLabel()->text().contains(QLatin1String("51")), qPrintable(m_pane->stateLabel()->text()));
    QCOMPARE(m_server->sandbox()->requestCount(), requests);  // all of it without the server

    // Esc before the server was asked stops the search: every row again, the text kept, and
    // nothing is sent; a second Esc clears the text.
    QTest::keyClick(m_pane->searchField(), Qt::Key_Escape);
    QCOMPARE(m_pane->stateLabel()->text(), QStringLiteral("Search stopped."));
    QCOMPARE(shownNames(), all);
    QCOMPARE(m_pane->searchField()->text(), QStringLiteral("stage-001"));
    QTest::qWait(400);
    QCOMPARE(m_server->sandbox()->requestCount(), requests);
    QTest::keyClick(m_pane->searchField(), Qt::Key_Escape);
    QVERIFY(m_pane->searchField()->text().isEmpty());
    QCOMPARE(shownNames(), all);

    // Once typing pauses the server is asked, once, for what may have changed there meanwhile.
    QVERIFY(waitLoaded());
    const int beforeSearch = m_server->sandbox()->requestCount(QStringLiteral("/stages/all/"));
    QTest::keyClicks(m_pane->searchField(), QStringLiteral("stage-001"));
    QCOMPARE(shownNames().size(), 51);
    QTRY_VERIFY(m_server->sandbox()->requestCount(QStringLiteral("/stages/all/")) > beforeSearch
                && m_pane->model()->state() == PagedListModel::State::Loaded);
    QCOMPARE(m_server->sandbox()->requestCount(QStringLiteral("/stages/all/")) - beforeSearch, 1);
    QCOMPARE(shownNames().size(), 51);
    m_pane->searchField()->clear();
    QTRY_VERIFY(m_pane->model()->search().isEmpty() && m_pane->model()->state() == PagedListModel::State::Loaded);
}

void TestStageSearch::partialListSearchesOnTheServerOnce()
{
    m_pane->model()->setPageSize(20);
    m_pane->showKind(QString());
    QVERIFY(waitLoaded());
    QTest::qWait(300);  // the view asks for a page more to fill itself
    QVERIFY(waitLoaded());
    QVERIFY(m_pane->model()->canFetchMore({}));
    const int requests = m_server->sandbox()->requestCount(QStringLiteral("/stages/all/"));
    QTest::keyClicks(m_pane->searchField(), QStringLiteral("stage-0014"), {}, 20);
    QTRY_VERIFY(m_pane->model()->search() == QLatin1String("stage-0014") && m_pane->model()->state() == PagedListModel::State::Loaded);
    QCOMPARE(m_server->sandbox()->requestCount(QStringLiteral("/stages/all/")) - requests, 1);
    QStringList expected;
    for (int i = 140; i < 150; ++i)
        expected.append(QStringLiteral("generated-stage-%1").arg(i, 5, 10, QLatin1Char('0')));
    QCOMPARE(shownNames(), expected);
}

void TestStageSearch::endGoesToTheEndOfTheList()
{
    m_pane->searchField()->clear();
    QTRY_VERIFY(m_pane->model()->search().isEmpty() && m_pane->model()->state() == PagedListModel::State::Loaded);
    m_pane->model()->setPageSize(20);
    m_pane->showKind(QString());
    QVERIFY(waitLoaded());
    QVERIFY(m_pane->model()->canFetchMore({}));
    const int total = m_pane->model()->totalCount();
    QVERIFY(total > 150);
    m_pane->view()->setFocus();
    m_pane->view()->setCurrentIndex(m_pane->view()->model()->index(0, 0));
    QTest::keyClick(m_pane->view(), Qt::Key_End);
    // Not the last row loaded so far: the last row of the list.
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->rowCount(), total, 10000);
    QTRY_COMPARE(m_pane->view()->currentIndex().row(), total - 1);
    QVERIFY(m_pane->view()->selectionModel()->isRowSelected(total - 1, {}));
}

void TestStageSearch::nameFilterAppliesAsTypedAndClears()
{
    m_pane->searchField()->clear();
    QTRY_VERIFY(m_pane->model()->search().isEmpty() && m_pane->model()->state() == PagedListModel::State::Loaded);
    // The three user write stages of authentik's default blueprints (password change, source
    // enrollment, user settings).
    m_pane->showKind(QStringLiteral("stages/user_write"));
    QVERIFY(waitLoaded());
    const int all = m_pane->model()->rowCount();
    QCOMPARE(all, 3);
    m_pane->findChild<QToolButton *>(QStringLiteral("filterToggle"))->click();
    QComboBox *name = m_pane->filterBar()->input(QStringLiteral("name"));
    QVERIFY(name && name->isEditable() && name->isVisible());
    QVERIFY2(name->width() >= 180, qPrintable(QString::number(name->width())));  // a stage's name fits
    const QString untouched = name->currentText();
    QVERIFY(untouched.isEmpty());
    QCOMPARE(name->lineEdit()->placeholderText(), QStringLiteral("Any"));

    // Typed without Enter, it applies once typing pauses.
    name->lineEdit()->setFocus();
    QTest::keyClicks(name->lineEdit(), QStringLiteral("default-source-enrollment-write"));
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->rowCount(), 1, 3000);
    QVERIFY(waitLoaded());
    QCOMPARE(m_pane->model()->record(0).value(QLatin1String("name")).toString(), QStringLiteral("default-source-enrollment-write"));

    // Clear filters empties the field and the filter alike: as it was before anything was typed.
    QTest::mouseClick(m_pane->filterBar()->findChild<QPushButton *>(QStringLiteral("clearFilters")), Qt::LeftButton);
    QCOMPARE(name->currentText(), untouched);
    QVERIFY(m_pane->filterBar()->filters().isEmpty());
    QTRY_COMPARE(m_pane->model()->rowCount(), all);
    QVERIFY(waitLoaded());

    // Something typed and cleared before it applied leaves no filter behind either.
    QTest::keyClicks(name->lineEdit(), QStringLiteral("default-auth"));
    QTest::mouseClick(m_pane->filterBar()->findChild<QPushButton *>(QStringLiteral("clearFilters")), Qt::LeftButton);
    QTest::qWait(FilterBar::TypingDelayMs + 300);
    QVERIFY(waitLoaded());
    QCOMPARE(m_pane->model()->rowCount(), all);
    QCOMPARE(name->currentText(), untouched);
    m_pane->findChild<QToolButton *>(QStringLiteral("filterToggle"))->click();
}

QTEST_MAIN(TestStageSearch)
#include "tst_stagesearch.moc"
