using Media.Abstractions.Http;
using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Media.Abstractions.Time;
using Media.Channels.WeChat.Pushes.Data;
using Media.Channels.WeChat.Pushes.Pushes;
using Media.Channels.WeChat.Pushes.Sending;
using Media.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Media.Channels.WeChat.Pushes.Endpoints;

/// <summary><c>/api/wechat/pushes</c> (docs/http-api.md §13): compose, read, edit a draft, sign off, send.</summary>
public static class PushesEndpoints
{
    public static IEndpointRouteBuilder MapPushesApi(this IEndpointRouteBuilder app)
    {
        var pushes = app.MapGroup("/api/wechat/pushes").WithTags("WeChat pushes");
        pushes.MapPost("/", CreateAsync).RequirePermission(WeChatPushesPermissions.ComposePushes);
        pushes.MapGet("/", ListAsync).RequirePermission(WeChatPushesPermissions.ViewPushes);
        pushes.MapGet("/{id:guid}", GetAsync).RequirePermission(WeChatPushesPermissions.ViewPushes);
        pushes.MapPut("/{id:guid}", EditAsync).RequirePermission(WeChatPushesPermissions.ComposePushes);
        pushes.MapPost("/{id:guid}/signoff", SignOffAsync).RequirePermission(WeChatPushesPermissions.SignOffPushes).RequireStepUp();
        pushes.MapPost("/{id:guid}/send", SendAsync).RequirePermission(WeChatPushesPermissions.SendPushes).RequireStepUp();
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

    /// <summary>New articles, order or covers of a push waiting for sign-off (docs/wechat.md §15.2); 409 once signed off.</summary>
    internal static async Task<Results<Ok<PushResponse>, ProblemHttpResult>> EditAsync(Guid id, PushEditInput input, PushOrderDesk desk,
        CancellationToken ct)
    {
        var (outcome, push) = await desk.EditAsync(id, input.ArticleIds, input.Covers, ct);
        return outcome.Succeeded ? TypedResults.Ok(PushResponse.From(push!)) : outcome.ToProblem();
    }

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

    /// <summary>202 with the push now <c>sending</c>; 409 <c>…/wechat-quota</c> with <c>resetsAt</c> when the account has no
    /// mass send left (docs/wechat.md §15.4).</summary>
    internal static async Task<Results<Accepted<PushResponse>, ProblemHttpResult>> SendAsync(Guid id, PushSendDesk desk, CancellationToken ct)
    {
        var result = await desk.SendAsync(id, ct);
        if (result.Refused is { } allowance)
        {
            return Problems.Make(StatusCodes.Status409Conflict, "No mass send left",
                $"本公众号的群发次数已用完（{(allowance.AccountType == "service" ? "服务号每月 4 次" : "订阅号每天 1 次")}），" +
                $"{ChinaTime.Long(allowance.ResetsAt)}（北京时间）恢复。", ProblemTypes.WeChatQuota,
                new Dictionary<string, object?>
                {
                    ["accountType"] = allowance.AccountType, ["massSendsLeft"] = allowance.MassSendsLeft, ["resetsAt"] = allowance.ResetsAt,
                });
        }

        return result.Outcome.Succeeded
            ? TypedResults.Accepted($"/api/wechat/pushes/{id}", PushResponse.From(result.Push!))
            : result.Outcome.ToProblem();
    }
}

public sealed record PushList(IReadOnlyList<PushResponse> Items, int Total, int Page, int PageSize);

/// <summary><c>{ articleIds, covers? }</c>: the push's articles in their new order and, by article id, the photo each
/// has as its cover in this push.</summary>
public sealed record PushEditInput(List<Guid>? ArticleIds, Dictionary<Guid, Guid>? Covers);

/// <summary><c>{ contentHash }</c>: the hash of the push the leader reviewed.</summary>
public sealed record SignOffInput(string? ContentHash);
