using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Media.Abstractions.Security;
using Media.Data;
using Media.Testing;
using Media.Web.Tests.Support;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Media.Web.Tests.Integration;

/// <summary>The restore drill of docs/operations.md §5, with the real command line: publish, back up while the site
/// runs, change more, restore into an empty AppData and an empty database, start a site on it — the audit chain
/// verifies and the content is as it was at the backup.</summary>
public abstract class BackupRestoreTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task Restore_BringsBackTheSiteAsBackedUp_AndTheAuditChainVerifies()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var keptImage = await UploadAsync(reporter);
        var (kept, leader) = await SignOffPath.SignedOffAsync(newsroom, column, "备份前发布的稿件");
        var keptId = kept.GetProperty("id").GetGuid();
        await leader.PostJsonAsync($"/api/articles/{keptId}/publish", new { channels = Array.Empty<Guid>() }, 202);
        await UntilDeliveredAsync(leader, keptId);

        var backup = Path.Combine(MediaAppFactory.NewAppData(), "backup");
        var (backedUp, backupOutput) = await MediaCommandLine.RunAsync(app, "backup", "--to", backup);
        Assert.True(backedUp == 0, backupOutput);

        var laterImage = await UploadAsync(reporter);
        var (later, laterLeader) = await SignOffPath.SignedOffAsync(newsroom, column, "备份后发布的稿件");
        var laterId = later.GetProperty("id").GetGuid();
        await laterLeader.PostJsonAsync($"/api/articles/{laterId}/publish", new { channels = Array.Empty<Guid>() }, 202);
        await UntilDeliveredAsync(laterLeader, laterId);
        await leader.PostJsonAsync($"/api/articles/{keptId}/retract", new { reason = "备份后撤稿" }, 202);
        var site = app.CreateClient();
        Assert.Equal(HttpStatusCode.Gone, (await site.GetAsync($"/articles/{keptId}")).StatusCode);
        var entriesNow = (await (await app.AdminAsync()).GetJsonAsync("/api/audit/verify")).GetProperty("entries").GetInt64();

        var postgresDatabase = app.Provider == DatabaseProvider.PostgreSql ? MediaAppFactory.NewPostgresDatabase() : null;
        await using var restored = new RestoredMediaApp(app.Provider, MediaAppFactory.NewAppData(), postgresDatabase);
        var (restoredCode, restoreOutput) = await MediaCommandLine.RunAsync(restored, "restore", "--from", backup);
        Assert.True(restoredCode == 0, restoreOutput);

        var verify = await (await restored.AdminAsync()).GetJsonAsync("/api/audit/verify");
        Assert.True(verify.GetProperty("ok").GetBoolean(), verify.ToString());
        Assert.InRange(verify.GetProperty("entries").GetInt64(), 1, entriesNow - 1);
        var restoredSite = restored.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await restoredSite.GetAsync($"/articles/{keptId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await restoredSite.GetAsync($"/articles/{laterId}")).StatusCode);
        Assert.Equal(keptImage.Bytes, await restoredSite.GetByteArrayAsync(keptImage.Url));
        Assert.Equal(HttpStatusCode.NotFound, (await restoredSite.GetAsync(laterImage.Url)).StatusCode);
        Directory.Delete(Path.GetDirectoryName(backup)!, recursive: true);
    }

    [Fact]
    public async Task Restore_Refuses_ANonEmptyTarget_AndADamagedBackup()
    {
        var backup = Path.Combine(MediaAppFactory.NewAppData(), "backup");
        var (backedUp, backupOutput) = await MediaCommandLine.RunAsync(app, "backup", "--to", backup);
        Assert.True(backedUp == 0, backupOutput);
        var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(backup, "manifest.json"))).RootElement;
        Assert.Contains(manifest.GetProperty("files").EnumerateArray(), f => f.GetProperty("path").GetString() == "keys/audit-head.json");

        var (intoRunningSite, occupied) = await MediaCommandLine.RunAsync(app, "restore", "--from", backup);
        Assert.Equal(1, intoRunningSite);
        Assert.Contains("not empty", occupied);

        await File.AppendAllTextAsync(Path.Combine(backup, "keys", "audit-head.json"), " ");
        var emptyAppData = MediaAppFactory.NewAppData();
        var postgresDatabase = app.Provider == DatabaseProvider.PostgreSql ? MediaAppFactory.NewPostgresDatabase() : null;
        await using var target = new RestoredMediaApp(app.Provider, emptyAppData, postgresDatabase);
        var (damagedCode, damaged) = await MediaCommandLine.RunAsync(target, "restore", "--from", backup);
        Assert.Equal(1, damagedCode);
        Assert.Contains("damaged", damaged);
        Assert.Empty(Directory.Exists(emptyAppData) ? Directory.EnumerateFiles(emptyAppData, "*", SearchOption.AllDirectories) : []);
        Directory.Delete(Path.GetDirectoryName(backup)!, recursive: true);
    }

    private static async Task<(string Url, byte[] Bytes)> UploadAsync(MediaClient reporter)
    {
        using var image = new Image<Rgb24>(96, 64, new Rgb24((byte)Random.Shared.Next(256), (byte)Random.Shared.Next(256), 90));
        using var png = new MemoryStream();
        await image.SaveAsPngAsync(png);
        var file = new ByteArrayContent(png.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        using var form = new MultipartFormDataContent { { file, "file", "photo.png" } };
        var item = await MediaClient.ExpectAsync(await reporter.Http.PostAsync("/api/media", form), 201);
        var url = item.GetProperty("url").GetString()!;
        return (url, await reporter.Http.GetByteArrayAsync(url));
    }

    private static async Task UntilDeliveredAsync(MediaClient client, Guid articleId)
    {
        for (var i = 0; i < 150; i++)
        {
            var deliveries = await client.GetJsonAsync($"/api/articles/{articleId}/deliveries");
            if (deliveries.GetArrayLength() > 0 && deliveries.EnumerateArray().All(d => d.GetProperty("state").GetString() == "delivered")) return;
            await Task.Delay(200);
        }
        throw new Xunit.Sdk.XunitException($"The deliveries of {articleId} were not delivered in time.");
    }
}

public sealed class BackupRestoreTestsOnSqlite(SqliteMediaApp app) : BackupRestoreTests(app), IClassFixture<SqliteMediaApp>;

public sealed class BackupRestoreTestsOnPostgreSql(PostgresMediaApp app) : BackupRestoreTests(app), IClassFixture<PostgresMediaApp>;
