namespace Media.AuditTrail.Export;

/// <summary>What an export covers: the seq range found for the requested [from, to) period (null when empty).</summary>
public sealed record ExportRange(long? First, long? Last, DateTimeOffset? From, DateTimeOffset? To);
