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

    /// <summary>The open correction (更正): why it was opened. Null when none is open; the published version stays
    /// live meanwhile. Published corrections are kept as <see cref="ArticleCorrection"/> rows.</summary>
    public string? CorrectionNote { get; set; }

    public DateTimeOffset? CorrectionOpenedAt { get; set; }

    public Guid? CorrectionOpenedBy { get; set; }

    public string? CorrectionOpenedByName { get; set; }

    /// <summary>The published version the open correction corrects.</summary>
    public int? CorrectionOfVersion { get; set; }

    /// <summary>The content hash of <see cref="CorrectionOfVersion"/>: audit entries of the correction name both hashes.</summary>
    public string? CorrectionOfContentHash { get; set; }
}
