namespace Media.Abstractions.Admin;

/// <summary>How a page shows a 64-character hash: shortened, inside the 技术信息 toggle only (docs/admin-ui.md §13); the
/// whole value stays in the element's <c>title</c> for whoever compares it with an export.</summary>
public static class HashText
{
    public const int Shown = 12;

    public static string Short(string? hash) =>
        hash is null ? "—" : hash.Length <= Shown + 4 ? hash : hash[..Shown] + "…";
}
