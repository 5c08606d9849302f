using Media.Abstractions.Http;
using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Media.Channels.WeChat.Pushes.Data;
using Media.Channels.WeChat.Pushes.Pushes;
using Media.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Media.Channels.WeChat.Pushes.Endpoints;

/// <summary><c>/api/wechat/pushes</c> (docs/http-api.md §13): compose, read, sign off.</summary>
public static class PushesEndpoints
{
    public static IEndpointRouteBuilder MapPushesApi(this IEndpointRouteBuilder app)
    {
        var pushes = app.MapGroup("/api/wechat/pushes").WithTags("WeChat pushes");
        pushes.MapPost("/", CreateAsync).RequirePermission(WeChatPushesPermissions.ComposePushes);
        pushes.MapGet("/", ListAsync).RequirePermission(WeChatPushesPermissions.ViewPushes);
        pushes.MapGet("/{id:guid}", GetAsync).RequirePermission(WeChatPushesPermissions.ViewPushes);
        pushes.MapPost("/{id:guid}/signoff", SignOffAsync).RequirePermission(WeChatPushesPermissions.SignOffPushes).RequireStepUp();
        return app;
    }

    internal static async Task<Results<Created<PushResponse>, ProblemHttpResult>> CreateAsync(PushInput input, PushDesk desk, CancellationToken ct)
    {
        var (outcome, push) = await desk.CreateAsync(input, ct);
        return outcome.Succeeded ? TypedResults.Created($"/api/wechat/pushes/{push!.Id}", PushResponse.From(push)) : outcome.ToProblem();
    }

    internal static async Task<Results<Ok<PushResponse>, ProblemHttpResult>> GetAsync(Guid id, MediaDbContext db, CancellationToken ct) =>
        await db.Set<Push>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) is { } push
            ? TypedResults.Ok(PushResponse.From(push))
            : Problems.NotFound($"No push {id}.");

    /// <summary>Newest first, optionally one channel's.</summary>
    internal static async Task<Ok<PushList>> ListAsync(Guid? channelId, int? page, int? pageSize, MediaDbContext db, CancellationToken ct)
    {
        var (p, size) = Paging.Normalize(page, pageSize);
        var query = db.Set<Push>().AsNoTracking().Where(x => channelId == null || x.ChannelId == channelId);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(x => x.CreatedAt).Skip((p - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new PushList(rows.Select(PushResponse.From).ToList(), total, p, size));
    }

    internal static async Task<Results<Ok<PushResponse>, ProblemHttpResult>> SignOffAsync(Guid id, SignOffInput input, PushDesk desk,
        CancellationToken ct)
    {
        var (outcome, push) = await desk.SignOffAsync(id, input.ContentHash, ct);
        return outcome.Succeeded ? TypedResults.Ok(PushResponse.From(push!)) : outcome.ToProblem();
    }
}

public sealed record PushList(IReadOnlyList<PushResponse> Items, int Total, int Page, int PageSize);

/// <summary><c>{ contentHash }</c>: the hash of the push the leader reviewed.</summary>
public sealed record SignOffInput(string? ContentHash);
