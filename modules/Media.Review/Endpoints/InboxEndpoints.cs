using Media.Review.Notifications;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Media.Review.Endpoints;

/// <summary>The signed-in user's review inbox and notifications (what waits for them, what came back to them).</summary>
public static class InboxEndpoints
{
    public static IEndpointRouteBuilder MapInboxApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/review/inbox", InboxAsync).WithTags("Review").RequireAuthorization();
        app.MapGet("/api/notifications", NotificationsAsync).WithTags("Review").RequireAuthorization();
        return app;
    }

    public sealed record WaitingItem(Guid ArticleId, string Title, int Version, string ContentHash, int StageIndex, string StageName,
        string Role, string CreatedByName, DateTimeOffset WaitingSince, long WaitingSeconds);

    public sealed record SentBackItem(Guid ArticleId, string Title, int Version, string Comment, DateTimeOffset UpdatedAt);

    public sealed record InboxResponse(IReadOnlyList<WaitingItem> Items, int Total);

    public sealed record NotificationsResponse(int Count, IReadOnlyList<WaitingItem> Waiting, IReadOnlyList<SentBackItem> SentBack);

    internal static async Task<Ok<InboxResponse>> InboxAsync(ReviewInbox inbox, CancellationToken ct)
    {
        var items = (await inbox.WaitingAsync(ct)).Select(ToWaiting).ToList();
        return TypedResults.Ok(new InboxResponse(items, items.Count));
    }

    internal static async Task<Ok<NotificationsResponse>> NotificationsAsync(ReviewInbox inbox, CancellationToken ct)
    {
        var waiting = (await inbox.WaitingAsync(ct)).Select(ToWaiting).ToList();
        var back = (await inbox.SentBackAsync(ct))
            .Select(a => new SentBackItem(a.Id, a.Title, a.Version, a.LastReviewComment ?? "", a.UpdatedAt)).ToList();
        return TypedResults.Ok(new NotificationsResponse(waiting.Count + back.Count, waiting, back));
    }

    private static WaitingItem ToWaiting(InboxItem i) => new(i.Article.Id, i.Article.Title, i.Article.Version, i.Article.ContentHash,
        i.Article.Stage!.Index, i.Article.Stage.Name, i.Article.Stage.Role, i.Article.CreatedByName, i.Since, (long)i.Waiting.TotalSeconds);
}
