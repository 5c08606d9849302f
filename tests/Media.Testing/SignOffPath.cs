using System.Text.Json;
using Media.Abstractions.Security;

namespace Media.Testing;

/// <summary>Takes an article through the real 三审 over the API: submit, then 初审 (Editor), 复审 (ChiefEditor) and
/// 终审 (Leader), each by a different person. Returns the leader's client, who may publish and retract.</summary>
public static class SignOffPath
{
    public static async Task<(JsonElement Article, MediaClient Leader)> SignedOffAsync(Newsroom newsroom, Guid columnId,
        string title = "县里召开春耕生产动员会", string body = "3月12日，县里召开春耕生产动员会。")
    {
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        return await SignOffAsync(newsroom, reporter, await Newsroom.ArticleAsync(reporter, columnId, title, body));
    }

    /// <summary>Submits the author's article and has it approved at every stage of the default workflow.</summary>
    public static async Task<(JsonElement Article, MediaClient Leader)> SignOffAsync(Newsroom newsroom, MediaClient reporter, JsonElement article)
    {
        var id = article.GetProperty("id").GetGuid();
        var version = article.GetProperty("version").GetInt32();
        await reporter.PostJsonAsync($"/api/articles/{id}/submit", new { version }, 200);

        MediaClient? last = null;
        foreach (var role in new[] { MediaRoles.Editor, MediaRoles.ChiefEditor, MediaRoles.Leader })
        {
            var (reviewer, _) = await newsroom.UserAsync(role);
            article = await reviewer.PostJsonAsync($"/api/articles/{id}/review", new { version, decision = "approve", comment = "同意" }, 200);
            last = reviewer;
        }
        return (article, last!);
    }
}
