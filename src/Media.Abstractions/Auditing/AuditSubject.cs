namespace Media.Abstractions.Auditing;

/// <summary>The thing an audit entry is about: a kind and an id.</summary>
public sealed record AuditSubject(string Kind, string Id)
{
    public static AuditSubject Article(Guid id) => new("article", id.ToString());

    public static AuditSubject User(Guid id) => new("user", id.ToString());

    public static AuditSubject Column(Guid id) => new("column", id.ToString());

    public static AuditSubject Named(string kind, string id) => new(kind, id);

    public override string ToString() => $"{Kind}:{Id}";
}
