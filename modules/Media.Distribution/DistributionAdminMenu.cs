using Media.Abstractions.Admin;

namespace Media.Distribution;

/// <summary>The background-jobs dashboard (Hangfire), for those who run it.</summary>
internal sealed class DistributionAdminMenu : IAdminMenu
{
    public IEnumerable<AdminMenuEntry> GetEntries() =>
    [
        new("后台任务 Jobs", "/admin/jobs", 900, [DistributionPermissions.ManageJobs]),
    ];
}
