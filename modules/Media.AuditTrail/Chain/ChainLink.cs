namespace Media.AuditTrail.Chain;

/// <summary>One entry exactly as the chain hashes and links it. Text stays UTF-8, borrowed from wherever the entry
/// was read (a database row, an export line, an <see cref="Data.AuditEntry"/> encoded once), so a walk over millions
/// of rows materialises no strings.</summary>
public readonly ref struct ChainLink
{
    public long Seq { get; init; }

    public DateTimeOffset At { get; init; }

    public Guid? ActorId { get; init; }

    public Utf8Text ActorName { get; init; }

    public Utf8Text Action { get; init; }

    public Utf8Text SubjectKind { get; init; }

    public Utf8Text SubjectId { get; init; }

    public Guid? ArticleId { get; init; }

    public int? Version { get; init; }

    public Utf8Text ContentHash { get; init; }

    public Utf8Text Data { get; init; }

    public Utf8Text SourceIp { get; init; }

    public Utf8Text UserAgent { get; init; }

    public Utf8Text PrevHash { get; init; }

    public Utf8Text Hash { get; init; }
}
