namespace Media.Users.Data;

public sealed class MediaUser
{
    public Guid Id { get; set; }

    public required string UserName { get; set; }

    /// <summary>Upper-case invariant user name: the unique key, so "Admin" and "admin" are one account.</summary>
    public required string NormalizedUserName { get; set; }

    public required string DisplayName { get; set; }

    public string PasswordHash { get; set; } = "";

    /// <summary>Changes whenever credentials, roles or status change; live sessions carrying an old stamp end.</summary>
    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");

    public bool IsDisabled { get; set; }

    public int AccessFailedCount { get; set; }

    public DateTimeOffset? LockoutEnd { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<UserRole> Roles { get; set; } = [];

    public IReadOnlyList<string> RoleNames => Roles.Select(r => r.Role).Order(StringComparer.Ordinal).ToList();

    public static string Normalize(string userName) => userName.Trim().ToUpperInvariant();
}
