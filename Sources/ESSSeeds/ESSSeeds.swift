// Namespace file; the catalogue itself is generated from seeds/ by EmbedSeedsPlugin.
