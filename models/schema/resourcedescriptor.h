#pragma once

#include "models/schema/fielddescriptor.h"

#include <QList>
#include <QString>

namespace akdesk {

/// Everything akdesk knows about one REST resource: where it lives and what its fields are.
struct ResourceDescriptor
{
    enum class Category { Stage, Flow, Binding, Source, Policy, PolicyBinding, Other };

    QString key;          ///< "stages/identification", "flows", "flows/bindings", "sources", "policies/dummy"
    Category category = Category::Other;
    QString schemaName;   ///< component schema of a record, e.g. "IdentificationStage"
    QString modelName;    ///< e.g. "authentik_stages_identification.identificationstage"
    QString label;        ///< human name (verbose_name), e.g. "Identification Stage"
    QString labelPlural;  ///< verbose_name_plural, e.g. "Identification Stages"
    QString component;    ///< web admin form component, e.g. "ak-stage-identification-form"
    QString description;  ///< one line for the create wizard
    QString listPath;     ///< relative to /api/v3, e.g. "/stages/identification/"
    QString lookupField = QStringLiteral("pk"); ///< "pk" or "slug" (flows, sources)
    bool creatable = false;
    bool readOnly = false;        ///< e.g. sources: akdesk never writes them
    bool hasUsedBy = false;
    bool requiresEnterprise = false;
    QList<FieldDescriptor> fields;   ///< ordered by overlay order, then schema order
    QList<FilterDescriptor> filters;
    QStringList orderingFields;      ///< fields a list may be ordered by
    QStringList searchFields;        ///< fields the server's `search` looks in
    QStringList sections;            ///< section names in display order
    /// Fields every PATCH carries along with the changes, because the server validates them
    /// together (authentik's identification stage checks user_fields and sources on what is sent).
    QStringList patchCompanions;

    /// Path of one record, e.g. "/stages/identification/<uuid>/".
    QString detailPath(const QString &id) const { return listPath + id + QLatin1Char('/'); }
    const FieldDescriptor *field(const QString &name) const;
    QList<const FieldDescriptor *> writableFields() const;
    QStringList requiredFields() const;
};

} // namespace akdesk
