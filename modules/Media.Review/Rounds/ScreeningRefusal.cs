using Media.Abstractions.Problems;
using Media.Abstractions.Screening;

namespace Media.Review.Rounds;

/// <summary>A refusal because screening found blocking problems: a 422 whose problem document carries the <c>hits</c>.</summary>
public static class ScreeningRefusal
{
    public static Outcome Of(string detail, IReadOnlyList<ScreeningFinding> hits) =>
        Outcome.Unprocessable(detail, extensions: new Dictionary<string, object?> { ["hits"] = hits })
            .Says("内容审查发现必须处理的问题，未执行；请按下方列出的问题修改。");

    /// <summary>The hits of a screening refusal; null for any other outcome.</summary>
    public static IReadOnlyList<ScreeningFinding>? HitsOf(Outcome outcome) =>
        outcome.Extensions?.GetValueOrDefault("hits") as IReadOnlyList<ScreeningFinding>;
}
