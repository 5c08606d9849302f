using Media.Abstractions.Security;

namespace Media.Channels.WeChat.Pushes;

/// <summary>Who does what with WeChat pushes (docs/wechat.md §15.2): editors compose, the leader signs off, the
/// leader or a chief editor sends, the leader retracts.</summary>
public sealed class WeChatPushesPermissions : IPermissionProvider
{
    public static readonly Permission ViewPushes = new(nameof(ViewPushes), "See WeChat pushes (推送) and the accounts' allowances");
    public static readonly Permission ComposePushes = new(nameof(ComposePushes), "Compose WeChat pushes from signed-off articles");
    public static readonly Permission SignOffPushes = new(nameof(SignOffPushes), "Sign off a WeChat push (签发)");
    public static readonly Permission SendPushes = new(nameof(SendPushes), "Send a signed-off WeChat push (发布 or 群发)");

    public static readonly Permission RetractPushes = new(nameof(RetractPushes), "Retract a sent WeChat push (撤回推送)");

    public IEnumerable<Permission> GetPermissions() => [ViewPushes, ComposePushes, SignOffPushes, SendPushes, RetractPushes];

    public IEnumerable<RolePermissions> GetDefaultRoles() =>
    [
        new(MediaRoles.Leader, [ViewPushes, ComposePushes, SignOffPushes, SendPushes, RetractPushes]),
        new(MediaRoles.ChiefEditor, [ViewPushes, ComposePushes, SendPushes]),
        new(MediaRoles.Editor, [ViewPushes, ComposePushes]),
        new(MediaRoles.Auditor, [ViewPushes]),
    ];
}
