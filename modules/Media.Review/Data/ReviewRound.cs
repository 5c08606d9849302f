namespace Media.Review.Data;

/// <summary>One pass of an article through its workflow, from submission to sign-off, rejection or withdrawal.</summary>
public sealed class ReviewRound
{
    public Guid Id { get; set; }

    public Guid ArticleId { get; set; }

    /// <summary>1, 2, 3… per article; a new submission starts the next round.</summary>
    public int Number { get; set; }

    public Guid WorkflowId { get; set; }

    public required string WorkflowName { get; set; }

    /// <summary>The workflow's stages as they were at submission (JSON), so later workflow changes do not move a round.</summary>
    public required string StagesJson { get; set; }

    public int SubmittedVersion { get; set; }

    public required string SubmittedHash { get; set; }

    public Guid SubmittedBy { get; set; }

    public string SubmittedByName { get; set; } = "";

    public DateTimeOffset SubmittedAt { get; set; }

    public string? SubmitComment { get; set; }

    public string State { get; set; } = ReviewRoundState.Open;

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The word list version the submission was screened with, and what it found (JSON).</summary>
    public required string LexiconVersion { get; set; }

    public required string ScreeningJson { get; set; }

    public int? SignedVersion { get; set; }

    public string? SignedHash { get; set; }

    public List<ReviewDecision> Decisions { get; set; } = [];
}
