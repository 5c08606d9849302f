using Media.Abstractions.Problems;
using Media.Articles.Data;

namespace Media.Articles.Content;

/// <summary>What a content change came to: the <see cref="Outcome"/>, and the article and new version when saved
/// (on a stale save, the article as it is now).</summary>
public sealed record DeskResult(Outcome Outcome, Article? Article = null, ArticleVersion? Version = null)
{
    public bool Saved => Outcome.Succeeded;

    public static DeskResult Of(Outcome outcome, Article? article = null) => new(outcome, article);
}
