#pragma once

#include <QString>

namespace akdesk::sandbox {

/// What authentik's own model class says about a stage kind: Meta.verbose_name(_plural), the
/// class docstring (`__doc__`, which /stages/all/types/ sends as `description`), whether its app
/// is an EnterpriseConfig, and the text of the model's `__str__`.
struct KindFacts
{
    QString verboseName;
    QString verboseNamePlural;
    QString docstring;
    bool enterprise = false;
    bool deprecated = false;
    QString strPrefix;  ///< `str(stage)` is strPrefix + " " + name
};

/// The facts for a model such as "authentik_stages_dummy.dummystage"; empty facts when unknown.
KindFacts kindFacts(const QString &modelName);

} // namespace akdesk::sandbox
