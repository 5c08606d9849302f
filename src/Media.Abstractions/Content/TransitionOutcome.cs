namespace Media.Abstractions.Content;

public enum TransitionOutcome
{
    /// <summary>Applied to the tracked article; it commits with the caller's SaveChangesAsync.</summary>
    Staged,
    NotFound,
    WrongStatus,
    Stale,
}
