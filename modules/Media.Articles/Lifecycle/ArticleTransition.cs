using Media.Abstractions.Security;

namespace Media.Articles.Lifecycle;

/// <summary>One row of the transition table (docs/lifecycle.md §2).</summary>
/// <param name="Permission">What the person applying it must hold; null for a row only Media's own scheduled job
/// applies (no signed-in person may).</param>
/// <param name="NeedsSignOff">The sign-off guard re-checks that the current content is exactly the signed one first
/// (docs/review.md §2.5).</param>
public sealed record ArticleTransition(ArticleTrack Track, string From, string Operation, string To, Permission? Permission,
    bool NeedsSignOff = false)
{
    public bool BySystem => Permission is null;
}
