using Media.Articles.Content;
using Media.Articles.Data;

namespace Media.Articles.Pages.Admin.Articles;

/// <summary>The editor's fields as the browser posts them. All nullable: the desk reports what is missing by
/// field, and MVC must not add its own implicit "required" errors for non-nullable strings.</summary>
public sealed class ArticleForm
{
    private static readonly char[] TagSeparators = [',', '，', '、', ';', '；'];

    public Guid? ColumnId { get; set; }

    public string? Title { get; set; }

    public string? Subtitle { get; set; }

    public string? Author { get; set; }

    public string? Source { get; set; }

    public string? Summary { get; set; }

    /// <summary>Comma- or 、-separated, as people type them.</summary>
    public string? Tags { get; set; }

    public string? Body { get; set; }

    /// <summary>The media item chosen as cover in the photo panel; empty clears the cover.</summary>
    public Guid? CoverMediaId { get; set; }

    public static ArticleForm From(ArticleVersion v) => new()
    {
        ColumnId = v.ColumnId,
        Title = v.Title,
        Subtitle = v.Subtitle,
        Author = v.Author,
        Source = v.Source,
        Summary = v.Summary,
        Tags = string.Join("、", v.Tags),
        Body = v.Body,
        CoverMediaId = v.CoverMediaId,
    };

    public ArticleInput ToInput() => new(ColumnId, Title, Subtitle, Author, Source, Summary,
        Body ?? "", CoverMediaId, SplitTags(Tags));

    public static string[] SplitTags(string? tags) =>
        (tags ?? "").Split(TagSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
