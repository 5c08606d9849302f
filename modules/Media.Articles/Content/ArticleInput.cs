using Media.Abstractions.Problems;
using Media.Articles.Data;

namespace Media.Articles.Content;

/// <summary>What a client sends to create or edit an article. Everything optional at the type level so that a
/// missing field is reported by name rather than as a parse failure.</summary>
public sealed record ArticleInput(Guid? ColumnId, string? Title, string? Subtitle, string? Author, string? Source,
    string? Summary, string? Body, Guid? CoverMediaId, string[]? Tags)
{
    public FieldErrors Check()
    {
        var errors = new FieldErrors()
            .Required("title", Title, ArticleLimits.Title)
            .MaxLength("subtitle", Subtitle, ArticleLimits.Subtitle)
            .MaxLength("author", Author, ArticleLimits.Author)
            .MaxLength("source", Source, ArticleLimits.Source)
            .MaxLength("summary", Summary, ArticleLimits.Summary)
            .MaxLength("body", Body, ArticleLimits.Body);
        if (ColumnId is null || ColumnId == Guid.Empty) errors.Add("columnId", "'columnId' is required.");
        if (Body is null) errors.Add("body", "'body' is required (Markdown; it may be empty).");
        if (Tags is { Length: > ArticleLimits.Tags }) errors.Add("tags", $"At most {ArticleLimits.Tags} tags.");
        foreach (var tag in Tags ?? [])
        {
            if (string.IsNullOrWhiteSpace(tag) || tag.Trim().Length > ArticleLimits.Tag)
                errors.Add("tags", $"Each tag needs 1 to {ArticleLimits.Tag} characters.");
        }
        return errors;
    }

    /// <summary>Trimmed, line endings unified, tags de-duplicated: the form that is stored and hashed.</summary>
    public ArticleContent Normalize() => new(ColumnId!.Value, Title!.Trim(), Clean(Subtitle), Clean(Author), Clean(Source),
        Clean(Summary), Lines(Body!), CoverMediaId,
        (Tags ?? []).Select(t => t.Trim()).Distinct(StringComparer.Ordinal).ToList());

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : Lines(value.Trim());

    private static string Lines(string value) => value.Replace("\r\n", "\n").Replace('\r', '\n');
}
