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
}
