using Media.Abstractions.Admin;

namespace Media.Screening;

/// <summary>敏感词 (the county word list and its history), for who may read it.</summary>
internal sealed class ScreeningAdminMenu : IAdminMenu
{
    public IEnumerable<AdminMenuEntry> GetEntries() =>
    [
        new("敏感词", "/admin/lexicon", 740, [ScreeningPermissions.ManageLexicon]) { Title = "敏感词表与修改记录" },
    ];
}
