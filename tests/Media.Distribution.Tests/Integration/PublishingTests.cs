using Media.Abstractions.Security;
using Media.Articles.Data;
using Media.Data;
using Media.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Distribution.Tests.Integration;

public abstract class PublishingTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task Publish_Returns202_AndTheWebDeliveryArrives()
    {
        var (article, leader) = await SignOffPath.SignedOffAsync(newsroom, await newsroom.ColumnAsync());
        var id = article.GetProperty("id").GetGuid();

        var published = await leader.PostJsonAsync($"/api/articles/{id}/publish", new { channels = Array.Empty<Guid>() }, 202);
        var deliveries = await DeliveryPolling.UntilAllAsync(leader, id, "delivered");
        var audit = await (await newsroom.AdminAsync()).GetJsonAsync($"/api/articles/{id}/audit");

        Assert.Equal("published", published.GetProperty("status").GetString());
        var address = published.GetProperty("publishedUrl").GetString()!;
        Assert.Matches($"^/[a-z0-9-]+/\\d{{4}}/\\d{{2}}/\\d{{2}}/{id.ToString("N")[^8..]}\\.html$", address); // docs/http-api.md §4.14
        var web = Assert.Single(deliveries.EnumerateArray());
        Assert.Equal("web", web.GetProperty("channelType").GetString());
        Assert.EndsWith(address, web.GetProperty("externalUrl").GetString());
        var actions = audit.EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Contains("article.published", actions);
        Assert.Contains("delivery.delivered", actions);
    }

    [Fact]
    public async Task Publish_Refuses_UnapprovedArticles_WrongRoles_AndUnknownChannels()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var (leader, _) = await newsroom.UserAsync(MediaRoles.Leader);
        var (editor, _) = await newsroom.UserAsync(MediaRoles.Editor);
        var draft = (await Newsroom.ArticleAsync(reporter, column)).GetProperty("id").GetGuid();
        var (approved, _) = await SignOffPath.SignedOffAsync(newsroom, column);
        var approvedId = approved.GetProperty("id").GetGuid();

        await leader.PostJsonAsync($"/api/articles/{draft}/publish", new { }, 409);
        await editor.PostJsonAsync($"/api/articles/{approvedId}/publish", new { }, 403);
        var unknown = await leader.PostJsonAsync($"/api/articles/{approvedId}/publish", new { channels = new[] { Guid.NewGuid() } }, 422);

        Assert.True(unknown.GetProperty("errors").TryGetProperty("channels", out _));
        Assert.Equal("approved", (await leader.GetJsonAsync($"/api/articles/{approvedId}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Publish_Returns409_WhenTheSignedContentWasChangedBehindTheReviewersBack()
    {
        var (article, leader) = await SignOffPath.SignedOffAsync(newsroom, await newsroom.ColumnAsync());
        var id = article.GetProperty("id").GetGuid();
        await TamperAsync(id);

        var problem = await leader.PostJsonAsync($"/api/articles/{id}/publish", new { }, 409);

        Assert.Contains("sign", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ScheduledPublish_GoesLiveWhenDue()
    {
        var (article, leader) = await SignOffPath.SignedOffAsync(newsroom, await newsroom.ColumnAsync());
        var id = article.GetProperty("id").GetGuid();

        var scheduled = await leader.PostJsonAsync($"/api/articles/{id}/publish", new { publishAt = TimeProvider.System.GetUtcNow().AddSeconds(6) }, 202);
        Assert.Equal("scheduled", scheduled.GetProperty("status").GetString());
        Assert.Equal("pending", (await leader.GetJsonAsync($"/api/articles/{id}/deliveries"))[0].GetProperty("state").GetString());

        await DeliveryPolling.UntilAllAsync(leader, id, "delivered");
        Assert.Equal("published", (await leader.GetJsonAsync($"/api/articles/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ScheduledPublish_IsRefusedWhenItFires_IfTheContentChangedAfterSignOff()
    {
        var (article, leader) = await SignOffPath.SignedOffAsync(newsroom, await newsroom.ColumnAsync());
        var id = article.GetProperty("id").GetGuid();
        await leader.PostJsonAsync($"/api/articles/{id}/publish", new { publishAt = TimeProvider.System.GetUtcNow().AddSeconds(6) }, 202);

        await TamperAsync(id);
        var deliveries = await DeliveryPolling.UntilAllAsync(leader, id, "failed");
        var audit = await (await newsroom.AdminAsync()).GetJsonAsync($"/api/articles/{id}/audit");

        Assert.Contains("签发", deliveries[0].GetProperty("lastError").GetString());
        Assert.Equal("scheduled", (await leader.GetJsonAsync($"/api/articles/{id}")).GetProperty("status").GetString());
        Assert.Contains(audit.EnumerateArray(), e => e.GetProperty("action").GetString() == "publish.refused");
    }

    [Fact]
    public async Task Retract_NeedsAReason_ThenRetractsEveryDelivery()
    {
        var (article, leader) = await SignOffPath.SignedOffAsync(newsroom, await newsroom.ColumnAsync());
        var id = article.GetProperty("id").GetGuid();
        var (chief, _) = await newsroom.UserAsync(MediaRoles.ChiefEditor);
        await leader.PostJsonAsync($"/api/articles/{id}/publish", new { }, 202);
        await DeliveryPolling.UntilAllAsync(leader, id, "delivered");

        var noReason = await leader.PostJsonAsync($"/api/articles/{id}/retract", new { reason = " " }, 422);
        await chief.PostJsonAsync($"/api/articles/{id}/retract", new { reason = "越权" }, 403);
        var retracted = await leader.PostJsonAsync($"/api/articles/{id}/retract", new { reason = "数据有误，撤稿核实" }, 202);
        await DeliveryPolling.UntilAllAsync(leader, id, "retracted");

        Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal("retracted", retracted.GetProperty("status").GetString());
        await leader.PostJsonAsync($"/api/articles/{id}/publish", new { }, 409);
    }

    /// <summary>Someone with database access changes the current version's hash after sign-off.</summary>
    private async Task TamperAsync(Guid articleId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MediaDbContext>();
        await db.Set<Article>().Where(a => a.Id == articleId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.CurrentContentHash, new string('0', 64)));
    }
}

public sealed class PublishingTestsOnSqlite(SqliteMediaApp app) : PublishingTests(app), IClassFixture<SqliteMediaApp>;

public sealed class PublishingTestsOnPostgreSql(PostgresMediaApp app) : PublishingTests(app), IClassFixture<PostgresMediaApp>;
