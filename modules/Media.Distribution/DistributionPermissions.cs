using Media.Abstractions.Security;

namespace Media.Distribution;

public sealed class DistributionPermissions : IPermissionProvider
{
    public static readonly Permission ManageChannels = new(nameof(ManageChannels), "Add and change channels (WeChat accounts, the app webhook)");
    public static readonly Permission ViewChannels = new(nameof(ViewChannels), "See the channels and where articles went");
    public static readonly Permission ManageJobs = new(nameof(ManageJobs), "Open the background-jobs dashboard");
    public static readonly Permission PublishArticles = new(nameof(PublishArticles), "Publish or schedule signed-off articles");
    public static readonly Permission RetractArticles = new(nameof(RetractArticles), "Retract (撤稿) articles from every channel");

    public IEnumerable<Permission> GetPermissions() => [ManageChannels, ViewChannels, ManageJobs, PublishArticles, RetractArticles];

    public IEnumerable<RolePermissions> GetDefaultRoles() =>
    [
        new(MediaRoles.Admin, [ManageChannels, ViewChannels, ManageJobs, PublishArticles, RetractArticles]),
        new(MediaRoles.Leader, [ViewChannels, PublishArticles, RetractArticles]),
        new(MediaRoles.ChiefEditor, [ViewChannels, PublishArticles]),
        new(MediaRoles.Editor, [ViewChannels]),
        new(MediaRoles.Reporter, [ViewChannels]),
        new(MediaRoles.Auditor, [ViewChannels]),
    ];
}
