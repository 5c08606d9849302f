namespace Media.Abstractions.Content;

/// <summary>An article's editorial state as other modules see it, with what the signed-in user may do to it.</summary>
/// <param name="Stage">Where it waits while <c>in_review</c>; null otherwise.</param>
/// <param name="StageSince">When it arrived at <paramref name="Stage"/>.</param>
/// <param name="ViewerMaySee">Whether the signed-in user may see the article at all.</param>
/// <param name="ViewerMayEdit">Whether the signed-in user holds edit rights on it (own or any article).</param>
/// <param name="PublishedVersion">The version the public sees, if any (during a correction it stays live).</param>
/// <param name="Correction">The open correction, while the article is being corrected (更正).</param>
public sealed record ArticleState(
    Guid Id,
    Guid ColumnId,
    string Title,
    string Status,
    int Version,
    string ContentHash,
    ReviewStagePosition? Stage,
    DateTimeOffset? StageSince,
    SignOffPin? SignOff,
    string? LastReviewComment,
    Guid CreatedBy,
    string CreatedByName,
    DateTimeOffset UpdatedAt,
    bool ViewerMaySee,
    bool ViewerMayEdit,
    int? PublishedVersion = null,
    CorrectionInfo? Correction = null)
{
    /// <summary>On the correction track: the piece is live and a corrected version is on its way through review.</summary>
    public bool IsCorrection => Correction is not null;
}
