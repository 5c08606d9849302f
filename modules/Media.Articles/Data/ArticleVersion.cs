namespace Media.Articles.Data;

/// <summary>One saved state of an article. Never changed after it is written.</summary>
public sealed class ArticleVersion
{
    public Guid ArticleId { get; set; }

    public int Version { get; set; }

    public Guid ColumnId { get; set; }

    public required string Title { get; set; }

    public string? Subtitle { get; set; }

    public string? Author { get; set; }

    public string? Source { get; set; }

    public string? Summary { get; set; }

    public required string Body { get; set; }

    public Guid? CoverMediaId { get; set; }

    public List<string> Tags { get; set; } = [];

    public required string ContentHash { get; set; }

    public Guid CreatedBy { get; set; }

    public string CreatedByName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
