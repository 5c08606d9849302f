namespace Media.Abstractions.Security;

/// <summary>Read-only look-up of users for other modules (display names, demo seeding).</summary>
public interface IUserDirectory
{
    Task<UserSummary?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<UserSummary?> FindByUserNameAsync(string userName, CancellationToken cancellationToken);
}
