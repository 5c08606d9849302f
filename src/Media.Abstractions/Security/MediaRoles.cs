namespace Media.Abstractions.Security;

/// <summary>The six newsroom roles (docs/http-api.md §2.7). A user may hold several.</summary>
public static class MediaRoles
{
    public const string Reporter = nameof(Reporter);
    public const string Editor = nameof(Editor);
    public const string ChiefEditor = nameof(ChiefEditor);
    public const string Leader = nameof(Leader);
    public const string Admin = nameof(Admin);
    public const string Auditor = nameof(Auditor);

    public static readonly IReadOnlyList<string> All = [Reporter, Editor, ChiefEditor, Leader, Admin, Auditor];

    /// <summary>Returns the canonical spelling of a role name, or null when it is not a role.</summary>
    public static string? Canonical(string? role) =>
        All.FirstOrDefault(r => string.Equals(r, role?.Trim(), StringComparison.OrdinalIgnoreCase));
}
