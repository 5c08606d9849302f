namespace Media.Abstractions.Problems;

/// <summary>How a page words a refused <see cref="Outcome"/> (docs/admin-ui.md §13): the desk's Chinese
/// <see cref="Outcome.Message"/>, or else one sentence per kind; the English <see cref="Outcome.Detail"/> only inside
/// 技术信息 (<see cref="Technical"/>).</summary>
public static class OutcomeText
{
    public static string ForPeople(this Outcome outcome) => outcome.Message ?? Generic(outcome.Kind);

    /// <summary>The API's detail and field messages, for a closed 技术信息 block; null when there is nothing more to say.</summary>
    public static string? Technical(this Outcome outcome)
    {
        var parts = new[] { outcome.Detail }
            .Concat((outcome.Errors ?? new Dictionary<string, string[]>()).Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))
            .Where(p => !string.IsNullOrWhiteSpace(p) && p != outcome.Message)
            .ToList();
        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }

    public static string Generic(OutcomeKind kind) => kind switch
    {
        OutcomeKind.Invalid => "填写的内容有误，未执行；请检查后再提交。",
        OutcomeKind.NotFound => "找不到要处理的内容，可能已被删除或你无权查看。",
        OutcomeKind.Forbidden => "你没有做这件事的权限，未执行。",
        OutcomeKind.Conflict => "状态已变（可能已被他人处理），未执行；请刷新后再试。",
        OutcomeKind.PreconditionFailed => "你打开之后已有人保存过，未执行；请刷新后重做你的修改。",
        OutcomeKind.Unprocessable => "内容不符合要求，未执行；请按提示修改后再试。",
        OutcomeKind.StepUpRequired => "请先输入身份验证器中的 6 位动态码确认身份。",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a refusal."),
    };
}
