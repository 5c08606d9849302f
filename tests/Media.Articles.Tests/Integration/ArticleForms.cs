using System.Net;
using System.Text.RegularExpressions;
using Media.Testing;

namespace Media.Articles.Tests.Integration;

/// <summary>The article editor as a browser fills it in: the form fields and where a save leads.</summary>
internal static partial class ArticleForms
{
    public static (string, string?)[] Fields(Guid columnId, string title, string body = "县里今天召开会议。", string? tags = null) =>
    [
        ("Form.ColumnId", columnId.ToString()),
        ("Form.Title", title),
        ("Form.Subtitle", ""),
        ("Form.Author", "记者 张三"),
        ("Form.Source", "县融媒体中心"),
        ("Form.Summary", ""),
        ("Form.Tags", tags ?? ""),
        ("Form.Body", body),
    ];

    /// <summary>Creates an article through the new-article form and returns its id.</summary>
    public static async Task<Guid> CreateAsync(AdminSession session, Guid columnId, string title, string body = "县里今天召开会议。")
    {
        var (_, token) = await session.OpenFormAsync("/admin/articles/new");
        var response = await session.PostFormAsync("/admin/articles/new", token, Fields(columnId, title, body));
        return await SavedArticleAsync(response, expectedVersion: 1);
    }

    /// <summary>The id from the redirect that follows a successful save; fails with the page otherwise.</summary>
    public static async Task<Guid> SavedArticleAsync(HttpResponseMessage response, int expectedVersion)
    {
        var location = response.Headers.Location?.ToString() ?? "";
        var match = SavedLocation().Match(location);
        if (response.StatusCode != HttpStatusCode.Redirect || !match.Success || match.Groups[2].Value != expectedVersion.ToString())
            throw new Xunit.Sdk.XunitException(
                $"Expected a redirect to the saved v{expectedVersion}, got {(int)response.StatusCode} '{location}': {await response.Content.ReadAsStringAsync()}");
        return Guid.Parse(match.Groups[1].Value);
    }

    [GeneratedRegex("^/admin/articles/([0-9a-f-]{36})\\?saved=(\\d+)$")]
    private static partial Regex SavedLocation();
}
