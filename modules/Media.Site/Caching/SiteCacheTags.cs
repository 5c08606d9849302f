using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace Media.Site.Caching;

/// <summary>The output-cache tags of the public pages: one per article page, one per column's article pages, one for
/// every listing (home, column pages and /corrections), one for the whole site.</summary>
internal static class SiteCacheTags
{
    public const string Site = "site";
    public const string Lists = "site:lists";

    public static string Article(Guid articleId) => $"site:article:{articleId:N}";

    /// <summary>Every article page of a column: their related pieces change with the column's publications.</summary>
    public static string Column(Guid columnId) => $"site:column:{columnId:N}";

    /// <summary>Tags the response being produced, so the cache stores it under them (no-op when caching is off).</summary>
    public static void Add(HttpContext http, params ReadOnlySpan<string> tags)
    {
        var context = http.Features.Get<IOutputCacheFeature>()?.Context;
        if (context is null) return;
        foreach (var tag in tags) context.Tags.Add(tag);
    }
}
