namespace Media.Screening;

/// <summary>
/// Screens a text against the county word list and the built-in 校对 rules. Thread-safe; register it
/// once (see <see cref="ScreeningEngineServiceCollectionExtensions.AddScreeningEngine"/>).
/// </summary>
public sealed class TextScreener
{
    private readonly IProofreadingRule[] rules;

    public TextScreener(IEnumerable<IProofreadingRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        this.rules = [.. rules];
    }

    /// <summary>A screener with every built-in rule.</summary>
    public static TextScreener WithBuiltInRules() => new(BuiltInRules.Create());

    public IReadOnlyList<IProofreadingRule> Rules => rules;

    /// <summary>
    /// All hits, ordered by position (then longer first, then by rule name). Blocking hits stop a submission;
    /// record <see cref="CompiledLexicon.Version"/> with the result.
    /// </summary>
    public IReadOnlyList<ScreeningHit> Screen(string text, CompiledLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(lexicon);
        var hits = new List<ScreeningHit>(lexicon.Find(text));
        foreach (var rule in rules)
        {
            hits.AddRange(rule.Inspect(text));
        }

        hits.Sort(static (a, b) => ByPosition(a, b));
        return hits;
    }

    private static int ByPosition(ScreeningHit a, ScreeningHit b)
    {
        if (a.Start != b.Start)
        {
            return a.Start.CompareTo(b.Start);
        }

        return a.Length != b.Length ? b.Length.CompareTo(a.Length) : string.CompareOrdinal(a.Rule, b.Rule);
    }
}
