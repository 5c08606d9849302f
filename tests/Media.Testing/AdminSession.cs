using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Media.Testing;

/// <summary>A browser-like client of the admin pages: keeps cookies, does not follow redirects, signs in through
/// the sign-in form and posts forms with the antiforgery token scraped from the page, as a browser would.</summary>
public sealed partial class AdminSession(HttpClient http)
{
    public const string TokenField = "__RequestVerificationToken";

    public HttpClient Http { get; } = http;

    public static HttpClient CookieClient(MediaAppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });

    public static async Task<AdminSession> SignInAsync(MediaAppFactory app, string userName, string password)
    {
        var session = new AdminSession(CookieClient(app));
        var (_, token) = await session.OpenFormAsync("/admin/signin");
        var response = await session.PostFormAsync("/admin/signin", token, ("userName", userName), ("password", password));
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in of {userName} through the form failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return session;
    }

    /// <summary>Creates a user with the roles through the admin API and signs them in through the form.</summary>
    public static async Task<(AdminSession Session, string UserName)> NewUserAsync(MediaAppFactory app, Newsroom newsroom, params string[] roles)
    {
        var userName = "p" + Guid.NewGuid().ToString("N")[..12];
        await (await newsroom.AdminAsync()).PostJsonAsync("/api/users",
            new { userName, displayName = $"页面 {string.Join('/', roles)}", password = Newsroom.Password, roles }, 201);
        return (await SignInAsync(app, userName, Newsroom.Password), userName);
    }

    /// <summary>GETs a page, failing with the body unless it answers 200.</summary>
    public async Task<string> PageAsync(string url)
    {
        using var response = await Http.GetAsync(url);
        var html = await ReadPageAsync(response);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new Xunit.Sdk.XunitException($"GET {url}: expected 200 but got {(int)response.StatusCode} {response.Headers.Location} {html}");
        return html;
    }

    /// <summary>The page's HTML with numeric references to non-ASCII characters decoded (Razor's default encoder
    /// writes 中文 as &amp;#x4E2D;…), so tests can look for Chinese text. References below U+0080 — &amp;lt;, &amp;#x27; and
    /// the like — stay as they are: decoding them could only hide an encoding failure.</summary>
    public static async Task<string> ReadPageAsync(HttpResponseMessage response) =>
        NonAsciiReference().Replace(await response.Content.ReadAsStringAsync(), m =>
        {
            var code = Convert.ToInt32(m.Groups[1].Value, 16);
            return code < 0x80 ? m.Value : char.ConvertFromUtf32(code);
        });

    public async Task<(string Html, string Token)> OpenFormAsync(string url)
    {
        var html = await PageAsync(url);
        return (html, AntiforgeryToken(html));
    }

    /// <summary>Posts the fields form-encoded; a null token sends none.</summary>
    public Task<HttpResponseMessage> PostFormAsync(string url, string? token, params (string Name, string? Value)[] fields)
    {
        var pairs = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value ?? "")).ToList();
        if (token is not null) pairs.Add(new KeyValuePair<string, string>(TokenField, token));
        return Http.PostAsync(url, new FormUrlEncodedContent(pairs));
    }

    public static string AntiforgeryToken(string html)
    {
        var input = HiddenToken().Match(html);
        if (!input.Success) throw new Xunit.Sdk.XunitException($"No antiforgery token in the page: {html}");
        return WebUtility.HtmlDecode(TokenValue().Match(input.Value).Groups[1].Value);
    }

    [GeneratedRegex("&#x([0-9A-Fa-f]{2,6});")]
    private static partial Regex NonAsciiReference();

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*>")]
    private static partial Regex HiddenToken();

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex TokenValue();
}
