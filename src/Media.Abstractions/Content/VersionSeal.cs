namespace Media.Abstractions.Content;

/// <summary>A version's stored content hash and the hash recomputed from its stored content; they differ only
/// when someone changed the row behind the application's back.</summary>
public sealed record VersionSeal(int Version, string StoredHash, string ComputedHash);
