#pragma once

#include "models/blueprints/blueprintwriter.h"
#include "models/blueprints/importplan.h"
#include "models/operations/blueprintimport.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace akdesk {

class ApiClient;
class ApiReply;
class SchemaRegistry;

/// Copies or updates one flow from one server (a connection profile) to another.
///
/// prepare() reads the source's own export of the flow (one request: the flow, its stages,
/// bindings, prompts, policies and policy bindings as authentik's FlowExporter chooses them), names
/// each object it points at outside the export on the source (one read each), rekeys it so that
/// nothing is matched by pk (blueprints::rekeyForAnotherServer) and previews it on the target
/// (BlueprintImport). Nothing is written until apply(); then the entries that create or change
/// something are written one by one on the target, in order, with progress; nothing on the target
/// is deleted. Objects with a draft on the target are left alone and said. Fields the API never
/// returns (a captcha's private key, a password) cannot be copied: they are listed to be set on
/// the target by hand.
class FlowPromotion final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowPromotion)

public:
    FlowPromotion(ApiClient *source, ApiClient *target, std::shared_ptr<const SchemaRegistry> schema, QObject *parent = nullptr);
    ~FlowPromotion() override;

    /// pks of objects on the target that have a draft there (its LocalStore): not overwritten.
    void setTargetDrafts(const QSet<QString> &pks) { m_targetDrafts = pks; }

    void prepare(const QString &slug);
    /// The blueprint that goes to the target (rekeyed), and its plan there.
    QByteArray blueprint() const { return m_yaml; }
    const blueprints::ImportPlan &plan() const { return m_import->plan(); }
    /// "Captcha Stage “captcha”: private_key" for each secret to set on the target by hand.
    QStringList secrets() const { return m_secrets; }
    /// Entries left alone because the target has a draft of their object.
    QStringList heldByDrafts() const { return m_held; }
    /// References the source's export holds that could not be named (they will not resolve).
    QStringList unnamed() const { return m_unnamed; }
    int requestCount() const { return m_sourceRequests + m_import->previewRequests(); }

    /// Writes what the plan creates or changes (not held by drafts); applied() follows.
    void apply();

Q_SIGNALS:
    void prepared(const akdesk::blueprints::ImportPlan &plan);
    void progress(int done, int total, const QString &title);
    void applied(const akdesk::BlueprintImport::Report &report);
    void failed(const QString &message);

private:
    void nameNext();
    void rekeyAndPreview();
    void collectSecrets();

    ApiClient *m_source;
    ApiClient *m_target;
    std::shared_ptr<const SchemaRegistry> m_schema;
    std::unique_ptr<BlueprintImport> m_import;
    QPointer<ApiReply> m_reply;
    QSet<QString> m_targetDrafts;
    QString m_slug;
    QByteArray m_exported;
    QByteArray m_yaml;
    QList<QPair<QString, QString>> m_toName;  ///< external pk, resource key of what it is
    QHash<QString, blueprints::ExternalReference> m_external;
    QStringList m_secrets;
    QStringList m_held;
    QStringList m_unnamed;
    int m_sourceRequests = 0;
};

/// Per model, the fields that hold pks of other objects (the schema's uuid fields and lists).
QHash<QString, QStringList> referenceFields(const SchemaRegistry &schema);

} // namespace akdesk
