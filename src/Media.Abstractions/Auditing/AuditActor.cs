namespace Media.Abstractions.Auditing;

/// <summary>Who performed an action. <see cref="Id"/> is null for an unknown user (e.g. a failed sign-in).</summary>
public sealed record AuditActor(Guid? Id, string Name)
{
    public static readonly AuditActor System = new(null, "system");
}
