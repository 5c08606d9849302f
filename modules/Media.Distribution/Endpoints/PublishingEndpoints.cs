using Media.Abstractions.Content;
using Media.Abstractions.Events;
using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Media.Data;
using Media.Distribution.Channels;
using Media.Distribution.Deliveries;
using Media.Distribution.Jobs;
using Media.Distribution.Publishing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Media.Distribution.Endpoints;

/// <summary>Publish, retract and the deliveries of one article.</summary>
public static class PublishingEndpoints
{
    public static IEndpointRouteBuilder MapPublishingApi(this IEndpointRouteBuilder app)
    {
        var articles = app.MapGroup("/api/articles").WithTags("Distribution");
        articles.MapPost("/{id:guid}/publish", PublishAsync).RequirePermission(DistributionPermissions.PublishArticles);
        articles.MapPost("/{id:guid}/retract", RetractAsync).RequirePermission(DistributionPermissions.RetractArticles);
        articles.MapGet("/{id:guid}/deliveries", DeliveriesAsync).RequirePermission(DistributionPermissions.ViewChannels);
        return app;
    }

    internal static async Task<Results<Accepted<object>, ValidationProblem, ProblemHttpResult>> PublishAsync(Guid id, PublishInput input,
        PublishDesk desk, DeliveryQueue queue, IArticleLifecycle articles, IDomainEventPublisher events, CancellationToken ct)
    {
        var outcome = await desk.PublishAsync(id, input, ct);
        return await AcceptedAsync(id, outcome, queue, articles, events, ct);
    }

    internal static async Task<Results<Accepted<object>, ValidationProblem, ProblemHttpResult>> RetractAsync(Guid id, RetractInput input,
        RetractDesk desk, DeliveryQueue queue, IArticleLifecycle articles, IDomainEventPublisher events, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(input.Reason) || input.Reason.Length > RetractDesk.MaxReason)
            return Problems.UnprocessableFields(new Dictionary<string, string[]> { ["reason"] = [$"Give the reason for the retraction (1–{RetractDesk.MaxReason} characters)."] },
                "A retraction needs a reason.");
        var outcome = await desk.RetractAsync(id, input.Reason.Trim(), ct);
        return await AcceptedAsync(id, outcome, queue, articles, events, ct);
    }

    internal static async Task<Results<Ok<IReadOnlyList<DeliveryResponse>>, ProblemHttpResult>> DeliveriesAsync(Guid id,
        IArticleLifecycle articles, MediaDbContext db, CancellationToken ct)
    {
        if (await articles.FindAsync(id, ct) is not { ViewerMaySee: true }) return Problems.NotFound($"No article {id}.");
        var rows = await db.Set<Delivery>().AsNoTracking().Where(d => d.ArticleId == id)
            .Join(db.Set<Channel>(), d => d.ChannelId, c => c.Id, (d, c) => new { d, c.Name }).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<DeliveryResponse>>(rows.OrderBy(x => x.d.CreatedAt).Select(x => DeliveryResponse.From(x.d, x.Name)).ToList());
    }

    private static async Task<Results<Accepted<object>, ValidationProblem, ProblemHttpResult>> AcceptedAsync(Guid id, PublishOutcome outcome,
        DeliveryQueue queue, IArticleLifecycle articles, IDomainEventPublisher events, CancellationToken ct)
    {
        switch (outcome.Kind)
        {
            case PublishOutcomeKind.NotFound: return Problems.NotFound(outcome.Detail!);
            case PublishOutcomeKind.Conflict: return Problems.Conflict(outcome.Detail!);
            case PublishOutcomeKind.Invalid: return Problems.UnprocessableFields(outcome.Errors!, outcome.Detail!);
        }
        queue.Start(outcome.Deliveries!);
        var state = (await articles.FindAsync(id, ct))!;
        await events.PublishAsync(new ArticlePublicationChanged(id, state.ColumnId, state.Status), ct);
        return TypedResults.Accepted($"/api/articles/{id}/deliveries", (await articles.DescribeAsync(id, ct))!);
    }
}
