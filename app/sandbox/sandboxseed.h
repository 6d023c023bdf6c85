#pragma once

namespace akdesk::sandbox {

class SandboxStore;

/// Fills a store with authentik's default flows and stages (as a fresh instance has them), a few
/// sources, and `extraStages` generated stages spread over the kinds, for scale work.
void seedDefaults(SandboxStore &store, int extraStages);

} // namespace akdesk::sandbox
