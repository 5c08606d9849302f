using System.Security.Cryptography;
using Media.Themes.County;

namespace Media.Site.Rendering;

/// <summary>The theme's stylesheet, read once; its URL carries a content hash so it can be cached for a year.</summary>
internal sealed class ThemeStylesheet
{
    public const string Path = "/theme/" + CountyTheme.StylesheetName;

    public ThemeStylesheet(CountyTheme theme)
    {
        Content = theme.ReadStylesheet();
        Version = Convert.ToHexStringLower(SHA256.HashData(Content))[..12];
    }

    public byte[] Content { get; }

    public string Version { get; }

    public string ETag => $"\"{Version}\"";

    public string Url => $"{Path}?v={Version}";
}
