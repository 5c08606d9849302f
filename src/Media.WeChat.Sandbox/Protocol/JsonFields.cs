using System.Globalization;
using System.Text.Json;

namespace Media.WeChat.Sandbox.Protocol;

/// <summary>Tolerant reads from request JSON: ids and numbers may arrive as JSON numbers or strings.</summary>
internal static class JsonFields
{
    public static bool Has(this JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public static JsonElement? Get(this JsonElement body, string name) =>
        body.Has(name) ? body.GetProperty(name) : null;

    public static string? Str(this JsonElement body, string name) => body.Get(name) switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
        _ => null,
    };

    public static long? Long(this JsonElement body, string name) => body.Get(name) switch
    {
        { ValueKind: JsonValueKind.Number } v when v.TryGetInt64(out var n) => n,
        { ValueKind: JsonValueKind.String } v when long.TryParse(v.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    public static int? Int(this JsonElement body, string name) =>
        body.Long(name) is { } n and >= int.MinValue and <= int.MaxValue ? (int)n : null;

    public static bool Bool(this JsonElement body, string name) => body.Get(name) switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.Number } v => v.TryGetInt32(out var n) && n != 0,
        _ => false,
    };
}
