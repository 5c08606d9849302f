using Media.Abstractions.Content;
using Media.Abstractions.Distribution;
using Media.Abstractions.Problems;
using Media.Distribution.Channels;

namespace Media.Distribution.Publishing;

/// <summary>Asks each chosen channel's <see cref="IChannelReadiness"/> about the version that would go out (the
/// article's current, signed-off version) before anything is published (docs/http-api.md §4.7).</summary>
public sealed class PublishReadiness(IArticleVersionReader versions, IEnumerable<IChannelReadiness> rules)
{
    /// <summary>The problems per channel type; empty when every channel type may take the version.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<ReadinessProblem>>> CheckAsync(Guid articleId, int version,
        IEnumerable<string> channelTypes, CancellationToken ct)
    {
        var found = new Dictionary<string, IReadOnlyList<ReadinessProblem>>(StringComparer.Ordinal);
        var types = channelTypes.Distinct(StringComparer.Ordinal).Where(t => rules.Any(r => r.ChannelType == t)).ToList();
        if (types.Count == 0 || await versions.FindAsync(articleId, version, ct) is not { } source) return found;
        foreach (var type in types)
        {
            var problems = rules.Where(r => r.ChannelType == type).SelectMany(r => r.Check(source)).ToList();
            if (problems.Count > 0) found[type] = problems;
        }
        return found;
    }

    /// <summary>The 422's errors: <c>channels.{type}</c> → the messages (docs/http-api.md §4.7).</summary>
    public static Dictionary<string, string[]> Errors(IReadOnlyDictionary<string, IReadOnlyList<ReadinessProblem>> problems) =>
        problems.ToDictionary(p => "channels." + p.Key, p => p.Value.Select(x => x.Message).ToArray(), StringComparer.Ordinal);

    /// <summary>The same problems as codes, for clients that act on them: <c>channels.{type}</c> → codes.</summary>
    public static Dictionary<string, object?> Codes(IReadOnlyDictionary<string, IReadOnlyList<ReadinessProblem>> problems) =>
        new() { ["readiness"] = problems.ToDictionary(p => p.Key, p => p.Value.Select(x => new { x.Code, x.Message }).ToList()) };
}
