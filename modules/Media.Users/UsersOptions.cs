namespace Media.Users;

/// <summary>Bound from <c>Media:Users</c>.</summary>
public sealed class UsersOptions
{
    public int MaxFailedSignIns { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
