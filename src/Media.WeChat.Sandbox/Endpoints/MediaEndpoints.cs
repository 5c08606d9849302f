using System.Text.Json.Nodes;
using Media.WeChat.Sandbox.Protocol;
using Media.WeChat.Sandbox.State;
using Media.WeChat.Sandbox.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Media.WeChat.Sandbox.Endpoints;

/// <summary>POST /cgi-bin/media/uploadimg (in-article images), and serving the images back.</summary>
internal static class MediaEndpoints
{
    private const int MaxUploadImgBytes = 1024 * 1024;

    public static void MapMediaEndpoints(this IEndpointRouteBuilder cgi) =>
        cgi.MapApi(new WeChatApiRoute("media/uploadimg", "POST", WeChatBodyKind.Multipart), UploadImageAsync);

    /// <summary>GET /mmbiz_{format}/{id}/0: the bytes behind a URL the sandbox minted.</summary>
    public static void MapImageServing(this IEndpointRouteBuilder root) =>
        root.MapGet("/mmbiz_{format}/{imageId}/0", (string imageId, SandboxState state) =>
            state.Media.FindImageBytes(imageId) is { } image
                ? Results.Bytes(image.Bytes, ImageSniffer.ContentType(image.Format))
                : Results.NotFound());

    private static async Task<JsonObject> UploadImageAsync(WeChatCall call, CancellationToken cancellationToken)
    {
        var upload = await MediaUpload.ReadAsync(call.Http.Request, cancellationToken);
        if (upload is null)
        {
            return WeChatErrors.Error(41005);
        }

        var format = ImageSniffer.Detect(upload.Bytes);
        if (format is not (ImageSniffer.Jpeg or ImageSniffer.Png))
        {
            return WeChatErrors.Error(40005);
        }

        if (upload.Bytes.Length > MaxUploadImgBytes)
        {
            return WeChatErrors.Error(40009);
        }

        var imageId = SandboxIds.ImageId();
        var url = ImageUrls.Build(call, format, imageId);
        var now = call.Service<TimeProvider>().GetUtcNow();
        call.State.Media.AddImage(new SandboxImage(call.Account.AppId, imageId, url, upload.FileName, format, upload.Bytes, now));
        // The 2025 doc's example carries errcode/errmsg next to url; older ones had url alone.
        return new JsonObject { ["url"] = url, ["errcode"] = 0, ["errmsg"] = "ok" };
    }
}
