using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Media.Channels.WeChat.Pushes.Preview;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Media.Channels.WeChat.Pushes.Endpoints;

/// <summary><c>POST /api/wechat/pushes/{id}/preview</c> (docs/http-api.md §4.13, docs/wechat.md §15.9).</summary>
public static class PushPreviewEndpoints
{
    public static IEndpointRouteBuilder MapPushPreviewApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/wechat/pushes/{id:guid}/preview", PreviewAsync).WithTags("WeChat pushes")
            .RequirePermission(WeChatPushesPermissions.ComposePushes);
        return app;
    }

    /// <summary>202 once WeChat accepted the preview; 502 <c>…/wechat-error</c> with WeChat's answer in Chinese otherwise.</summary>
    internal static async Task<Results<Accepted, ProblemHttpResult>> PreviewAsync(Guid id, PreviewInput input, PushPreviewDesk desk,
        CancellationToken ct)
    {
        var result = await desk.PreviewAsync(id, input.WxName, ct);
        if (result.WeChatError is { } error)
            return Problems.Make(StatusCodes.Status502BadGateway, "WeChat refused the preview", $"微信没有发出预览：{error}", ProblemTypes.WeChatError);
        return result.Outcome.Succeeded ? TypedResults.Accepted($"/api/wechat/pushes/{id}") : result.Outcome.ToProblem();
    }
}

/// <summary><c>{ wxName }</c>: one of the channel's <c>previewWxNames</c>.</summary>
public sealed record PreviewInput(string? WxName);
