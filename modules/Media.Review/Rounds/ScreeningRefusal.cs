using Media.Abstractions.Problems;
using Media.Abstractions.Screening;

namespace Media.Review.Rounds;

/// <summary>A refusal because screening found blocking problems: a 422 whose problem document carries the <c>hits</c>.</summary>
public static class ScreeningRefusal
{
    public static Outcome Of(string detail, IReadOnlyList<ScreeningFinding> hits) =>
        Outcome.Unprocessable(detail, extensions: new Dictionary<string, object?> { ["hits"] = hits });

    /// <summary>The hits of a screening refusal; null for any other outcome.</summary>
    public static IReadOnlyList<ScreeningFinding>? HitsOf(Outcome outcome) =>
        outcome.Extensions?.GetValueOrDefault("hits") as IReadOnlyList<ScreeningFinding>;
}
