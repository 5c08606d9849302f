using Media.Abstractions.Http;
using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Media.Channels.WeChat.Pushes.Pushes;
using Media.Channels.WeChat.Pushes.Retraction;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Media.Channels.WeChat.Pushes.Endpoints;

/// <summary><c>POST /api/wechat/pushes/{id}/retract</c> <c>{ reason }</c> (docs/http-api.md §4.13, docs/wechat.md §15.8): Leader,
/// with step-up.</summary>
public static class RetractEndpoints
{
    public static IEndpointRouteBuilder MapRetractApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/wechat/pushes/{id:guid}/retract", RetractAsync).WithTags("WeChat pushes")
            .RequirePermission(WeChatPushesPermissions.RetractPushes).RequireStepUp();
        return app;
    }

    /// <summary>202 with the push now <c>retracting</c>; 400 without a reason; 409 unless the push is <c>sent</c>.</summary>
    internal static async Task<Results<Accepted<PushResponse>, ProblemHttpResult>> RetractAsync(Guid id, RetractInput input,
        PushRetractDesk desk, CancellationToken ct)
    {
        var (outcome, push) = await desk.RetractAsync(id, input.Reason, ct);
        return outcome.Succeeded ? TypedResults.Accepted($"/api/wechat/pushes/{id}", PushResponse.From(push!)) : outcome.ToProblem();
    }
}

/// <summary><c>{ reason }</c>: why the push is taken out of WeChat; it goes on the audit trail.</summary>
public sealed record RetractInput(string? Reason);
