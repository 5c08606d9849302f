using System.Text.Encodings.Web;
using System.Text.Json;
using Media.WeChat.Sandbox.Callbacks;
using Media.WeChat.Sandbox.Faults;
using Media.WeChat.Sandbox.Publishing;
using Media.WeChat.Sandbox.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Media.WeChat.Sandbox.Endpoints;

/// <summary>The sandbox's own control API under /sandbox, kept apart so it is never mistaken for WeChat's.</summary>
internal static class SandboxControlEndpoints
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    public static void MapSandboxControl(this IEndpointRouteBuilder root)
    {
        var group = root.MapGroup("/sandbox");
        group.MapGet("/state", GetState);
        group.MapGet("/faults", (SandboxState state) => TypedResults.Ok(state.Faults.Pending));
        group.MapPost("/faults", AddFault);
        group.MapDelete("/faults", ClearFaults);
        group.MapPost("/publish/{publishId:long}/resolve", Resolve);
        group.MapPost("/publish/next-outcome", QueueOutcome);
        group.MapPost("/articles/{articleId}/ban", Ban);
        group.MapPost("/tokens/invalidate", InvalidateTokens);
        group.MapPost("/settings", ChangeSettings);
        group.MapPost("/accounts/{appId}/verify-callback", VerifyCallbackAsync);
        group.MapMassSendControl();
        group.MapPreviewControl();
    }

    private static ContentHttpResult GetState(SandboxState state) =>
        TypedResults.Text(SandboxSummary.Build(state).ToJsonString(Relaxed), "application/json; charset=utf-8");

    private static Results<Ok<SandboxFault>, BadRequest<string>> AddFault(FaultRequest request, SandboxState state)
    {
        FaultKind? kind = request.Kind.ToLowerInvariant() switch
        {
            "errcode" => FaultKind.Errcode,
            "http500" => FaultKind.Http500,
            "delay" => FaultKind.Delay,
            "drop" => FaultKind.DropConnection,
            "lose-answer" => FaultKind.LoseAnswer,
            _ => null,
        };
        if (kind is null || string.IsNullOrEmpty(request.Endpoint) || request.Times is < 1
            || (kind == FaultKind.Errcode && request.Errcode is null) || (kind == FaultKind.Delay && request.DelayMs is not > 0))
        {
            return TypedResults.BadRequest("endpoint, kind (errcode|http500|delay|drop|lose-answer), errcode for errcode, delay_ms for delay, times >= 1");
        }

        var fault = new SandboxFault(request.Endpoint, kind.Value, request.Errcode ?? 0, request.Errmsg,
            TimeSpan.FromMilliseconds(request.DelayMs ?? 0), request.Times ?? 1);
        state.Faults.Enqueue(fault);
        return TypedResults.Ok(fault);
    }

    private static NoContent ClearFaults(SandboxState state)
    {
        state.Faults.Clear();
        return TypedResults.NoContent();
    }

    private static Results<Ok<SandboxPublish>, NotFound, BadRequest<string>> Resolve(long publishId, OutcomeRequest request,
        PublishScheduler scheduler)
    {
        if (ToOutcome(request) is not { } outcome)
        {
            return TypedResults.BadRequest("status must be 0, 2, 3 or 4");
        }

        return scheduler.Resolve(publishId, outcome) is { } job ? TypedResults.Ok(job) : TypedResults.NotFound();
    }

    private static Results<NoContent, BadRequest<string>> QueueOutcome(OutcomeRequest request, SandboxState state)
    {
        if (ToOutcome(request) is not { } outcome)
        {
            return TypedResults.BadRequest("status must be 0, 2, 3 or 4");
        }

        state.Publishes.EnqueueOutcome(outcome);
        return TypedResults.NoContent();
    }

    private static Results<NoContent, NotFound> Ban(string articleId, SandboxState state, PublishScheduler scheduler) =>
        state.Publishes.All.FirstOrDefault(p => p.ArticleId == articleId) is { } job && scheduler.Ban(job.PublishId)
            ? TypedResults.NoContent()
            : TypedResults.NotFound();

    private static Ok<int> InvalidateTokens(InvalidateTokensRequest request, SandboxState state) =>
        TypedResults.Ok(state.Tokens.Invalidate(request.AppId));

    private static NoContent ChangeSettings(SettingsRequest request, SandboxState state)
    {
        if (request.PublishIdAsString is { } asString)
        {
            state.PublishIdAsString = asString;
        }

        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<HandshakeResult>, NotFound, BadRequest<string>>> VerifyCallbackAsync(string appId,
        SandboxState state, IHttpClientFactory httpClients, TimeProvider time, CancellationToken cancellationToken)
    {
        if (state.FindAccount(appId)?.Callback is not { Url.Length: > 0 } callback)
        {
            return TypedResults.NotFound();
        }

        if (!state.Options.AllowNonLoopbackCallbacks && !LoopbackAddress.Is(callback.Url))
        {
            return TypedResults.BadRequest("The callback URL is not a loopback address.");
        }

        var http = httpClients.CreateClient(CallbackPusher.HttpClientName);
        return TypedResults.Ok(await CallbackHandshake.VerifyAsync(http, callback.Url, callback.Token, time, cancellationToken));
    }

    private static PublishOutcome? ToOutcome(OutcomeRequest request) => request.Status switch
    {
        0 => PublishOutcome.Success,
        2 or 3 or 4 => PublishOutcome.Failed(request.Status, request.FailIdx ?? [1]),
        _ => null,
    };
}
