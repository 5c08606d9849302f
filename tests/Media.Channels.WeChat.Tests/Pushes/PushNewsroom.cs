using System.Text.Json;
using Media.Abstractions.Security;
using Media.Data;
using Media.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Channels.WeChat.Tests.Pushes;

/// <summary>Builders for push tests over the API: a WeChat channel, signed-off articles, and the audit actions of a push.</summary>
internal sealed class PushNewsroom(MediaAppFactory app)
{
    public Newsroom Newsroom { get; } = new(app);

    public async Task<Guid> ChannelAsync(object? extraSettings = null)
    {
        var settings = new Dictionary<string, object?>
        {
            ["appId"] = "wx" + Guid.NewGuid().ToString("N")[..16], ["appSecret"] = "push-test-secret", ["apiBaseUrl"] = "http://127.0.0.1:9/",
        };
        foreach (var property in JsonSerializer.SerializeToElement(extraSettings ?? new { }).EnumerateObject())
            settings[property.Name] = property.Value;
        var channel = await (await Newsroom.AdminAsync()).PostJsonAsync("/api/channels",
            new { type = "wechat", name = "推送测试公众号 " + Guid.NewGuid().ToString("N")[..4], settings }, 201);
        return channel.GetProperty("id").GetGuid();
    }

    /// <summary>An article through the full 三审; returns it with its reporter.</summary>
    public async Task<(JsonElement Article, MediaClient Reporter)> SignedOffArticleAsync(Guid columnId, string title)
    {
        var (reporter, _) = await Newsroom.UserAsync(MediaRoles.Reporter);
        var (article, _) = await SignOffPath.SignOffAsync(Newsroom, reporter, await Newsroom.ArticleAsync(reporter, columnId, title));
        return (article, reporter);
    }

    public async Task<IReadOnlyList<string>> AuditActionsAsync(Guid pushId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MediaDbContext>();
        var id = pushId.ToString();
        return await db.Database.SqlQuery<string>(
            $"SELECT \"Action\" AS \"Value\" FROM \"AuditEntries\" WHERE \"SubjectKind\" = 'wechat-push' AND \"SubjectId\" = {id} ORDER BY \"Seq\"")
            .ToListAsync();
    }
}
