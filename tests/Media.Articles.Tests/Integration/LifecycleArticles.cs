using System.Security.Claims;
using System.Text.Json;
using Media.Abstractions.Content;
using Media.Abstractions.Security;
using Media.Articles.Lifecycle;
using Media.Testing;
using Media.Users.Security;
using static Media.Abstractions.Content.EditorialStatus;
using static Media.Articles.Lifecycle.ArticleTrack;

namespace Media.Articles.Tests.Integration;

/// <summary>
/// Real articles in each (track, status) the lifecycle can hold, for <see cref="TransitionTableTests"/>. They get
/// there through the HTTP API — created, submitted, signed off by three reviewers, scheduled, corrected, retracted —
/// so every field that goes with a status (sign-off pin, review round, correction record) is what the app itself
/// writes and the sign-off guard passes. One step uses the back door: "published" is written by
/// <see cref="PublishedArticleSeeder"/>, because a publish through the API starts delivery jobs that would keep
/// working on the article while the test applies commands to it.
/// </summary>
internal sealed class LifecycleArticles
{
    private static readonly string[] Stages = [MediaRoles.Editor, MediaRoles.ChiefEditor, MediaRoles.Leader];

    private readonly MediaAppFactory app;
    private readonly MediaClient desk;
    private readonly IReadOnlyList<MediaClient> reviewers;
    private readonly Guid column;

    private LifecycleArticles(MediaAppFactory app, MediaClient desk, IReadOnlyList<MediaClient> reviewers, Guid column, ClaimsPrincipal person)
    {
        (this.app, this.desk, this.reviewers, this.column, Person) = (app, desk, reviewers, column, person);
    }

    /// <summary>Every status each track can hold. A correction leaves its track when it is published, and only an
    /// article that was published (the original track) can open one, so neither track holds every status.</summary>
    public static IReadOnlyDictionary<ArticleTrack, string[]> Statuses { get; } = new Dictionary<ArticleTrack, string[]>
    {
        [Original] = [Draft, InReview, Approved, Scheduled, Published, Retracted],
        [Correction] = [Correcting, InReview, Approved, Retracted],
    };

    /// <summary>The signed-in user who writes the articles, holding every permission the table asks for, as the app's
    /// bearer handler would present them to <see cref="ICurrentUser"/> (see <see cref="Principal"/>).</summary>
    public ClaimsPrincipal Person { get; }

    public static async Task<LifecycleArticles> StartAsync(MediaAppFactory app)
    {
        var newsroom = new Newsroom(app);
        var (desk, _) = await newsroom.UserAsync([.. MediaRoles.All.Except([MediaRoles.Admin, MediaRoles.Auditor])]);
        var reviewers = new List<MediaClient>();
        // The author may not decide a stage, nor one reviewer two stages (docs/review.md §2.1–2.2): one per stage.
        foreach (var role in Stages) reviewers.Add((await newsroom.UserAsync(role)).Client);
        var person = Principal(await desk.GetJsonAsync("/api/me"));
        return new LifecycleArticles(app, desk, reviewers, await newsroom.ColumnAsync(), person);
    }

    /// <summary>A new article in that status on that track.</summary>
    public async Task<Guid> InStateAsync(ArticleTrack track, string status)
    {
        var article = (track, status) switch
        {
            (Original, Draft) => await Newsroom.ArticleAsync(desk, column),
            (Original, InReview) => await SubmitAsync(await Newsroom.ArticleAsync(desk, column)),
            (Original, Approved) => await SignOffAsync(await Newsroom.ArticleAsync(desk, column)),
            (Original, Scheduled) => await ScheduleAsync(await InStateAsync(Original, Approved)),
            (Original, Published) => await PublishAsync(await InStateAsync(Original, Approved)),
            (Original or Correction, Retracted) => await RetractAsync(await InStateAsync(track, track == Original ? Published : Correcting)),
            (Correction, Correcting) => await OpenCorrectionAsync(await InStateAsync(Original, Published)),
            (Correction, InReview) => await SubmitAsync(await GetAsync(await InStateAsync(Correction, Correcting))),
            (Correction, Approved) => await SignOffAsync(await GetAsync(await InStateAsync(Correction, Correcting))),
            _ => throw new ArgumentOutOfRangeException(nameof(status), $"An article is never '{status}' on the {track} track."),
        };
        return Id(article);
    }

    private static Guid Id(JsonElement article) => article.GetProperty("id").GetGuid();

    private static int Version(JsonElement article) => article.GetProperty("version").GetInt32();

    private async Task<JsonElement> GetAsync(Guid id) => await desk.GetJsonAsync($"/api/articles/{id}");

    private async Task<JsonElement> SubmitAsync(JsonElement article) =>
        await desk.PostJsonAsync($"/api/articles/{Id(article)}/submit", new { version = Version(article) }, 200);

    /// <summary>Submits it and has each stage of the default workflow (三审) approve it.</summary>
    private async Task<JsonElement> SignOffAsync(JsonElement article)
    {
        article = await SubmitAsync(article);
        foreach (var reviewer in reviewers)
        {
            article = await reviewer.PostJsonAsync($"/api/articles/{Id(article)}/review",
                new { version = Version(article), decision = "approve", comment = "同意" }, 200);
        }
        return article;
    }

    /// <summary>Far enough ahead that the scheduled delivery never fires during the test.</summary>
    private async Task<JsonElement> ScheduleAsync(Guid id) =>
        await desk.PostJsonAsync($"/api/articles/{id}/publish", new { publishAt = TimeProvider.System.GetUtcNow().AddDays(7) }, 202);

    private async Task<JsonElement> PublishAsync(Guid id)
    {
        await PublishedArticleSeeder.PublishAsync(app, id);
        return await GetAsync(id);
    }

    private async Task<JsonElement> RetractAsync(Guid id) =>
        await desk.PostJsonAsync($"/api/articles/{id}/retract", new { reason = "测试撤稿" }, 202);

    private async Task<JsonElement> OpenCorrectionAsync(Guid id) =>
        await desk.PostJsonAsync($"/api/articles/{id}/corrections", new { note = "更正：会议日期有误" }, 201);

    /// <summary>The claims the app's own sign-in puts on a user (UserSessions.CreatePrincipal).</summary>
    /// <summary>The desk user as the in-process checks see them, with every role: permissions are then never why the
    /// table refuses. No real account may hold them all since 三员分立 (docs/accounts.md §6), so the HTTP user behind
    /// it holds the editorial ones, which are all the operations over HTTP need.</summary>
    private static ClaimsPrincipal Principal(JsonElement me) => new(new ClaimsIdentity(
    [
        new Claim(MediaClaimTypes.UserId, me.GetProperty("id").GetGuid().ToString()),
        new Claim(MediaClaimTypes.UserName, me.GetProperty("userName").GetString()!),
        new Claim(MediaClaimTypes.DisplayName, me.GetProperty("displayName").GetString()!),
        .. MediaRoles.All.Select(r => new Claim(MediaClaimTypes.Role, r)),
    ], MediaAuthSchemes.Bearer, MediaClaimTypes.UserName, MediaClaimTypes.Role));
}
