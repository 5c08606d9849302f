namespace Media.Abstractions.Auditing;

/// <summary>The names of recorded actions. Stable: they are part of exported, signed history.</summary>
public static class AuditActions
{
    public const string SignInSucceeded = "auth.signin.succeeded";
    public const string SignInFailed = "auth.signin.failed";
    public const string AccountLockedOut = "auth.lockout";

    public const string UserCreated = "user.created";
    public const string UserRolesChanged = "user.roles.changed";
    public const string UserDisabled = "user.disabled";

    public const string ColumnCreated = "column.created";
    public const string ColumnChanged = "column.changed";

    public const string ArticleCreated = "article.created";
    public const string ArticleEdited = "article.edited";
}
