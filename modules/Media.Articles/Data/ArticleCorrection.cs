namespace Media.Articles.Data;

/// <summary>A published correction (更正) of an article: the dated 更正说明 the public sees under the article and
/// on /corrections. Written when the corrected version goes live; never changed afterwards.</summary>
public sealed class ArticleCorrection
{
    public Guid Id { get; set; }

    public Guid ArticleId { get; set; }

    public required string Note { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    public Guid OpenedBy { get; set; }

    public string OpenedByName { get; set; } = "";

    /// <summary>The version that was live before, and its hash.</summary>
    public int OfVersion { get; set; }

    public string OldContentHash { get; set; } = "";

    /// <summary>The signed corrected version that replaced it, and its hash.</summary>
    public int CorrectedVersion { get; set; }

    public string NewContentHash { get; set; } = "";

    public DateTimeOffset PublishedAt { get; set; }
}
