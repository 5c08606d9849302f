using Media.Abstractions.Problems;

namespace Media.Abstractions.Content;

/// <summary>What <see cref="IArticleLifecycle.ApplyAsync"/> did. When it succeeded, <see cref="Article"/> is the
/// article as staged (not yet saved): the caller adds its own rows and audit entries and saves once.</summary>
/// <param name="Correction">Set when the change put a correction live.</param>
public sealed record ArticleChange(Outcome Outcome, ArticleState? Before = null, ArticleState? Article = null,
    PublishedCorrection? Correction = null)
{
    public bool Succeeded => Outcome.Succeeded;

    public static ArticleChange Refused(Outcome outcome, ArticleState? before = null) => new(outcome, before);
}
