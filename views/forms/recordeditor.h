#pragma once

#include <QJsonObject>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QPushButton;
class QScrollArea;
class QUndoStack;

namespace akdesk {

class ApiClient;
struct ApiError;
class LocalStore;
class DraftSync;
class EditSession;
class FormView;
class ReferenceDirectory;
class SchemaRegistry;
class Workspace;
struct ResourceDescriptor;

/// The editor of one record of any resource, built from its descriptor: sections of inputs with
/// inline errors, undo/redo, Save (PATCH of only the changes, summarised first when several
/// fields change) and Revert. Input is never lost on a failed save.
class RecordEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordEditor)

public:
    /// Edits are kept as drafts in the workspace's store as they are typed and restored on open.
    explicit RecordEditor(Workspace *workspace, QWidget *parent = nullptr);
    ~RecordEditor() override;

    void open(const ResourceDescriptor &resource, const QJsonObject &record);
    void startNew(const ResourceDescriptor &resource, const QJsonObject &overrides = {});

    EditSession *session() const { return m_session; }
    FormView *form() const { return m_form; }
    QUndoStack *undoStack() const { return m_undo; }
    /// The scrolling area that holds the form.
    QScrollArea *scrollArea() const { return m_scroll; }
    QPushButton *saveButton() const { return m_save; }
    /// "Test…" (Ctrl+T), shown for a policy that exists on the server.
    QPushButton *testButton() const { return m_test; }
    QLabel *banner() const { return m_banner; }
    /// Information that is not an error: a restored draft, a change queued while offline.
    QLabel *notice() const { return m_notice; }
    QString title() const;
    /// When true (the default) a save changing several fields asks first; tests may turn it off.
    void setConfirmMultiFieldSaves(bool confirm) { m_confirmSaves = confirm; }

    /// Hosted in a window whose Edit menu has Undo, Redo and Save: the editor's own Ctrl+Z, Ctrl+Y and
    /// Ctrl+S go, so the keys are not claimed twice.
    void useWindowShortcuts();

    /// Asks what to do with unsaved changes; true when the editor may close.
    bool confirmClose();

public Q_SLOTS:
    void save();
    void revert();

Q_SIGNALS:
    void titleChanged(const QString &title);
    void saved(const QJsonObject &record, bool created);
    /// "Test…" was asked for: the record is a policy (as last read or saved).
    void testRequested(const QJsonObject &policy);
    /// A flow link in "Bound into flows" was clicked.
    void flowActivated(const QString &slug);

private:
    /// The editor says so while the drafts file refuses its writes (the text stays on screen).
    void sayWhenEditsAreNotKept(LocalStore *store);
    void rebuildForm();
    void updateState();
    void showError(const ApiError &error);
    void updateFlowLinks(const QJsonObject &record);
    void showNotice(const QString &text);
    void resolveConflict(qint64 id);
    /// After a save: names the server's changes that were merged in, if there were any.
    void reportMerged(const QJsonObject &record);

    ReferenceDirectory *m_references;
    EditSession *m_session;
    QUndoStack *m_undo;
    QList<QAction *> m_localActions;
    FormView *m_form = nullptr;
    QWidget *m_formHost = nullptr;
    QLabel *m_heading;
    QLabel *m_banner;
    QLabel *m_notice;
    QLabel *m_flows;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_test;
    bool m_confirmSaves = true;
    QJsonObject m_savedFrom;     ///< the record the edit being saved started from
    QStringList m_savedChanges;  ///< the fields that edit changed
    QString m_unkeptNotice;  ///< shown while the drafts file refuses writes
    QScrollArea *m_scroll = nullptr;
};

} // namespace akdesk
