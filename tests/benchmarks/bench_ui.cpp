// The main window at scale: the first page after clicking a list of 10,000 stages, typing in the
// search box of a 10,000-stage list, the event loop while the server stalls for 5 s, and the
// diagram of a flow with 200 bindings. Then, against a sandbox with the real-authentik profile
// (sandbox::ServerCost::realAuthentik()), what a user waits for: a click to a usable
// identification form, Ctrl+S to "Saved.", a binding moved to the diagram redrawn; each next to
// the requests it sent (the sandbox's requestCount()).

#include "benchcommon.h"

#include "app/sandbox/sandboxserver.h"
#include "app/sandbox/sandboxstore.h"
#include "models/api/apiclient.h"
#include "models/session/workspace.h"
#include "models/diagram/flowgraph.h"
#include "models/diagram/graphlayout.h"
#include "models/items/bindingsmodel.h"
#include "models/items/pagedlistmodel.h"
#include "models/operations/editsession.h"
#include "models/schema/schemaregistry.h"
#include "views/flows/flowdiagramview.h"
#include "views/flows/flowinspector.h"
#include "views/forms/fieldeditor.h"
#include "views/forms/formview.h"
#include "views/forms/recordeditor.h"
#include "views/main/mainwindow.h"
#include "views/stages/stagelistpane.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGraphicsScene>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace akdesk;

namespace {

const QString kToken = QStringLiteral("bench-token");

/// The longest time the event loop went without serving a 2 ms timer.
class LoopWatch final : public QObject
{
public:
    LoopWatch()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = std::max(m_longest, double(m_since.nsecsElapsed()) / 1e6 - 2);
            m_since.restart();
        });
    }
    void start()
    {
        m_longest = 0;
        m_since.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return m_longest;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    double m_longest = 0;
};

bool waitFor(const std::function<bool()> &done, int timeoutMs = 60000)
{
    return QTest::qWaitFor(done, timeoutMs);
}

bool loaded(const PagedListModel *model)
{
    return model->state() == PagedListModel::State::Loaded;
}

void firstPage(MainWindow &window, ApiClient &client)
{
    StageListPane *list = window.stageList();
    QList<double> runs;
    for (int run = 0; run < 7; ++run) {
        window.showStageKind(QStringLiteral("stages/dummy"));
        waitFor([&] { return loaded(list->model()) && client.pendingCount() == 0; });
        QElapsedTimer timer;
        timer.start();
        window.showStageKind(QString());  // what a click on "All stages" does
        while (list->model()->rowCount() == 0 && timer.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        list->view()->viewport()->repaint();  // painted, not just in the model
        runs.append(double(timer.nsecsElapsed()) / 1e6);
        if (list->model()->totalCount() < 10000)
            std::fprintf(stderr, "warning: the list has %d stages\n", list->model()->totalCount());
    }
    bench::report("first page painted after clicking 10,000 stages (median ms)", bench::median(runs), "ms", 100);
}

void searchTyping(MainWindow &window, ApiClient &client)
{
    StageListPane *list = window.stageList();
    PagedListModel *model = list->model();
    list->searchField()->clear();
    window.showStageKind(QString());
    waitFor([&] { return loaded(model); });
    QElapsedTimer loading;
    loading.start();
    model->fetchAll();
    waitFor([&] { return loaded(model) && !model->canFetchMore({}); });
    bench::note("fetchAll of 10,000 stages into the window's list (ms)", double(loading.nsecsElapsed()) / 1e6, "ms");
    if (model->rowCount() != model->totalCount() || !model->canSearchLocally()) {
        std::fprintf(stderr, "the list did not load whole: %d of %d\n", model->rowCount(), model->totalCount());
        return;
    }
    list->searchField()->setFocus();
    QTest::qWait(100);  // nobody types within 100 ms of the list appearing
    QList<double> keystrokes;
    const QString typed = QStringLiteral("stage-0123");
    bool narrowed = true;
    for (const QChar c : typed) {
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(list->searchField(), c.toLatin1());
        list->view()->viewport()->repaint();
        keystrokes.append(double(timer.nsecsElapsed()) / 1e6);
        std::printf("#   '%c' %.1f ms, %d rows\n", c.toLatin1(), keystrokes.last(), model->rowCount());
    }
    // Every row shown matches, and they are all there (10 of "generated-stage-0123x").
    for (int row = 0; row < model->rowCount(); ++row)
        narrowed = narrowed && model->record(row).value(QLatin1String("name")).toString().contains(typed);
    narrowed = narrowed && model->rowCount() == 10;
    // The server is asked once typing pauses, once for the ten keystrokes.
    int searches = 0;
    QObject counting;
    QObject::connect(model, &PagedListModel::stateChanged, &counting, [&](PagedListModel::State state) {
        searches += state == PagedListModel::State::Loading;
    });
    waitFor([&] { return searches > 0 && loaded(model); }, 5000);
    QTest::qWait(300);
    std::sort(keystrokes.begin(), keystrokes.end());
    std::printf("# %lld keystrokes, the list narrowed correctly: %s\n", static_cast<long long>(keystrokes.size()),
                narrowed ? "yes" : "NO");
    bench::note("keystroke to painted list, median (ms)", bench::median(keystrokes), "ms");
    bench::report("keystroke to painted list, slowest of 10 (ms)", narrowed ? keystrokes.last() : 1e9, "ms", 16);
    bench::report("server searches sent for 10 quick keystrokes", searches, "", 1);
    list->searchField()->clear();
    waitFor([&] { return loaded(model) && model->search().isEmpty(); });

    // A list that is not all here searches on the server: six quick keystrokes, one search.
    model->setPageSize(100);
    window.showStageKind(QString());
    waitFor([&] { return loaded(model) && client.pendingCount() == 0; });
    searches = 0;
    for (const QChar c : QStringLiteral("stage-"))
        QTest::keyClick(list->searchField(), c.toLatin1(), {}, 30);
    waitFor([&] { return loaded(model) && !model->search().isEmpty(); });
    bench::report("server searches sent for 6 quick keystrokes, list not all here", searches, "", 1);
    list->searchField()->clear();
    waitFor([&] { return loaded(model); });
}

void stall(MainWindow &window, ApiClient &client, const bench::SandboxProcess &sandbox)
{
    StageListPane *list = window.stageList();
    waitFor([&] { return client.pendingCount() == 0; });
    LoopWatch watch;
    watch.start();
    ::kill(pid_t(sandbox.pid()), SIGSTOP);
    QElapsedTimer stalled;
    stalled.start();
    // The user keeps clicking and typing while nothing answers.
    int clicks = 0;
    while (stalled.elapsed() < 5000) {
        window.showStageKind(clicks % 2 ? QStringLiteral("stages/deny") : QString());
        ++clicks;
        QTest::qWait(400);
    }
    ::kill(pid_t(sandbox.pid()), SIGCONT);
    waitFor([&] { return loaded(list->model()) && client.pendingCount() == 0; }, 30000);
    const double longest = watch.stop();
    std::printf("# %d clicks during a 5 s stall; the list then %s\n", clicks,
                loaded(list->model()) ? "loaded" : "did not load");
    bench::report("longest event loop stall while the server stalls 5 s (ms)", longest, "ms", 50);
}

/// A flow with `bindings` stages in the in-process sandbox; returns its slug.
QString flowWithBindings(sandbox::SandboxStore &store, int bindings)
{
    const QString slug = QStringLiteral("bench-flow-%1").arg(bindings);
    const QString flow = store.addFlow({{QStringLiteral("slug"), slug}, {QStringLiteral("name"), slug},
                                        {QStringLiteral("title"), slug}, {QStringLiteral("designation"), QStringLiteral("authentication")}});
    for (int i = 0; i < bindings; ++i)
        store.addBinding(flow, store.stagePkByName(QStringLiteral("generated-stage-%1").arg(i + 1, 5, 10, QLatin1Char('0'))), i * 10);
    return slug;
}

void diagram()
{
    sandbox::SandboxServer::Options options;
    options.token = kToken;
    options.seedStages = 1000;
    sandbox::SandboxServer server(options);
    server.start();
    ApiClient client;
    client.setServerUrl(server.url());
    client.setToken(kToken);
    const QString slug = flowWithBindings(server.store(), 200);
    FlowDiagramView view;
    view.resize(1000, 800);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return;
    QList<double> runs;
    int nodes = 0;
    for (int run = 0; run < 5; ++run) {
        view.showMessage(QStringLiteral("Loading…"));
        QElapsedTimer timer;
        timer.start();
        ApiReply *reply = client.flowDiagram(slug);
        QJsonObject answer;
        bool done = false;
        QObject::connect(reply, &ApiReply::finished, &view, [&](ApiReply *finished) {
            answer = finished->object();
            done = true;
        });
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        FlowGraph graph;
        if (!FlowGraph::fromResponse(answer, &graph))
            return;
        view.setGraph(graph);
        view.viewport()->repaint();
        runs.append(double(timer.nsecsElapsed()) / 1e6);
        nodes = view.nodeItemCount();
    }
    std::printf("# diagram of 200 bindings: %d nodes drawn\n", nodes);
    bench::report("open the diagram of a flow with 200 bindings (median ms)", bench::median(runs), "ms", 200);

    // Layout alone on long chains: linear time doubles with the nodes, quadratic quadruples.
    auto chain = [](int stages) {
        QString text = QStringLiteral("graph TD\nflow_start[[\"Flow\"]] --> stage_0[\"Stage (Dummy Stage)<br>s0\"]\n");
        for (int i = 1; i < stages; ++i)
            text += QStringLiteral("stage_%1 --> stage_%2[\"Stage (Dummy Stage)<br>s%2\"]\n").arg(i - 1).arg(i);
        text += QStringLiteral("stage_%1 --> done[\"End of the flow\"]\n").arg(stages - 1);
        return text;
    };
    double previous = 0;
    for (const int size : {2000, 4000, 8000}) {
        const QString text = chain(size);
        double ms = 1e9;
        double parseMs = 0;
        int layers = 0;
        for (int run = 0; run < 3; ++run) {  // the fastest of three: the machine is shared
            QElapsedTimer timer;
            timer.start();
            FlowGraph graph;
            FlowGraph::fromMermaid(text, &graph);
            const double parsed = double(timer.nsecsElapsed()) / 1e6;
            const GraphLayout layout = GraphLayout::layered(graph, [](const FlowGraph::Node &) { return QSizeF(140, 40); });
            const double total = double(timer.nsecsElapsed()) / 1e6;
            if (total < ms) {
                ms = total;
                parseMs = parsed;
            }
            layers = layout.layerCount;
        }
        std::printf("# parse + layout of a %d-stage chain: %.1f ms (parse %.1f ms, %d layers)\n", size, ms, parseMs, layers);
        if (previous > 0 && size == 8000)
            bench::report("parse + layout time, 8000 / 4000 stages (2 = linear)", ms / previous, "x", 2.5);
        previous = ms;
    }
}

/// Both layouts of authentik-shaped flows (a policy before every stage, its "Policy denied" edge
/// to the stage after): where Graphviz's "dot" stops being quick enough, which is what
/// GraphLayout::GraphvizNodeLimit says.
void layoutEngines()
{
    auto flow = [](int stages) {
        FlowGraph graph;
        const auto node = [&graph](const QString &id, const QString &title, const QString &name) {
            FlowGraph::Node n;
            n.id = id;
            n.kind = FlowGraph::kindOfId(id);
            n.title = title;
            n.name = name;
            graph.nodes.append(n);
        };
        const auto edge = [&graph](const QString &from, const QString &to, const QString &label) {
            graph.edges.append({from, to, label, FlowGraph::kindOfLabel(label)});
        };
        node(QStringLiteral("flow_start"), QStringLiteral("Flow"), QStringLiteral("big"));
        QString previous = QStringLiteral("flow_start");
        QString previousPolicy;
        for (int i = 0; i < stages; ++i) {
            const QString stage = QStringLiteral("stage_%1").arg(i);
            const QString policy = stage + QStringLiteral("_policy_0");
            node(policy, QStringLiteral("Policy (Expression Policy)"), QStringLiteral("policy-%1").arg(i));
            node(stage, QStringLiteral("Stage (Dummy Stage)"), QStringLiteral("stage-%1").arg(i));
            edge(previous, policy, {});
            edge(policy, stage, QStringLiteral("Policy passed"));
            if (!previousPolicy.isEmpty())
                edge(previousPolicy, stage, QStringLiteral("Policy denied"));
            previous = stage;
            previousPolicy = policy;
        }
        node(QStringLiteral("done"), QStringLiteral("End of the flow"), {});
        edge(previous, QStringLiteral("done"), {});
        return graph;
    };
    const auto nodeSize = [](const FlowGraph::Node &) { return QSizeF(180, 48); };
    const auto labelSize = [](const FlowGraph::Edge &e) { return QSizeF(8 + 6.5 * e.label.size(), 18); };
    for (const int stages : {25, 50, 100, 200, 400}) {
        const FlowGraph graph = flow(stages);
        double layered = 1e9;
        double dot = 1e9;
        for (int run = 0; run < 3; ++run) {  // the fastest of three: the machine is shared
            QElapsedTimer timer;
            timer.start();
            GraphLayout::layered(graph, nodeSize, 40, 40, labelSize);
            layered = std::min(layered, double(timer.nsecsElapsed()) / 1e6);
            if (GraphLayout::graphvizAvailable()) {
                timer.restart();
                GraphLayout::graphviz(graph, nodeSize, labelSize);
                dot = std::min(dot, double(timer.nsecsElapsed()) / 1e6);
            }
        }
        std::printf("# layout of %lld nodes, %lld edges: layered %.1f ms, graphviz dot %s ms\n", qlonglong(graph.nodes.size()),
                    qlonglong(graph.edges.size()), layered, GraphLayout::graphvizAvailable() ? qPrintable(QString::number(dot, 'f', 1)) : "(not built)");
        if (stages == 200 && GraphLayout::graphvizAvailable())
            bench::report("graphviz layout of a 402-node policy flow (ms)", dot, "ms", 500);
    }
}

/// Runs of one action: the time until the user can go on, and the requests sent by then and by
/// the time nothing runs any more (what the action sets off after it looks done).
struct ActionRuns
{
    QList<double> ms;
    int requests = 0;
    int requestsUntilIdle = 0;

    void print(const char *figure, const char *untilIdle) const
    {
        bench::withRequests(figure, bench::median(ms), requests);
        std::printf("%-58s %10s      %3d requests\n", untilIdle, "", requestsUntilIdle);
    }
};

void openIdentificationForm(MainWindow &window, ApiClient &client, const sandbox::SandboxServer &server)
{
    window.showStageKind(QStringLiteral("stages/identification"));
    StageListPane *list = window.stageList();
    waitFor([&] { return loaded(list->model()) && client.pendingCount() == 0; });
    int row = 0;
    while (row < list->model()->rowCount()
           && list->model()->index(row, 0).data().toString() != QLatin1String("default-authentication-identification"))
        ++row;
    if (row == list->model()->rowCount()) {
        std::fprintf(stderr, "no default-authentication-identification in the list\n");
        return;
    }
    ActionRuns open;
    ActionRuns save;
    for (int run = 0; run < 3; ++run) {
        const QRect rect = list->view()->visualRect(list->model()->index(row, 0));
        const int before = server.requestCount();
        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(list->view()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(list->view()->viewport(), Qt::LeftButton, {}, rect.center());
        auto *editor = qobject_cast<RecordEditor *>(window.tabs()->currentWidget());
        const bool usable = editor && waitFor([&] {
            return !editor->session()->isBusy() && editor->form() && editor->session()->form()->rowCount() > 0;
        });
        if (!usable) {
            std::fprintf(stderr, "the identification form did not open\n");
            return;
        }
        open.ms.append(double(timer.nsecsElapsed()) / 1e6);
        open.requests = server.requestCount() - before;
        waitFor([&] { return client.pendingCount() == 0; });
        open.requestsUntilIdle = server.requestCount() - before;

        // One checkbox changed, then Ctrl+S.
        FieldEditor *field = editor->form()->editorFor(QStringLiteral("show_source_labels"));
        auto *box = field ? qobject_cast<QAbstractButton *>(field->focusWidget()) : nullptr;
        if (!box) {
            std::fprintf(stderr, "no show_source_labels checkbox\n");
            return;
        }
        box->click();
        window.statusBar()->clearMessage();
        const int beforeSave = server.requestCount();
        timer.restart();
        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
        if (!waitFor([&] { return window.statusBar()->currentMessage() == QLatin1String("Saved."); })) {
            std::fprintf(stderr, "no \"Saved.\": %s\n", qPrintable(window.statusBar()->currentMessage()));
            return;
        }
        save.ms.append(double(timer.nsecsElapsed()) / 1e6);
        save.requests = server.requestCount() - beforeSave;
        waitFor([&] { return client.pendingCount() == 0; });
        save.requestsUntilIdle = server.requestCount() - beforeSave;
        window.action(QStringLiteral("closeTab"))->trigger();
        waitFor([&] { return client.pendingCount() == 0; });
    }
    open.print("click to a usable identification form (median ms)", "  requests sent by the time none runs");
    save.print("Ctrl+S to \"Saved.\", one checkbox changed (median ms)", "  requests sent by the time none runs");
}

void moveBinding(MainWindow &window, ApiClient &client, const sandbox::SandboxServer &server)
{
    FlowInspector *inspector = window.openFlow({{QStringLiteral("slug"), QStringLiteral("default-authentication-flow")}});
    FlowDiagramView *diagram = inspector->diagram();
    if (!waitFor([&] { return inspector->bindings()->rowCount() >= 3 && diagram->nodeItemCount() > 0 && client.pendingCount() == 0; })) {
        std::fprintf(stderr, "the flow did not open\n");
        return;
    }
    // Redrawn: the diagram holds the new order (FlowDiagramView lays it out as the graph arrives).
    // Watching the scene would not do: the Diagram page is hidden while the bindings are moved.
    auto shownOrder = [diagram] {
        QStringList labels;
        for (const FlowGraph::Node &node : diagram->graph().nodes)
            labels.append(node.label);
        return labels;
    };
    QElapsedTimer timer;
    QTableView *view = inspector->bindingsView();
    QSignalSpy reordered(inspector->bindings(), &BindingsModel::reordered);
    ActionRuns move;
    for (int run = 0; run < 3; ++run) {
        view->setFocus();
        view->selectRow(1);
        const int before = server.requestCount();
        const QStringList shownBefore = shownOrder();
        timer.start();
        QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);  // what a drop of the row one lower does
        if (!reordered.wait(30000) || !waitFor([&] { return client.pendingCount() == 0 && shownOrder() != shownBefore; })) {
            std::fprintf(stderr, "the move did not end with a redrawn diagram\n");
            return;
        }
        move.ms.append(double(timer.nsecsElapsed()) / 1e6);
        move.requests = server.requestCount() - before;
        move.requestsUntilIdle = move.requests;
        // And back, for the next run.
        view->selectRow(2);
        QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
        reordered.wait(30000);
        waitFor([&] { return client.pendingCount() == 0; });
    }
    move.print("binding moved (Alt+Down) to the diagram redrawn (median ms)", "  requests sent by the time none runs");
}

/// What a user waits for, against a sandbox that costs what a real authentik costs.
void actionsAtRealCost()
{
    sandbox::SandboxServer::Options options;
    options.token = kToken;
    options.seedStages = 10000;
    options.cost = sandbox::ServerCost::realAuthentik();
    sandbox::SandboxServer server(options);
    server.start();
    std::printf("# in-process sandbox, %d generated stages, real-authentik profile: %s\n", options.seedStages,
                qPrintable(options.cost.describe()));
    ApiClient client;
    client.setServerUrl(server.url());
    client.setToken(kToken);
    Workspace workspace(&client, SchemaRegistry::bundled());
    MainWindow window(&workspace);
    window.resize(1200, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return;
    waitFor([&] { return loaded(window.stageList()->model()) && client.pendingCount() == 0; });
    openIdentificationForm(window, client, server);
    moveBinding(window, client, server);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    bench::SandboxProcess sandbox(10000, bench::freePort(), kToken);
    if (!sandbox.isRunning())
        return 1;
    {
        ApiClient client;
        client.setServerUrl(QUrl(sandbox.url()));
        client.setToken(kToken);
        Workspace windowWorkspace(&client, SchemaRegistry::bundled());
        MainWindow window(&windowWorkspace);
        window.resize(1200, 800);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 1;
        waitFor([&] { return loaded(window.stageList()->model()) && client.pendingCount() == 0; });
        firstPage(window, client);
        searchTyping(window, client);
        stall(window, client, sandbox);
    }
    diagram();
    layoutEngines();
    actionsAtRealCost();
    return 0;
}
