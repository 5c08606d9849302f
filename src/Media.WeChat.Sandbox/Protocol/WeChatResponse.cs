using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Media.WeChat.Sandbox.Protocol;

/// <summary>Writes JSON the way WeChat does: HTTP 200, raw UTF-8 text, "/" escaped as "\/", its odd content type.</summary>
internal static class WeChatResponse
{
    public const string ContentType = "application/json; encoding=utf-8";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(JsonNode body) =>
        // "/" only ever occurs inside JSON strings, so a plain replace yields WeChat's "http:\/\/..." form.
        body.ToJsonString(Json).Replace("/", "\\/", StringComparison.Ordinal);

    public static async Task WriteAsync(HttpContext context, JsonNode body, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = ContentType;
        await context.Response.WriteAsync(Serialize(body), Encoding.UTF8, cancellationToken);
    }
}
