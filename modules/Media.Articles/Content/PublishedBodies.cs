using Media.Abstractions.Content;
using Microsoft.Extensions.Caching.Memory;

namespace Media.Articles.Content;

/// <summary>
/// The sanitized HTML of published versions, rendered once per version and kept in memory (bounded by
/// <see cref="SizeLimit"/> characters, least recently used dropped first). A version is never changed after it is
/// written (a correction writes a new one), so an article and version number name one body for good; Markdig and
/// HtmlSanitizer were most of an uncached page's time (README "Benchmarks and load checks").
/// </summary>
internal sealed class PublishedBodies(IMarkdownRenderer markdown) : IDisposable
{
    /// <summary>About 64 MB of UTF-16: some 30,000 typical county pieces.</summary>
    public const long SizeLimit = 32 * 1024 * 1024;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = SizeLimit, CompactionPercentage = 0.25 });

    public string Html(Guid articleId, int version, string body)
    {
        var key = (articleId, version);
        if (cache.TryGetValue(key, out string? html) && html is not null) return html;
        html = markdown.ToSafeHtml(body);
        cache.Set(key, html, new MemoryCacheEntryOptions { Size = Math.Max(1, html.Length) });
        return html;
    }

    public void Dispose() => cache.Dispose();
}
