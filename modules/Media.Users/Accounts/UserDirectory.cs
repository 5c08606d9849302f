using Media.Abstractions.Security;
using Media.Data;
using Media.Users.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Users.Accounts;

internal sealed class UserDirectory(MediaDbContext db) : IUserDirectory
{
    public async Task<UserSummary?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Summary(await Query().SingleOrDefaultAsync(u => u.Id == id, cancellationToken));

    public async Task<UserSummary?> FindByUserNameAsync(string userName, CancellationToken cancellationToken)
    {
        var normalized = MediaUser.Normalize(userName);
        return Summary(await Query().SingleOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken));
    }

    private IQueryable<MediaUser> Query() => db.Set<MediaUser>().AsNoTracking().Include(u => u.Roles);

    private static UserSummary? Summary(MediaUser? u) =>
        u is null ? null : new UserSummary(u.Id, u.UserName, u.DisplayName, u.RoleNames, u.IsDisabled);
}
