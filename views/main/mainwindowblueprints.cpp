// MainWindow, continued: blueprint import with a preview, and promotion of a flow to another
// connection profile (issue 19).
#include "views/main/mainwindow.h"

#include "models/api/apiclient.h"
#include "models/connection/connectionprofile.h"
#include "models/connection/tokenvault.h"
#include "models/operations/blueprintimport.h"
#include "models/operations/flowpromotion.h"
#include "views/connection/connectionsdialog.h"
#include "views/flows/flowlistpane.h"
#include "views/flows/importpreviewdialog.h"
#include "views/stages/stagelistpane.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace akdesk {

void MainWindow::importBlueprintFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Not imported"), tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const QByteArray yaml = file.readAll();
    auto *dialog = new ImportPreviewDialog(tr("%1 on %2").arg(QFileInfo(path).fileName(), m_client->serverUrl().host()), true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *import = new BlueprintImport(m_client, m_schema, dialog);
    connect(import, &BlueprintImport::previewed, dialog, [dialog](const blueprints::ImportPlan &plan) {
        QStringList notes;
        for (const blueprints::BlueprintProblem &problem : plan.problems)
            notes << problem.toString();
        dialog->setPlan(plan, notes);
    });
    connect(import, &BlueprintImport::failed, dialog, [this, dialog](const QString &message) {
        QMessageBox::warning(dialog, tr("No preview"), message);
        dialog->close();
    });
    connect(dialog, &ImportPreviewDialog::applyAllRequested, import, [import, yaml] { import->applyAll(yaml); });
    connect(dialog, &ImportPreviewDialog::applyChosenRequested, import, [import](const QSet<int> &entries) { import->applyEntries(entries); });
    connect(import, &BlueprintImport::progress, dialog, &ImportPreviewDialog::showProgress);
    connect(import, &BlueprintImport::applied, dialog, [this, dialog](const BlueprintImport::Report &report) {
        dialog->showReport(report);
        statusBar()->showMessage(report.ok ? tr("Blueprint imported.") : tr("Blueprint not imported: %1").arg(report.error), 10000);
        // The lists read the server again: what the import made is theirs now.
        m_list->reload();
        m_flowList->reload();
        m_policyList->reload();
    });
    dialog->show();
    import->preview(yaml);
}

void MainWindow::promoteFlow(const QString &slug, const QString &target)
{
    QString to = target;
    if (to.isEmpty()) {
        QStringList others = m_profileNames;
        others.removeAll(m_currentProfile);
        others.removeAll(ConnectionProfile::sandboxName());
        if (others.isEmpty()) {
            QMessageBox::information(this, tr("Promote flow"),
                                     tr("There is no other saved connection to promote “%1” to. Add one under File ▸ Connections.").arg(slug));
            return;
        }
        bool ok = false;
        to = QInputDialog::getItem(this, tr("Promote flow"), tr("Copy or update “%1” on:").arg(slug), others, 0, false, &ok);
        if (!ok || to.isEmpty())
            return;
    }
    QSettings settings;
    ProfileStore profiles(&settings);
    const std::optional<ConnectionProfile> profile = profiles.profile(to);
    if (!profile || profile->serverUrl.isEmpty()) {
        QMessageBox::warning(this, tr("Promote flow"), tr("The connection %1 has no server address.").arg(to));
        return;
    }
    // The target's token from the keychain (it may ask the user): waited for, nothing shown yet.
    QString token;
    {
        TokenVault vault;
        QEventLoop wait;
        connect(&vault, &TokenVault::loaded, &wait, [&](const QString &name, const QString &value) {
            if (name == to) {
                token = value;
                wait.quit();
            }
        });
        QTimer::singleShot(60000, &wait, &QEventLoop::quit);
        vault.load(to);
        wait.exec();
    }
    if (token.isEmpty()) {
        QMessageBox::warning(this, tr("Promote flow"), tr("No token is kept for %1. Open it once under File ▸ Connections.").arg(to));
        return;
    }
    auto *dialog = new ImportPreviewDialog(tr("Flow “%1”: %2 → %3").arg(slug, m_currentProfile, to), false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *client = new ApiClient(dialog);
    client->setServerUrl(profile->serverUrl);
    client->setToken(token);
    client->setTimeout(profile->timeoutSeconds * 1000);
    client->setAllowPlainHttp(profile->allowPlainHttp);
    QList<QSslCertificate> cas;
    ConnectionsDialog::loadCertificates(profile->caFile, &cas);
    client->setExtraCaCertificates(cas);
    auto *promotion = new FlowPromotion(m_client, client, m_schema, dialog);
    connect(promotion, &FlowPromotion::prepared, dialog, [dialog, promotion, to](const blueprints::ImportPlan &plan) {
        QStringList notes;
        for (const QString &secret : promotion->secrets())
            notes << tr("Set on %1 by hand (the API never returns it): %2").arg(to, secret);
        for (const QString &name : promotion->unnamed())
            notes << tr("Not found by name here, left as written: %1").arg(name);
        dialog->setPlan(plan, notes);
    });
    connect(promotion, &FlowPromotion::failed, dialog, [this, dialog](const QString &message) {
        QMessageBox::warning(dialog, tr("No preview"), message);
        dialog->close();
    });
    connect(dialog, &ImportPreviewDialog::applyChosenRequested, promotion, [promotion] { promotion->apply(); });
    connect(promotion, &FlowPromotion::progress, dialog, &ImportPreviewDialog::showProgress);
    connect(promotion, &FlowPromotion::applied, dialog, [this, dialog, to](const BlueprintImport::Report &report) {
        dialog->showReport(report);
        statusBar()->showMessage(report.ok ? tr("Promoted to %1.").arg(to) : tr("Promotion to %1 stopped: %2").arg(to, report.error), 10000);
    });
    dialog->show();
    promotion->prepare(slug);
}

} // namespace akdesk
