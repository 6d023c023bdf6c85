// The icon set: every icon akdesk's API hands out exists, renders at every size and scale (sharp at
// 2×, not an upscaled 1× bitmap), every stage kind the bundled schema knows has its family's icon,
// every flow designation its own, and every icon stays visible on light and dark backgrounds.
#include "models/schema/schemaregistry.h"
#include "views/common/icons.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace akdesk;

namespace {

struct NamedIcon
{
    QString name;
    QIcon icon;
};

/// Every icon the API can return, each under a readable name.
QList<NamedIcon> everyIcon()
{
    QList<NamedIcon> icons{{QStringLiteral("app"), Icons::app()},
                           {QStringLiteral("flow"), Icons::flow()},
                           {QStringLiteral("binding"), Icons::binding()},
                           {QStringLiteral("genericStage"), Icons::genericStage()}};
    for (int i = 0; i < int(Icons::Action::ActionCount); ++i)
        icons.append({QStringLiteral("action %1 (%2)").arg(i).arg(Icons::themeName(Icons::Action(i))), Icons::action(Icons::Action(i))});
    for (int i = 0; i < int(Icons::Status::StatusCount); ++i)
        icons.append({QStringLiteral("status %1").arg(i), Icons::status(Icons::Status(i))});
    for (const QString &designation : Icons::flowDesignations())
        icons.append({QStringLiteral("flow ") + designation, Icons::forFlowDesignation(designation)});
    for (const ResourceDescriptor *kind : SchemaRegistry::bundled()->stageKinds())
        icons.append({kind->key, Icons::forStageComponent(kind->component)});
    for (Draft::Status status : {Draft::Status::Pending, Draft::Status::Conflict, Draft::Status::Rejected, Draft::Status::Deleted})
        icons.append({QStringLiteral("draft ") + Draft::statusName(status), Icons::forDraftStatus(status)});
    return icons;
}

QImage render(const QIcon &icon, int size, qreal dpr = 1.0)
{
    return icon.pixmap(QSize(size, size), dpr).toImage().convertToFormat(QImage::Format_ARGB32);
}

/// WCAG 2.1 relative luminance of one sRGB colour.
double luminance(QRgb rgb)
{
    auto channel = [](int value) {
        const double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(qRed(rgb)) + 0.7152 * channel(qGreen(rgb)) + 0.0722 * channel(qBlue(rgb));
}

double contrast(double a, double b)
{
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

/// Mean luminance of what the icon paints, each pixel weighted by its coverage (alpha).
double meanLuminance(const QImage &image)
{
    double sum = 0, weight = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            sum += qAlpha(pixel) * luminance(pixel);
            weight += qAlpha(pixel);
        }
    }
    return weight > 0 ? sum / weight : -1;
}

int paintedPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) > 0;
    }
    return count;
}

/// Sum of squared alpha steps between neighbours: a crisp 1-pixel edge scores twice what the same
/// edge smeared over two pixels does, so it tells a true 2× rendering from a blown-up 1× one.
double edgeEnergy(const QImage &image)
{
    double energy = 0;
    for (int y = 0; y + 1 < image.height(); ++y) {
        for (int x = 0; x + 1 < image.width(); ++x) {
            const int a = qAlpha(image.pixel(x, y));
            energy += std::pow(a - qAlpha(image.pixel(x + 1, y)), 2) + std::pow(a - qAlpha(image.pixel(x, y + 1)), 2);
        }
    }
    return energy;
}

// WCAG 2.1 success criterion 1.4.11 asks 3:1 for graphical objects a user must perceive.
constexpr double kMinContrast = 3.0;
// Breeze Dark's view background, a typical dark base (darker than Fusion's dark window colour).
const QColor kDarkBase(0x23, 0x26, 0x29);

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rendersAtEverySize_data();
    void rendersAtEverySize();
    void stageKindsHaveTheirFamilyIcon_data();
    void stageKindsHaveTheirFamilyIcon();
    void familiesShareAnIcon_data();
    void familiesShareAnIcon();
    void unknownKindsGetTheGenericIcon();
    void everyDesignationHasItsOwnIcon();
    void contrastOnLightAndDark_data();
    void contrastOnLightAndDark();
    void appIconStandsOutOnBoth();
    void themeIconsWinWhenTheThemeHasThem();
};

void TestIcons::initTestCase()
{
    // The shipped fallbacks are under test, not whatever theme the machine has.
    QIcon::setThemeSearchPaths({});
    QIcon::setThemeName(QStringLiteral("akdesk-test-no-theme"));
}

void TestIcons::rendersAtEverySize_data()
{
    QTest::addColumn<QIcon>("icon");
    for (const NamedIcon &named : everyIcon())
        QTest::newRow(qPrintable(named.name)) << named.icon;
}

void TestIcons::rendersAtEverySize()
{
    QFETCH(QIcon, icon);
    QVERIFY(!icon.isNull());
    for (int size : {16, 24, 32, 48}) {
        for (qreal dpr : {1.0, 2.0}) {
            const QPixmap pixmap = icon.pixmap(QSize(size, size), dpr);
            QCOMPARE(pixmap.size(), QSize(size, size) * dpr);
            QCOMPARE(pixmap.devicePixelRatio(), dpr);
            const QImage image = pixmap.toImage();
            // Something visible: at least 5% of the square is painted (the thinnest glyph, "list-remove", covers ~8%).
            QVERIFY2(paintedPixels(image) >= image.width() * image.height() / 20,
                     qPrintable(QStringLiteral("%1 px at %2×: only %3 pixels painted").arg(size).arg(dpr).arg(paintedPixels(image))));
        }
        // Sharp at 2×: drawn for the device pixels, not a 1× bitmap scaled up.
        const QImage sharp = render(icon, size, 2.0);
        const QImage blown = render(icon, size, 1.0).scaled(sharp.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        QVERIFY2(edgeEnergy(sharp) > 1.3 * edgeEnergy(blown),
                 qPrintable(QStringLiteral("%1 px: edge energy %2 at 2× vs %3 for 1× scaled up").arg(size)
                                .arg(edgeEnergy(sharp)).arg(edgeEnergy(blown))));
    }
}

void TestIcons::stageKindsHaveTheirFamilyIcon_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("component");
    const QList<const ResourceDescriptor *> kinds = SchemaRegistry::bundled()->stageKinds();
    QVERIFY(kinds.size() >= 20);
    for (const ResourceDescriptor *kind : kinds)
        QTest::newRow(qPrintable(kind->key)) << kind->key << kind->component;
}

void TestIcons::stageKindsHaveTheirFamilyIcon()
{
    QFETCH(QString, key);
    QFETCH(QString, component);
    QVERIFY2(Icons::stageIconName(component) != QLatin1String("stage-generic"), qPrintable(component));
    QVERIFY(QFile::exists(Icons::path(Icons::stageIconName(component))));
    // The key (wizard, drafts) and the component (lists, bindings) lead to the same picture.
    QCOMPARE(render(Icons::forStageKey(key), 24), render(Icons::forStageComponent(component), 24));
    QVERIFY(render(Icons::forStageKey(key), 24) != render(Icons::genericStage(), 24));
}

void TestIcons::familiesShareAnIcon_data()
{
    QTest::addColumn<QString>("component");
    QTest::addColumn<QString>("sameAs");
    QTest::addColumn<bool>("same");
    QTest::newRow("TOTP and Duo are both MFA set-up") << "ak-stage-authenticator-totp-form" << "ak-stage-authenticator-duo-form" << true;
    QTest::newRow("WebAuthn and SMS are both MFA set-up") << "ak-stage-authenticator-webauthn-form" << "ak-stage-authenticator-sms-form" << true;
    QTest::newRow("validation differs from set-up") << "ak-stage-authenticator-validate-form" << "ak-stage-authenticator-totp-form" << false;
    QTest::newRow("password differs from identification") << "ak-stage-password-form" << "ak-stage-identification-form" << false;
    QTest::newRow("login differs from logout") << "ak-stage-user-login-form" << "ak-stage-user-logout-form" << false;
    QTest::newRow("endpoint device trust is the endpoint family") << "ak-stage-authenticator-endpoint-gdtc-form" << "ak-endpoints-stage-form" << true;
    QTest::newRow("prompt by either component name") << "ak-stage-prompt-form" << "ak-stage-prompt-stages-form" << true;
    QTest::newRow("deny differs from dummy") << "ak-stage-deny-form" << "ak-stage-dummy-form" << false;
}

void TestIcons::familiesShareAnIcon()
{
    QFETCH(QString, component);
    QFETCH(QString, sameAs);
    QFETCH(bool, same);
    QCOMPARE(render(Icons::forStageComponent(component), 24) == render(Icons::forStageComponent(sameAs), 24), same);
}

void TestIcons::unknownKindsGetTheGenericIcon()
{
    // A kind a newer server adds still gets an icon: the generic one.
    QCOMPARE(Icons::stageIconName(QStringLiteral("ak-stage-from-the-future-form")), QStringLiteral("stage-generic"));
    QCOMPARE(render(Icons::forStageComponent(QStringLiteral("ak-stage-from-the-future-form")), 24), render(Icons::genericStage(), 24));
    QCOMPARE(render(Icons::forStageKey(QStringLiteral("stages/from_the_future")), 24), render(Icons::genericStage(), 24));
    QCOMPARE(render(Icons::forFlowDesignation(QStringLiteral("from_the_future")), 24), render(Icons::flow(), 24));
}

void TestIcons::everyDesignationHasItsOwnIcon()
{
    const ResourceDescriptor *flows = SchemaRegistry::bundled()->resource(QStringLiteral("flows"));
    QVERIFY(flows);
    const FieldDescriptor *designation = flows->field(QStringLiteral("designation"));
    QVERIFY(designation);
    QVERIFY(designation->enumValues.size() >= 7);
    QList<QImage> seen{render(Icons::flow(), 24)};
    for (const QString &value : designation->enumValues) {
        QVERIFY2(Icons::flowDesignations().contains(value), qPrintable(value));
        const QImage image = render(Icons::forFlowDesignation(value), 24);
        QVERIFY2(!seen.contains(image), qPrintable(value + QStringLiteral(" looks like another designation or the plain flow")));
        seen.append(image);
    }
}

void TestIcons::contrastOnLightAndDark_data()
{
    QTest::addColumn<QIcon>("icon");
    for (const NamedIcon &named : everyIcon()) {
        if (named.name != QLatin1String("app"))  // a filled tile; appIconStandsOutOnBoth
            QTest::newRow(qPrintable(named.name)) << named.icon;
    }
}

void TestIcons::contrastOnLightAndDark()
{
    QFETCH(QIcon, icon);
    const double light = luminance(QApplication::palette().color(QPalette::Base).rgb());
    const double dark = luminance(kDarkBase.rgb());
    QVERIFY2(light > 0.8, "the default palette's base is light");
    for (int size : {16, 48}) {
        const double mean = meanLuminance(render(icon, size));
        QVERIFY(mean >= 0);
        QVERIFY2(contrast(mean, light) >= kMinContrast,
                 qPrintable(QStringLiteral("%1 px: %2:1 on the light base").arg(size).arg(contrast(mean, light), 0, 'f', 2)));
        QVERIFY2(contrast(mean, dark) >= kMinContrast,
                 qPrintable(QStringLiteral("%1 px: %2:1 on the dark base").arg(size).arg(contrast(mean, dark), 0, 'f', 2)));
    }
}

void TestIcons::appIconStandsOutOnBoth()
{
    // The app icon is a tile with a white glyph: the tile must stand out from either base and the
    // glyph from the tile. The tile's colour is the most common opaque one.
    const QImage image = render(Icons::app(), 64);
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) == 255)
                ++counts[image.pixel(x, y)];
        }
    }
    QVERIFY(!counts.isEmpty());
    QRgb tile = counts.constBegin().key();
    QRgb brightest = tile;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        if (it.value() > counts.value(tile))
            tile = it.key();
        if (luminance(it.key()) > luminance(brightest) && it.value() > 20)
            brightest = it.key();
    }
    const double tileLum = luminance(tile);
    QVERIFY(contrast(tileLum, luminance(QApplication::palette().color(QPalette::Base).rgb())) >= kMinContrast);
    QVERIFY(contrast(tileLum, luminance(kDarkBase.rgb())) >= kMinContrast);
    QVERIFY(contrast(luminance(brightest), tileLum) >= kMinContrast);
}

void TestIcons::themeIconsWinWhenTheThemeHasThem()
{
    // A desktop theme with document-new: akdesk shows the theme's; its other actions keep ours.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir root(dir.path());
    QVERIFY(root.mkpath(QStringLiteral("probe/scalable/actions")));
    QFile index(root.filePath(QStringLiteral("probe/index.theme")));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("[Icon Theme]\nName=probe\nDirectories=scalable/actions\n\n"
                "[scalable/actions]\nSize=24\nMinSize=8\nMaxSize=512\nType=Scalable\n");
    index.close();
    QFile svg(root.filePath(QStringLiteral("probe/scalable/actions/document-new.svg")));
    QVERIFY(svg.open(QIODevice::WriteOnly));
    svg.write("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"24\" height=\"24\"><rect width=\"24\" height=\"24\" fill=\"#00ff00\"/></svg>");
    svg.close();

    const QImage oursNew = render(Icons::action(Icons::Action::New), 24);
    const QImage oursSave = render(Icons::action(Icons::Action::Save), 24);
    QIcon::setThemeSearchPaths({dir.path()});
    QIcon::setThemeName(QStringLiteral("probe"));
    const QImage themed = render(Icons::action(Icons::Action::New), 24);
    const QImage save = render(Icons::action(Icons::Action::Save), 24);
    QIcon::setThemeSearchPaths({});
    QIcon::setThemeName(QStringLiteral("akdesk-test-no-theme"));

    QVERIFY(themed != oursNew);
    QCOMPARE(themed.pixel(12, 12), qRgb(0, 255, 0));
    QCOMPARE(save, oursSave);
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
