import QuarryExplorer

/// The page `GET /` and a browser's `GET /graphql` serve (SEMANTICS.md §11.6): the explorer,
/// self-contained (QuarryExplorer), nothing loaded from another origin.
func explorerPage() -> [UInt8] { ExplorerPage.html }
