using Media.WeChat.Sandbox.Publishing;
using Media.WeChat.Sandbox.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Media.WeChat.Sandbox.Endpoints;

/// <summary>The admin's phone under 群发保护: <c>POST /sandbox/masssend/{msgId}/confirm</c> or <c>/refuse</c>.</summary>
internal static class MassSendControlEndpoints
{
    public static void MapMassSendControl(this RouteGroupBuilder group)
    {
        group.MapPost("/masssend/{msgId:long}/confirm", (long msgId, SandboxState state, TimeProvider time, MassSendFinisher finisher) =>
            Answer(state, msgId, s => s with { ConfirmedAt = time.GetUtcNow() }, finisher.Confirmed));
        group.MapPost("/masssend/{msgId:long}/refuse", (long msgId, SandboxState state, MassSendFinisher finisher) =>
            Answer(state, msgId, s => s with { Refused = true }, finisher.Refused));
    }

    private static Results<Ok<SandboxMassSend>, NotFound, Conflict<string>> Answer(SandboxState state, long msgId,
        Func<SandboxMassSend, SandboxMassSend> change, Action<SandboxMassSend> then)
    {
        if (state.MassSends.All.FirstOrDefault(s => s.MsgId == msgId) is not { } send) return TypedResults.NotFound();
        if (send.ConfirmedAt is not null || send.Refused) return TypedResults.Conflict("This mass send is not waiting for confirmation.");
        var changed = state.MassSends.Change(msgId, change)!;
        then(changed); // MASSSENDJOBFINISH: after the delay once confirmed, at once when refused
        return TypedResults.Ok(changed);
    }
}
