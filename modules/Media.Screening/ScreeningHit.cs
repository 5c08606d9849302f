using System.Text.Json.Serialization;

namespace Media.Screening;

/// <summary>
/// One finding in a text. <see cref="Start"/> and <see cref="Length"/> count UTF-16 chars of the original
/// text, so <c>text.Substring(Start, Length) == Match</c>.
/// </summary>
/// <param name="Rule">Stable rule name, see <see cref="ScreeningRuleNames"/>.</param>
/// <param name="Category">The word list category; only lexicon hits carry one.</param>
public sealed record ScreeningHit(
    string Rule,
    string Match,
    ScreeningSeverity Severity,
    int Start,
    int Length,
    string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Category = null)
{
    [JsonIgnore]
    public int End => Start + Length;
}
