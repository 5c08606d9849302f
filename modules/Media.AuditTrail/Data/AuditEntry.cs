namespace Media.AuditTrail.Data;

/// <summary>One link of the chain. Written once; the database refuses UPDATE and DELETE on its table.</summary>
public sealed class AuditEntry
{
    public long Seq { get; set; }

    public DateTimeOffset At { get; set; }

    public Guid? ActorId { get; set; }

    public required string ActorName { get; set; }

    public required string Action { get; set; }

    public required string SubjectKind { get; set; }

    public required string SubjectId { get; set; }

    public Guid? ArticleId { get; set; }

    public int? Version { get; set; }

    public string? ContentHash { get; set; }

    /// <summary>Details as JSON text, stored verbatim (never re-formatted) because the hash covers it.</summary>
    public string Data { get; set; } = "{}";

    /// <summary>The address the request came from (after forwarded headers from known proxies); null for system actions.</summary>
    public string? SourceIp { get; set; }

    /// <summary>The request's <c>User-Agent</c>, cut to <see cref="AuditEntryConfiguration.UserAgentLength"/>; null for system actions.</summary>
    public string? UserAgent { get; set; }

    public string PrevHash { get; set; } = "";

    public string Hash { get; set; } = "";

    /// <summary>Order of recording within one unit of work; not stored.</summary>
    internal long RecordedOrder { get; set; }
}
