namespace Media.Abstractions.Distribution;

public sealed record ChannelInfo(Guid Id, string Type, string Name, bool IsEnabled, IReadOnlyDictionary<string, string> Settings)
{
    public override string ToString() => $"{Type}:{Id} {Name}"; // never the settings: they hold secrets
}
