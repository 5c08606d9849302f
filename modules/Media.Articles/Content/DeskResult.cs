using Media.Articles.Data;

namespace Media.Articles.Content;

public sealed record DeskResult(DeskOutcome Outcome, Article? Article = null, ArticleVersion? Version = null,
    IDictionary<string, string[]>? Errors = null)
{
    public static DeskResult Of(DeskOutcome outcome) => new(outcome);
}
