namespace Media.Abstractions.Screening;

/// <summary>What screening found, with the version of the word list it used (recorded with every result).</summary>
public sealed record ArticleScreeningResult(string LexiconVersion, IReadOnlyList<ScreeningFinding> Hits)
{
    public bool HasBlocking => Hits.Any(h => h.IsBlocking);

    public IReadOnlyList<ScreeningFinding> Blocking => Hits.Where(h => h.IsBlocking).ToList();
}
