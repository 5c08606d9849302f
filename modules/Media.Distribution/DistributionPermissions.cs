using Media.Abstractions.Security;

namespace Media.Distribution;

public sealed class DistributionPermissions : IPermissionProvider
{
    public static readonly Permission ManageChannels = new(nameof(ManageChannels), "Add and change channels (WeChat accounts, the app webhook)");
    public static readonly Permission ViewChannels = new(nameof(ViewChannels), "See the channels and where articles went");
    public static readonly Permission ManageJobs = new(nameof(ManageJobs), "Open the background-jobs dashboard");

    public IEnumerable<Permission> GetPermissions() => [ManageChannels, ViewChannels, ManageJobs];

    public IEnumerable<RolePermissions> GetDefaultRoles() =>
    [
        new(MediaRoles.Admin, [ManageChannels, ViewChannels, ManageJobs]),
        new(MediaRoles.Leader, [ViewChannels]),
        new(MediaRoles.ChiefEditor, [ViewChannels]),
        new(MediaRoles.Editor, [ViewChannels]),
        new(MediaRoles.Reporter, [ViewChannels]),
        new(MediaRoles.Auditor, [ViewChannels]),
    ];
}
