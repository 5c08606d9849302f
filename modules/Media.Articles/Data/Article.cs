using Media.Abstractions.Content;
namespace Media.Articles.Data;

/// <summary>The logical piece (稿件). Its content lives in immutable <see cref="ArticleVersion"/>s.</summary>
public sealed class Article
{
    public Guid Id { get; set; }

    public Guid ColumnId { get; set; }

    public string Status { get; set; } = EditorialStatus.Draft;

    /// <summary>The latest version; also the optimistic-concurrency token of every save.</summary>
    public int CurrentVersion { get; set; }

    public string CurrentContentHash { get; set; } = "";

    /// <summary>Denormalised from the current version for listing and filtering.</summary>
    public string Title { get; set; } = "";

    public int? SignedVersion { get; set; }

    public string? SignedContentHash { get; set; }

    public int? PublishedVersion { get; set; }

    public string? PublishedUrl { get; set; }

    /// <summary>When it first went out; kept when a piece is retracted.</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset? RetractedAt { get; set; }

    public string? RetractionReason { get; set; }

    public Guid CreatedBy { get; set; }

    public string CreatedByName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Where the article waits while in review (position in its workflow, name, deciding role); null otherwise.</summary>
    public int? StageIndex { get; set; }

    public string? StageName { get; set; }

    public string? StageRole { get; set; }

    /// <summary>When it arrived at the current stage: the review inbox orders and ages by it.</summary>
    public DateTimeOffset? StageSince { get; set; }

    /// <summary>The comment of the review that last sent the article back, shown to its author.</summary>
    public string? LastReviewComment { get; set; }
}
