using System.Text.Json;
using Media.Abstractions.Security;
using Media.Testing;

namespace Media.Review.Tests.Integration;

/// <summary>A newsroom with a reporter and one reviewer per default stage, and the review calls the tests make.</summary>
public sealed class ReviewDesk(MediaAppFactory app)
{
    public Newsroom Newsroom { get; } = new(app);

    public MediaClient Reporter { get; private set; } = null!;

    public Guid ReporterId { get; private set; }

    public MediaClient Editor { get; private set; } = null!;

    public MediaClient Chief { get; private set; } = null!;

    public MediaClient Leader { get; private set; } = null!;

    public Guid Column { get; private set; }

    public static async Task<ReviewDesk> OpenAsync(MediaAppFactory app)
    {
        var desk = new ReviewDesk(app);
        desk.Column = await desk.Newsroom.ColumnAsync();
        (desk.Reporter, desk.ReporterId) = await desk.Newsroom.UserAsync(MediaRoles.Reporter);
        (desk.Editor, _) = await desk.Newsroom.UserAsync(MediaRoles.Editor);
        (desk.Chief, _) = await desk.Newsroom.UserAsync(MediaRoles.ChiefEditor);
        (desk.Leader, _) = await desk.Newsroom.UserAsync(MediaRoles.Leader);
        return desk;
    }

    public async Task<Guid> DraftAsync(MediaClient? author = null, string body = "县里今天召开春耕动员会。") =>
        (await Newsroom.ArticleAsync(author ?? Reporter, Column, body: body)).GetProperty("id").GetGuid();

    /// <summary>A draft by the reporter, submitted: in review at 初审.</summary>
    public async Task<Guid> SubmittedAsync(MediaClient? author = null)
    {
        var id = await DraftAsync(author);
        await (author ?? Reporter).PostJsonAsync($"/api/articles/{id}/submit", new { version = 1 }, 200);
        return id;
    }

    public static Task<HttpResponseMessage> DecideAsync(MediaClient reviewer, Guid id, int version, string decision, string? comment = null) =>
        reviewer.PostAsync($"/api/articles/{id}/review", new { version, decision, comment });

    public static async Task<JsonElement> ApproveAsync(MediaClient reviewer, Guid id, int version = 1) =>
        await MediaClient.ExpectAsync(await DecideAsync(reviewer, id, version, "approve"), 200);

    /// <summary>Through all three stages: 初审, 复审, 终审 (sign-off).</summary>
    public async Task<JsonElement> SignedOffAsync(Guid id, int version = 1)
    {
        await ApproveAsync(Editor, id, version);
        await ApproveAsync(Chief, id, version);
        return await ApproveAsync(Leader, id, version);
    }
}
