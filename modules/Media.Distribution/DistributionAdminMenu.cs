using Media.Abstractions.Admin;

namespace Media.Distribution;

/// <summary>渠道 for who manages channels, and the background-jobs dashboard (Hangfire) for those who run it.</summary>
internal sealed class DistributionAdminMenu : IAdminMenu
{
    public IEnumerable<AdminMenuEntry> GetEntries() =>
    [
        new("渠道", "/admin/channels", 730, [DistributionPermissions.ManageChannels]),
        new("后台任务", "/admin/jobs", 900, [DistributionPermissions.ManageJobs]),
    ];
}
