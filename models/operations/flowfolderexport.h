#pragma once

#include "models/api/apierror.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace akdesk {

class ApiClient;
class ApiReply;

/// Every flow of a server into a folder, one blueprint a flow (`<slug>.yaml`), for keeping the
/// configuration in git. Each file holds the server's own export of the flow with its stages,
/// bindings, prompts and policies (authentik/blueprints/v1/exporter.py FlowExporter); authentik
/// writes it in a fixed order with sorted keys (BlueprintDumper, sort_keys), so an unchanged flow
/// gives the same bytes. A file whose bytes are the same is not written again, so its date stays
/// and git sees nothing. Files are written beside and renamed over (QSaveFile): an earlier export
/// is never left half-written. Requests: the flow list (pages of 100), then one export a flow,
/// one at a time.
class FlowFolderExport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowFolderExport)

public:
    struct Failure
    {
        QString slug;     ///< empty when the flow list itself could not be read
        QString message;  ///< for people: the server's error, or the file that could not be written
    };
    struct Report
    {
        QString folder;
        QStringList written;    ///< slugs whose file is new or changed
        QStringList unchanged;  ///< slugs whose file already held the same export
        QList<Failure> failed;
        bool cancelled = false;
        int total() const { return int(written.size() + unchanged.size() + failed.size()); }
    };

    explicit FlowFolderExport(ApiClient *client, QObject *parent = nullptr);
    ~FlowFolderExport() override;

    /// Exports into `folder` (made when missing). finished() follows, also on failure.
    void start(const QString &folder);
    /// Stops after the request in flight; the files written so far stay.
    void cancel();
    bool isRunning() const { return m_running; }

    /// The file a flow goes to: its slug, which authentik keeps to [-a-zA-Z0-9_] (SlugField).
    static QString fileName(const QString &slug);

Q_SIGNALS:
    void progress(int done, int total, const QString &slug);
    void finished(const akdesk::FlowFolderExport::Report &report);

private:
    void readFlows(int page);
    void exportNext();
    void finish();

    ApiClient *m_client;
    QPointer<ApiReply> m_reply;
    QStringList m_slugs;
    int m_next = 0;
    bool m_running = false;
    Report m_report;
};

} // namespace akdesk

Q_DECLARE_METATYPE(akdesk::FlowFolderExport::Report)
