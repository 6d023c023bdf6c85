#pragma once

namespace akdesk::sandbox {

class SandboxStore;

/// Fills a store with what a fresh authentik has: the 14 flows of blueprints/default/*.yaml with
/// their stages, bindings and prompts, and the built-in source. Then clearly named extras to try
/// things with (OAuth, SAML and LDAP sources, akdesk-sandbox-* stages of kinds no default flow
/// uses), and `extraStages` generated stages spread over the kinds, for scale work.
void seedDefaults(SandboxStore &store, int extraStages);

} // namespace akdesk::sandbox
