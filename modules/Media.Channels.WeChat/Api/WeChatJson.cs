using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Media.Channels.WeChat.Api;

/// <summary>
/// JSON as WeChat wants it (docs/wechat.md §1.6, §12.1): raw UTF-8, no \uXXXX escapes (WeChat refuses them with 40033,
/// and HTML would otherwise go out as \u003C), nulls left out; and tolerant reads of ids that come as numbers or strings.
/// </summary>
internal static class WeChatJson
{
    // Read-only once built, so sharing it is sharing an immutable value.
    private static readonly JsonSerializerOptions Options = Create();

    public static ByteArrayContent Content<T>(T body)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, Options));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    public static string Serialize<T>(T body) => JsonSerializer.Serialize(body, Options);

    public static string? Str(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    public static int? Int(this JsonElement element, string name) =>
        element.Str(name) is { } text && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n
            : null;

    public static long? Long(this JsonElement element, string name) =>
        element.Str(name) is { } text && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n
            : null;

    public static IEnumerable<JsonElement> Array(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : [];

    public static JsonElement? Object(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : null;

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            Encoder = WeChatJsonEncoder.Instance,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
