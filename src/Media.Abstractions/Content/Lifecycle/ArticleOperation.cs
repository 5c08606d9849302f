namespace Media.Abstractions.Content;

/// <summary>The named operations of the editorial lifecycle; the transition table (docs/lifecycle.md §2) says from
/// which status each leads where and who may perform it.</summary>
public static class ArticleOperation
{
    public const string Edit = "edit";
    public const string Restore = "restore";
    public const string Submit = "submit";
    public const string Withdraw = "withdraw";
    public const string Advance = "advance";
    public const string SendBack = "send_back";
    public const string SignOff = "sign_off";
    public const string Reopen = "reopen";
    public const string Schedule = "schedule";
    public const string Publish = "publish";
    public const string Retract = "retract";
    public const string OpenCorrection = "open_correction";

    public static readonly IReadOnlyList<string> All =
        [Edit, Restore, Submit, Withdraw, Advance, SendBack, SignOff, Reopen, Schedule, Publish, Retract, OpenCorrection];

    /// <summary>How a refusal names <paramref name="operation"/> to a person (docs/admin-ui.md §13).</summary>
    public static string Label(string operation) => operation switch
    {
        Edit => "修改",
        Restore => "恢复旧版本",
        Submit => "送审",
        Withdraw => "撤回送审",
        Advance => "通过",
        SendBack => "退回",
        SignOff => "签发",
        Reopen => "重新修改",
        Schedule => "定时发布",
        Publish => "发布",
        Retract => "撤稿",
        OpenCorrection => "更正",
        _ => "这项操作",
    };
}
