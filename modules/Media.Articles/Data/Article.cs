namespace Media.Articles.Data;

/// <summary>The logical piece (稿件). Its content lives in immutable <see cref="ArticleVersion"/>s.</summary>
public sealed class Article
{
    public Guid Id { get; set; }

    public Guid ColumnId { get; set; }

    public string Status { get; set; } = ArticleStatus.Draft;

    /// <summary>The latest version; also the optimistic-concurrency token of every save.</summary>
    public int CurrentVersion { get; set; }

    public string CurrentContentHash { get; set; } = "";

    /// <summary>Denormalised from the current version for listing and filtering.</summary>
    public string Title { get; set; } = "";

    public int? SignedVersion { get; set; }

    public string? SignedContentHash { get; set; }

    public int? PublishedVersion { get; set; }

    public string? PublishedUrl { get; set; }

    public Guid CreatedBy { get; set; }

    public string CreatedByName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
