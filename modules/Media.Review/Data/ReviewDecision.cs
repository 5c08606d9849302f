namespace Media.Review.Data;

/// <summary>One reviewer's decision at one stage of a round, naming the exact version and hash they saw.</summary>
public sealed class ReviewDecision
{
    public Guid Id { get; set; }

    public Guid RoundId { get; set; }

    public int StageIndex { get; set; }

    public required string StageName { get; set; }

    public required string Role { get; set; }

    public Guid ReviewerId { get; set; }

    public string ReviewerName { get; set; } = "";

    /// <summary><see cref="ReviewDecisionKind.Approve"/> or <see cref="ReviewDecisionKind.Reject"/>.</summary>
    public required string Decision { get; set; }

    public string? Comment { get; set; }

    public int Version { get; set; }

    public required string ContentHash { get; set; }

    /// <summary>The word list version the reviewer's screening results came from.</summary>
    public required string LexiconVersion { get; set; }

    public DateTimeOffset At { get; set; }
}
