using System.Text.Json;

namespace Media.Distribution.Channels;

/// <summary><c>PUT /api/channels/{id}</c>: <c>{ name?, isEnabled?, settings? }</c>. A field left out keeps its value;
/// <c>settings</c>, when given, is the whole of the settings that may be shown (one left out is removed), while a
/// secret (<c>appSecret</c>, <c>callbackToken</c>, <c>encodingAesKey</c>, <c>secret</c>) left out or blank keeps the
/// stored one — a form never has to show a secret to keep it.</summary>
public sealed record ChannelUpdate(string? Name, bool? IsEnabled, Dictionary<string, JsonElement>? Settings)
{
    /// <summary>The channel as it would be, in the shape <see cref="ChannelInput.Check"/> knows.</summary>
    internal ChannelInput Merge(Channel channel, IReadOnlyDictionary<string, string> shown, IReadOnlyDictionary<string, string> secrets)
    {
        var settings = new Dictionary<string, JsonElement>();
        if (Settings is null)
        {
            foreach (var (key, value) in shown) settings[key] = ChannelSettingValue.Show(key, value);
        }
        else
        {
            foreach (var (key, value) in Settings.Where(s => !ChannelInput.IsSecret(channel.Type, s.Key))) settings[key] = value;
        }
        foreach (var key in ChannelInput.SecretNames(channel.Type))
        {
            var given = Settings is not null && Settings.TryGetValue(key, out var value) ? ChannelSettingValue.Read(value) : null;
            if (!string.IsNullOrWhiteSpace(given)) settings[key] = JsonSerializer.SerializeToElement(given);
            else if (secrets.TryGetValue(key, out var old)) settings[key] = JsonSerializer.SerializeToElement(old);
        }
        return new ChannelInput(channel.Type, Name ?? channel.Name, settings);
    }
}
