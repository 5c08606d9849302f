namespace Media.Abstractions.Content;

/// <summary>
/// The distribution module's status changes, staged on the tracked article in the current unit of work (the
/// caller saves once, with its deliveries and audit entries). Publishing pins the signed version as the
/// published one; retraction keeps the URL, which then answers 410.
/// </summary>
public interface IArticlePublication
{
    /// <summary>approved or scheduled → published, at the signed version.</summary>
    Task<TransitionOutcome> StagePublishedAsync(Guid articleId, string expectedStatus, int expectedVersion, CancellationToken cancellationToken);

    /// <summary>approved → scheduled.</summary>
    Task<TransitionOutcome> StageScheduledAsync(Guid articleId, int expectedVersion, CancellationToken cancellationToken);

    /// <summary>approved, scheduled or published → retracted.</summary>
    Task<TransitionOutcome> StageRetractedAsync(Guid articleId, string reason, CancellationToken cancellationToken);
}
