using System.Text;
using Media.Abstractions.Distribution;
using Media.Channels.WeChat.Callbacks;
using Media.Channels.WeChat.Delivery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Media.Channels.WeChat.Endpoints;

/// <summary>
/// <c>GET|POST /wechat/callback/{channelId}</c>, the URL an account's admin gives WeChat (docs/wechat.md §7): anonymous (the
/// signature, checked with the channel's callback token, is the authentication), no antiforgery, small bodies only.
/// A verified PUBLISHJOBFINISH wakes the delivery waiting for that publish_id; it and MASSSENDJOBFINISH also go to every
/// <see cref="IWeChatCallbackHandler"/> (the pushes, docs/wechat.md §15.7); any verified push is answered "success".
/// </summary>
public static class WeChatCallbackEndpoints
{
    /// <summary>A PUBLISHJOBFINISH, even encrypted, is well under 4 KB; anything much larger is not WeChat.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public const string Pattern = "/wechat/callback/{channelId:guid}";

    public static IEndpointRouteBuilder MapWeChatCallbacks(this IEndpointRouteBuilder app)
    {
        app.MapMethods(Pattern, [HttpMethods.Get, HttpMethods.Post], HandleAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .ExcludeFromDescription();
        return app;
    }

    internal static async Task<Results<ContentHttpResult, NotFound, BadRequest, StatusCodeHttpResult>> HandleAsync(
        Guid channelId, HttpRequest request, [FromServices] IChannelDirectory channels, [FromServices] IDeliveryCallbacks callbacks,
        [FromServices] WeChatCallbackReader reader, [FromServices] IEnumerable<IWeChatCallbackHandler> handlers,
        [FromServices] ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(WeChatCallbackEndpoints).FullName!);
        var channel = await channels.FindAsync(channelId, cancellationToken);
        if (channel is null || channel.Type != WeChatChannelSettings.ChannelType
            || WeChatChannelSettings.ToAccount(channel.Settings) is not { } account)
        {
            return TypedResults.NotFound();
        }

        var body = await ReadBodyAsync(request, cancellationToken);
        if (body is null)
        {
            Log.CallbackRefused(logger, channelId, "body too large");
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var result = reader.Read(request.Query, body, account);
        if (result.Kind == WeChatCallbackKind.Rejected)
        {
            // The reader has logged why; the caller learns nothing about it.
            return TypedResults.BadRequest();
        }

        if (result is { Kind: WeChatCallbackKind.PublishJobFinished, PublishJob: { } job })
        {
            var waiting = await callbacks.ExternalJobFinishedAsync(channelId, WeChatProgressKeys.PublishId, job.PublishId, cancellationToken);
            Log.PublishJobFinished(logger, channelId, job.PublishId, waiting);
        }

        if (result.Kind is WeChatCallbackKind.PublishJobFinished or WeChatCallbackKind.MassSendJobFinished)
        {
            foreach (var handler in handlers)
            {
                await handler.HandleAsync(channelId, result, cancellationToken);
            }
        }

        return TypedResults.Text(result.ResponseBody ?? WeChatCallbackResult.Success, "text/plain", Encoding.UTF8);
    }

    /// <summary>The body as text, or null when it is larger than <see cref="MaxBodyBytes"/>, whatever the server's own limit.</summary>
    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = MaxBodyBytes;
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
