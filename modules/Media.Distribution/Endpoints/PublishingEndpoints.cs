using Media.Abstractions.Content;
using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Media.Data;
using Media.Distribution.Channels;
using Media.Distribution.Deliveries;
using Media.Distribution.Publishing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Media.Distribution.Endpoints;

/// <summary>Publish, retract and the deliveries of one article. The desks commit; jobs and cache eviction follow from
/// the after-commit notifications, so these handlers only answer.</summary>
public static class PublishingEndpoints
{
    public static IEndpointRouteBuilder MapPublishingApi(this IEndpointRouteBuilder app)
    {
        var articles = app.MapGroup("/api/articles").WithTags("Distribution");
        articles.MapPost("/{id:guid}/publish", PublishAsync).RequirePermission(EditorialPermissions.PublishArticles).RequireStepUp();
        articles.MapPost("/{id:guid}/retract", RetractAsync).RequirePermission(EditorialPermissions.RetractArticles).RequireStepUp();
        articles.MapGet("/{id:guid}/deliveries", DeliveriesAsync).RequirePermission(DistributionPermissions.ViewChannels);
        articles.MapPost("/{id:guid}/deliveries", AddChannelAsync).RequirePermission(EditorialPermissions.PublishArticles);
        articles.MapPost("/{id:guid}/deliveries/{deliveryId:guid}/retry", RetryAsync).RequirePermission(EditorialPermissions.PublishArticles);
        return app;
    }

    internal static async Task<Results<Accepted<ArticleResponse>, ProblemHttpResult>> PublishAsync(Guid id, PublishInput input,
        PublishDesk desk, IArticleLifecycle articles, CancellationToken ct) =>
        await AcceptedAsync(id, await desk.PublishAsync(id, input, ct), articles, ct);

    internal static async Task<Results<Accepted<ArticleResponse>, ProblemHttpResult>> RetractAsync(Guid id, RetractInput input,
        RetractDesk desk, IArticleLifecycle articles, CancellationToken ct) =>
        await AcceptedAsync(id, await desk.RetractAsync(id, input.Reason, ct), articles, ct);

    internal static async Task<Results<Ok<IReadOnlyList<DeliveryResponse>>, ProblemHttpResult>> DeliveriesAsync(Guid id,
        IArticleLifecycle articles, MediaDbContext db, CancellationToken ct)
    {
        if (await articles.FindAsync(id, ct) is not { ViewerMaySee: true }) return Problems.NotFound($"No article {id}.");
        var rows = await db.Set<Delivery>().AsNoTracking().Where(d => d.ArticleId == id)
            .Join(db.Set<Channel>(), d => d.ChannelId, c => c.Id, (d, c) => new { d, c.Name }).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<DeliveryResponse>>(rows.OrderBy(x => x.d.CreatedAt).Select(x => DeliveryResponse.From(x.d, x.Name)).ToList());
    }

    internal static async Task<Results<Accepted<DeliveryResponse>, ProblemHttpResult>> AddChannelAsync(Guid id, AddChannelInput input,
        DeliveryDesk desk, MediaDbContext db, CancellationToken ct) =>
        await AcceptedAsync(id, await desk.AddChannelAsync(id, input.ChannelId, ct), db, ct);

    internal static async Task<Results<Accepted<DeliveryResponse>, ProblemHttpResult>> RetryAsync(Guid id, Guid deliveryId,
        DeliveryDesk desk, MediaDbContext db, CancellationToken ct) =>
        await AcceptedAsync(id, await desk.RetryAsync(id, deliveryId, ct), db, ct);

    private static async Task<Results<Accepted<DeliveryResponse>, ProblemHttpResult>> AcceptedAsync(Guid id, DeliveryOutcome answer,
        MediaDbContext db, CancellationToken ct)
    {
        if (answer is not { Outcome.Succeeded: true, Delivery: { } delivery }) return answer.Outcome.ToProblem();
        var channel = await db.Set<Channel>().AsNoTracking().Where(c => c.Id == delivery.ChannelId).Select(c => c.Name).SingleAsync(ct);
        return TypedResults.Accepted($"/api/articles/{id}/deliveries", DeliveryResponse.From(delivery, channel));
    }

    /// <summary>The article as committed (the tracked row: no second read of it).</summary>
    private static async Task<Results<Accepted<ArticleResponse>, ProblemHttpResult>> AcceptedAsync(Guid id, Outcome outcome,
        IArticleLifecycle articles, CancellationToken ct)
    {
        if (!outcome.Succeeded) return outcome.ToProblem();
        return TypedResults.Accepted($"/api/articles/{id}/deliveries", (await articles.DescribeAsync(id, ct))!);
    }
}
