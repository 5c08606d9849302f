namespace Media.Site.Rendering;

internal sealed record CoverUrls(string? Large, string? Small)
{
    public static CoverUrls None { get; } = new(null, null);
}
