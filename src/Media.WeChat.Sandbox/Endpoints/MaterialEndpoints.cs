using System.Text.Json.Nodes;
using Media.WeChat.Sandbox.Protocol;
using Media.WeChat.Sandbox.State;
using Media.WeChat.Sandbox.Validation;
using Microsoft.AspNetCore.Routing;

namespace Media.WeChat.Sandbox.Endpoints;

/// <summary>Permanent material: add_material, del_material, get_materialcount.</summary>
internal static class MaterialEndpoints
{
    public static void MapMaterialEndpoints(this IEndpointRouteBuilder cgi)
    {
        cgi.MapApi(new WeChatApiRoute("material/add_material", "POST", WeChatBodyKind.Multipart), AddMaterialAsync);
        cgi.MapApi(new WeChatApiRoute("material/del_material", "POST", WeChatBodyKind.Json),
            (call, _) => Task.FromResult(DeleteMaterial(call)));
        cgi.MapApi(new WeChatApiRoute("material/get_materialcount", "GET", WeChatBodyKind.None),
            (call, _) => Task.FromResult(CountMaterials(call)));
    }

    private static async Task<JsonObject> AddMaterialAsync(WeChatCall call, CancellationToken cancellationToken)
    {
        var type = call.Http.Request.Query["type"].ToString();
        if (type is not ("image" or "voice" or "video" or "thumb"))
        {
            return WeChatErrors.Error(40004);
        }

        var upload = await MediaUpload.ReadAsync(call.Http.Request, cancellationToken);
        if (upload is null)
        {
            return WeChatErrors.Error(41005);
        }

        var format = ImageSniffer.Detect(upload.Bytes) ?? Path.GetExtension(upload.FileName).TrimStart('.').ToLowerInvariant();
        if (Check(type, format, upload.Bytes.Length) is { } errcode)
        {
            return WeChatErrors.Error(errcode);
        }

        var isImage = type is "image" or "thumb";
        var imageId = isImage ? SandboxIds.ImageId() : null;
        var url = imageId is null ? null : ImageUrls.Build(call, format, imageId);
        // The docs send description as a form field; wechatpy puts it in the query string. Accept either.
        var description = upload.Form["description"].FirstOrDefault() ?? call.Http.Request.Query["description"].FirstOrDefault();
        var material = new SandboxMaterial(call.Account.AppId, SandboxIds.MediaId(), type, imageId, url, upload.FileName,
            format, upload.Bytes, description, call.Service<TimeProvider>().GetUtcNow());
        call.State.Media.AddMaterial(material);

        var reply = new JsonObject { ["media_id"] = material.MediaId };
        if (url is not null)
        {
            reply["url"] = url;
        }

        reply["item"] = new JsonArray();
        return reply;
    }

    /// <summary>The documented per-type limits: image 10 MB bmp/png/jpeg/gif, thumb 64 KB JPG, voice 2 MB, video 10 MB mp4.</summary>
    private static int? Check(string type, string format, int size) => type switch
    {
        "image" when format is not (ImageSniffer.Jpeg or ImageSniffer.Png or ImageSniffer.Gif or ImageSniffer.Bmp) => 40005,
        "image" when size > 10 * 1024 * 1024 => 40009,
        "thumb" when format != ImageSniffer.Jpeg => 40005,
        "thumb" when size > 64 * 1024 => 40012,
        "voice" when format is not ("mp3" or "wma" or "wav" or "amr") => 40005,
        "voice" when size > 2 * 1024 * 1024 => 45001,
        "video" when format != "mp4" => 40005,
        "video" when size > 10 * 1024 * 1024 => 45001,
        _ => null,
    };

    private static JsonObject DeleteMaterial(WeChatCall call) =>
        call.Body.Str("media_id") is { } mediaId && call.State.Media.DeleteMaterial(call.Account.AppId, mediaId)
            ? WeChatErrors.Ok()
            : WeChatErrors.Error(40007);

    private static JsonObject CountMaterials(WeChatCall call)
    {
        var mine = call.State.Media.Materials.Where(m => m.AppId == call.Account.AppId).ToList();
        return new JsonObject
        {
            ["voice_count"] = mine.Count(m => m.Type == "voice"),
            ["video_count"] = mine.Count(m => m.Type == "video"),
            ["image_count"] = mine.Count(m => m.Type is "image" or "thumb"),
            ["news_count"] = 0,
        };
    }
}
