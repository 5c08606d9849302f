using System.Text.Json;

namespace Media.Distribution.Channels;

/// <summary>A channel as the API shows it: the settings that may be shown, and only whether each secret is set.</summary>
public sealed record ChannelResponse(Guid Id, string Type, string Name, bool IsEnabled, IReadOnlyDictionary<string, JsonElement> Settings,
    IReadOnlyList<string> SecretsSet)
{
    public static ChannelResponse From(Channel channel, IEnumerable<string> secretNames) =>
        new(channel.Id, channel.Type, channel.Name, channel.IsEnabled,
            (JsonSerializer.Deserialize<Dictionary<string, string>>(channel.PublicSettings) ?? new())
                .ToDictionary(s => s.Key, s => ChannelSettingValue.Show(s.Key, s.Value)),
            secretNames.Order(StringComparer.Ordinal).ToList());
}
