using Media.Abstractions.Content;
using Media.Abstractions.Events;
using Media.Abstractions.Security;
using Media.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Site.Tests.Integration;

/// <summary>Arranges public content for site tests: a column, articles written by a reporter, published or
/// retracted the way distribution does it (state change, then <see cref="ArticlePublicationChanged"/>).</summary>
public sealed class SiteDesk(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);
    private MediaClient? reporter;

    public async Task<(Guid Id, string Slug)> ColumnAsync(string name)
    {
        var slug = "s-" + Guid.NewGuid().ToString("N")[..10];
        var column = await (await newsroom.AdminAsync()).PostJsonAsync("/api/columns", new { name, slug }, 201);
        return (column.GetProperty("id").GetGuid(), slug);
    }

    /// <summary>The reporter who writes the desk's articles (and may upload their photos).</summary>
    public async Task<MediaClient> ReporterAsync() => reporter ??= (await newsroom.UserAsync(MediaRoles.Reporter)).Client;

    public async Task<Guid> DraftAsync(Guid columnId, string title, string body = "县里今天召开会议。", string? summary = null,
        string[]? tags = null, Guid? coverMediaId = null)
    {
        var author = await ReporterAsync();
        var article = await author.PostJsonAsync("/api/articles", new
        {
            columnId, title, subtitle = "副标题", author = "王小明", source = "县融媒体中心", summary, body,
            tags = tags ?? ["春耕", "农业"], coverMediaId,
        }, 201);
        return article.GetProperty("id").GetGuid();
    }

    public async Task<Guid> PublishedAsync(Guid columnId, string title, string body = "县里今天召开会议。", string? summary = null,
        string[]? tags = null, Guid? coverMediaId = null)
    {
        var id = await DraftAsync(columnId, title, body, summary, tags, coverMediaId);
        await PublishedArticleSeeder.PublishAsync(app, id);
        await RaiseAsync(id, columnId, EditorialStatus.Published);
        return id;
    }

    public async Task RetractAsync(Guid id, Guid columnId)
    {
        await PublishedArticleSeeder.RetractAsync(app, id);
        await RaiseAsync(id, columnId, EditorialStatus.Retracted);
    }

    /// <summary>What the lifecycle enlists when a publication change commits, dispatched as after a commit.</summary>
    public async Task RaiseAsync(Guid id, Guid columnId, string status)
    {
        using var scope = app.Services.CreateScope();
        var afterCommit = scope.ServiceProvider.GetRequiredService<AfterCommitQueue>();
        afterCommit.Enlist(new ArticlePublicationChanged(id, columnId, status));
        await afterCommit.DispatchAsync();
    }

    public async Task<PublishedArticle> FindPublishedAsync(Guid id)
    {
        using var scope = app.Services.CreateScope();
        var lookup = await scope.ServiceProvider.GetRequiredService<IPublishedArticles>().FindAsync(id, CancellationToken.None);
        return lookup.Article ?? throw new InvalidOperationException($"Article {id} is {lookup.State}, not published.");
    }

    public async Task<IReadOnlyList<CorrectionNotice>> CorrectionsOfAsync(Guid id)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IPublishedCorrections>().ForArticleAsync(id, CancellationToken.None);
    }

    /// <summary>Where the site shows a published (or retracted) article: its stored address.</summary>
    public async Task<string> UrlOfAsync(Guid id) =>
        await PublishedArticleSeeder.UrlOfAsync(app, id) ?? throw new InvalidOperationException($"Article {id} never went out.");

    public static async Task<string> ExpectPageAsync(HttpResponseMessage response, int status)
    {
        var html = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode != status)
            throw new Xunit.Sdk.XunitException($"Expected HTTP {status} but got {(int)response.StatusCode}: {html}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return html;
    }
}
