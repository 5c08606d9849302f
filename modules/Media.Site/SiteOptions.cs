namespace Media.Site;

/// <summary><c>Media:Site</c>: how the public site names itself and how long it caches pages. Its address
/// (<c>Media:Site:PublicBaseUrl</c>) is read once, as <see cref="Abstractions.Hosting.PublicSiteAddress"/>, for every
/// module that writes absolute URLs.</summary>
public sealed class SiteOptions
{
    public const string SectionName = "Media:Site";

    public string Name { get; set; } = "县融媒体中心";

    /// <summary>How long a page may stay in the output cache without being evicted: a safety net for changes that
    /// raise no event (a column renamed, a cover re-cropped); publish and retract evict at once.</summary>
    public int OutputCacheSeconds { get; set; } = 600;

    internal bool IsValid() => !string.IsNullOrWhiteSpace(Name) && OutputCacheSeconds > 0;
}
