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

    /// <summary>Off renders every page on every request, as on a cache miss: for measuring first renders
    /// (<c>tests/Media.Site.Tests/load/versus-nginx.sh</c>), never for a site readers use.</summary>
    public bool OutputCache { get; set; } = true;

    /// <summary>How long a node answers a public page from its own copy, before routing and the output cache
    /// (docs/http-api.md §4.11): an eviction on the node empties the copies at once, one on another node reaches
    /// them within this time. 0 turns the copies off (every request goes through the output cache).</summary>
    public int SnapshotMilliseconds { get; set; } = 1000;

    /// <summary>The ICP filing number (ICP备案号, e.g. <c>京ICP备12345678号-1</c>) every page's footer shows, linked to the
    /// MIIT filing system as is customary; not shown when empty.</summary>
    public string? IcpNumber { get; set; }

    /// <summary>The public security filing number (公安备案号, e.g. <c>京公网安备11010502030143号</c>) every page's footer
    /// shows; not shown when empty.</summary>
    public string? PublicSecurityRecordNumber { get; set; }

    internal bool IsValid() => !string.IsNullOrWhiteSpace(Name) && OutputCacheSeconds > 0 && SnapshotMilliseconds is >= 0 and <= 5000;
}
