using Media.Abstractions.Security;
using Media.Data;
using Media.Testing;

namespace Media.Distribution.Tests.Integration;

/// <summary>重试 and 加发渠道 over HTTP (docs/http-api.md §4.7): a failed delivery of a live piece is sent again and
/// arrives; a published piece gains a channel it did not go to; both refuse what they must and are audited.</summary>
public abstract class DeliveryRecoveryTests(MediaAppFactory app) : IAsyncLifetime
{
    private readonly Newsroom newsroom = new(app);
    private ChannelRig rig = null!;

    public async Task InitializeAsync() => rig = await ChannelRig.StartAsync();

    public async Task DisposeAsync() => await rig.DisposeAsync();

    [Fact]
    public async Task Retry_SendsAFailedDeliveryAgain_AndItArrives()
    {
        var (_, appChannel) = await rig.ChannelsAsync(newsroom);
        var (id, leader) = await PublishedAsync(appChannel);
        var failed = await DeliveryPolling.UntilAllAsync(leader, id, "delivered", "failed");
        var atApp = failed.EnumerateArray().Single(d => d.GetProperty("channelType").GetString() == "app");
        Assert.Equal("failed", atApp.GetProperty("state").GetString());
        var deliveryId = atApp.GetProperty("id").GetGuid();
        var (editor, _) = await newsroom.UserAsync(MediaRoles.Editor);
        await editor.PostJsonAsync($"/api/articles/{id}/deliveries/{deliveryId}/retry", new { }, 403);
        await leader.PostJsonAsync($"/api/articles/{id}/deliveries/{Guid.NewGuid()}/retry", new { }, 404);

        var retried = await leader.PostJsonAsync($"/api/articles/{id}/deliveries/{deliveryId}/retry", new { }, 202);

        Assert.Equal("pending", retried.GetProperty("state").GetString());
        Assert.Equal(0, retried.GetProperty("attempts").GetInt32());
        var delivered = await DeliveryPolling.UntilAllAsync(leader, id, "delivered");
        Assert.Equal(2, delivered.GetArrayLength());
        Assert.Contains(rig.Receiver.Requests, r => r.Event == "article.published" && r.SignatureValid);
        var web = delivered.EnumerateArray().Single(d => d.GetProperty("channelType").GetString() == "web").GetProperty("id").GetGuid();
        await leader.PostJsonAsync($"/api/articles/{id}/deliveries/{web}/retry", new { }, 409); // delivered: nothing to retry
        Assert.Contains("delivery.retried", await ActionsAsync(id));
    }

    [Fact]
    public async Task AddChannel_DeliversAPublishedPieceToOneMoreChannel_OnceOnly()
    {
        var (_, appChannel) = await rig.ChannelsAsync(newsroom);
        var (id, leader) = await PublishedAsync();
        await DeliveryPolling.UntilAllAsync(leader, id, "delivered");
        var (editor, _) = await newsroom.UserAsync(MediaRoles.Editor);
        await editor.PostJsonAsync($"/api/articles/{id}/deliveries", new { channelId = appChannel }, 403);
        var unknown = await leader.PostJsonAsync($"/api/articles/{id}/deliveries", new { channelId = Guid.NewGuid() }, 422);
        Assert.True(unknown.GetProperty("errors").TryGetProperty("channelId", out _));
        await leader.PostJsonAsync($"/api/articles/{id}/deliveries", new { }, 422);

        var added = await leader.PostJsonAsync($"/api/articles/{id}/deliveries", new { channelId = appChannel }, 202);

        Assert.Equal("pending", added.GetProperty("state").GetString());
        Assert.Equal("app", added.GetProperty("channelType").GetString());
        var delivered = await DeliveryPolling.UntilAllAsync(leader, id, "delivered");
        Assert.Equal(["app", "web"], delivered.EnumerateArray().Select(d => d.GetProperty("channelType").GetString()).Order());
        var hook = Assert.Single(await rig.Receiver.WaitForAsync(1, TimeSpan.FromSeconds(10)));
        Assert.Equal("article.published", hook.Event);
        await leader.PostJsonAsync($"/api/articles/{id}/deliveries", new { channelId = appChannel }, 409); // already there
        Assert.Contains("delivery.added", await ActionsAsync(id));
    }

    [Fact]
    public async Task AddChannel_IsRefused_BeforePublication_AndAfterRetraction()
    {
        var (_, appChannel) = await rig.ChannelsAsync(newsroom);
        var (article, leader) = await SignOffPath.SignedOffAsync(newsroom, await newsroom.ColumnAsync());
        var id = article.GetProperty("id").GetGuid();
        await leader.PostJsonAsync($"/api/articles/{id}/deliveries", new { channelId = appChannel }, 409);
        await leader.PostJsonAsync($"/api/articles/{Guid.NewGuid()}/deliveries", new { channelId = appChannel }, 404);

        await leader.PostJsonAsync($"/api/articles/{id}/publish", new { channels = Array.Empty<Guid>() }, 202);
        await leader.PostJsonAsync($"/api/articles/{id}/retract", new { reason = "核实中" }, 202);

        await leader.PostJsonAsync($"/api/articles/{id}/deliveries", new { channelId = appChannel }, 409);
        Assert.Equal(["web"], (await leader.GetJsonAsync($"/api/articles/{id}/deliveries")).EnumerateArray().Select(d => d.GetProperty("channelType").GetString()));
    }

    /// <summary>Signed off and published; the app (when given) answers 503 until the delivery gives up (2 attempts).</summary>
    private async Task<(Guid Id, MediaClient Leader)> PublishedAsync(Guid? failingApp = null)
    {
        var (article, leader) = await SignOffPath.SignedOffAsync(newsroom, await newsroom.ColumnAsync());
        var id = article.GetProperty("id").GetGuid();
        if (failingApp is not null) rig.Receiver.FailNext(2, 503);
        await leader.PostJsonAsync($"/api/articles/{id}/publish", new { channels = failingApp is { } c ? new[] { c } : [] }, 202);
        return (id, leader);
    }

    private async Task<List<string?>> ActionsAsync(Guid id) =>
        (await (await newsroom.AdminAsync()).GetJsonAsync($"/api/articles/{id}/audit")).EnumerateArray()
            .Select(e => e.GetProperty("action").GetString()).ToList();
}

/// <summary>Deliveries that give up after two quick attempts, so a failure takes a fraction of a second.</summary>
internal static class GivingUpDelivery
{
    public static Dictionary<string, string?> Settings => new(FastDelivery.Settings) { ["Media:Distribution:MaxAttempts"] = "2" };
}

public sealed class GivingUpSqliteApp() : MediaAppFactory(DatabaseProvider.Sqlite)
{
    protected override IDictionary<string, string?> Settings => GivingUpDelivery.Settings;
}

public sealed class GivingUpPostgresApp() : MediaAppFactory(DatabaseProvider.PostgreSql)
{
    protected override IDictionary<string, string?> Settings => GivingUpDelivery.Settings;
}

public sealed class DeliveryRecoveryTestsOnSqlite(GivingUpSqliteApp app) : DeliveryRecoveryTests(app), IClassFixture<GivingUpSqliteApp>;

public sealed class DeliveryRecoveryTestsOnPostgreSql(GivingUpPostgresApp app) : DeliveryRecoveryTests(app), IClassFixture<GivingUpPostgresApp>;
