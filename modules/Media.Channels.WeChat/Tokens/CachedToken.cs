namespace Media.Channels.WeChat.Tokens;

/// <summary>A token and the moment it should be replaced (ahead of WeChat's expiry).</summary>
internal sealed record CachedToken(string Value, DateTimeOffset RefreshAt)
{
    public override string ToString() => $"CachedToken {{ RefreshAt = {RefreshAt:O} }}";
}
