// Icons in item views stay visible when their row is selected (issue 14): the stage list, the
// flow inspector's bindings and the drafts panel draw them through IconDelegate.
#include "views/common/icondelegate.h"
#include "views/common/icons.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace akdesk;

class TestIconDelegate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void iconShowsInSelectedRows_data();
    void iconShowsInSelectedRows();
};

namespace {

/// How many pixels of the row's icon area differ clearly from the row's background.
int iconPixels(const QImage &image, const QRect &area, const QPoint &empty)
{
    const QRgb background = image.pixel(empty);
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QRgb p = image.pixel(x, y);
            if (std::abs(qRed(p) - qRed(background)) + std::abs(qGreen(p) - qGreen(background))
                    + std::abs(qBlue(p) - qBlue(background)) > 90)
                ++count;
        }
    }
    return count;
}

} // namespace

void TestIconDelegate::iconShowsInSelectedRows_data()
{
    QTest::addColumn<QString>("component");
    QTest::newRow("password") << QStringLiteral("ak-stage-password-form");
    QTest::newRow("identification") << QStringLiteral("ak-stage-identification-form");
    QTest::newRow("user login") << QStringLiteral("ak-stage-user-login-form");
}

void TestIconDelegate::iconShowsInSelectedRows()
{
    QFETCH(QString, component);
    QStandardItemModel model(2, 1);
    model.setItem(0, 0, new QStandardItem(QStringLiteral("default-authentication-password")));
    model.setItem(1, 0, new QStandardItem(QStringLiteral("default-authentication-login")));
    QTableView view;
    view.setModel(&model);
    view.setItemDelegateForColumn(0, new IconDelegate([component](const QModelIndex &) {
        return Icons::forStageComponent(component);
    }, &view));
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.horizontalHeader()->setStretchLastSection(true);
    view.resize(500, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    view.selectRow(0);

    const QImage image = view.viewport()->grab().toImage();
    const QRect cell = view.visualRect(model.index(0, 0));
    const QRect otherCell = view.visualRect(model.index(1, 0));
    const int side = view.iconSize().isValid() ? view.iconSize().height() : 16;
    const QRect icon(cell.left() + 2, cell.top(), side + 4, cell.height());
    const QRect otherIcon(otherCell.left() + 2, otherCell.top(), side + 4, otherCell.height());
    const int unselected = iconPixels(image, otherIcon, QPoint(otherCell.right() - 4, otherCell.center().y()));
    QVERIFY2(unselected > 10, qPrintable(QStringLiteral("the icon of an unselected row: %1 pixels").arg(unselected)));
    const int selected = iconPixels(image, icon, QPoint(cell.right() - 4, cell.center().y()));
    QVERIFY2(selected * 2 > unselected,
             qPrintable(QStringLiteral("selected row: %1 icon pixels, unselected: %2").arg(selected).arg(unselected)));
}

QTEST_MAIN(TestIconDelegate)
#include "tst_icondelegate.moc"
