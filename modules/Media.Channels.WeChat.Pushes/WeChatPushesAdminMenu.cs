using Media.Abstractions.Admin;

namespace Media.Channels.WeChat.Pushes;

/// <summary>今日推送 for everyone who may see pushes (Editor, ChiefEditor, Leader; the Auditor reads only).</summary>
internal sealed class WeChatPushesAdminMenu : IAdminMenu
{
    public IEnumerable<AdminMenuEntry> GetEntries() => [new("今日推送", "/admin/pushes", 450, [WeChatPushesPermissions.ViewPushes])];
}
