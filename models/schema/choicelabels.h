#pragma once

#include <QString>

namespace akdesk::choices {

/// The words people read for one of authentik's enum values in the user's language:
/// authentik's web-admin wording where it has one ("authentik.core.auth.InbuiltBackend" ->
/// "User database + standard password"), else a label derived from the value
/// ("stage_configuration" -> "Stage configuration"). `field` picks the wording where one value
/// means different things in different fields ("required" as a mode or as user verification);
/// it may be empty.
QString label(const QString &field, const QString &value);

/// The label derived from the value alone, untranslated: "message_continue" -> "Message continue",
/// "authentik.sources.ldap.auth.LDAPBackend" -> "LDAP backend".
QString derived(const QString &value);

/// True when a table (not derivation) gives the value's label.
bool hasLabel(const QString &field, const QString &value);

} // namespace akdesk::choices
