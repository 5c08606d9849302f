using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Media.Distribution.Channels;

/// <summary>Encrypts a channel's secrets at rest. Only delivery code reads them back; no API returns them.</summary>
public sealed class ChannelSecrets(IDataProtectionProvider provider)
{
    private readonly IDataProtector protector = provider.CreateProtector("Media.Distribution.ChannelSecrets.v1");

    public string Protect(IReadOnlyDictionary<string, string> secrets) =>
        protector.Protect(JsonSerializer.Serialize(secrets));

    public IReadOnlyDictionary<string, string> Unprotect(Channel channel) =>
        channel.ProtectedSecrets.Length == 0
            ? new Dictionary<string, string>()
            : JsonSerializer.Deserialize<Dictionary<string, string>>(protector.Unprotect(channel.ProtectedSecrets)) ?? new();
}
