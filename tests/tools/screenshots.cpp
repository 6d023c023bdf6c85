// Regenerates the screenshots of akdesk's windows and dialogs on a fresh sandbox:
//   akdesk-screenshots <output folder>
// scripts/screenshots.sh runs it under Xvfb so the pictures use a real X11 window system.

#include "app/sandbox/sandboxserver.h"
#include "models/api/apiclient.h"
#include "models/session/workspace.h"
#include "models/items/pagedlistmodel.h"
#include "models/schema/schemaregistry.h"
#include "models/operations/editsession.h"
#include "models/items/formmodel.h"
#include "models/connection/connectionprofile.h"
#include "models/connection/tokenvault.h"
#include "views/connection/connectionsdialog.h"
#include "views/forms/recordeditor.h"
#include "views/main/language.h"
#include "views/main/mainwindow.h"
#include "views/flows/flowinspector.h"
#include "views/flows/flowdiagramview.h"
#include "models/diagram/flowgraph.h"
#include "tests/support/testdata.h"
#include "views/flows/flowlistpane.h"
#include "models/items/bindingsmodel.h"
#include "views/stages/createstagewizard.h"
#include "views/common/deleterecordsdialog.h"
#include "models/items/stagetypesmodel.h"
#include "views/stages/stagelistpane.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QScreen>
#include "views/common/theme.h"
#include "views/main/aboutdialog.h"
#include "views/main/commandpalette.h"
#include "views/main/helpviewer.h"
#include "views/main/preferencesdialog.h"
#include "views/main/shortcutsdialog.h"
#include <QTimer>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <cstdio>

using namespace akdesk;

namespace {

/// The whole screen: for popups shown over the window, like the command palette.
bool saveScreen(const QDir &dir, const QString &name)
{
    QTest::qWait(300);
    const QString path = dir.filePath(name + QStringLiteral(".png"));
    const bool ok = QGuiApplication::primaryScreen()->grabWindow(0).save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

bool save(QWidget *widget, const QDir &dir, const QString &name)
{
    QTest::qWait(300);  // let pending layouts and paints settle
    const QString path = dir.filePath(name + QStringLiteral(".png"));
    const bool ok = widget->window()->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

QJsonObject findStage(ApiClient &client, const QString &listPath, const QString &name)
{
    ListQuery query;
    query.filter(QStringLiteral("name"), name);
    ApiReply *reply = client.list(listPath, query);
    QJsonObject found;
    bool done = false;
    QObject::connect(reply, &ApiReply::finished, reply, [&](ApiReply *r) {
        if (!r->results().isEmpty())
            found = r->results().first().toObject();
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 10000);
    return found;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: akdesk-screenshots <output folder> [language, e.g. de] [light|dark]\n");
        return 2;
    }
    // Before the schema loads: its form labels are translated as it is read.
    if (argc > 2)
        installLanguage(app, QString::fromLocal8Bit(argv[2]));
    if (argc > 3)
        theme::apply(QString::fromLocal8Bit(argv[3]));
    QDir dir(QString::fromLocal8Bit(argv[1]));
    dir.mkpath(QStringLiteral("."));

    const auto schema = SchemaRegistry::bundled();
    sandbox::SandboxServer::Options options;
    options.schema = schema;
    sandbox::SandboxServer server(options);
    if (server.start(0) == 0)
        return 1;
    ApiClient client;
    client.setServerUrl(server.url());
    client.setToken(server.token());

    Workspace windowWorkspace(&client, schema);
    MainWindow window(&windowWorkspace);
    window.resize(1280, 800);
    window.show();
    (void)QTest::qWaitFor([&] { return window.stageList()->model()->state() == PagedListModel::State::Loaded; }, 10000);
    QTest::qWait(500);  // navigator counts
    bool ok = save(&window, dir, QStringLiteral("main-window"));
    window.showFlows(QString());
    (void)QTest::qWaitFor([&] { return window.flowList()->model()->state() == PagedListModel::State::Loaded; }, 10000);
    QTest::qWait(300);
    ok = save(&window, dir, QStringLiteral("flow-list")) && ok;

    const struct { const char *key; const char *name; } editors[] = {
        {"stages/identification", "default-authentication-identification"},
        {"stages/dummy", "akdesk-sandbox-dummy"},
        {"stages/source", "akdesk-sandbox-source"},
    };
    for (const auto &entry : editors) {
        const ResourceDescriptor *kind = schema->resource(QString::fromLatin1(entry.key));
        QJsonObject record = findStage(client, kind->listPath, QString::fromLatin1(entry.name));
        if (record.isEmpty()) {
            // Fall back to the first stage of that kind the sandbox has.
            ApiReply *reply = client.list(kind->listPath);
            bool done = false;
            QObject::connect(reply, &ApiReply::finished, reply, [&](ApiReply *r) {
                if (!r->results().isEmpty())
                    record = r->results().first().toObject();
                done = true;
            });
            (void)QTest::qWaitFor([&] { return done; }, 10000);
        }
        if (record.isEmpty()) {
            std::fprintf(stderr, "no %s stage on the sandbox\n", entry.key);
            ok = false;
            continue;
        }
        RecordEditor *editor = window.openRecord(*kind, record);
        QTest::qWait(700);  // pickers load their choices
        ok = save(editor, dir, QStringLiteral("editor-") + kind->key.section(QLatin1Char('/'), -1)) && ok;
    }
    // A flow: its bindings, then its diagram.
    {
        FlowInspector *flow = window.openFlow({{QStringLiteral("slug"), QStringLiteral("default-authentication-flow")}});
        (void)QTest::qWaitFor([&] { return flow->bindings()->rowCount() > 0; }, 10000);
        QTest::qWait(500);
        ok = save(flow, dir, QStringLiteral("flow-bindings")) && ok;
        flow->pages()->setCurrentWidget(flow->diagram()->parentWidget());
        QTest::qWait(500);
        ok = save(flow, dir, QStringLiteral("flow-diagram")) && ok;
    }
    // The default authentication flow with the policies authentik's blueprints bind to it
    // (tests/data/diagrams), laid out as the diagram page does, and its PNG export.
    {
        FlowGraph graph;
        FlowGraph::fromMermaid(QString::fromUtf8(test::testData(QStringLiteral("diagrams/default-authentication-policies.mmd"))), &graph);
        FlowDiagramView view;
        view.resize(900, 880);
        view.setGraph(graph);
        view.show();
        (void)QTest::qWaitForWindowExposed(&view);
        ok = save(&view, dir, QStringLiteral("flow-diagram-policies")) && ok;
        const QString exported = dir.filePath(QStringLiteral("flow-diagram-policies-export.png"));
        const bool written = view.exportPng(exported);
        std::printf("%s %s\n", written ? "wrote" : "FAILED", qPrintable(exported));
        ok = written && ok;
    }

    // The create wizard's first page, and the delete confirmation for a stage bound into a flow.
    {
        CreateStageWizard wizard(&windowWorkspace, &window);
        wizard.show();
        (void)QTest::qWaitFor([&] { return wizard.types()->rowCount() > 0; }, 10000);
        ok = save(&wizard, dir, QStringLiteral("create-wizard")) && ok;
    }
    {
        const QJsonObject password = findStage(client, QStringLiteral("/stages/all/"), QStringLiteral("default-authentication-password"));
        const QJsonObject identification = findStage(client, QStringLiteral("/stages/all/"), QStringLiteral("default-authentication-identification"));
        DeleteRecordsDialog dialog(&windowWorkspace, {password, identification}, &window);
        dialog.show();
        (void)QTest::qWaitFor([&] { return dialog.deleteButton()->isEnabled(); }, 10000);
        ok = save(&dialog, dir, QStringLiteral("delete-confirmation")) && ok;
    }
    // Connections: a profile of the sandbox, tested.
    {
        QTemporaryDir settingsDir;
        QSettings settings(settingsDir.filePath(QStringLiteral("akdesk.ini")), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        ConnectionProfile local;
        local.name = QStringLiteral("local sandbox");
        local.serverUrl = server.url();
        profiles.save(local);
        TokenVault vault;
        vault.setKeychainEnabled(false);
        ConnectionsDialog dialog(&profiles, &vault, &window);
        dialog.show();
        dialog.select(local.name);
        dialog.tokenField()->setText(server.token());
        dialog.testConnection();
        (void)QTest::qWaitFor([&] { return dialog.testResults()->topLevelItemCount() == 4; }, 10000);
        ok = save(&dialog, dir, QStringLiteral("connections")) && ok;
    }
    // Keyboard: Go to anything with a stage search, and the shortcuts list.
    {
        window.tabs()->setCurrentWidget(window.stageList());
        window.showCommandPalette();
        CommandPalette *palette = window.commandPalette();
        QTest::keyClicks(palette->searchField(), QStringLiteral("pass"));
        (void)QTest::qWaitFor([&] { return !palette->model()->isSearching() && palette->model()->rowCount() > 3; }, 10000);
        QTest::qWait(CommandPalette::SearchDelayMs + 400);
        ok = saveScreen(dir, QStringLiteral("command-palette")) && ok;
        palette->close();
        window.showShortcuts();
        QTest::qWait(300);
        if (auto *shortcuts = window.findChild<ShortcutsDialog *>()) {
            ok = save(shortcuts, dir, QStringLiteral("shortcuts")) && ok;
            shortcuts->close();
        }
    }
    // About (with the sandbox's version), Preferences and the user guide.
    {
        AboutDialog about(&client, &window);
        about.show();
        QTest::qWait(800);
        ok = save(&about, dir, QStringLiteral("about")) && ok;
        PreferencesDialog preferences(&window);
        preferences.show();
        ok = save(&preferences, dir, QStringLiteral("preferences")) && ok;
        HelpViewer *guide = HelpViewer::showGuide(&window);
        QTest::qWait(300);
        ok = save(guide, dir, QStringLiteral("user-guide")) && ok;
        guide->close();
    }
    // Drafts: a conflict between an edit and the server, the Drafts panel, then offline.
    {
        const ResourceDescriptor *dummy = schema->resource(QStringLiteral("stages/dummy"));
        const QJsonObject record = findStage(client, dummy->listPath, QStringLiteral("akdesk-sandbox-dummy"));
        RecordEditor *editor = window.openRecord(*dummy, record);
        editor->setConfirmMultiFieldSaves(false);
        QTest::qWait(500);
        editor->session()->form()->setValue(QStringLiteral("name"), QStringLiteral("akdesk-sandbox-dummy (mine)"));
        editor->session()->form()->setValue(QStringLiteral("throw_error"), true);
        bool changed = false;
        ApiReply *theirs = client.update(dummy->detailPath(record.value(QLatin1String("pk")).toString()),
                                         {{QStringLiteral("name"), QStringLiteral("akdesk-sandbox-dummy (theirs)")}});
        QObject::connect(theirs, &ApiReply::finished, theirs, [&] { changed = true; });
        (void)QTest::qWaitFor([&] { return changed; }, 10000);
        bool shot = false;
        QTimer::singleShot(800, [&] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                shot = save(modal, dir, QStringLiteral("conflict-dialog"));
                modal->close();
            }
        });
        editor->save();
        (void)QTest::qWaitFor([&] { return shot; }, 10000);
        ok = shot && ok;
        QTest::qWait(300);
        ok = save(editor, dir, QStringLiteral("editor-draft-kept")) && ok;
        window.showDrafts();
        ok = save(&window, dir, QStringLiteral("drafts-panel")) && ok;

        server.stop();
        window.stageList()->reload();
        (void)QTest::qWaitFor([&] { return !client.isReachable(); }, 10000);
        window.showStageKind(QString());
        QTest::qWait(500);
        ok = save(&window, dir, QStringLiteral("offline-main-window")) && ok;
    }
    return ok ? 0 : 1;
}
