using System.Collections.Frozen;

namespace Media.Screening;

/// <summary>
/// Characters that belong to one script only: traditional-only ones (態, 們) with their simplified form,
/// and simplified-only ones (态, 们) with their traditional form. Characters valid in both (干, 后, 着)
/// are in neither. Loaded from the embedded data files in Rules/Data; immutable.
/// </summary>
public sealed class ChineseScriptTable
{
    private readonly FrozenDictionary<char, char> simplifiedOfTraditional;
    private readonly FrozenDictionary<char, char> traditionalOfSimplified;

    public ChineseScriptTable(IReadOnlyDictionary<char, char> simplifiedOfTraditional, IReadOnlyDictionary<char, char> traditionalOfSimplified)
    {
        this.simplifiedOfTraditional = simplifiedOfTraditional.ToFrozenDictionary();
        this.traditionalOfSimplified = traditionalOfSimplified.ToFrozenDictionary();
    }

    public static ChineseScriptTable LoadEmbedded() => new(
        ReadPairs("Media.Screening.traditional-only.tsv"),
        ReadPairs("Media.Screening.simplified-only.tsv"));

    /// <summary>True and the simplified form when <paramref name="c"/> is a traditional-only character.</summary>
    public bool IsTraditionalOnly(char c, out char simplified) => simplifiedOfTraditional.TryGetValue(c, out simplified);

    /// <summary>True and the traditional form when <paramref name="c"/> is a simplified-only character.</summary>
    public bool IsSimplifiedOnly(char c, out char traditional) => traditionalOfSimplified.TryGetValue(c, out traditional);

    private static Dictionary<char, char> ReadPairs(string resource)
    {
        using var stream = typeof(ChineseScriptTable).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing from Media.Screening.");
        using var reader = new StreamReader(stream);
        var pairs = new Dictionary<char, char>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length >= 3 && line[0] != '#' && line[1] == '\t')
            {
                pairs[line[0]] = line[2];
            }
        }

        return pairs;
    }
}
