using System.Text.Json;
using Media.Abstractions.Security;
using Xunit;

namespace Media.Testing;

/// <summary>Takes a piece to the public and then through a correction (更正) over the API, step by step, as the
/// newsroom does it (docs/lifecycle.md §4): signed off and published to the web; the author opens a correction with a
/// note, edits the text (PUT with If-Match), submits it; then the column's full 三审 signs it off again and the leader
/// publishes it. The steps are separate so a test can look at the public side in between.</summary>
public sealed class CorrectionPath(Newsroom newsroom)
{
    public MediaClient Author { get; private set; } = null!;

    public MediaClient Leader { get; private set; } = null!;

    public Guid Id { get; private set; }

    public int Version { get; private set; }

    /// <summary>Written by a reporter, signed off at every stage, published (web only unless channels are named).</summary>
    public async Task PublishAsync(Guid columnId, string title, string body, params Guid[] channels)
    {
        (Author, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var (signed, leader) = await SignOffPath.SignOffAsync(newsroom, Author, await Newsroom.ArticleAsync(Author, columnId, title, body));
        (Id, Version, Leader) = (signed.GetProperty("id").GetGuid(), signed.GetProperty("version").GetInt32(), leader);
        await Leader.PostJsonAsync($"/api/articles/{Id}/publish", new { channels }, 202);
    }

    /// <summary>Opens the correction with its note, writes the corrected body and submits it to the first stage.</summary>
    public async Task<JsonElement> OpenEditAndSubmitAsync(string note, string correctedBody)
    {
        var opened = await Author.PostJsonAsync($"/api/articles/{Id}/corrections", new { note }, 201);
        Assert.Equal("correcting", opened.GetProperty("status").GetString());
        var edit = await Author.PutAsync($"/api/articles/{Id}", new
        {
            columnId = opened.GetProperty("columnId").GetGuid(),
            title = opened.GetProperty("title").GetString(),
            subtitle = opened.GetProperty("subtitle").GetString(),
            author = opened.GetProperty("author").GetString(),
            source = opened.GetProperty("source").GetString(),
            summary = opened.GetProperty("summary").GetString(),
            body = correctedBody,
            tags = opened.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ToArray(),
        }, $"\"{opened.GetProperty("version").GetInt32()}\"");
        var edited = await MediaClient.ExpectAsync(edit, 200);
        Version = edited.GetProperty("version").GetInt32();
        var submitted = await Author.PostJsonAsync($"/api/articles/{Id}/submit", new { version = Version }, 200);
        Assert.Equal("in_review", submitted.GetProperty("status").GetString());
        return submitted;
    }

    /// <summary>初审, 复审 and 终审 of the corrected version, each by a different person; the last one publishes it.</summary>
    public async Task SignOffAndPublishAsync(params Guid[] channels)
    {
        foreach (var role in new[] { MediaRoles.Editor, MediaRoles.ChiefEditor, MediaRoles.Leader })
        {
            var (reviewer, _) = await newsroom.UserAsync(role);
            await reviewer.PostJsonAsync($"/api/articles/{Id}/review", new { version = Version, decision = "approve", comment = "更正属实，同意" }, 200);
            Leader = reviewer;
        }
        var published = await Leader.PostJsonAsync($"/api/articles/{Id}/publish", new { channels }, 202);
        Assert.Equal("published", published.GetProperty("status").GetString());
    }
}
