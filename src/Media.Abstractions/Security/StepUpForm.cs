using Media.Abstractions.Time;

namespace Media.Abstractions.Security;

/// <summary>The 动态验证码 field of a sensitive form on the admin pages (签发, 发布, 撤稿; docs/accounts.md §9): shown in
/// the same form when a proof is due, checked when the form is posted. No script is involved.</summary>
public static class StepUpForm
{
    /// <summary>The form field's name.</summary>
    public const string Field = "stepUpCode";

    public const string Missing = "请输入身份验证器中的 6 位动态验证码后再提交。";

    /// <summary>Null when the user may go on — no proof is due, or <paramref name="code"/> gives one; otherwise the
    /// message the form shows beside the field. Nothing else is done when it is not null.</summary>
    public static async Task<string?> RefusalAsync(this IStepUpGate gate, string? code, CancellationToken ct)
    {
        if (!await gate.IsDueAsync(ct)) return null;
        if (string.IsNullOrWhiteSpace(code)) return Missing;
        return await gate.ProveOrExplainAsync(code, ct);
    }

    /// <summary>Proves with a typed code; null when it was right, otherwise why not, in the newsroom's words.</summary>
    public static async Task<string?> ProveOrExplainAsync(this IStepUpGate gate, string code, CancellationToken ct)
    {
        var answer = await gate.ProveAsync(code.Trim(), ct);
        return answer.Status switch
        {
            StepUpStatus.Proved => null,
            StepUpStatus.LockedOut =>
                $"动态验证码错误次数过多，账户已锁定至北京时间 {ChinaTime.ToBeijing(answer.LockedUntil!.Value):HH:mm}。",
            _ => "动态验证码错误或已使用，请输入身份验证器中新的动态验证码。",
        };
    }
}

/// <summary>The model of the admin theme's <c>_StepUpCode</c> partial: the field, and why the last code was refused.</summary>
public sealed record StepUpField(string? Error);
