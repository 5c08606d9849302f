using System.Text.Json;

namespace Media.Distribution.Channels;

/// <summary>How a channel setting is stored: every value is text, so the settings stay a string map for senders
/// (<c>IChannelDirectory</c>); a list of strings is kept as its JSON array and shown as an array again.</summary>
internal static class ChannelSettingValue
{
    /// <summary>The stored text, or null for what a setting cannot be (objects, numbers, lists of non-strings).</summary>
    public static string? Read(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "",
        JsonValueKind.Array when value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String) =>
            JsonSerializer.Serialize(value.EnumerateArray().Select(v => v.GetString()!.Trim()).Where(v => v.Length > 0).ToList()),
        _ => null,
    };

    /// <summary>The value as the API shows it: a JSON array text back as an array, <c>true</c>/<c>false</c> as booleans
    /// for the settings that are flags.</summary>
    public static JsonElement Show(string key, string text)
    {
        if (text.StartsWith('[')) return JsonSerializer.Deserialize<JsonElement>(text);
        if (FlagSettings.Contains(key) && bool.TryParse(text, out var flag)) return JsonSerializer.SerializeToElement(flag);
        return JsonSerializer.SerializeToElement(text);
    }

    private static readonly HashSet<string> FlagSettings = new(StringComparer.Ordinal) { "massProtection" };
}
