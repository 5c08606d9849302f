using Media.Abstractions.Screening;

namespace Media.Screening.Store;

/// <summary>Screens each field of an article's Markdown source on its own, so every hit names its field and its
/// position within it, and a word cannot be matched across the end of the title and the start of the body.</summary>
public sealed class ArticleScreening(TextScreener screener, LexiconStore lexicon) : IArticleScreening
{
    public async Task<ArticleScreeningResult> ScreenAsync(ArticleText text, CancellationToken cancellationToken)
    {
        var compiled = await lexicon.CompiledAsync(cancellationToken);
        var hits = new List<ScreeningFinding>();
        Screen(hits, "title", text.Title, compiled);
        Screen(hits, "subtitle", text.Subtitle, compiled);
        Screen(hits, "summary", text.Summary, compiled);
        Screen(hits, "body", text.Body, compiled);
        return new ArticleScreeningResult(compiled.Version == CompiledLexicon.Empty.Version ? "0" : compiled.Version, hits);
    }

    private void Screen(List<ScreeningFinding> into, string field, string? value, CompiledLexicon compiled)
    {
        if (string.IsNullOrEmpty(value)) return;
        into.AddRange(screener.Screen(value, compiled).Select(h => new ScreeningFinding(field, h.Rule, h.Match,
            h.Severity == ScreeningSeverity.Block ? ScreeningFinding.Block : ScreeningFinding.Warn, h.Start, h.Length, h.Message, h.Category)));
    }
}
