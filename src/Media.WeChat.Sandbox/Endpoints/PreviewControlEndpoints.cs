using Media.WeChat.Sandbox.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Media.WeChat.Sandbox.Endpoints;

/// <summary>What reached the followers' phones as previews: <c>GET /sandbox/previews?appId=&amp;wxName=</c>, oldest first.</summary>
internal static class PreviewControlEndpoints
{
    public static void MapPreviewControl(this RouteGroupBuilder group) =>
        group.MapGet("/previews", (string? appId, string? wxName, SandboxState state) => TypedResults.Ok(state.MassSends.Previews
            .Where(p => (appId is null || p.AppId == appId) && (wxName is null || p.WxName == wxName))
            .Select(p => new { p.AppId, p.WxName, p.MediaId, p.Titles, p.At }).ToList()));
}
