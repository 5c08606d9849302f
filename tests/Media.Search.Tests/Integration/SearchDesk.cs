using System.Diagnostics;
using System.Text.Json;
using Media.Abstractions.Content;
using Media.Abstractions.Events;
using Media.Abstractions.Security;
using Media.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Search.Tests.Integration;

/// <summary>Arranges published articles for search tests and asks the public search API. <see cref="PublishedAsync"/>
/// seeds the published row and raises the notification the lifecycle enlists (as distribution does it); the real
/// publish, correction and retraction path is <see cref="CorrectionPath"/>.</summary>
public sealed class SearchDesk(MediaAppFactory app)
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(2);

    private readonly Newsroom newsroom = new(app);
    private readonly HttpClient http = app.CreateClient();
    private MediaClient? reporter;

    public Newsroom Newsroom => newsroom;

    public async Task<Guid> ColumnAsync(string name = "要闻") => await newsroom.ColumnAsync(name);

    public async Task<Guid> PublishedAsync(Guid columnId, string title, string body)
    {
        reporter ??= (await newsroom.UserAsync(MediaRoles.Reporter)).Client;
        var article = await Newsroom.ArticleAsync(reporter, columnId, title, body);
        var id = article.GetProperty("id").GetGuid();
        await PublishedArticleSeeder.PublishAsync(app, id);
        await RaiseAsync(id, columnId, EditorialStatus.Published);
        return id;
    }

    /// <summary>What the lifecycle enlists when a publication change commits, dispatched as after a commit.</summary>
    public async Task RaiseAsync(Guid id, Guid columnId, string status)
    {
        using var scope = app.Services.CreateScope();
        var afterCommit = scope.ServiceProvider.GetRequiredService<AfterCommitQueue>();
        afterCommit.Enlist(new ArticlePublicationChanged(id, columnId, status));
        await afterCommit.DispatchAsync();
    }

    public async Task<JsonElement> SearchAsync(string q, int page = 1, int pageSize = 10)
    {
        var response = await http.GetAsync($"/api/public/search?q={Uri.EscapeDataString(q)}&page={page}&pageSize={pageSize}");
        return await MediaClient.ExpectAsync(response, 200);
    }

    public static IReadOnlyList<Guid> Ids(JsonElement results) =>
        results.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

    /// <summary>Searches until <paramref name="done"/> holds or <see cref="Deadline"/> has passed; the last answer.</summary>
    public async Task<(JsonElement Results, TimeSpan Elapsed)> UntilAsync(string q, Func<IReadOnlyList<Guid>, bool> done)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var results = await SearchAsync(q, pageSize: 50);
            if (done(Ids(results)) || watch.Elapsed > Deadline) return (results, watch.Elapsed);
            await Task.Delay(50);
        }
    }

    public static string Unique() => Guid.NewGuid().ToString("N")[..8];
}
