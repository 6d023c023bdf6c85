#pragma once

#include "models/operations/recordchange.h"

#include "views/main/commandpalette.h"

#include <QJsonObject>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <memory>

class QAction;
class QMenu;
class QLabel;
class QProgressDialog;
class QPushButton;
class QSettings;
class QUndoGroup;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace akdesk {

class ApiClient;
struct Draft;
class LocalStore;
class DraftSync;
class DraftsPane;
class FlowFolderExport;
class FlowInspector;
class FlowListPane;
class ListCounts;
class RecordEditor;
class Workspace;
class SchemaRegistry;
class StageListPane;
struct ResourceDescriptor;

/// The main window: a navigator of stage kinds, flows and policy kinds (with counts) and the drafts,
/// beside a tab area holding the stage list, the flow list, the drafts panel, the policy list and
/// one tab per open record. The
/// status bar says whether akdesk is online and how many drafts wait.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// Shows the workspace's server and drafts; creates no services of its own.
    explicit MainWindow(Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    StageListPane *stageList() const { return m_list; }
    StageListPane *policyList() const { return m_policyList; }
    FlowListPane *flowList() const { return m_flowList; }
    /// The inspector tab of a flow (opened if needed); `flow` needs at least its slug.
    FlowInspector *openFlow(const QJsonObject &flow);
    /// Every flow of the server into `folder`, one blueprint a flow (FlowFolderExport), with
    /// progress and Cancel; says in the status bar what was written and lists what was not.
    void exportAllFlowsTo(const QString &folder);
    /// File ▸ Import blueprint: previews `path` on this server (ImportPreviewDialog), then applies
    /// all through the server's import or the ticked entries one by one.
    void importBlueprintFile(const QString &path);
    /// Flow ▸ Promote: previews the flow `slug` of this server on the saved profile `target`
    /// (asked for when empty) and copies or updates it there (FlowPromotion).
    void promoteFlow(const QString &slug, const QString &target = {});
    /// Shows the flows of one designation, or all for an empty one.
    void showFlows(const QString &designation);
    QTreeWidget *navigator() const { return m_navigator; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The editor tab of a record (opened if needed) — by the record's pk.
    RecordEditor *openRecord(const ResourceDescriptor &resource, const QJsonObject &record);
    RecordEditor *currentEditor() const;
    /// Shows the stages of one kind ("stages/dummy"), or all stages for an empty key.
    void showStageKind(const QString &key);
    /// Shows the policies of one kind ("policies/dummy"), or all policies for an empty key.
    void showPolicyKind(const QString &key);
    /// Opens the test of a policy (its pk and name) against a user.
    void testPolicy(const QJsonObject &policy);
    QAction *action(const QString &name) const;
    DraftsPane *draftsPane() const { return m_draftsPane; }
    LocalStore *drafts() const { return m_drafts; }
    DraftSync *draftSync() const { return m_sync; }
    void showDrafts();
    /// The status bar's online/offline indicator.
    QLabel *connectionLabel() const { return m_connection; }
    Workspace *workspace() const { return m_workspace; }
    ListCounts *stageCounts() const { return m_stageCounts; }
    ListCounts *flowCounts() const { return m_flowCounts; }
    ListCounts *policyCounts() const { return m_policyCounts; }
    /// Index of the first record tab (the lists and the drafts panel come before).
    static constexpr int FirstRecordTab = 4;
    /// The connection profiles to offer under File ▸ Switch connection, and the current one.
    void setProfiles(const QStringList &names, const QString &current);
    /// The editor Edit ▸ Undo/Redo/Save act on: the current stage editor or flow's settings.
    RecordEditor *activeEditor() const;
    /// Ctrl+K. The palette stays reachable through commandPalette() while it is open.
    void showCommandPalette();
    CommandPalette *commandPalette() const { return m_palette; }
    /// What the palette offers without asking the server: the menus' actions and the lists.
    QList<PaletteEntry> paletteEntries() const;
    /// Runs an action, shows a list, or opens a stage or flow.
    void goTo(const PaletteEntry &entry);
    void showShortcuts();
    /// Opens a stage's editor by its pk and meta_model_name (as bindings and the palette know it).
    void openStageById(const QString &pk, const QString &metaModelName);
    /// Window and splitter geometry, column widths, the list shown and the selected stage.
    void saveSettings(QSettings &settings) const;
    void restoreSettings(QSettings &settings);
    /// Where closeEvent() saves the window's state (AppSession sets its settings).
    void setSettings(QSettings *settings) { m_settings = settings; }

Q_SIGNALS:
    void connectionsRequested();
    void switchRequested(const QString &profile);
    /// The user chose to trust a certificate the server presented (PEM).
    void trustCertificateRequested(const QByteArray &pem);
    /// The window closed (the user answered for every open editor); not emitted when it stays.
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    /// What the navigator's items hold besides their text.
    enum NavigatorRole {
        KindKeyRole = Qt::UserRole + 1,  ///< a stage kind's key ("" for all stages)
        ListPathRole,                    ///< a stage kind's list path
        LabelRole,                       ///< the label without its count
        DesignationRole,                 ///< a flow designation ("" for all flows)
        PolicyKindRole,                  ///< a policy kind's key ("" for all policies)
    };
    /// "stages:<kind key>", "policies:<kind key>", "flows:<designation>" or "drafts": how the palette and the settings name
    /// a navigator item; empty for the headings.
    QString navigatorPlace(const QTreeWidgetItem *item) const;
    /// The tab that shows a navigator place ("flows:…", "policies:…", "stages:…", "drafts"); null for none.
    QWidget *listOf(const QString &place) const;

    bool confirmCloseOf(QWidget *page);

private:
    void buildNavigator();
    void buildActions();
    /// Every list and count follows what the server accepted (RecordWriter::changed).
    void onRecordChanged(const akdesk::RecordChange &change);
    /// The navigator's labels with the counts known now.
    void showCounts();
    void openSelected();
    void createStage();
    /// The stage or policy list when it is in front; else the stage list.
    StageListPane *frontList() const;
    void duplicateSelected();
    void deleteSelected();
    bool closeTab(int index);
    void updateActions();
    void updateConnection();
    void updateDraftCount();
    void openDraft(const Draft &draft);
    void selectStageWhenListed(const QString &pk);
    /// Editors in tabs use the window's Undo/Redo/Save and join its undo group.
    void adoptEditor(RecordEditor *editor);

    Workspace *m_workspace;
    QStringList m_profileNames;  ///< saved connection profiles (setProfiles)
    QString m_currentProfile;
    ApiClient *m_client;
    std::shared_ptr<const SchemaRegistry> m_schema;
    QTreeWidget *m_navigator = nullptr;
    QTreeWidgetItem *m_allStages = nullptr;
    QTabWidget *m_tabs = nullptr;
    StageListPane *m_list = nullptr;
    FlowListPane *m_flowList = nullptr;
    QTreeWidgetItem *m_allFlows = nullptr;
    ListCounts *m_stageCounts = nullptr;  ///< per stage kind, from the stage list's rows
    ListCounts *m_flowCounts = nullptr;   ///< per designation, from the flow list's rows
    StageListPane *m_policyList = nullptr;
    QTreeWidgetItem *m_allPolicies = nullptr;
    ListCounts *m_policyCounts = nullptr;  ///< per policy kind, from the policy list's rows
    QHash<QString, QAction *> m_actions;
    LocalStore *m_drafts;
    DraftSync *m_sync;
    DraftsPane *m_draftsPane = nullptr;
    FlowFolderExport *m_folderExport = nullptr;
    QPointer<QProgressDialog> m_exportProgress;
    QTreeWidgetItem *m_draftsItem = nullptr;
    QLabel *m_connection = nullptr;
    QPushButton *m_draftCount = nullptr;
    QMenu *m_switchMenu = nullptr;
    QSet<QByteArray> m_certificatesShown;
    QUndoGroup *m_undoGroup = nullptr;
    QList<QAction *> m_inspectorActions;
    QPointer<CommandPalette> m_palette;
    QSettings *m_settings = nullptr;
};

} // namespace akdesk
