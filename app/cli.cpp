#include "app/cli.h"

#include "models/api/apiclient.h"
#include "models/blueprints/blueprintparser.h"
#include "models/blueprints/importplan.h"
#include "models/connection/connectionprofile.h"
#include "models/connection/tokenvault.h"
#include "models/operations/blueprintimport.h"
#include "models/operations/flowfolderexport.h"
#include "models/operations/flowpromotion.h"
#include "models/schema/schemaregistry.h"
#include "views/connection/connectionsdialog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace akdesk::cli {

namespace {

using blueprints::ImportPlan;
using blueprints::PlannedEntry;

constexpr int kSame = 0;
constexpr int kDiffers = 1;
constexpr int kError = 2;


void out(const QString &text)
{
    std::fputs(qPrintable(text), stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fputs(qPrintable(QStringLiteral("akdesk: %1\n").arg(message)), stderr);
    return kError;
}

/// Waits for `signal` of `sender` (or a minute), spinning the event loop.
template<typename Sender, typename Signal>
void waitFor(Sender *sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    QTimer::singleShot(10 * 60 * 1000, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Connection
{
    QString name;
    std::unique_ptr<ApiClient> client;
};

/// A client for a saved profile (or a server URL), its token from `variable` or the keychain.
std::optional<Connection> connect(const QString &nameOrUrl, const QString &token, QString *error)
{
    QSettings settings;
    ProfileStore profiles(&settings);
    Connection connection;
    connection.client = std::make_unique<ApiClient>();
    std::optional<ConnectionProfile> profile = profiles.profile(nameOrUrl);
    if (!profile && nameOrUrl.contains(QLatin1String("://"))) {
        ConnectionProfile adHoc;
        adHoc.name = nameOrUrl;
        adHoc.serverUrl = QUrl(nameOrUrl);
        profile = adHoc;
    }
    if (!profile) {
        QStringList names;
        for (const ConnectionProfile &known : profiles.profiles())
            names << known.name;
        *error = names.isEmpty() ? QCoreApplication::translate("akdesk::cli", "no connection profile is called %1, and none is saved").arg(nameOrUrl)
                                 : QCoreApplication::translate("akdesk::cli", "no connection profile is called %1 (saved: %2)").arg(nameOrUrl, names.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (profile->isSandbox() || profile->serverUrl.isEmpty()) {
        *error = QCoreApplication::translate("akdesk::cli", "the profile %1 has no server address (the sandbox lives inside the akdesk window: start akdesk-sandbox and give its URL)")
                     .arg(nameOrUrl);
        return std::nullopt;
    }
    connection.name = profile->name;
    QString secret = token;
    if (secret.isEmpty() && !profile->name.contains(QLatin1String("://"))) {
        TokenVault vault;
        QEventLoop wait;
        QObject::connect(&vault, &TokenVault::loaded, &wait, [&](const QString &name, const QString &value) {
            if (name == profile->name) {
                secret = value;
                wait.quit();
            }
        });
        QTimer::singleShot(60000, &wait, &QEventLoop::quit);
        vault.load(profile->name);
        wait.exec();
    }
    if (secret.isEmpty()) {
        *error = QCoreApplication::translate("akdesk::cli", "no token for %1: none is kept in the keychain, and the token variable is not set").arg(nameOrUrl);
        return std::nullopt;
    }
    ApiClient &client = *connection.client;
    client.setServerUrl(profile->serverUrl);
    client.setToken(secret);
    client.setTimeout(profile->timeoutSeconds * 1000);
    client.setAllowPlainHttp(profile->allowPlainHttp);
    QList<QSslCertificate> cas;
    if (const QString problem = ConnectionsDialog::loadCertificates(profile->caFile, &cas); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    client.setExtraCaCertificates(cas);
    return connection;
}

QString shown(const QJsonValue &value)
{
    if (value.isUndefined())
        return QCoreApplication::translate("akdesk::cli", "(none)");
    if (blueprints::placeholderEntry(value) >= 0)
        return QCoreApplication::translate("akdesk::cli", "(the new object)");
    if (value.isString())
        return value.toString().contains(QLatin1Char('\n')) ? QCoreApplication::translate("akdesk::cli", "(%n line(s) of text)", nullptr, int(value.toString().count(QLatin1Char('\n')) + 1))
                                                            : value.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

/// The plan for people: what changes, each field server → blueprint; unchanged ones counted.
QString describe(const ImportPlan &plan)
{
    QString text;
    int unchanged = 0;
    for (const PlannedEntry &entry : plan.entries) {
        if (entry.action == PlannedEntry::Action::Unchanged || entry.action == PlannedEntry::Action::KeepExisting
            || entry.action == PlannedEntry::Action::NothingToDelete) {
            ++unchanged;
            continue;
        }
        text += QStringLiteral("  %1  %2\n").arg(blueprints::actionText(entry.action).leftJustified(10), entry.title());
        if (entry.action == PlannedEntry::Action::Update) {
            for (const blueprints::FieldChange &change : entry.changes)
                text += QStringLiteral("              %1: %2 → %3\n").arg(change.field, shown(change.server), shown(change.blueprint));
        }
        for (const QString &problem : entry.problems + entry.unresolved)
            text += QStringLiteral("              %1\n").arg(problem);
    }
    if (unchanged > 0)
        text += QCoreApplication::translate("akdesk::cli", "  %n unchanged (not shown)\n", nullptr, unchanged);
    return text;
}

QJsonObject planJson(const ImportPlan &plan)
{
    QJsonArray entries;
    for (const PlannedEntry &entry : plan.entries) {
        QJsonArray changes;
        for (const blueprints::FieldChange &change : entry.changes)
            changes.append(QJsonObject{{QStringLiteral("field"), change.field},
                                       {QStringLiteral("server"), change.server.isUndefined() ? QJsonValue() : change.server},
                                       {QStringLiteral("blueprint"), change.blueprint}});
        entries.append(QJsonObject{{QStringLiteral("model"), entry.model},
                                   {QStringLiteral("title"), entry.title()},
                                   {QStringLiteral("action"), blueprints::actionName(entry.action)},
                                   {QStringLiteral("identifiers"), entry.identifiers},
                                   {QStringLiteral("pk"), entry.pk.isEmpty() ? QJsonValue() : QJsonValue(entry.pk)},
                                   {QStringLiteral("changes"), changes},
                                   {QStringLiteral("problems"), QJsonArray::fromStringList(entry.problems)},
                                   {QStringLiteral("unresolved"), QJsonArray::fromStringList(entry.unresolved)}});
    }
    return {{QStringLiteral("summary"), plan.summary()}, {QStringLiteral("valid"), plan.valid()},
            {QStringLiteral("changes"), plan.changes()}, {QStringLiteral("entries"), entries}};
}

QJsonObject reportJson(const BlueprintImport::Report &report)
{
    QJsonArray done;
    for (const BlueprintImport::Step &step : report.done)
        done.append(QJsonObject{{QStringLiteral("title"), step.title}, {QStringLiteral("action"), blueprints::actionName(step.action)},
                                {QStringLiteral("pk"), step.pk}});
    QJsonArray logs;
    for (const QJsonObject &log : report.logs)
        logs.append(log);
    return {{QStringLiteral("ok"), report.ok}, {QStringLiteral("done"), done}, {QStringLiteral("failed_at"), report.failedAt},
            {QStringLiteral("error"), report.error}, {QStringLiteral("not_applied"), QJsonArray::fromStringList(report.notApplied)},
            {QStringLiteral("logs"), logs}};
}

QString describeReport(const BlueprintImport::Report &report)
{
    QString text;
    for (const BlueprintImport::Step &step : report.done)
        text += QCoreApplication::translate("akdesk::cli", "  done      %1 (%2)\n").arg(step.title, blueprints::actionText(step.action));
    for (const QJsonObject &log : report.logs) {
        const QString level = log.value(QLatin1String("log_level")).toString();
        if (level != QLatin1String("debug"))
            text += QStringLiteral("  %1: %2\n").arg(level, log.value(QLatin1String("event")).toString());
    }
    if (!report.ok) {
        if (!report.failedAt.isEmpty())
            text += QCoreApplication::translate("akdesk::cli", "  failed    %1: %2\n").arg(report.failedAt, report.error);
        else
            text += QStringLiteral("  %1\n").arg(report.error);
        for (const QString &rest : report.notApplied)
            text += QCoreApplication::translate("akdesk::cli", "  not done  %1\n").arg(rest);
    }
    return text;
}

void emitJson(const QJsonObject &object)
{
    out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

int runExport(const QCommandLineParser &parser, const QString &token)
{
    const QString flow = parser.value(QStringLiteral("flow"));
    const bool all = parser.isSet(QStringLiteral("all"));
    if (flow.isEmpty() == !all)
        return fail(QCoreApplication::translate("akdesk::cli", "export takes --flow SLUG or --all"));
    QString error;
    std::optional<Connection> connection = connect(parser.value(QStringLiteral("profile")), token, &error);
    if (!connection)
        return fail(error);
    const QString folder = parser.value(QStringLiteral("out")).isEmpty() ? QDir::currentPath() : parser.value(QStringLiteral("out"));
    if (all) {
        FlowFolderExport exporter(connection->client.get());
        FlowFolderExport::Report report;
        QObject::connect(&exporter, &FlowFolderExport::finished, [&report](const FlowFolderExport::Report &r) { report = r; });
        exporter.start(folder);
        if (exporter.isRunning())
            waitFor(&exporter, &FlowFolderExport::finished);
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray failed;
            for (const FlowFolderExport::Failure &f : report.failed)
                failed.append(QJsonObject{{QStringLiteral("slug"), f.slug}, {QStringLiteral("message"), f.message}});
            emitJson({{QStringLiteral("folder"), folder}, {QStringLiteral("written"), QJsonArray::fromStringList(report.written)},
                      {QStringLiteral("unchanged"), QJsonArray::fromStringList(report.unchanged)}, {QStringLiteral("failed"), failed}});
        } else {
            out(QCoreApplication::translate("akdesk::cli", "Exported %1 flow(s) to %2: %3 new or changed, %4 unchanged.\n")
                    .arg(report.total()).arg(QDir::toNativeSeparators(folder)).arg(report.written.size()).arg(report.unchanged.size()));
            for (const FlowFolderExport::Failure &f : report.failed)
                std::fputs(qPrintable(QStringLiteral("akdesk: %1: %2\n").arg(f.slug, f.message)), stderr);
        }
        return report.failed.isEmpty() ? kSame : kError;
    }
    const ApiResult result = [&] {
        ApiReply *reply = connection->client->flowExport(flow);
        if (!reply->isFinished())
            waitFor(reply, &ApiReply::finished);
        return reply->result();
    }();
    if (!result.ok())
        return fail(QCoreApplication::translate("akdesk::cli", "could not export %1: %2").arg(flow, result.error.message()));
    const QString path = parser.value(QStringLiteral("out")).isEmpty() ? QString() : QDir(folder).filePath(FlowFolderExport::fileName(flow));
    if (path.isEmpty()) {
        std::fwrite(result.body.constData(), 1, size_t(result.body.size()), stdout);
        return kSame;
    }
    QDir().mkpath(folder);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(result.body) != result.body.size())
        return fail(QCoreApplication::translate("akdesk::cli", "could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    out(QCoreApplication::translate("akdesk::cli", "Exported %1 to %2.\n").arg(flow, QDir::toNativeSeparators(path)));
    return kSame;
}

int runPromote(const QCommandLineParser &parser, bool diffOnly, const QString &fromToken, const QString &toToken)
{
    const QString flow = parser.value(QStringLiteral("flow"));
    if (flow.isEmpty() || parser.value(QStringLiteral("from")).isEmpty() || parser.value(QStringLiteral("to")).isEmpty())
        return fail(QCoreApplication::translate("akdesk::cli", "%1 takes --from PROFILE --to PROFILE --flow SLUG").arg(diffOnly ? QStringLiteral("diff") : QStringLiteral("promote")));
    QString error;
    std::optional<Connection> from = connect(parser.value(QStringLiteral("from")), fromToken, &error);
    if (!from)
        return fail(error);
    std::optional<Connection> to = connect(parser.value(QStringLiteral("to")), toToken, &error);
    if (!to)
        return fail(error);
    FlowPromotion promotion(from->client.get(), to->client.get(), SchemaRegistry::bundled());
    bool prepared = false;
    QString failure;
    QObject::connect(&promotion, &FlowPromotion::prepared, [&prepared] { prepared = true; });
    QObject::connect(&promotion, &FlowPromotion::failed, [&failure](const QString &message) { failure = message; });
    QEventLoop loop;
    QObject::connect(&promotion, &FlowPromotion::prepared, &loop, &QEventLoop::quit);
    QObject::connect(&promotion, &FlowPromotion::failed, &loop, &QEventLoop::quit);
    promotion.prepare(flow);
    if (!prepared && failure.isEmpty())
        loop.exec();
    if (!failure.isEmpty())
        return fail(failure);
    const ImportPlan &plan = promotion.plan();
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool dryRun = diffOnly || parser.isSet(QStringLiteral("dry-run"));
    QJsonObject document{{QStringLiteral("flow"), flow}, {QStringLiteral("from"), from->name}, {QStringLiteral("to"), to->name},
                         {QStringLiteral("plan"), planJson(plan)}, {QStringLiteral("secrets"), QJsonArray::fromStringList(promotion.secrets())},
                         {QStringLiteral("held_by_drafts"), QJsonArray::fromStringList(promotion.heldByDrafts())},
                         {QStringLiteral("unnamed"), QJsonArray::fromStringList(promotion.unnamed())}};
    QString text = QCoreApplication::translate("akdesk::cli", "Flow %1: %2 → %3\n").arg(flow, from->name, to->name) + describe(plan);
    if (!promotion.secrets().isEmpty())
        text += QCoreApplication::translate("akdesk::cli", "Set on %1 by hand (the API never returns them):\n").arg(to->name)
                + QStringLiteral("  ") + promotion.secrets().join(QStringLiteral("\n  ")) + QLatin1Char('\n');
    if (!promotion.unnamed().isEmpty())
        text += QCoreApplication::translate("akdesk::cli", "Not found by name on %1 (left as written):\n").arg(from->name)
                + QStringLiteral("  ") + promotion.unnamed().join(QStringLiteral("\n  ")) + QLatin1Char('\n');
    text += QCoreApplication::translate("akdesk::cli", "Summary: %1\n").arg(plan.summary());
    if (!plan.valid()) {
        json ? emitJson(document) : out(text);
        return fail(QCoreApplication::translate("akdesk::cli", "%1 cannot be applied on %2 as it is").arg(flow, to->name));
    }
    if (dryRun || !plan.changes()) {
        json ? emitJson(document) : out(text + (plan.changes() ? QCoreApplication::translate("akdesk::cli", "Dry run: nothing was changed.\n") : QString()));
        return plan.changes() ? kDiffers : kSame;
    }
    BlueprintImport::Report report;
    QObject::connect(&promotion, &FlowPromotion::applied, [&report](const BlueprintImport::Report &r) { report = r; });
    promotion.apply();
    waitFor(&promotion, &FlowPromotion::applied);
    document.insert(QStringLiteral("applied"), reportJson(report));
    json ? emitJson(document) : out(text + QCoreApplication::translate("akdesk::cli", "Applied on %1:\n").arg(to->name) + describeReport(report));
    return report.ok ? kSame : kError;
}

int runImport(const QCommandLineParser &parser, const QString &token)
{
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1)
        return fail(QCoreApplication::translate("akdesk::cli", "import takes --profile PROFILE and one blueprint file"));
    QFile file(files.first());
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("akdesk::cli", "cannot read %1: %2").arg(files.first(), file.errorString()));
    const QByteArray yaml = file.readAll();
    QString error;
    std::optional<Connection> connection = connect(parser.value(QStringLiteral("profile")), token, &error);
    if (!connection)
        return fail(error);
    BlueprintImport import(connection->client.get(), SchemaRegistry::bundled());
    QString failure;
    bool previewed = false;
    QObject::connect(&import, &BlueprintImport::failed, [&failure](const QString &message) { failure = message; });
    QObject::connect(&import, &BlueprintImport::previewed, [&previewed] { previewed = true; });
    QEventLoop loop;
    QObject::connect(&import, &BlueprintImport::previewed, &loop, &QEventLoop::quit);
    QObject::connect(&import, &BlueprintImport::failed, &loop, &QEventLoop::quit);
    import.preview(yaml);
    if (!previewed && failure.isEmpty())
        loop.exec();
    if (!failure.isEmpty())
        return fail(failure);
    const ImportPlan &plan = import.plan();
    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonObject document{{QStringLiteral("file"), files.first()}, {QStringLiteral("profile"), connection->name}, {QStringLiteral("plan"), planJson(plan)}};
    QString text = QCoreApplication::translate("akdesk::cli", "%1 on %2:\n").arg(files.first(), connection->name) + describe(plan);
    for (const blueprints::BlueprintProblem &problem : plan.problems)
        text += QStringLiteral("  %1\n").arg(problem.toString());
    text += QCoreApplication::translate("akdesk::cli", "Summary: %1\n").arg(plan.summary());
    if (!plan.valid()) {
        json ? emitJson(document) : out(text);
        return fail(QCoreApplication::translate("akdesk::cli", "%1 cannot be applied on %2 as it is").arg(files.first(), connection->name));
    }
    if (parser.isSet(QStringLiteral("dry-run")) || !plan.changes()) {
        json ? emitJson(document) : out(text + (plan.changes() ? QCoreApplication::translate("akdesk::cli", "Dry run: nothing was changed.\n") : QString()));
        return plan.changes() ? kDiffers : kSame;
    }
    BlueprintImport::Report report;
    QObject::connect(&import, &BlueprintImport::applied, [&report](const BlueprintImport::Report &r) { report = r; });
    import.applyAll(yaml);
    waitFor(&import, &BlueprintImport::applied);
    document.insert(QStringLiteral("applied"), reportJson(report));
    json ? emitJson(document) : out(text + QCoreApplication::translate("akdesk::cli", "Imported on %1 by the server's own import:\n").arg(connection->name) + describeReport(report));
    return report.ok ? kSame : kError;
}

} // namespace

bool isCommand(const QStringList &arguments)
{
    static const QStringList commands{QStringLiteral("export"), QStringLiteral("diff"), QStringLiteral("promote"), QStringLiteral("import")};
    return arguments.size() > 1 && commands.contains(arguments.at(1));
}

int run(const QStringList &arguments)
{
    // Read once and taken out of the environment, so that nothing akdesk starts inherits them.
    const QString token = qEnvironmentVariable("AKDESK_TOKEN");
    const QString fromToken = qEnvironmentVariable("AKDESK_FROM_TOKEN");
    const QString toToken = qEnvironmentVariable("AKDESK_TO_TOKEN");
    for (const char *name : {"AKDESK_TOKEN", "AKDESK_FROM_TOKEN", "AKDESK_TO_TOKEN"})
        qunsetenv(name);

    const QString command = arguments.at(1);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("akdesk::cli", "akdesk %1: see “akdesk --help” and the manual page for the commands.").arg(command));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("profile"), QCoreApplication::translate("akdesk::cli", "Connection profile (or server URL) to use."), QStringLiteral("name")},
        {QStringLiteral("from"), QCoreApplication::translate("akdesk::cli", "Profile (or server URL) to copy from."), QStringLiteral("name")},
        {QStringLiteral("to"), QCoreApplication::translate("akdesk::cli", "Profile (or server URL) to copy to."), QStringLiteral("name")},
        {QStringLiteral("flow"), QCoreApplication::translate("akdesk::cli", "The flow's slug."), QStringLiteral("slug")},
        {QStringLiteral("all"), QCoreApplication::translate("akdesk::cli", "Every flow (export).")},
        {QStringLiteral("out"), QCoreApplication::translate("akdesk::cli", "Folder to write into (export)."), QStringLiteral("dir")},
        {QStringLiteral("dry-run"), QCoreApplication::translate("akdesk::cli", "Show what would change; change nothing.")},
        {QStringLiteral("json"), QCoreApplication::translate("akdesk::cli", "Print JSON for tools instead of text for people.")},
    });
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("akdesk::cli", "export, diff, promote or import"));
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return kSame;
    }
    if (command == QLatin1String("export"))
        return runExport(parser, token);
    if (command == QLatin1String("diff"))
        return runPromote(parser, true, fromToken, toToken);
    if (command == QLatin1String("promote"))
        return runPromote(parser, false, fromToken, toToken);
    return runImport(parser, token);
}

} // namespace akdesk::cli
