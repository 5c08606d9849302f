namespace Media.Abstractions.Screening;

/// <summary>One screening hit in one field of an article. <see cref="Start"/> and <see cref="Length"/> count UTF-16
/// chars of that field's Markdown source.</summary>
/// <param name="Severity"><c>block</c> or <c>warn</c>.</param>
public sealed record ScreeningFinding(
    string Field,
    string Rule,
    string Match,
    string Severity,
    int Start,
    int Length,
    string Message,
    string? Category = null)
{
    public const string Block = "block";
    public const string Warn = "warn";

    public bool IsBlocking => Severity == Block;
}
