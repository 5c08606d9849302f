namespace Media.Abstractions.Content;

/// <summary>A status change to stage on an article in the current unit of work.</summary>
/// <param name="From">The status the article must be in.</param>
/// <param name="To">The status it moves to.</param>
/// <param name="ExpectedVersion">The version the caller acted on; any other current version refuses the change.</param>
/// <param name="Stage">Where it waits afterwards (only for <c>in_review</c>).</param>
/// <param name="SignOff">Pins the sign-off (on approval of the last stage).</param>
/// <param name="ClearSignOff">Voids an earlier sign-off (reopen).</param>
/// <param name="ReviewComment">What the author should read (a rejection); null clears it.</param>
public sealed record ArticleTransition(
    string From,
    string To,
    int ExpectedVersion,
    ReviewStagePosition? Stage = null,
    SignOffPin? SignOff = null,
    bool ClearSignOff = false,
    string? ReviewComment = null);
