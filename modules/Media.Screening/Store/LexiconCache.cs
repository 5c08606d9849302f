using System.Collections.Concurrent;

namespace Media.Screening.Store;

/// <summary>Compiled word lists by version (a singleton): compiling is the expensive part, screening is linear.
/// Versions are immutable, so an entry never goes stale; only the last few are kept.</summary>
public sealed class LexiconCache
{
    private const int Kept = 4;

    private readonly ConcurrentDictionary<int, CompiledLexicon> compiled = new();

    public CompiledLexicon Get(int version, Func<IReadOnlyList<LexiconEntry>> entries)
    {
        if (version == 0) return CompiledLexicon.Empty;
        var lexicon = compiled.GetOrAdd(version, v => CompiledLexicon.Compile(entries(), v.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var old in compiled.Keys.OrderByDescending(k => k).Skip(Kept)) compiled.TryRemove(old, out _);
        return lexicon;
    }
}
