using Microsoft.AspNetCore.Http;

namespace Media.Site.Reading;

/// <summary>
/// The 适老化 reading mode (docs/architecture.md §8.1): larger text and higher contrast, chosen by the reader with the
/// header's 标准模式 / 大字模式 buttons and remembered in a cookie. The server renders it (a class on <c>&lt;html&gt;</c>),
/// so it needs no script; the output cache keeps the large-text pages apart (<see cref="Caching.SitePagePolicy"/>).
/// </summary>
internal static class ReadingMode
{
    public const string CookieName = "media-reading";

    /// <summary>The cookie's only value; without the cookie a page is in the standard mode.</summary>
    public const string Large = "large";

    /// <summary>How long the choice is remembered: a year, renewed by each switch.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    public static bool IsLarge(HttpRequest request) =>
        request.Headers.Cookie.Count > 0 && request.Cookies[CookieName] == Large;

    /// <summary>Remembers the choice: the cookie for the large mode, none for the standard one.</summary>
    public static void Remember(HttpContext http, bool large)
    {
        if (!large)
        {
            http.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/" });
            return;
        }
        http.Response.Cookies.Append(CookieName, Large, new CookieOptions
        {
            Path = "/",
            MaxAge = Lifetime,
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            IsEssential = true, // the reader asked for it; it identifies nobody
        });
    }

    /// <summary>
    /// Where the switch sends the reader back: <paramref name="returnPath"/> when it is a path on this site (one
    /// leading <c>/</c>, not <c>//</c> nor <c>/\</c>, printable ASCII only), the home page otherwise — never another
    /// site.
    /// </summary>
    public static string LocalReturn(string? returnPath)
    {
        if (string.IsNullOrEmpty(returnPath) || returnPath.Length > 2048 || returnPath[0] != '/') return "/";
        if (returnPath.Length > 1 && returnPath[1] is '/' or '\\') return "/";
        foreach (var c in returnPath)
        {
            if (c is <= ' ' or > '~') return "/"; // a Location header is ASCII; the pages pass their path escaped
        }
        return returnPath;
    }

    /// <summary>The address a page's switch returns to: its path, with the <c>page</c> (and on the search page the
    /// <c>q</c>) of its query — the only parts that change what it shows.</summary>
    public static string ReturnPathOf(HttpRequest request)
    {
        var path = request.PathBase.Add(request.Path).ToUriComponent();
        if (string.IsNullOrEmpty(path)) path = "/";
        var query = new List<KeyValuePair<string, string?>>(2);
        if (request.Path.StartsWithSegments(Rendering.SiteSearchPage.Path) && request.Query["q"] is [{ } q]) query.Add(new("q", q));
        if (request.Query["page"] is [{ } page]) query.Add(new("page", page));
        return query.Count == 0 ? path : path + QueryString.Create(query);
    }
}
